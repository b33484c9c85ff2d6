using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using MassMobilization.Cli.Output;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Interchange;
using MassMobilization.Core.Mobilization;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Quantities;
using MassMobilization.Samples;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace MassMobilization.Cli.Commands;

/// <summary><c>massmob report</c>: the progress report of a unit for a period, rolled up from commune records, as of a date.</summary>
internal static partial class ReportCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="services">The services (percentage policy).</param>
    /// <returns>The command.</returns>
    internal static Command Create(IServiceProvider services)
    {
        var unit = new Option<string>("--unit", "-u")
        {
            Description = "The unit's code: 020 Thanh Trì district (until 2025-06-30), 01 Hà Nội, or a commune.",
            DefaultValueFactory = _ => SampleProvince.District.Value,
        };
        var period = new Option<string>("--period", "-p")
        {
            Description = "The reporting period: a year (2024), a half-year (2024-H1), a quarter (2024-Q3) or a Party term (2020-2025).",
            DefaultValueFactory = _ => "2024-H1",
        };
        var asOf = CliOptions.Date("--as-of", "The report date; default the last day of the period");
        var format = CliOptions.Format();
        var input = CliOptions.Input("An interchange document of kind 'partial' (docs/interchange.md): figures sent up by lower levels, kept against the sample's units; its own period is reported.");
        var command = new Command("report", "Print the progress report of a unit for a period, rolled up from the sample's commune records as of a date (records kept against the old communes are rebased onto later structures).")
        {
            unit, period, asOf, input, format,
        };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(input);
            var partial = file is null ? null : InterchangeFormats.Partial.Read(CliOptions.ReadAllBytes(file));
            var reportingPeriod = partial?.Period ?? ParsePeriod(parse.GetValue(period)!);
            var report = Run(new UnitCode(parse.GetValue(unit)!), reportingPeriod, parse.GetValue(asOf) ?? reportingPeriod.End, services.GetRequiredService<PercentageFormat>(), partial);
            report.Write(parse.InvocationConfiguration.Output, parse.GetValue(format));
            return CliApplication.Ok;
        });
        return command;
    }

    /// <summary>Reads a period written as 2024, 2024-H1, 2024-Q3 or 2020-2025.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The period.</returns>
    internal static ReportingPeriod ParsePeriod(string text)
    {
        var match = PeriodText().Match(text);
        if (!match.Success)
        {
            throw new CliInputException($"--period: '{text}' is not a year (2024), a half-year (2024-H1), a quarter (2024-Q3) or a term (2020-2025).");
        }

        int year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (match.Groups["half"].Success)
        {
            return ReportingPeriod.HalfYear(year, match.Groups["half"].Value[0] - '0');
        }

        if (match.Groups["quarter"].Success)
        {
            return ReportingPeriod.Quarter(year, match.Groups["quarter"].Value[0] - '0');
        }

        return match.Groups["last"].Success
            ? ReportingPeriod.PartyTerm(year, int.Parse(match.Groups["last"].Value, CultureInfo.InvariantCulture))
            : ReportingPeriod.Year(year);
    }

    /// <summary>Rolls the sample up and reports on one unit.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="period">The period.</param>
    /// <param name="asOf">The report date.</param>
    /// <param name="percentages">How rates are written.</param>
    /// <returns>The report.</returns>
    internal static CliReport Run(UnitCode unit, ReportingPeriod period, LocalDate asOf, PercentageFormat percentages) =>
        Run(unit, period, asOf, percentages, null);

    /// <summary>Rolls up a partial aggregate (or the sample's records when it is null) and reports on one unit.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="period">The period (the partial's own period when a partial is given).</param>
    /// <param name="asOf">The report date.</param>
    /// <param name="percentages">How rates are written.</param>
    /// <param name="input">A partial aggregate sent up by lower levels, or null for the sample's records.</param>
    /// <returns>The report.</returns>
    internal static CliReport Run(UnitCode unit, ReportingPeriod period, LocalDate asOf, PercentageFormat percentages, PartialAggregate? input)
    {
        var sample = SampleProvince.Instance;
        var layout = Layout();
        var snapshot = sample.Chart.At(asOf);
        if (!snapshot.TryGetUnit(unit, out var reported))
        {
            throw new CliInputException($"--unit: no unit {unit} on {CliOptions.Iso(asOf)} in the sample (try 01 Hà Nội, or 020 Thanh Trì until 2025-06-30).");
        }

        // Records are kept against the units in force when they were made (the old communes); a report
        // dated after the 2025 restructuring rebases them onto the structure of its date.
        var recordedOn = asOf <= SampleProvince.LastDayBefore ? asOf : SampleProvince.LastDayBefore;
        bool wholeYear2024 = period.Contains(new LocalDate(2024, 1, 1)) && period.Contains(new LocalDate(2024, 12, 31));
        PartialAggregate partial;
        int recordCount;
        if (input is null)
        {
            var records = new List<IndicatorRecord>(ModelIndicators.Records(sample.Models, period, asOf));
            if (wholeYear2024)
            {
                records.AddRange(sample.Records);
            }

            partial = PartialAggregate.FromRecords(RollUpShape.At(sample.Chart, recordedOn), layout, period, records);
            recordCount = records.Count;
        }
        else
        {
            partial = input;
            recordCount = input.Entries.Count;
        }

        long unallocated = 0;
        bool rebase = false;
        foreach (var entry in partial.Entries)
        {
            rebase |= !snapshot.Contains(entry.Unit);
        }

        if (rebase)
        {
            var rebased = partial.Rebase(sample.Chart, recordedOn, asOf);
            string registered = layout.SlotCodes[layout.SlotOf(StandardIndicators.ModelsRegistered)];
            foreach (var entry in rebased.Unallocated.Entries)
            {
                if (entry.SlotCode == registered)
                {
                    unallocated += entry.Sum;
                }
            }

            partial = rebased.Partial;
        }

        var shape = RollUpShape.At(sample.Chart, asOf);
        var result = RollUpEngine.RollUp(shape, layout, partial);
        var progress = ProgressReport.Create(result, asOf);
        var tally = progress.For(unit);
        var report = new CliReport($"{reported.VietnameseName}: {period.Label} ({period.EnglishLabel})")
            .Fact("unit", unit.ToString())
            .Fact("period", $"{CliOptions.Iso(period.Start)}..{CliOptions.Iso(period.End)}")
            .Fact("asOf", CliOptions.Iso(asOf))
            .Fact("records", recordCount);

        var figures = new CliTable("Figures", "indicator", "name", "vietnameseName", "value", "numerator", "denominator", "percent")
            .HideInTable("indicator", "vietnameseName", "numerator", "denominator", "percent");
        int ordinal = shape.OrdinalOf(unit);
        var byField = new List<(string, long)>();
        foreach (var value in tally.Values)
        {
            var indicator = value.Indicator;
            if (result.RecordCount(ordinal, layout.SlotOf(indicator)) == 0)
            {
                continue;
            }

            switch (indicator.Unit)
            {
                case IndicatorUnit.Count:
                    figures.Add(indicator.Code, indicator.EnglishName, indicator.VietnameseName, value.Count, null, null, null);
                    break;
                case IndicatorUnit.VndAmount:
                    figures.Add(indicator.Code, indicator.EnglishName, indicator.VietnameseName, VndAmountPattern.VietnameseBillions.Format(value.Amount), null, null, null);
                    break;
                default:
                    figures.Add(indicator.Code, indicator.EnglishName, indicator.VietnameseName, $"{value.Ratio} ({percentages.Format(value.Ratio)})", value.Ratio.Numerator, value.Ratio.Denominator, percentages.Percentage(value.Ratio));
                    break;
            }

            const string FieldPrefix = "MODELS-REGISTERED.FIELD.";
            if (indicator.Code.StartsWith(FieldPrefix, StringComparison.Ordinal))
            {
                string fieldCode = indicator.Code[FieldPrefix.Length..];
                byField.Add((ModelFieldCatalogue.Standard.TryFind(fieldCode, out var field) ? field.EnglishName : fieldCode, value.Count));
            }
        }

        report.Table("figures", figures);
        report.Table("units", UnitsTable(snapshot, unit, progress, percentages));
        report.Chart("Models registered by field", byField);
        report.Note(Summary(tally, percentages));

        if (unallocated > 0)
        {
            report.Note($"{unallocated} registered models of units split without weights could not be carried to {CliOptions.Iso(asOf)} and are left out, with their other figures (see 'massmob rebase').");
        }

        if (input is null && !wholeYear2024)
        {
            report.Note("Award and social-support figures are yearly: ask for --period 2024 to include them.");
        }

        return report;
    }

    /// <summary>The sentence a Vietnamese report would write, computed from the tally.</summary>
    private static string Summary(Tally tally, PercentageFormat percentages)
    {
        var completed = tally.Get(StandardIndicators.ModelsCompletedRate).Ratio;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{tally.Count(StandardIndicators.ModelOwnersCollective)} tập thể và {tally.Count(StandardIndicators.ModelOwnersIndividual)} cá nhân đăng ký {tally.Count(StandardIndicators.ModelsRegistered)} mô hình "
            + $"({tally.Count(ModelIndicators.AtLevel(ModelLevel.Province))} cấp tỉnh/thành phố, {tally.Count(ModelIndicators.AtLevel(ModelLevel.District))} cấp huyện, {tally.Count(ModelIndicators.AtLevel(ModelLevel.Commune))} cấp xã); "
            + $"{completed} mô hình hoàn thành, đạt {percentages.Format(completed)}; {tally.Count(StandardIndicators.ModelsRecognised)} mô hình được công nhận, {tally.Count(StandardIndicators.ModelsTypical)} mô hình tiêu biểu.");
    }

    private static CliTable UnitsTable(ChartSnapshot snapshot, UnitCode unit, ProgressReport progress, PercentageFormat percentages)
    {
        var table = new CliTable("Units", "unit", "name", "registered", "completed", "completedRate", "recognised", "typical");
        int root = snapshot.OrdinalOf(unit);
        int end = snapshot.SubtreeEnd(root);
        int rootDepth = snapshot.DepthAt(root);
        for (int ordinal = root; ordinal < end; ordinal++)
        {
            var code = snapshot.CodeAt(ordinal);
            var tally = progress.For(code);
            string indent = new(' ', 2 * (snapshot.DepthAt(ordinal) - rootDepth));
            var rate = tally.Get(StandardIndicators.ModelsCompletedRate).Ratio;
            table.Add(
                code.ToString(),
                indent + snapshot.UnitAt(ordinal).VietnameseName,
                tally.Count(StandardIndicators.ModelsRegistered),
                tally.Count(StandardIndicators.ModelsCompleted),
                percentages.Format(rate),
                tally.Count(StandardIndicators.ModelsRecognised),
                tally.Count(StandardIndicators.ModelsTypical));
        }

        return table;
    }

    /// <summary>The indicators of the report: the model indicators with the standard fields, awards and social support.</summary>
    /// <returns>The layout.</returns>
    internal static IndicatorLayout Layout()
    {
        var indicators = new List<Indicator>(ModelIndicators.StandardLayout.Indicators);
        foreach (var extra in new[]
        {
            StandardIndicators.CollectivesAwarded, StandardIndicators.IndividualsAwarded, StandardIndicators.DialoguesHeld,
            StandardIndicators.CitizensReceived, StandardIndicators.Gifts, StandardIndicators.Scholarships,
            StandardIndicators.HousesBuiltOrRepaired, StandardIndicators.SupportValue,
        })
        {
            if (!indicators.Contains(extra))
            {
                indicators.Add(extra);
            }
        }

        return IndicatorLayout.Create(indicators);
    }


    [GeneratedRegex(@"^(?<year>\d{4})(?:-H(?<half>[12])|-Q(?<quarter>[1-4])|-(?<last>\d{4}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodText();
}
