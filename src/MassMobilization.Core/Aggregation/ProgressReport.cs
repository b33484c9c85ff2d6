using System;
using System.Collections.Generic;
using System.Text;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Quantities;
using NodaTime;

namespace MassMobilization.Core.Aggregation;

/// <summary>
/// A progress report (báo cáo kết quả) for a reporting period as of a date: the <see cref="Tally"/> of
/// every unit of a roll-up, and the report lines of any unit written with explicit number policies
/// ("Số mô hình hoàn thành: 185/261 (70%)", "Tổng giá trị hỗ trợ: 165,34 tỷ đồng").
/// </summary>
/// <remarks>Immutable. <see cref="Units"/> is in the shape's ordinal order (parents before children).</remarks>
public sealed class ProgressReport
{
    private readonly Tally[] units;
    private IReadOnlyList<Tally>? unitsView;
    private readonly RollUpShape shape;

    private ProgressReport(ReportingPeriod period, LocalDate asOf, RollUpShape shape, Tally[] units)
    {
        Period = period;
        AsOf = asOf;
        this.shape = shape;
        this.units = units;
    }

    /// <summary>Gets the period reported on.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the date the figures are as of.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the tally of every unit, in ordinal order.</summary>
    public IReadOnlyList<Tally> Units => unitsView ??= ReadOnlyView.Of(units);

    /// <summary>Creates the report of a roll-up.</summary>
    /// <param name="result">The roll-up.</param>
    /// <param name="asOf">The date the figures are as of (the chart and model states of that date).</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static ProgressReport Create(RollUpResult result, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(result);
        var tallies = new Tally[result.Shape.Count];
        for (int i = 0; i < tallies.Length; i++)
        {
            tallies[i] = result.TallyAt(i);
        }

        return new ProgressReport(result.Period, asOf, result.Shape, tallies);
    }

    /// <summary>Gets the tally of a unit.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="DomainRuleException">Rule <c>AGG-UNKNOWN-UNIT</c>.</exception>
    public Tally For(UnitCode unit) => units[shape.OrdinalOf(unit)];

    /// <summary>
    /// Writes a unit's figures as Vietnamese report lines, one per indicator: counts with grouping dots
    /// ("395.000"), ratios as "301/314 (95,86%)" with <paramref name="percentages"/>, amounts with
    /// <paramref name="amounts"/>.
    /// </summary>
    /// <param name="unit">The unit.</param>
    /// <param name="percentages">The percentage policy, for example <see cref="PercentageFormat.WholePercentTruncated"/>.</param>
    /// <param name="amounts">The amount pattern, for example <see cref="VndAmountPattern.VietnameseBillions"/>.</param>
    /// <returns>The lines, in layout order.</returns>
    /// <exception cref="ArgumentNullException">A format is null.</exception>
    /// <exception cref="DomainRuleException">Rule <c>AGG-UNKNOWN-UNIT</c>.</exception>
    public IReadOnlyList<string> Lines(UnitCode unit, PercentageFormat percentages, VndAmountPattern amounts)
    {
        ArgumentNullException.ThrowIfNull(percentages);
        ArgumentNullException.ThrowIfNull(amounts);
        var tally = For(unit);
        var lines = new string[tally.Values.Count];
        var builder = new StringBuilder();
        for (int i = 0; i < lines.Length; i++)
        {
            var value = tally.Values[i];
            builder.Clear().Append(value.Indicator.VietnameseName).Append(": ");
            switch (value.Indicator.Unit)
            {
                case IndicatorUnit.Count:
                    NumberText.AppendScaled(builder, value.Count, 0, NumberNotation.Vietnamese, group: true);
                    break;
                case IndicatorUnit.VndAmount:
                    amounts.AppendFormat(value.Amount, builder);
                    break;
                default:
                    builder.Append(value.Ratio.ToString()).Append(" (");
                    percentages.AppendFormat(value.Ratio, builder).Append(')');
                    break;
            }

            lines[i] = builder.ToString();
        }

        return lines;
    }
}
