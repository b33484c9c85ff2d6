using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Text;
using Ardalis.GuardClauses;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Quantities;
using NodaTime;

namespace MassMobilization.Core.Reporting;

/// <summary>
/// A progress report (báo cáo kết quả) of one unit for a reporting period as of a date, built by
/// <see cref="ReportBuilder"/> and explained: the tally of the unit and of every unit beneath it in
/// hierarchy order, its figures with their record counts, the models registered by field, the figures
/// that could not be carried across a restructuring and why, and the figures of the summary sentence;
/// with report lines written by explicit number policies ("Số mô hình hoàn thành: 185/261 (70%)").
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class ProgressReport
{
    private readonly Dictionary<UnitCode, int> ordinals;

    internal ProgressReport(
        ReportRequest request, AdministrativeUnit unit, LocalDate recordsAsOf, long recordCount, UnitTally[] units, ReportFigure[] figures, FieldFigure[] fields, UnallocatedIndicator[] unallocated)
    {
        Period = request.Period;
        AsOf = request.AsOf;
        Layout = request.Layout;
        Unit = unit;
        RecordsAsOf = recordsAsOf;
        RecordCount = recordCount;
        Units = Array.AsReadOnly(units);
        Figures = Array.AsReadOnly(figures);
        Fields = Array.AsReadOnly(fields);
        Unallocated = Array.AsReadOnly(unallocated);
        Summary = ReportSummary.From(units[0].Tally);
        ordinals = new Dictionary<UnitCode, int>(units.Length);
        for (int i = 0; i < units.Length; i++)
        {
            ordinals.Add(units[i].Unit.Code, i);
        }
    }

    /// <summary>Gets the period reported on.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the date the figures are as of (the chart and model states of that date).</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the indicators reported.</summary>
    public ReportLayout Layout { get; }

    /// <summary>Gets the unit reported on, as in force on <see cref="AsOf"/>.</summary>
    public AdministrativeUnit Unit { get; }

    /// <summary>
    /// Gets the date of the structure the records were kept against: <see cref="AsOf"/> when every unit
    /// of the input is in force then, otherwise the last earlier date whose structure holds them all.
    /// </summary>
    public LocalDate RecordsAsOf { get; }

    /// <summary>Gets a value indicating whether the records were rebased onto the structure of <see cref="AsOf"/>.</summary>
    public bool IsRebased => RecordsAsOf != AsOf;

    /// <summary>Gets the number of records the report was built from (the entries of a partial aggregate, when built from one).</summary>
    public long RecordCount { get; }

    /// <summary>Gets the unit reported on and every unit beneath it, in hierarchy (pre-)order, each with its depth and tally.</summary>
    public ReadOnlyCollection<UnitTally> Units { get; }

    /// <summary>Gets the tally of the unit reported on.</summary>
    public Tally Tally => Units[0].Tally;

    /// <summary>Gets the figures of the unit reported on, one per indicator, in layout order.</summary>
    public ReadOnlyCollection<ReportFigure> Figures { get; }

    /// <summary>Gets the models registered by the unit reported on in each field of the layout, in layout order.</summary>
    public ReadOnlyCollection<FieldFigure> Fields { get; }

    /// <summary>Gets, for each indicator with something left out, what could not be carried onto the structure of <see cref="AsOf"/> and why; empty when nothing was rebased or everything was carried.</summary>
    public ReadOnlyCollection<UnallocatedIndicator> Unallocated { get; }

    /// <summary>Gets the figures of the summary sentence, from the tally of the unit reported on.</summary>
    public ReportSummary Summary { get; }

    /// <summary>Gets the tally of the unit reported on or of a unit beneath it.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="DomainRuleException">Rule <c>AGG-UNKNOWN-UNIT</c>: the unit is not in the report.</exception>
    public Tally For(UnitCode unit)
    {
        Guard.Against.RuleViolation(ordinals.TryGetValue(unit, out int index), AggregationRuleCodes.UnknownUnit, $"The unit {unit} is not in the report of {Unit.Code}.");
        return Units[index].Tally;
    }

    /// <summary>Gets the amount of an indicator that could not be carried onto the structure of <see cref="AsOf"/>.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The amount left out (the numerator, for a ratio); zero when nothing was left out.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    public long UnallocatedSum(Indicator indicator)
    {
        Guard.Against.Null(indicator);
        foreach (var left in Unallocated)
        {
            if (left.Indicator.Equals(indicator))
            {
                return left.Sum;
            }
        }

        return 0;
    }

    /// <summary>
    /// Writes a unit's figures as Vietnamese report lines, one per indicator, with
    /// <see cref="IndicatorValue.Format"/>: counts with grouping dots ("395.000"), ratios as
    /// "301/314 (95,86%)" with <paramref name="percentages"/>, amounts with <paramref name="amounts"/>.
    /// </summary>
    /// <param name="unit">The unit.</param>
    /// <param name="percentages">The percentage policy, for example <see cref="PercentageFormat.WholePercentTruncated"/>.</param>
    /// <param name="amounts">The amount pattern, for example <see cref="VndAmountPattern.VietnameseBillions"/>.</param>
    /// <returns>The lines, in layout order.</returns>
    /// <exception cref="ArgumentNullException">A format is null.</exception>
    /// <exception cref="DomainRuleException">Rule <c>AGG-UNKNOWN-UNIT</c>.</exception>
    public IReadOnlyList<string> Lines(UnitCode unit, PercentageFormat percentages, VndAmountPattern amounts)
    {
        Guard.Against.Null(percentages);
        Guard.Against.Null(amounts);
        var tally = For(unit);
        var lines = new string[tally.Values.Count];
        var builder = new StringBuilder();
        for (int i = 0; i < lines.Length; i++)
        {
            var value = tally.Values[i];
            builder.Clear().Append(value.Indicator.VietnameseName).Append(": ");
            lines[i] = value.AppendFormat(builder, percentages, amounts).ToString();
        }

        return Array.AsReadOnly(lines);
    }
}
