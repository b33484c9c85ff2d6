using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Quantities;

namespace MassMobilization.Core.Aggregation;

/// <summary>
/// The figures of one unit (including everything beneath it) for one reporting period: one
/// <see cref="IndicatorValue"/> per indicator of the roll-up's layout, such as models registered,
/// completed, recognised and typical, dialogues held, citizens received of those who asked, awards.
/// </summary>
/// <remarks>Immutable. <see cref="Values"/> is in layout order.</remarks>
public sealed class Tally
{
    private readonly IndicatorValue[] values;
    private IReadOnlyList<IndicatorValue>? valuesView;

    internal Tally(UnitCode unit, ReportingPeriod period, IndicatorValue[] values)
    {
        Unit = unit;
        Period = period;
        this.values = values;
    }

    /// <summary>
    /// Creates a tally from its parts, for readers of stored or transmitted tallies (a roll-up makes
    /// them with <see cref="RollUpResult.Tally(UnitCode)"/>).
    /// </summary>
    /// <param name="unit">The unit.</param>
    /// <param name="period">The period.</param>
    /// <param name="values">The values, each indicator at most once, in the order to keep.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> or <paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is default or a value is null.</exception>
    /// <exception cref="DomainRuleException">Rule <c>AGG-DUPLICATE-INDICATOR</c>: two values share an indicator code.</exception>
    public static Tally Create(UnitCode unit, ReportingPeriod period, IEnumerable<IndicatorValue> values)
    {
        Guard.Against.Null(period);
        var array = Preconditions.CheckNotNullElements(values, nameof(values));
        Preconditions.CheckArgument(!unit.IsDefault, nameof(unit), "The unit code is the default value.");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in array)
        {
            Guard.Against.RuleViolation(seen.Add(value.Indicator.Code), AggregationRuleCodes.DuplicateIndicator, $"The indicator {value.Indicator.Code} is in the tally twice.");
        }

        return new Tally(unit, period, array);
    }

    /// <summary>Gets the unit.</summary>
    public UnitCode Unit { get; }

    /// <summary>Gets the period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the values, in layout order.</summary>
    public IReadOnlyList<IndicatorValue> Values => valuesView ??= ReadOnlyView.Of(values);

    /// <summary>Gets the value of an indicator.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    /// <exception cref="DomainRuleException">Rule <c>AGG-UNKNOWN-INDICATOR</c>: the tally has no such indicator.</exception>
    public IndicatorValue Get(Indicator indicator)
    {
        Guard.Against.Null(indicator);
        foreach (var value in values)
        {
            if (value.Indicator.Equals(indicator))
            {
                return value;
            }
        }

        throw new DomainRuleException(AggregationRuleCodes.UnknownIndicator, $"The tally has no indicator {indicator.Code}.");
    }

    /// <summary>Gets the count of a count indicator.</summary>
    /// <param name="indicator">A count indicator.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    /// <exception cref="ArgumentException">The indicator is not a count.</exception>
    /// <exception cref="DomainRuleException">Rule <c>AGG-UNKNOWN-INDICATOR</c>.</exception>
    public long Count(Indicator indicator)
    {
        Guard.Against.Null(indicator);
        Preconditions.CheckArgument(indicator.Unit == IndicatorUnit.Count, nameof(indicator), $"The indicator {indicator.Code} is not a count.");
        return Get(indicator).Count;
    }

    /// <summary>Gets the rate of one count indicator over another: "completed of registered" is 185/261.</summary>
    /// <param name="numerator">The count indicator on top, for example <see cref="StandardIndicators.ModelsCompleted"/>.</param>
    /// <param name="denominator">The count indicator below, for example <see cref="StandardIndicators.ModelsRegistered"/>.</param>
    /// <returns>The ratio; not applicable when the denominator is zero.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An indicator is not a count.</exception>
    /// <exception cref="DomainRuleException">Rule <c>AGG-UNKNOWN-INDICATOR</c>.</exception>
    public Ratio Rate(Indicator numerator, Indicator denominator)
    {
        Guard.Against.Null(numerator);
        Guard.Against.Null(denominator);
        return new Ratio(Count(numerator), Count(denominator));
    }

    /// <summary>Returns the unit, period and number of values.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Unit} {Period.Label}: {values.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)} indicators";
}
