using System.Collections.Generic;
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

/// <summary>A count expressed against a unit of the target structure.</summary>
/// <param name="Unit">The unit in force on the target date.</param>
/// <param name="Count">The count.</param>
public sealed record RebasedCount(UnitCode Unit, long Count);

/// <summary>A count that could not be carried to the target structure, reported instead of being lost.</summary>
/// <param name="Unit">The last unit that held the count.</param>
/// <param name="Date">The first day on which the unit had no successor to take it.</param>
/// <param name="Count">The count.</param>
/// <param name="Reason">Why it could not be carried.</param>
public sealed record UnallocatedCount(UnitCode Unit, LocalDate Date, long Count, UnallocatedReason Reason);

/// <summary>One step of a rebase: a count carried by a succession from one unit to another.</summary>
/// <param name="Date">The succession's date.</param>
/// <param name="Kind">The kind of succession.</param>
/// <param name="From">The predecessor.</param>
/// <param name="To">The successor.</param>
/// <param name="Count">The count carried.</param>
public sealed record RebaseMove(LocalDate Date, SuccessionKind Kind, UnitCode From, UnitCode To, long Count);

/// <summary>
/// Counts recorded against the units of one date re-expressed against the units of a later date
/// (<see cref="OrganizationChart.Rebase"/>), with every move explained. Nothing is lost or counted
/// twice: <see cref="AllocatedTotal"/> + <see cref="UnallocatedTotal"/> = <see cref="Total"/>.
/// </summary>
public sealed class RebaseResult
{
    private readonly RebasedCount[] counts;
    private readonly UnallocatedCount[] unallocated;
    private readonly RebaseMove[] moves;
    private readonly Dictionary<UnitCode, long> byUnit;

    internal RebaseResult(LocalDate from, LocalDate to, long total, RebasedCount[] counts, UnallocatedCount[] unallocated, RebaseMove[] moves)
    {
        From = from;
        To = to;
        Total = total;
        this.counts = counts;
        this.unallocated = unallocated;
        this.moves = moves;
        byUnit = new Dictionary<UnitCode, long>(counts.Length);
        long allocated = 0;
        foreach (var count in counts)
        {
            byUnit.Add(count.Unit, count.Count);
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

    /// <summary>Gets the counts against units in force on <see cref="To"/>, by unit code.</summary>
    public IReadOnlyList<RebasedCount> Counts => counts;

    /// <summary>Gets the counts that could not be carried, by date then unit code.</summary>
    public IReadOnlyList<UnallocatedCount> Unallocated => unallocated;

    /// <summary>Gets every count carried by a succession, by date then predecessor code.</summary>
    public IReadOnlyList<RebaseMove> Moves => moves;

    /// <summary>Gets the count against a unit of the target structure.</summary>
    /// <param name="unit">The unit's code.</param>
    /// <returns>The count; zero when nothing was carried to <paramref name="unit"/>.</returns>
    public long CountOf(UnitCode unit) => byUnit.TryGetValue(unit, out long count) ? count : 0;
}
