using System.Collections.Generic;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Awards;
using MassMobilization.Core.Mobilization;
using MassMobilization.Core.Quantities;
using MassMobilization.Core.Reporting;
using MassMobilization.Core.Text;

namespace MassMobilization.Cli.Output;

/// <summary>Presents a library <see cref="ProgressReport"/> as the CLI's facts, tables, chart and notes; every figure is read from the report, and the summary line from the same unit row as the table.</summary>
internal static class ProgressReportView
{
    /// <summary>Lays a report out for the console.</summary>
    /// <param name="report">The report.</param>
    /// <param name="percentages">How rates are rounded.</param>
    /// <param name="yearlyLeftOut">Whether the sample's yearly support records were left out of the period.</param>
    /// <param name="format">The output's language and notation.</param>
    /// <returns>The CLI report.</returns>
    internal static CliReport Create(ProgressReport report, PercentageFormat percentages, bool yearlyLeftOut, CliFormat format)
    {
        var period = report.Period;
        var unitName = format.T(report.Unit.VietnameseName, report.Unit.EnglishName);
        var cli = new CliReport(format, $"{unitName}: {format.T(period.Label, period.EnglishLabel)}")
            .Fact("unit", report.Unit.Code.ToString())
            .Fact("period", new CliCell($"{CliOptionsIso(period.Start)}..{CliOptionsIso(period.End)}", $"{format.DateText(period.Start)}–{format.DateText(period.End)}"))
            .Fact("asOf", format.Date(report.AsOf))
            .Fact("records", format.Integer(report.RecordCount));

        var shownPercentages = format.Percentages(percentages);
        var figures = new CliTable(format, CliText.Label("figures", format), "indicator", "name", "measure", "value", "numerator", "denominator", "percent")
            .HideInTable("indicator", "measure", "numerator", "denominator", "percent")
            .TableOnly("name");
        foreach (var figure in report.Figures)
        {
            if (figure.RecordCount == 0)
            {
                continue;
            }

            var indicator = figure.Indicator;
            var value = figure.Value;
            string name = indicator.ToDisplayString(format.Language);
            var kind = format.Enum(indicator.Unit);
            if (indicator.Unit == IndicatorUnit.Count)
            {
                figures.Add(indicator.Code, name, kind, format.Integer(value.Count), null, null, null);
            }
            else if (indicator.Unit == IndicatorUnit.VndAmount)
            {
                figures.Add(indicator.Code, name, kind, format.Money(value.Amount), null, null, null);
            }
            else
            {
                var percent = format.Percent(percentages, value.Ratio);
                figures.Add(indicator.Code, name, kind, percent with { Display = value.Format(shownPercentages, format.Amounts) }, value.Ratio.Numerator, value.Ratio.Denominator, percent);
            }
        }

        var units = new CliTable(format, CliText.Label("units", format), "unit", "name", "level", "registered", "completed", "completedRate", "recognised", "typical")
            .HideInTable("level");
        foreach (var row in report.Units)
        {
            var tally = row.Tally;
            units.Add(
                row.Unit.Code.ToString(),
                new CliCell(row.Unit.VietnameseName, new string(' ', 2 * row.Depth) + row.Unit.VietnameseName),
                row.Depth,
                format.Integer(tally.Count(StandardIndicators.ModelsRegistered)),
                format.Integer(tally.Count(StandardIndicators.ModelsCompleted)),
                format.Percent(percentages, tally.Get(StandardIndicators.ModelsCompletedRate).Ratio),
                format.Integer(tally.Count(StandardIndicators.ModelsRecognised)),
                format.Integer(tally.Count(StandardIndicators.ModelsTypical)));
        }

        var byField = new List<(string, string, long)>();
        foreach (var field in report.Fields)
        {
            if (field.RecordCount > 0)
            {
                byField.Add((field.Field.Code, field.Field.ToDisplayString(format.Language), field.Count));
            }
        }

        cli.Table("figures", figures);
        if (AwardsByAuthority(report, format) is { } awards)
        {
            cli.Table("awards", awards);
        }

        cli.Table("units", units)
            .Chart("modelsByField", format.T("Số mô hình đăng ký theo lĩnh vực", "Models registered by field"), byField)
            .Note(Summary(report.Units[0].Tally, shownPercentages, format));
        long unallocated = report.UnallocatedSum(StandardIndicators.ModelsRegistered);
        if (unallocated > 0)
        {
            string n = format.IntegerText(unallocated);
            string date = format.DateText(report.AsOf);
            cli.Note(format.T(
                $"{n} mô hình đăng ký của các đơn vị chia tách không có tỷ lệ phân bổ không chuyển được sang ngày {date} và không được tính, cùng các số liệu khác của chúng (xem 'massmob rebase').",
                $"{n} registered models of units split without weights could not be carried to {date} and are left out, with their other figures (see 'massmob rebase')."));
        }

        if (yearlyLeftOut)
        {
            cli.Note(format.T(
                "Số liệu an sinh xã hội tính theo năm: dùng --period 2024 để có các số liệu này; khen thưởng được tính theo ngày ký quyết định.",
                "Social-support figures are yearly: ask for --period 2024 to include them; awards count by the date their decision is signed."));
        }

        return cli;
    }

