using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using Ardalis.GuardClauses;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Mobilization;

namespace MassMobilization.Core.Reporting;

/// <summary>
/// The indicators of a progress report and the model fields it breaks registered models down by: the
/// standard indicators, the models registered at each level and in each field
/// (<see cref="ModelIndicators"/>), and any further indicators (awards, social support). The fields are
/// kept as data, so a report reads "models registered in the field Economy" from the field itself.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ReportLayout
{
    private readonly Indicator[] fieldIndicators;

    private ReportLayout(IndicatorLayout indicators, ModelField[] fields, Indicator[] fieldIndicators)
    {
        Indicators = indicators;
        Fields = Array.AsReadOnly(fields);
        this.fieldIndicators = fieldIndicators;
    }

    /// <summary>Gets the indicators and their slots.</summary>
    public IndicatorLayout Indicators { get; }

    /// <summary>Gets the fields registered models are broken down by, in layout order.</summary>
    public ReadOnlyCollection<ModelField> Fields { get; }

    /// <summary>Creates a layout.</summary>
    /// <param name="fields">The fields to count models in (for example <see cref="ModelIndicators.StandardFields"/> and a province's own).</param>
    /// <param name="additional">Further indicators, after the model indicators; one already in the layout is not repeated.</param>
    /// <returns>The layout.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An element is null.</exception>
    /// <exception cref="DomainRuleException">Rule <c>AGG-DUPLICATE-INDICATOR</c>: a field is given twice, or another indicator reuses a code.</exception>
    public static ReportLayout Create(IEnumerable<ModelField> fields, IEnumerable<Indicator> additional)
    {
        var fieldArray = Preconditions.CheckNotNullElements(fields, nameof(fields));
        var extra = Preconditions.CheckNotNullElements(additional, nameof(additional));
        var indicators = new List<Indicator>(ModelIndicators.LayoutWithFields(fieldArray).Indicators);
        foreach (var indicator in extra)
        {
            if (!indicators.Contains(indicator))
            {
                indicators.Add(indicator);
            }
        }

        var fieldIndicators = new Indicator[fieldArray.Length];
        for (int i = 0; i < fieldArray.Length; i++)
        {
            fieldIndicators[i] = ModelIndicators.InField(fieldArray[i]);
        }

        return new ReportLayout(IndicatorLayout.Create(indicators), fieldArray, fieldIndicators);
    }

    /// <summary>Gets the indicator "models registered in the field" of one of the layout's fields.</summary>
    /// <param name="index">The field's index in <see cref="Fields"/>.</param>
    /// <returns>The indicator.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public Indicator FieldIndicator(int index) =>
        fieldIndicators[Guard.Against.OutOfRange(index, nameof(index), 0, fieldIndicators.Length - 1)];
}
