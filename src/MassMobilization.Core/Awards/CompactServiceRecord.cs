using System;
using System.ComponentModel;
using System.Numerics;
using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Awards;

/// <summary>
/// The compact form of a <see cref="ServiceRecord"/> for fast repeated evaluation: one bit per year over a
/// fixed window of <see cref="WindowYears"/> years for each fact, merit awards only (ad-hoc and thematic
/// awards are left out because they never count towards merit awards). Evaluating a compact record for a
/// verdict allocates nothing.
/// </summary>
/// <remarks>
/// The window ends <see cref="HeadroomYears"/> years after the latest year the record mentions, so older
/// history beyond the window is treated as unknown. Years before the nominee's service start inside the
/// window are known to be empty. The default value knows nothing: every year is unknown.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Advanced)]
public readonly struct CompactServiceRecord
{
    /// <summary>The number of years in the window.</summary>
    public const int WindowYears = 32;

    /// <summary>How many years after the latest recorded year the window reaches.</summary>
    public const int HeadroomYears = 6;

    private readonly uint yearKnown;
    private readonly uint ratingKnown;
    private readonly uint completedOrBetter;
    private readonly uint goodOrBetter;
    private readonly uint excellent;
    private readonly uint disciplined;
    private readonly FactMasks facts;
    private readonly AwardMasks awardYears;
    private readonly InitiativeCounts initiatives;
    private readonly MembershipCounts?[]? membership;

    private CompactServiceRecord(
        int firstYear,
        int? serviceStartYear,
        bool completeBeforeWindow,
        uint yearKnown,
        uint ratingKnown,
        uint completedOrBetter,
        uint goodOrBetter,
        uint excellent,
        uint disciplined,
        in FactMasks facts,
        in AwardMasks awardYears,
        in InitiativeCounts initiatives,
        MembershipCounts?[]? membership,
        RecipientKinds recipient,
        PendingProceedings pending,
        bool isWoman)
    {
        FirstYear = firstYear;
        ServiceStartYear = serviceStartYear;
        CompleteBeforeWindow = completeBeforeWindow;
        this.yearKnown = yearKnown;
        this.ratingKnown = ratingKnown;
        this.completedOrBetter = completedOrBetter;
        this.goodOrBetter = goodOrBetter;
        this.excellent = excellent;
        this.disciplined = disciplined;
        this.facts = facts;
        this.awardYears = awardYears;
        this.initiatives = initiatives;
        this.membership = membership;
        Recipient = recipient;
        Pending = pending;
        IsWoman = isWoman;
    }

    /// <summary>Gets the first year of the window (bit 0); 0 for the default value.</summary>
    public int FirstYear { get; }

    /// <summary>Gets the year the nominee started, or <see langword="null"/> when unknown.</summary>
    public int? ServiceStartYear { get; }

    /// <summary>Gets the last year of the window.</summary>
    public int LastYear => FirstYear + WindowYears - 1;

    /// <summary>Gets a value indicating whether every year before the window is known to be empty (the nominee started inside the window).</summary>
    public bool CompleteBeforeWindow { get; }

    /// <summary>Gets the recipient kind.</summary>
    public RecipientKinds Recipient { get; }

    /// <summary>Gets the proceedings still open.</summary>
    public PendingProceedings Pending { get; }

    /// <summary>Gets a value indicating whether an individual nominee is a woman.</summary>
    public bool IsWoman { get; }

    internal uint YearKnownMask => yearKnown;

    internal uint RatingKnownMask => ratingKnown;

    internal uint DisciplinedMask => disciplined;

    /// <summary>Builds the compact form of a record.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The compact form.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public static CompactServiceRecord From(ServiceRecord record)
    {
        Guard.Against.Null(record);
        int last = record.ServiceStartYear ?? ServiceRecord.MinYear;
        foreach (var y in record.YearSpan)
        {
            last = Math.Max(last, y.Year);
        }

        foreach (var a in record.AwardSpan)
        {
            last = Math.Max(last, a.Year);
        }

        foreach (var i in record.InitiativeSpan)
        {
            last = Math.Max(last, i.Year);
        }

        int first = last + HeadroomYears - WindowYears + 1;
        bool complete = record.ServiceStartYear is { } start && start >= first;
        uint known = 0, ratingKnown = 0, completed = 0, good = 0, excellent = 0, disciplined = 0;
        var facts = default(FactMasks);
        var awards = default(AwardMasks);
        var counts = default(InitiativeCounts);
        MembershipCounts?[]? membership = record.Recipient == RecipientKinds.Collective ? new MembershipCounts?[WindowYears] : null;

        if (record.ServiceStartYear is { } s)
        {
            // Years before the nominee existed are known and empty: nothing can have happened in them.
            int upTo = Math.Min(s - first, WindowYears);
            for (int bit = 0; bit < upTo; bit++)
            {
                uint m = 1u << bit;
                known |= m;
                ratingKnown |= m;
                for (int f = 0; f < FactMasks.Length; f++)
                {
                    facts[f] |= m;
                }
            }
        }

        foreach (var y in record.YearSpan)
        {
            int bit = y.Year - first;
            if (bit < 0)
            {
                continue;
            }

            uint m = 1u << bit;
            known |= m;
            if (y.Rating is { } r)
            {
                ratingKnown |= m;
                completed |= r >= TaskRating.Completed ? m : 0;
                good |= r >= TaskRating.Good ? m : 0;
                excellent |= r == TaskRating.Excellent ? m : 0;
            }

            for (int f = 0; f < FactMasks.Length / 2; f++)
            {
                if ((y.FactKnownBits & (1 << f)) != 0)
                {
                    facts[f] |= m;
                    if ((y.FactValueBits & (1 << f)) != 0)
                    {
                        facts[(FactMasks.Length / 2) + f] |= m;
                    }
                }
            }

            if (membership is not null)
            {
                membership[bit] = y.Membership;
            }
        }

        foreach (var a in record.AwardSpan)
        {
            int bit = a.Year - first;
            if (bit >= 0 && a.CountsTowardsMerit)
            {
                awards[a.Kind.Index] |= 1u << bit;
            }
        }

        foreach (var i in record.InitiativeSpan)
        {
            int bit = i.Year - first;
            if (bit < 0)
            {
                continue;
            }

            for (int scope = 1; scope <= (int)i.Scope; scope++)
            {
                int slot = ((scope - 1) * WindowYears) + bit;
                if (counts[slot] < byte.MaxValue)
                {
                    counts[slot]++;
                }
            }
        }

        foreach (var d in record.DisciplineSpan)
        {
            for (int year = Math.Max(d.Period.Start.Year, first); year <= Math.Min(d.Period.End.Year, first + WindowYears - 1); year++)
            {
                disciplined |= 1u << (year - first);
            }
        }

        return new CompactServiceRecord(first, record.ServiceStartYear, complete, known, ratingKnown, completed, good, excellent, disciplined, facts, awards, counts, membership, record.Recipient, record.Pending, record.IsWoman);
    }

    /// <summary>Whether anything is known about a year (it is in the record, or before the service start).</summary>
    /// <param name="year">The year.</param>
    /// <returns><see langword="true"/> when known.</returns>
    public bool IsKnown(int year) => (yearKnown & BitOf(year)) != 0;

    /// <summary>Whether a year falls in a discipline period (its achievements do not count).</summary>
    /// <param name="year">The year.</param>
    /// <returns><see langword="true"/> when disciplined that year.</returns>
    public bool IsDisciplined(int year) => (disciplined & BitOf(year)) != 0;

    /// <summary>Returns the task rating of a year.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The rating, or <see langword="null"/> when unknown (or before the nominee existed).</returns>
    public TaskRating? RatingOf(int year)
    {
        uint m = BitOf(year);
        if ((ratingKnown & m) == 0 || (ServiceStartYear is { } start && year < start))
        {
            return null;
        }

        return (excellent & m) != 0 ? TaskRating.Excellent
            : (goodOrBetter & m) != 0 ? TaskRating.Good
            : (completedOrBetter & m) != 0 ? TaskRating.Completed
            : TaskRating.NotCompleted;
    }

    /// <summary>Returns a yes/no fact of a year.</summary>
    /// <param name="fact">The fact.</param>
    /// <param name="year">The year.</param>
    /// <returns>The value, or <see langword="null"/> when unknown.</returns>
    public bool? FactOf(YearFact fact, int year)
    {
        uint m = BitOf(year);
        return (FactKnown(fact) & m) == 0 ? null : (FactValue(fact) & m) != 0;
    }

    /// <summary>Whether the nominee received a merit award of a kind in a year.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="year">The year.</param>
    /// <returns><see langword="true"/> when received (ad-hoc and thematic awards are not kept).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    public bool HasMeritAward(AwardKind kind, int year)
    {
        Guard.Against.Null(kind);
        return (awardYears[kind.Index] & BitOf(year)) != 0;
    }

    /// <summary>Returns the number of initiatives recognised in a year at a scope or wider.</summary>
    /// <param name="scope">The narrowest scope counted.</param>
    /// <param name="year">The year.</param>
    /// <returns>The count (saturating at 255).</returns>
    public int InitiativeCount(InitiativeScope scope, int year)
    {
        int bit = year - FirstYear;
        return FirstYear == 0 || bit < 0 || bit >= WindowYears || scope < InitiativeScope.Grassroots || scope > InitiativeScope.National
            ? 0
            : initiatives[(((int)scope - 1) * WindowYears) + bit];
    }

    /// <summary>Returns a collective's membership counts for a year.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The counts, or <see langword="null"/> when unknown.</returns>
    public MembershipCounts? MembershipOf(int year)
    {
        int bit = year - FirstYear;
        return membership is null || FirstYear == 0 || bit < 0 || bit >= WindowYears ? null : membership[bit];
    }

    /// <summary>Returns the bit of a year, or 0 outside the window.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal uint BitOf(int year)
    {
        int bit = year - FirstYear;
        return FirstYear == 0 || (uint)bit >= WindowYears ? 0u : 1u << bit;
    }

    internal uint AwardMask(AwardKind kind) => awardYears[kind.Index];

    internal uint FactKnown(YearFact fact) => facts[(int)fact];

    internal uint FactValue(YearFact fact) => facts[(FactMasks.Length / 2) + (int)fact];

    /// <summary>The years with a property, among the years where the property is known (see <see cref="KnownMaskOf"/>).</summary>
    internal uint PropertyMask(YearProperty property) => property switch
    {
        YearProperty.RatedCompletedOrBetter => completedOrBetter,
        YearProperty.RatedGoodOrBetter => goodOrBetter,
        YearProperty.RatedExcellent => excellent,
        YearProperty.AdvancedWorkerTitle => awardYears[AwardKind.AdvancedWorker.Index],
        YearProperty.GrassrootsFighterTitle => awardYears[AwardKind.GrassrootsEmulationFighter.Index],
        YearProperty.MinistryProvinceFighterTitle => awardYears[AwardKind.MinistryProvinceEmulationFighter.Index],
        YearProperty.ExcellentCollectiveTitle => awardYears[AwardKind.ExcellentCollective.Index],
        YearProperty.AdvancedCollectiveTitle => awardYears[AwardKind.AdvancedCollective.Index],
        _ => 0u,
    };

    /// <summary>The years in which a property is known: ratings need a known rating, titles a known year.</summary>
    internal uint KnownMaskOf(YearProperty property) => property <= YearProperty.RatedExcellent ? ratingKnown : yearKnown;

    internal uint RatingAtLeastMask(TaskRating minimum) => minimum switch
    {
        TaskRating.Excellent => excellent,
        TaskRating.Good => goodOrBetter,
        TaskRating.Completed => completedOrBetter,
        _ => ratingKnown,
    };

    /// <summary>Counts initiatives at a scope or wider in the years of a mask.</summary>
    internal int InitiativesIn(InitiativeScope scope, uint mask)
    {
        int total = 0;
        int offset = ((int)scope - 1) * WindowYears;
        while (mask != 0)
        {
            int bit = BitOperations.TrailingZeroCount(mask);
            total += initiatives[offset + bit];
            mask &= mask - 1;
        }

        return total;
    }

    [InlineArray(16)]
    internal struct FactMasks
    {
        internal const int Length = 16;
        private uint element;
    }

    [InlineArray(24)]
    internal struct AwardMasks
    {
        private uint element;
    }

    [InlineArray(96)]
    internal struct InitiativeCounts
    {
        private byte element;
    }
}