    /// <summary>
    /// The summary sentence of the reported unit, read from the same tally as the first row of the units
    /// table, so the two always agree: "146 tập thể và 18 cá nhân đăng ký 261 mô hình (…); 185/261 mô hình
    /// hoàn thành, đạt 70%; …".
    /// </summary>
    /// <param name="tally">The tally of the reported unit.</param>
    /// <param name="percentages">How rates are written for this output.</param>
    /// <param name="format">The output's language and notation.</param>
    /// <returns>The sentence.</returns>
    internal static string Summary(Tally tally, PercentageFormat percentages, CliFormat format)
    {
        string N(long value) => format.IntegerText(value);
        long collective = tally.Count(StandardIndicators.ModelOwnersCollective);
        long individual = tally.Count(StandardIndicators.ModelOwnersIndividual);
        long registered = tally.Count(StandardIndicators.ModelsRegistered);
        long province = tally.Count(ModelIndicators.AtLevel(ModelLevel.Province));
        long district = tally.Count(ModelIndicators.AtLevel(ModelLevel.District));
        long commune = tally.Count(ModelIndicators.AtLevel(ModelLevel.Commune));
        long completed = tally.Count(StandardIndicators.ModelsCompleted);
        var rate = tally.Get(StandardIndicators.ModelsCompletedRate).Ratio;
        long recognised = tally.Count(StandardIndicators.ModelsRecognised);
        long typical = tally.Count(StandardIndicators.ModelsTypical);
        string completion = rate.IsApplicable
            ? format.T(
                $"{N(rate.Numerator)}/{N(rate.Denominator)} mô hình hoàn thành, đạt {percentages.Format(rate)}",
                $"{N(rate.Numerator)} of {N(rate.Denominator)} models completed, {percentages.Format(rate)}")
            : format.T(
                $"{N(completed)} mô hình hoàn thành (tỷ lệ hoàn thành: {percentages.NotApplicableText})",
                $"{N(completed)} models completed (completion rate: {percentages.NotApplicableText})");
        return format.T(
            $"{N(collective)} tập thể và {N(individual)} cá nhân đăng ký {N(registered)} mô hình ({N(province)} cấp tỉnh/thành phố, {N(district)} cấp huyện, {N(commune)} cấp xã); {completion}; {N(recognised)} mô hình được công nhận, {N(typical)} mô hình tiêu biểu.",
            $"{N(collective)} collectives and {N(individual)} individuals registered {N(registered)} models ({N(province)} at province level, {N(district)} at district level, {N(commune)} at commune level); {completion}; {N(recognised)} models recognised, {N(typical)} typical.");
    }

    /// <summary>The awards of the reported unit by awarding authority, form and recipient kind (the breakdown indicators of <see cref="ReportLayouts.WithAwards"/> with records), or null when there are none.</summary>
    private static CliTable? AwardsByAuthority(ProgressReport report, CliFormat format)
    {
        var table = new CliTable(format, CliText.Label("awards", format), "authority", "awardForm", "recipient", "count");
        var tally = report.Units[0].Tally;
        foreach (var authority in AwardingAuthority.Standard)
        {
            var body = new CliCell(authority.Code, format.T(authority.Kind.VietnameseName + " " + LevelText(authority.Level, true), authority.Kind.EnglishName + " (" + LevelText(authority.Level, false) + ")"));
            foreach (var form in authority.Forms)
            {
                foreach (var (kind, vi, en) in new[] { (RecipientKinds.Collective, "tập thể", "collectives"), (RecipientKinds.Individual, "cá nhân", "individuals"), (RecipientKinds.Model, "mô hình", "models") })
                {
                    if (!form.IsFor(kind) || !report.Layout.Indicators.TryGetSlot(AwardIndicators.For(authority, form, kind).Code, out _))
                    {
                        continue;
                    }

                    long count = tally.Count(AwardIndicators.For(authority, form, kind));
                    if (count > 0)
                    {
                        table.Add(body, new CliCell(form.Code, format.T(form.VietnameseName, form.EnglishName)), new CliCell(kind.ToString().ToLowerInvariant(), format.T(vi, en)), format.Integer(count));
                    }
                }
            }
        }

        return table.Count > 0 ? table : null;
    }

    private static string LevelText(AwardingLevel level, bool vietnamese) => level switch
    {
        AwardingLevel.Central => vietnamese ? "Trung ương" : "central",
        AwardingLevel.Province => vietnamese ? "cấp tỉnh" : "province level",
        AwardingLevel.District => vietnamese ? "cấp huyện" : "district level",
        _ => vietnamese ? "cấp xã" : "commune level",
    };

    private static string CliOptionsIso(NodaTime.LocalDate date) => Commands.CliOptions.Iso(date);
}
