using System.Collections.Generic;
using System.Globalization;
using System.Text;
using NodaTime;

namespace MassMobilization.Core.Organization;

/// <summary>Why a count could not be carried to a successor when rebasing.</summary>
public enum UnallocatedReason
{
    /// <summary>The unit ended without any succession (for example a district on 2025-07-01).</summary>
    Dissolved = 0,

    /// <summary>The unit was split without allocation weights, so its count cannot be divided.</summary>
    UnweightedSplit = 1,
}

/// <summary>
/// The part of a rebased count that comes from one unit of the source structure, with the route it took.
/// </summary>
/// <param name="Origin">The unit in force on the source date that the count was recorded against.</param>
/// <param name="Count">The part of the origin's count that arrived.</param>
/// <param name="Route">The successions followed, for example <c>00643 → 00646 (split × 0.6, 2025-07-01)</c>; just the code when the unit continued unchanged.</param>
/// <exception cref="System.ArgumentNullException"><paramref name="Route"/> is null.</exception>
public sealed record RebaseSource(UnitCode Origin, long Count, string Route)
{
    /// <summary>Gets the successions followed.</summary>
    public string Route { get; init; } = Route ?? throw new System.ArgumentNullException(nameof(Route));
}

/// <summary>A count expressed against a unit of the target structure, with where it came from.</summary>
public sealed class RebasedCount
{
    private readonly RebaseSource[] sources;
    private IReadOnlyList<RebaseSource>? sourcesView;

    internal RebasedCount(UnitCode unit, long count, RebaseSource[] sources)
    {
        Unit = unit;
        Count = count;
        this.sources = sources;
    }

    /// <summary>Gets the unit in force on the target date.</summary>
    public UnitCode Unit { get; }

    /// <summary>Gets the count: the sum of the <see cref="Sources"/>.</summary>
    public long Count { get; }

    /// <summary>Gets the parts of the count by unit of origin, in code order.</summary>
    public IReadOnlyList<RebaseSource> Sources => sourcesView ??= ReadOnlyView.Of(sources);

    /// <summary>
    /// Gets a one-line explanation, for example
    /// <c>00649 = 120: 40 from 00649 → 00649 (merge, 2025-07-01) + 80 from 00643 → 00649 (split × 0.4, 2025-07-01)</c>.
    /// </summary>
    public string Explanation
    {
        get
        {
            var text = new StringBuilder();
            text.Append(CultureInfo.InvariantCulture, $"{Unit} = {Count}:");
            for (int i = 0; i < sources.Length; i++)
            {
                text.Append(i == 0 ? " " : " + ")
                    .Append(CultureInfo.InvariantCulture, $"{sources[i].Count} from {sources[i].Route}");
            }

            return text.ToString();
        }
    }

    /// <summary>Returns <see cref="Explanation"/>.</summary>
    /// <returns>The explanation.</returns>
    public override string ToString() => Explanation;
}

/// <summary>A count that could not be carried to the target structure, reported instead of being lost.</summary>
/// <param name="Origin">The unit in force on the source date that the count was recorded against.</param>
/// <param name="Unit">The last unit that held the count (the origin itself, or a successor of it).</param>
/// <param name="Date">The first day on which <paramref name="Unit"/> had no successor to take it.</param>
/// <param name="Count">The count.</param>
/// <param name="Reason">Why it could not be carried.</param>
/// <param name="Route">The successions followed before it stopped.</param>
/// <exception cref="System.ArgumentNullException"><paramref name="Route"/> is null.</exception>
public sealed record UnallocatedCount(UnitCode Origin, UnitCode Unit, LocalDate Date, long Count, UnallocatedReason Reason, string Route)
{
    /// <summary>Gets the successions followed before the count stopped.</summary>
    public string Route { get; init; } = Route ?? throw new System.ArgumentNullException(nameof(Route));
}

