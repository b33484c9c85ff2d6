using System.Collections.Generic;
using MassMobilization.Cli.Commands;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Quantities;
using MassMobilization.Core.Reporting;

namespace MassMobilization.Cli.Output;

/// <summary>Presents a library <see cref="ProgressReport"/> as the CLI's facts, tables, chart and notes; every figure is read from the report.</summary>
internal static class ProgressReportView
{
    /// <summary>Lays a report out for the console.</summary>
    /// <param name="report">The report.</param>
    /// <param name="percentages">How rates are written.</param>
    /// <param name="yearlyLeftOut">Whether the sample's yearly award and support records were left out of the period.</param>
    /// <returns>The CLI report.</returns>
    internal static CliReport Create(ProgressReport report, PercentageFormat percentages, bool yearlyLeftOut)
    {
        var period = report.Period;
        var cli = new CliReport($"{report.Unit.VietnameseName}: {period.Label} ({period.EnglishLabel})")
            .Fact("unit", report.Unit.Code.ToString())
            .Fact("period", $"{CliOptions.Iso(period.Start)}..{CliOptions.Iso(period.End)}")
            .Fact("asOf", CliOptions.Iso(report.AsOf))
            .Fact("records", report.RecordCount);

        var figures = new CliTable("Figures", "indicator", "name", "vietnameseName", "value", "numerator", "denominator", "percent")
            .HideInTable("indicator", "vietnameseName", "numerator", "denominator", "percent");
        foreach (var figure in report.Figures)
        {
            if (figure.RecordCount == 0)
            {
                continue;
            }

            var indicator = figure.Indicator;
            var value = figure.Value;
            if (indicator.Unit == IndicatorUnit.Count)
            {
                figures.Add(indicator.Code, indicator.EnglishName, indicator.VietnameseName, value.Count, null, null, null);
            }
            else if (indicator.Unit == IndicatorUnit.VndAmount)
            {
                figures.Add(indicator.Code, indicator.EnglishName, indicator.VietnameseName, value.Format(percentages, VndAmountPattern.VietnameseBillions), null, null, null);
            }
            else
            {
                figures.Add(indicator.Code, indicator.EnglishName, indicator.VietnameseName, value.Format(percentages, VndAmountPattern.VietnameseBillions), value.Ratio.Numerator, value.Ratio.Denominator, percentages.Percentage(value.Ratio));
            }
        }

        var units = new CliTable("Units", "unit", "name", "registered", "completed", "completedRate", "recognised", "typical");
        foreach (var row in report.Units)
        {
            var tally = row.Tally;
            units.Add(
                row.Unit.Code.ToString(),
                new string(' ', 2 * row.Depth) + row.Unit.VietnameseName,
                tally.Count(StandardIndicators.ModelsRegistered),
                tally.Count(StandardIndicators.ModelsCompleted),
                percentages.Format(tally.Get(StandardIndicators.ModelsCompletedRate).Ratio),
                tally.Count(StandardIndicators.ModelsRecognised),
                tally.Count(StandardIndicators.ModelsTypical));
        }

        var byField = new List<(string, long)>();
        foreach (var field in report.Fields)
        {
            if (field.RecordCount > 0)
            {
                byField.Add((field.Field.EnglishName, field.Count));
            }
        }

        cli.Table("figures", figures).Table("units", units).Chart("Models registered by field", byField).Note(report.Summary.ToVietnamese(percentages));
        long unallocated = report.UnallocatedSum(StandardIndicators.ModelsRegistered);
        if (unallocated > 0)
        {
            cli.Note($"{unallocated} registered models of units split without weights could not be carried to {CliOptions.Iso(report.AsOf)} and are left out, with their other figures (see 'massmob rebase').");
        }

        if (yearlyLeftOut)
        {
            cli.Note("Award and social-support figures are yearly: ask for --period 2024 to include them.");
        }

        return cli;
    }
}
