using System;
using System.Globalization;
using System.Text;
using Ardalis.GuardClauses;
using MassMobilization.Core.Quantities;

namespace MassMobilization.Core.Aggregation;

/// <summary>
/// The value of one <see cref="Indicator"/> for a unit and period: a count, a <see cref="Quantities.Ratio"/>
/// or a <see cref="VndAmount"/>, as the indicator's unit says. Values of the same indicator
/// <see cref="Combine"/>: counts and amounts add, ratios pool.
/// </summary>
/// <remarks>Immutable. Create with <see cref="ForCount"/>, <see cref="ForRatio"/> or <see cref="ForAmount"/>.</remarks>
public sealed class IndicatorValue : IEquatable<IndicatorValue>
{
    private IndicatorValue(Indicator indicator, long count, Ratio ratio, VndAmount amount)
    {
        Indicator = indicator;
        Count = count;
        Ratio = ratio;
        Amount = amount;
    }

    /// <summary>Gets the indicator.</summary>
    public Indicator Indicator { get; }

    /// <summary>Gets the count; zero unless the indicator's unit is <see cref="IndicatorUnit.Count"/>.</summary>
    public long Count { get; }

    /// <summary>Gets the ratio; not applicable unless the indicator's unit is <see cref="IndicatorUnit.Ratio"/>.</summary>
    public Ratio Ratio { get; }

    /// <summary>Gets the amount; zero unless the indicator's unit is <see cref="IndicatorUnit.VndAmount"/>.</summary>
    public VndAmount Amount { get; }

    /// <summary>Creates the value of a count indicator.</summary>
    /// <param name="indicator">An indicator measured in <see cref="IndicatorUnit.Count"/>.</param>
    /// <param name="count">The count, not negative.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    /// <exception cref="ArgumentException">The indicator is not a count.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public static IndicatorValue ForCount(Indicator indicator, long count)
    {
        CheckUnit(indicator, IndicatorUnit.Count);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return new(indicator, count, Ratio.NotApplicable, VndAmount.Zero);
    }

    /// <summary>Creates the value of a ratio indicator.</summary>
    /// <param name="indicator">An indicator measured in <see cref="IndicatorUnit.Ratio"/>.</param>
    /// <param name="ratio">The ratio, for example 301/314.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    /// <exception cref="ArgumentException">The indicator is not a ratio.</exception>
    public static IndicatorValue ForRatio(Indicator indicator, Ratio ratio)
    {
        CheckUnit(indicator, IndicatorUnit.Ratio);
        return new(indicator, 0, ratio, VndAmount.Zero);
    }

    /// <summary>Creates the value of an amount indicator.</summary>
    /// <param name="indicator">An indicator measured in <see cref="IndicatorUnit.VndAmount"/>.</param>
    /// <param name="amount">The amount.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    /// <exception cref="ArgumentException">The indicator is not an amount.</exception>
    public static IndicatorValue ForAmount(Indicator indicator, VndAmount amount)
    {
        CheckUnit(indicator, IndicatorUnit.VndAmount);
        return new(indicator, 0, Ratio.NotApplicable, amount);
    }

    /// <summary>Combines two values of the same indicator over disjoint populations: counts and amounts add, ratios pool.</summary>
    /// <param name="other">A value of the same indicator.</param>
    /// <returns>The combined value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="other"/> is for another indicator.</exception>
    /// <exception cref="OverflowException">A sum does not fit in 64 bits.</exception>
    public IndicatorValue Combine(IndicatorValue other)
    {
        Guard.Against.Null(other);
        Preconditions.CheckArgument(Indicator.Equals(other.Indicator), nameof(other), $"Cannot combine {other.Indicator.Code} with {Indicator.Code}.");
        return new(Indicator, checked(Count + other.Count), Ratio.Pool(other.Ratio), Amount + other.Amount);
    }

    /// <inheritdoc />
    public bool Equals(IndicatorValue? other) =>
        other is not null && Indicator.Equals(other.Indicator) && Count == other.Count && Ratio == other.Ratio && Amount == other.Amount;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as IndicatorValue);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Indicator, Count, Ratio, Amount);

    /// <summary>
    /// Writes the value as a report writes it, under explicit number policies: a count with Vietnamese
    /// grouping dots ("395.000"), a ratio with its percentage ("185/261 (70%)"), an amount with
    /// <paramref name="amounts"/> ("165,34 tỷ đồng"). The one writer of indicator values.
    /// </summary>
    /// <param name="percentages">The percentage policy, for example <see cref="PercentageFormat.WholePercentTruncated"/>.</param>
    /// <param name="amounts">The amount pattern, for example <see cref="VndAmountPattern.VietnameseBillions"/>.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException">A policy is null.</exception>
    public string Format(PercentageFormat percentages, VndAmountPattern amounts) => AppendFormat(new StringBuilder(32), percentages, amounts).ToString();

    /// <summary>Appends the value as <see cref="Format"/> writes it.</summary>
    /// <param name="builder">The builder to append to.</param>
    /// <param name="percentages">The percentage policy.</param>
    /// <param name="amounts">The amount pattern.</param>
    /// <returns><paramref name="builder"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public StringBuilder AppendFormat(StringBuilder builder, PercentageFormat percentages, VndAmountPattern amounts)
    {
        Guard.Against.Null(builder);
        Guard.Against.Null(percentages);
        Guard.Against.Null(amounts);
        switch (Indicator.Unit)
        {
            case IndicatorUnit.Count:
                NumberText.AppendScaled(builder, Count, 0, NumberNotation.Vietnamese, group: true);
                break;
            case IndicatorUnit.VndAmount:
                amounts.AppendFormat(Amount, builder);
                break;
            default:
                builder.Append(Ratio.ToString()).Append(" (");
                percentages.AppendFormat(Ratio, builder).Append(')');
                break;
        }

        return builder;
    }

    /// <summary>Returns the code and value, for example "DIALOGUES-HELD = 140" or "CITIZENS-RECEIVED = 301/314".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Indicator.Unit switch
    {
        IndicatorUnit.Count => $"{Indicator.Code} = {Count.ToString(CultureInfo.InvariantCulture)}",
        IndicatorUnit.Ratio => $"{Indicator.Code} = {Ratio}",
        _ => $"{Indicator.Code} = {Amount}",
    };

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when the indicator and value are equal.</returns>
    public static bool operator ==(IndicatorValue? left, IndicatorValue? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when the indicator or value differs.</returns>
    public static bool operator !=(IndicatorValue? left, IndicatorValue? right) => !(left == right);

    private static void CheckUnit(Indicator indicator, IndicatorUnit expected)
    {
        Guard.Against.Null(indicator);
        Preconditions.CheckArgument(indicator.Unit == expected, nameof(indicator), $"The indicator {indicator.Code} is measured in {indicator.Unit}, not {expected}.");
    }
}
