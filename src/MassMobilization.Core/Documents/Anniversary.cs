using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using NodaTime;

namespace MassMobilization.Core.Documents;

/// <summary>
/// An anniversary counted in whole years from a fixed date: the Party's mass mobilization tradition day
/// is 1930-10-15, so its 95th anniversary falls on 2025-10-15; 15 October is "Ngày Dân vận" (docs/documents.md, "Reviews and anniversaries").
/// </summary>
/// <remarks>The default value is the 0th anniversary of 0001-01-01 and is never produced by this type's methods.</remarks>
public readonly struct Anniversary : IEquatable<Anniversary>, IComparable<Anniversary>
{
    private Anniversary(LocalDate origin, int years)
    {
        Origin = origin;
        Years = years;
        Date = origin.PlusYears(years);
    }

    /// <summary>Gets the founding date of the mass mobilization tradition (15 October 1930), the origin of "Ngày Dân vận".</summary>
    public static LocalDate MassMobilizationTraditionDay { get; } = new(1930, 10, 15);

    /// <summary>Gets the date counted from.</summary>
    public LocalDate Origin { get; }

    /// <summary>Gets the number of years (95 for the 95th anniversary).</summary>
    public int Years { get; }

    /// <summary>Gets the day of the anniversary (a 29 February origin gives 28 February in common years).</summary>
    public LocalDate Date { get; }

    /// <summary>Returns the anniversary <paramref name="years"/> years after <paramref name="origin"/>.</summary>
    /// <param name="origin">The date counted from.</param>
    /// <param name="years">The number of years, at least 1.</param>
    /// <returns>The anniversary.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="years"/> is less than 1 or beyond the calendar.</exception>
    public static Anniversary Of(LocalDate origin, int years)
    {
        Guard.Against.OutOfRange(years, nameof(years), 1, 9998 - origin.Year);
        return new Anniversary(origin, years);
    }

    /// <summary>Lists the anniversaries of <paramref name="origin"/> that fall within a period.</summary>
    /// <param name="origin">The date counted from.</param>
    /// <param name="period">The period, both ends included.</param>
    /// <returns>The anniversaries, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public static IReadOnlyList<Anniversary> Within(LocalDate origin, DateInterval period)
    {
        Guard.Against.Null(period);
        var result = new List<Anniversary>();
        for (int years = Math.Max(1, period.Start.Year - origin.Year); years <= period.End.Year - origin.Year; years++)
        {
            var anniversary = new Anniversary(origin, years);
            if (period.Contains(anniversary.Date))
            {
                result.Add(anniversary);
            }
        }

        return result;
    }

    /// <inheritdoc />
    public bool Equals(Anniversary other) => Origin == other.Origin && Years == other.Years;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Anniversary other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Origin, Years);

    /// <summary>Orders by date, then origin.</summary>
    /// <param name="other">The anniversary to compare with.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(Anniversary other)
    {
        int c = Date.CompareTo(other.Date);
        return c != 0 ? c : Origin.CompareTo(other.Origin);
    }

    /// <summary>Returns the ordinal and the date, for example <c>95 years of 1930-10-15 on 2025-10-15</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Years} years of {Origin:uuuu-MM-dd} on {Date:uuuu-MM-dd}";

    /// <summary>Compares two anniversaries for equality.</summary>
    /// <param name="left">The first anniversary.</param>
    /// <param name="right">The second anniversary.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Anniversary left, Anniversary right) => left.Equals(right);

    /// <summary>Compares two anniversaries for inequality.</summary>
    /// <param name="left">The first anniversary.</param>
    /// <param name="right">The second anniversary.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(Anniversary left, Anniversary right) => !left.Equals(right);

    /// <summary>Orders two anniversaries.</summary>
    /// <param name="left">The first anniversary.</param>
    /// <param name="right">The second anniversary.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(Anniversary left, Anniversary right) => left.CompareTo(right) < 0;

    /// <summary>Orders two anniversaries.</summary>
    /// <param name="left">The first anniversary.</param>
    /// <param name="right">The second anniversary.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first or they are equal.</returns>
    public static bool operator <=(Anniversary left, Anniversary right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two anniversaries.</summary>
    /// <param name="left">The first anniversary.</param>
    /// <param name="right">The second anniversary.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(Anniversary left, Anniversary right) => left.CompareTo(right) > 0;

    /// <summary>Orders two anniversaries.</summary>
    /// <param name="left">The first anniversary.</param>
    /// <param name="right">The second anniversary.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last or they are equal.</returns>
    public static bool operator >=(Anniversary left, Anniversary right) => left.CompareTo(right) >= 0;
}
