using System;
using System.ComponentModel;
using Ardalis.GuardClauses;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Quantities;

namespace MassMobilization.Core.Aggregation;

/// <summary>
/// The result of a roll-up: for every unit of the shape and every slot of the layout, the sum and the
/// number of records in the unit's whole subtree, for one reporting period. Read it by ordinal and slot
/// (fast), by unit code and indicator (<see cref="Value(UnitCode, Indicator)"/>), or as a
/// <see cref="Tally"/>.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class RollUpResult
{
    private readonly long[] sums;
    private readonly long[] counts;

    internal RollUpResult(RollUpShape shape, IndicatorLayout layout, ReportingPeriod period, long[] sums, long[] counts)
    {
        Shape = shape;
        Layout = layout;
        Period = period;
        this.sums = sums;
        this.counts = counts;
    }

    /// <summary>Gets the units.</summary>
    public RollUpShape Shape { get; }

    /// <summary>Gets the indicators and their slots.</summary>
    public IndicatorLayout Layout { get; }

    /// <summary>Gets the period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the sum of a slot over a unit's subtree.</summary>
    /// <param name="unitOrdinal">The unit's ordinal.</param>
    /// <param name="slot">The slot.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public long Sum(int unitOrdinal, int slot) => sums[Cell(unitOrdinal, slot)];

    /// <summary>Gets the number of records of a slot over a unit's subtree.</summary>
    /// <param name="unitOrdinal">The unit's ordinal.</param>
    /// <param name="slot">The slot.</param>
    /// <returns>The number of records.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public long RecordCount(int unitOrdinal, int slot) => counts[Cell(unitOrdinal, slot)];

    /// <summary>Gets an indicator's value for a unit's subtree.</summary>
    /// <param name="unitOrdinal">The unit's ordinal.</param>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The value: a count, pooled ratio or amount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unitOrdinal"/> is out of range.</exception>
    /// <exception cref="DomainRuleException">Rule <c>AGG-UNKNOWN-INDICATOR</c>: the indicator is not in the layout.</exception>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public IndicatorValue Value(int unitOrdinal, Indicator indicator)
    {
        Guard.Against.Null(indicator);
        int slot = Layout.SlotOf(indicator);
        long sum = Sum(unitOrdinal, slot);
        return indicator.Unit switch
        {
            IndicatorUnit.Count => IndicatorValue.ForCount(indicator, sum),
            IndicatorUnit.VndAmount => IndicatorValue.ForAmount(indicator, VndAmount.FromDong(sum)),
            _ => IndicatorValue.ForRatio(indicator, new Ratio(sum, Sum(unitOrdinal, slot + 1))),
        };
    }

    /// <summary>Gets an indicator's value for a unit's subtree.</summary>
    /// <param name="unit">The unit's code.</param>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    /// <exception cref="DomainRuleException">Rule <c>AGG-UNKNOWN-UNIT</c> or <c>AGG-UNKNOWN-INDICATOR</c>.</exception>
    public IndicatorValue Value(UnitCode unit, Indicator indicator)
    {
        Guard.Against.Null(indicator);
        return Value(Shape.OrdinalOf(unit), indicator);
    }

    /// <summary>Gets the tally of every indicator of the layout for a unit's subtree.</summary>
    /// <param name="unit">The unit's code.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="DomainRuleException">Rule <c>AGG-UNKNOWN-UNIT</c>: the unit is not in the shape.</exception>
    public Tally Tally(UnitCode unit) => TallyAt(Shape.OrdinalOf(unit));

    /// <summary>Gets the tally of every indicator of the layout for a unit's subtree.</summary>
    /// <param name="unitOrdinal">The unit's ordinal.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unitOrdinal"/> is out of range.</exception>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public Tally TallyAt(int unitOrdinal)
    {
        Guard.Against.OutOfRange(unitOrdinal, nameof(unitOrdinal), 0, Shape.Count - 1);
        var values = new IndicatorValue[Layout.Indicators.Count];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = Value(unitOrdinal, Layout.Indicators[i]);
        }

        return new Tally(Shape.CodeAt(unitOrdinal), Period, values);
    }

    /// <summary>Gets the sums as a read-only span in unit × slot order, for callers that post-process in bulk.</summary>
    /// <returns>The sums.</returns>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public ReadOnlySpan<long> SumsSpan() => sums;

    /// <summary>Gets the record counts as a read-only span in unit × slot order.</summary>
    /// <returns>The counts.</returns>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public ReadOnlySpan<long> RecordCountsSpan() => counts;

    private int Cell(int unitOrdinal, int slot)
    {
        Guard.Against.OutOfRange(unitOrdinal, nameof(unitOrdinal), 0, Shape.Count - 1);
        Guard.Against.OutOfRange(slot, nameof(slot), 0, Layout.SlotCount - 1);
        return (unitOrdinal * Layout.SlotCount) + slot;
    }
}
