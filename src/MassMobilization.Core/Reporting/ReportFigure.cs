using System;
using MassMobilization.Core.Aggregation;

namespace MassMobilization.Core.Reporting;

/// <summary>One figure of the unit reported on: an indicator's value and how many records it was added up from.</summary>
/// <param name="Value">The value (its <see cref="IndicatorValue.Indicator"/> says which indicator).</param>
/// <param name="RecordCount">The number of records of the indicator (of its numerator, for a ratio) in the unit's subtree; zero when nothing was reported.</param>
/// <exception cref="ArgumentNullException"><paramref name="Value"/> is null.</exception>
public sealed record ReportFigure(IndicatorValue Value, long RecordCount)
{
    /// <summary>Gets the value.</summary>
    public IndicatorValue Value { get; init; } = Value ?? throw new ArgumentNullException(nameof(Value));

    /// <summary>Gets the indicator.</summary>
    public Indicator Indicator => Value.Indicator;
}
