using System;
using System.Collections.Generic;
using System.ComponentModel;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Aggregation;

/// <summary>
/// Rolls records up a <see cref="RollUpShape"/> in one pass: aggregate at the units the records are
/// kept at, then add each unit into its parent from the last ordinal to the first
/// (<see cref="RollUpKernel"/>). Allocates the unit × slot result only, O(units), never O(records).
/// </summary>
public static class RollUpEngine
{
    /// <summary>Rolls up records given as columns: the fast path for millions of records.</summary>
    /// <param name="shape">The units (ordinals in <paramref name="unitOrdinals"/> refer to it).</param>
    /// <param name="layout">The indicators (slots in <paramref name="slots"/> refer to it).</param>
    /// <param name="period">The period the records belong to.</param>
    /// <param name="unitOrdinals">The unit ordinal of each record.</param>
    /// <param name="slots">The slot of each record.</param>
    /// <param name="amounts">The amount of each record.</param>
    /// <returns>The result for every unit.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The columns differ in length or a record is out of range.</exception>
    /// <exception cref="DomainRuleException">Rule <c>AGG-SUM-OVERFLOW</c>: a unit's sum or record count for a slot does not fit in 64 bits (the message names the unit and slot).</exception>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public static RollUpResult RollUp(
        RollUpShape shape, IndicatorLayout layout, ReportingPeriod period, ReadOnlySpan<int> unitOrdinals, ReadOnlySpan<int> slots, ReadOnlySpan<long> amounts)
    {
        Guard.Against.Null(shape);
        Guard.Against.Null(layout);
        Guard.Against.Null(period);
        var sums = new long[shape.Count * layout.SlotCount];
        var counts = new long[sums.Length];
        try
        {
            RollUpKernel.AggregateLeaves(unitOrdinals, slots, amounts, layout.SlotCount, sums, counts);
            RollUpKernel.Propagate(shape.ParentOrdinalSpan, layout.SlotCount, sums, counts);
        }
        catch (CellOverflowException exception)
        {
            throw exception.Translate(shape, layout, $"roll-up for {period.Label}");
        }

        return new RollUpResult(shape, layout, period, sums, counts);
    }

    /// <summary>Rolls up records given as unit codes and indicator values (the readable path).</summary>
    /// <param name="shape">The units.</param>
    /// <param name="layout">The indicators.</param>
    /// <param name="period">The period the records belong to.</param>
    /// <param name="records">The records.</param>
    /// <returns>The result for every unit.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DomainRuleException">Rule <c>AGG-UNKNOWN-UNIT</c> or <c>AGG-UNKNOWN-INDICATOR</c>: a record's unit or indicator is not in the shape or layout; rule <c>AGG-SUM-OVERFLOW</c>: a unit's sum or record count for a slot does not fit in 64 bits (the message names the unit and slot).</exception>
    public static RollUpResult RollUp(RollUpShape shape, IndicatorLayout layout, ReportingPeriod period, IEnumerable<IndicatorRecord> records)
    {
        Guard.Against.Null(shape);
        Guard.Against.Null(layout);
        Guard.Against.Null(period);
        Guard.Against.Null(records);
        var sums = new long[shape.Count * layout.SlotCount];
        var counts = new long[sums.Length];
        try
        {
            RecordColumns.Accumulate(shape, layout, records, sums, counts);
            RollUpKernel.Propagate(shape.ParentOrdinalSpan, layout.SlotCount, sums, counts);
        }
        catch (CellOverflowException exception)
        {
            throw exception.Translate(shape, layout, $"roll-up for {period.Label}");
        }

        return new RollUpResult(shape, layout, period, sums, counts);
    }

    /// <summary>
    /// Rolls up cells filled by a direct producer (the activity roll-up, docs/activities.md): <paramref name="fill"/>
    /// adds into the unit × slot sums and record counts, then they are propagated as for records; an overflow
    /// is rule <c>AGG-SUM-OVERFLOW</c> naming the unit and slot. Returns <see langword="null"/> when
    /// <paramref name="fill"/> returns <see langword="false"/> (it stopped at a unit the shape does not hold).
    /// </summary>
    internal static RollUpResult? TryRollUp(RollUpShape shape, IndicatorLayout layout, ReportingPeriod period, Func<long[], long[], bool> fill)
    {
        var sums = new long[shape.Count * layout.SlotCount];
        var counts = new long[sums.Length];
        try
        {
            if (!fill(sums, counts))
            {
                return null;
            }

            RollUpKernel.Propagate(shape.ParentOrdinalSpan, layout.SlotCount, sums, counts);
        }
        catch (CellOverflowException exception)
        {
            throw exception.Translate(shape, layout, $"roll-up for {period.Label}");
        }

        return new RollUpResult(shape, layout, period, sums, counts);
    }

    /// <summary>Rolls up cells filled by a direct producer that never stops early (see <see cref="TryRollUp(RollUpShape, IndicatorLayout, ReportingPeriod, Func{long[], long[], bool})"/>).</summary>
    internal static RollUpResult RollUp(RollUpShape shape, IndicatorLayout layout, ReportingPeriod period, Func<long[], long[], bool> fill) =>
        TryRollUp(shape, layout, period, fill) ?? throw new InvalidOperationException("The producer stopped although it was asked not to.");

    /// <summary>Rolls up a (merged) partial aggregate: equal to rolling up all the records it was made from.</summary>
    /// <param name="shape">The units; every unit code in the partial must be in it.</param>
    /// <param name="layout">The indicators; every slot code in the partial must be in it.</param>
    /// <param name="partial">The partial.</param>
    /// <returns>The result for every unit, for the partial's period.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DomainRuleException">Rule <c>AGG-UNKNOWN-UNIT</c> or <c>AGG-UNKNOWN-INDICATOR</c>: an entry's unit or slot is not in the shape or layout; rule <c>AGG-SUM-OVERFLOW</c>: a unit's sum or record count for a slot does not fit in 64 bits (the message names the unit and slot).</exception>
    public static RollUpResult RollUp(RollUpShape shape, IndicatorLayout layout, PartialAggregate partial)
    {
        Guard.Against.Null(shape);
        Guard.Against.Null(layout);
        Guard.Against.Null(partial);
        int slotCount = layout.SlotCount;
        var sums = new long[shape.Count * slotCount];
        var counts = new long[sums.Length];
        foreach (var entry in partial.Entries)
        {
            int unit = shape.OrdinalOf(entry.Unit);
            Guard.Against.RuleViolation(layout.TryGetSlot(entry.SlotCode, out int slot), AggregationRuleCodes.UnknownIndicator, $"The slot {entry.SlotCode} is not in the roll-up's layout.");
            int cell = (unit * slotCount) + slot;
            try
            {
                sums[cell] = CellOverflowException.Add(sums[cell], entry.Sum, cell);
                counts[cell] = CellOverflowException.Add(counts[cell], entry.Count, cell);
            }
            catch (CellOverflowException exception)
            {
                throw exception.Translate(shape, layout, $"roll-up of the partial for {partial.Period.Label}");
            }
        }

        try
        {
            RollUpKernel.Propagate(shape.ParentOrdinalSpan, slotCount, sums, counts);
        }
        catch (CellOverflowException exception)
        {
            throw exception.Translate(shape, layout, $"roll-up of the partial for {partial.Period.Label}");
        }

        return new RollUpResult(shape, layout, partial.Period, sums, counts);
    }
}
