using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Awards;

/// <summary>
/// The facts of one year of a record. A fact left <see langword="null"/> is unknown, not "no". The year's
/// awards and initiatives live on the <see cref="ServiceRecord"/>; a year present in the record means its
/// list of awards and initiatives is complete.
/// </summary>
public sealed record ServiceYear
{
    private readonly byte factKnown;
    private readonly byte factValue;

    /// <summary>Creates the facts of one year.</summary>
    /// <param name="year">The year.</param>
    /// <param name="rating">The task rating, or <see langword="null"/> when unknown.</param>
    /// <param name="membership">A collective's membership counts, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1945–2200 or <paramref name="rating"/> is undefined.</exception>
    public ServiceYear(int year, TaskRating? rating, MembershipCounts? membership = null)
        : this(year, rating, membership, 0, 0)
    {
    }

    private ServiceYear(int year, TaskRating? rating, MembershipCounts? membership, byte known, byte value)
    {
        Guard.Against.OutOfRange(year, nameof(year), ServiceRecord.MinYear, ServiceRecord.MaxYear);
        if (rating is { } r)
        {
            Guard.Against.OutOfRange((int)r, nameof(rating), 0, 3);
        }

        Year = year;
        Rating = rating;
        Membership = membership;
        factKnown = known;
        factValue = value;
    }

    /// <summary>Gets the year.</summary>
    public int Year { get; }

    /// <summary>Gets the task rating, or <see langword="null"/> when unknown.</summary>
    public TaskRating? Rating { get; }

    /// <summary>Gets the membership counts of a collective, or <see langword="null"/>.</summary>
    public MembershipCounts? Membership { get; }

    /// <summary>Gets the known yes/no facts of the year (unknown facts are absent).</summary>
    public IReadOnlyDictionary<YearFact, bool> Facts
    {
        get
        {
            var facts = new SortedDictionary<YearFact, bool>();
            for (int f = 0; f < 8; f++)
            {
                if ((factKnown & (1 << f)) != 0)
                {
                    facts[(YearFact)f] = (factValue & (1 << f)) != 0;
                }
            }

            return ReadOnlyView.Of(facts);
        }
    }

    internal byte FactKnownBits => factKnown;

    internal byte FactValueBits => factValue;

    /// <summary>Returns a yes/no fact of the year.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>The fact, or <see langword="null"/> when unknown.</returns>
    public bool? Fact(YearFact fact)
    {
        int bit = 1 << (int)fact;
        return (factKnown & bit) == 0 ? null : (factValue & bit) != 0;
    }

    /// <summary>Returns a copy with a fact set (or made unknown with <see langword="null"/>).</summary>
    /// <param name="fact">The fact.</param>
    /// <param name="value">The value, or <see langword="null"/> for unknown.</param>
    /// <returns>The new year.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fact"/> is undefined.</exception>
    public ServiceYear WithFact(YearFact fact, bool? value)
    {
        Guard.Against.OutOfRange((int)fact, nameof(fact), 0, 7);
        byte bit = (byte)(1 << (int)fact);
        byte known = value is null ? (byte)(factKnown & ~bit) : (byte)(factKnown | bit);
        byte v = value == true ? (byte)(factValue | bit) : (byte)(factValue & ~bit);
        return new ServiceYear(Year, Rating, Membership, known, v);
    }

    /// <summary>Returns a copy with another rating.</summary>
    /// <param name="rating">The rating, or <see langword="null"/> for unknown.</param>
    /// <returns>The new year.</returns>
    public ServiceYear WithRating(TaskRating? rating) => new(Year, rating, Membership, factKnown, factValue);
}
