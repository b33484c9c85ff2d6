using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using Ardalis.GuardClauses;
using MassMobilization.Core.Organization;
using NodaTime;

namespace MassMobilization.Core.Aggregation;

/// <summary>
/// A <see cref="PartialAggregate"/> kept against the units of one date, re-expressed against the units
/// of a later date (docs/organization.md, docs/aggregation.md: data recorded against old units is re-based onto the
/// structure of another date without losing or double-counting anything): what could be carried, and what could not.
/// For every slot, the sums and record counts of <see cref="Partial"/> and <see cref="Unallocated"/> add up
/// exactly to those of the input.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class RebasedPartial
{
    private RebasedPartial(LocalDate from, LocalDate to, PartialAggregate partial, PartialAggregate unallocated, UnallocatedEntry[] unallocatedEntries)
    {
        From = from;
        To = to;
        Partial = partial;
        Unallocated = unallocated;
        UnallocatedEntries = Array.AsReadOnly(unallocatedEntries);
    }

    /// <summary>Gets the date whose units the input was kept against.</summary>
    public LocalDate From { get; }

    /// <summary>Gets the date whose units <see cref="Partial"/> is kept against.</summary>
    public LocalDate To { get; }

    /// <summary>Gets the entries carried onto units in force on <see cref="To"/>.</summary>
    public PartialAggregate Partial { get; }

    /// <summary>
    /// Gets the entries that could not be carried, against the last unit that held them: a unit split
    /// without allocation weights, or a unit that ended without a successor (such as a district on
    /// 2025-07-01, when the district level was abolished).
    /// </summary>
    public PartialAggregate Unallocated { get; }

    /// <summary>
    /// Gets the entries that could not be carried, each with its unit of origin, the date it stopped and
    /// why (by date, then last unit, then origin, then slot code); they add up to <see cref="Unallocated"/>.
    /// </summary>
    public ReadOnlyCollection<UnallocatedEntry> UnallocatedEntries { get; }

    /// <summary>
    /// Rebases a partial with the organization chart's one rebase algorithm
    /// (<see cref="OrganizationChart.Rebase(IReadOnlyList{UnitCode}, int, ReadOnlySpan{long}, LocalDate, LocalDate)"/>),
    /// every slot's sum and record count as one column: the successions of each date are applied to the
    /// holdings of the day before, so the result does not depend on the order successions were added in.
    /// A rename, transfer or merge carries everything to the successor; a weighted split divides each sum
    /// and each record count by the largest-remainder method (<see cref="Apportionment"/>: whole numbers,
    /// exact totals; ties go to the successor listed first); a split without weights, or a unit that ends
    /// without a successor, leaves the entries unallocated.
    /// </summary>
    /// <param name="partial">The partial, kept against units in force on <paramref name="from"/>.</param>
    /// <param name="chart">The chart with the units and successions.</param>
    /// <param name="from">The date the partial's units are as of.</param>
    /// <param name="to">The report date, on or after <paramref name="from"/>.</param>
    /// <returns>The rebased partial and what could not be carried.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    /// <exception cref="DomainRuleException">Rule <c>AGG-UNKNOWN-UNIT</c>: an entry's unit is not in force on <paramref name="from"/>; rule <c>AGG-SUM-OVERFLOW</c>: the sums carried onto a unit do not fit in 64 bits (the message names the unit and slot).</exception>
    public static RebasedPartial Rebase(PartialAggregate partial, OrganizationChart chart, LocalDate from, LocalDate to)
    {
        Guard.Against.Null(partial);
        Guard.Against.Null(chart);
        if (to < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, $"The report date must not be before {from:uuuu-MM-dd}.");
        }

        var before = chart.At(from);
        var units = new List<UnitCode>();
        var slotCodes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var entry in partial.Entries)
        {
            Guard.Against.RuleViolation(before.Contains(entry.Unit), AggregationRuleCodes.UnknownUnit, $"The unit {entry.Unit} is not in force on {from:uuuu-MM-dd}.");
            if (units.Count == 0 || units[^1] != entry.Unit)
            {
                units.Add(entry.Unit);
            }

            slotCodes.Add(entry.SlotCode);
        }

        // Entries are sorted by unit, so each unit's entries are one run; each slot is two columns (sum, record count).
        var slots = new string[slotCodes.Count];
        slotCodes.CopyTo(slots);
        var columnOf = new Dictionary<string, int>(slots.Length, StringComparer.Ordinal);
        for (int s = 0; s < slots.Length; s++)
        {
            columnOf.Add(slots[s], 2 * s);
        }

        int columns = Math.Max(2, 2 * slots.Length);
        var values = new long[units.Count * columns];
        int row = -1;
        foreach (var entry in partial.Entries)
        {
            if (row < 0 || units[row] != entry.Unit)
            {
                row++;
            }

            int cell = (row * columns) + columnOf[entry.SlotCode];
            values[cell] = entry.Sum;
            values[cell + 1] = entry.Count;
        }

        RebasedFigures figures;
        try
        {
            figures = chart.Rebase(units, columns, values, from, to);
        }
        catch (OverflowException exception)
        {
            throw new DomainRuleException(AggregationRuleCodes.SumOverflow, $"Rebasing the partial for {partial.Period.Label} from {from:uuuu-MM-dd} to {to:uuuu-MM-dd}: the figures moved by a succession do not fit in 64 bits.", exception);
        }

        var carried = new List<PartialEntry>();
        foreach (var figure in figures.Carried)
        {
            AddEntries(carried, figure.Unit, slots, figure.Values);
        }

        var left = new List<PartialEntry>();
        var details = new List<UnallocatedEntry>();
        foreach (var figure in figures.Unallocated)
        {
            int first = left.Count;
            AddEntries(left, figure.Unit, slots, figure.Values);
            for (int i = first; i < left.Count; i++)
            {
                details.Add(new UnallocatedEntry(left[i], figure.Origin, figure.Date, figure.Reason));
            }
        }

        return new RebasedPartial(from, to, PartialAggregate.Create(partial.Period, carried), PartialAggregate.Create(partial.Period, left), details.ToArray());
    }

    private static void AddEntries(List<PartialEntry> entries, UnitCode unit, string[] slots, System.Collections.ObjectModel.ReadOnlyCollection<long> values)
    {
        for (int s = 0; s < slots.Length; s++)
        {
            long sum = values[2 * s];
            long count = values[(2 * s) + 1];
            if (sum != 0 || count != 0)
            {
                entries.Add(new PartialEntry(unit, slots[s], sum, count));
            }
        }
    }
}