/// <summary>One step of a rebase: a count carried by a succession from one unit to another.</summary>
/// <param name="Date">The succession's date.</param>
/// <param name="Kind">The kind of succession.</param>
/// <param name="From">The predecessor.</param>
/// <param name="To">The successor.</param>
/// <param name="Count">The count carried.</param>
public sealed record RebaseMove(LocalDate Date, SuccessionKind Kind, UnitCode From, UnitCode To, long Count);

/// <summary>
/// Counts recorded against the units of one date re-expressed against the units of a later date
/// (<see cref="OrganizationChart.Rebase(IReadOnlyDictionary{UnitCode, long}, LocalDate, LocalDate)"/>), with every move explained. Nothing is lost or counted
/// twice: <see cref="AllocatedTotal"/> + <see cref="UnallocatedTotal"/> = <see cref="Total"/>.
/// </summary>
public sealed class RebaseResult
{
    private readonly RebasedCount[] counts;
    private IReadOnlyList<RebasedCount>? countsView;
    private readonly UnallocatedCount[] unallocated;
    private IReadOnlyList<UnallocatedCount>? unallocatedView;
    private readonly RebaseMove[] moves;
    private IReadOnlyList<RebaseMove>? movesView;
    private readonly Dictionary<UnitCode, RebasedCount> byUnit;

    internal RebaseResult(LocalDate from, LocalDate to, long total, RebasedCount[] counts, UnallocatedCount[] unallocated, RebaseMove[] moves)
    {
        From = from;
        To = to;
        Total = total;
        this.counts = counts;
        this.unallocated = unallocated;
        this.moves = moves;
        byUnit = new Dictionary<UnitCode, RebasedCount>(counts.Length);
        long allocated = 0;
        foreach (var count in counts)
        {
            byUnit.Add(count.Unit, count);
            allocated = checked(allocated + count.Count);
        }

        long left = 0;
        foreach (var count in unallocated)
        {
            left = checked(left + count.Count);
        }

        AllocatedTotal = allocated;
        UnallocatedTotal = left;
    }

    /// <summary>Gets the date the counts were recorded against.</summary>
    public LocalDate From { get; }

    /// <summary>Gets the date whose structure the counts are expressed against.</summary>
    public LocalDate To { get; }

    /// <summary>Gets the sum of the input counts.</summary>
    public long Total { get; }

    /// <summary>Gets the sum of <see cref="Counts"/>.</summary>
    public long AllocatedTotal { get; }

    /// <summary>Gets the sum of <see cref="Unallocated"/>.</summary>
    public long UnallocatedTotal { get; }

    /// <summary>Gets the counts against units in force on <see cref="To"/>, by unit code, each with its sources.</summary>
    public IReadOnlyList<RebasedCount> Counts => countsView ??= ReadOnlyView.Of(counts);

    /// <summary>Gets the counts that could not be carried, by date, then last unit, then origin.</summary>
    public IReadOnlyList<UnallocatedCount> Unallocated => unallocatedView ??= ReadOnlyView.Of(unallocated);

    /// <summary>Gets every count carried by a succession, by date, then predecessor, then successor.</summary>
    public IReadOnlyList<RebaseMove> Moves => movesView ??= ReadOnlyView.Of(moves);

    /// <summary>Gets the count against a unit of the target structure.</summary>
    /// <param name="unit">The unit's code.</param>
    /// <returns>The count; zero when nothing was carried to <paramref name="unit"/>.</returns>
    public long CountOf(UnitCode unit) => byUnit.TryGetValue(unit, out var count) ? count.Count : 0;

    /// <summary>Explains the count against a unit of the target structure.</summary>
    /// <param name="unit">The unit's code.</param>
    /// <returns>The explanation (see <see cref="RebasedCount.Explanation"/>); says so when nothing was carried to <paramref name="unit"/>.</returns>
    public string Explain(UnitCode unit) =>
        byUnit.TryGetValue(unit, out var count) ? count.Explanation : $"{unit} = 0: no counted unit of {ValidityPeriod.Format(From)} was carried to it.";
}
