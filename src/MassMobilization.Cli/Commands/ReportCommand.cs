using System;
using System.CommandLine;
using MassMobilization.Cli.Output;
using MassMobilization.Core;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Extensions.DependencyInjection;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Reporting;
using MassMobilization.Core.Serialization.SystemTextJson;
using MassMobilization.Samples;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MassMobilization.Cli.Commands;

/// <summary><c>massmob report</c>: the progress report of a unit for a period, rolled up from commune records, as of a date.</summary>
internal static class ReportCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="services">The services (percentage policy).</param>
    /// <param name="globals">The shared options and the language of help texts.</param>
    /// <returns>The command.</returns>
    internal static Command Create(IServiceProvider services, CliGlobals globals)
    {
        var t = globals.Text;
        var unit = new Option<string>("--unit", "-u") { Description = t.T("Mã đơn vị: 020 huyện Thanh Trì (đến 30/06/2025), 01 Hà Nội, hoặc một xã.", "The unit's code: 020 Thanh Trì district (until 2025-06-30), 01 Hà Nội, or a commune."), DefaultValueFactory = _ => SampleProvince.District.Value };
        var period = new Option<string>("--period", "-p") { Description = t.T("Kỳ báo cáo: một năm (2024), 6 tháng (2024-H1), một quý (2024-Q3) hoặc một nhiệm kỳ (2020-2025).", "The reporting period: a year (2024), a half-year (2024-H1), a quarter (2024-Q3) or a Party term (2020-2025)."), DefaultValueFactory = _ => "2024-H1" };
        var asOf = CliOptions.Date("--as-of", t.T("Ngày báo cáo; mặc định ngày cuối của kỳ", "The report date; default the last day of the period"), t);
        var format = CliOptions.Format(globals.Text);
        var map = CliOptions.Map(globals.Text);
        var input = CliOptions.Input(t.T("Một tài liệu trao đổi (docs/interchange.md) loại 'partial' (số liệu cấp dưới gửi lên, ghi theo các đơn vị mẫu; báo cáo theo kỳ của chính tài liệu) hoặc 'activities' (bản ghi hoạt động: đối thoại, tiếp dân, hỗ trợ, giám sát…; báo cáo có phần hoạt động của kỳ --period).", "An interchange document (docs/interchange.md) of kind 'partial' (figures sent up by lower levels, kept against the sample's units; its own period is reported) or 'activities' (activity records: dialogues, receptions, support, supervisions…; the report shows the activity section for --period)."), t);
        var command = new Command("report", t.T("In báo cáo tiến độ của một đơn vị trong một kỳ, tổng hợp từ bản ghi của các xã mẫu tính đến một ngày (bản ghi theo các xã cũ được chuyển sang cơ cấu sau đó).", "Print the progress report of a unit for a period, rolled up from the sample's commune records as of a date (records kept against the old communes are rebased onto later structures)."))
        {
            unit, period, asOf, map, input, format,
        };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(input);
            var bytes = file is null ? null : CliInput.ReadAllBytes(file, globals.Text);
            var activities = bytes is not null && InterchangeFormats.ReadKind(bytes) == InterchangeFormats.Activities.Kind ? InterchangeFormats.Activities.Read(bytes) : null;
            var partial = bytes is null || activities is not null ? null : CliInput.ReadPartial(bytes, ReportLayouts.WithAwards);
            var parsed = ReportingPeriodPattern.Compact.Parse(parse.GetValue(period));
            var reportingPeriod = partial?.Period ?? (parsed.Success ? parsed.Value
                : throw new CliInputException(CliMessages.Of(t, "period", parse.GetValue(period)!)));
            var sample = SampleProvince.Instance;
            var request = ReportRequest.Create(CliOptions.ChartOf(parse.GetValue(map)), new UnitCode(parse.GetValue(unit)!), reportingPeriod, parse.GetValue(asOf) ?? reportingPeriod.End)
                .WithLayout(ReportLayouts.WithAwards);
            ProgressReport report;
            try
            {
                report = activities is not null ? ReportBuilder.Build(request.WithLayout(ReportLayouts.WithActivities), [], activities, [])
                    : partial is null ? ReportBuilder.Build(request, sample.Models, sample.RecordsFor(reportingPeriod, request.AsOf)) : ReportBuilder.Build(request, partial);
            }
            catch (DomainRuleException e) when (e.RuleCode == ReportingRuleCodes.UnitNotInForce)
            {
                string hint = parse.GetValue(map) == MapChoice.Official
                    ? t.T("bản đồ chính thức có các đơn vị năm 2025 trước và sau sắp xếp ngày 01/07/2025: thử --as-of 2025-06-30 cho 020 Thanh Trì, hoặc --unit 01 Hà Nội", "the official map holds the units of 2025 before and after the 2025-07-01 reform: try --as-of 2025-06-30 for 020 Thanh Trì, or --unit 01 Hà Nội")
                    : t.T("thử 01 Hà Nội, hoặc 020 Thanh Trì đến 2025-06-30", "try 01 Hà Nội, or 020 Thanh Trì until 2025-06-30");
                throw new CliInputException(CliMessages.Of(t, "noUnit", request.Unit, CliOptions.Iso(request.AsOf), parse.GetValue(map).ToString().ToLowerInvariant(), hint), e);
            }
            catch (DomainRuleException e) when (e.RuleCode == ReportingRuleCodes.RecordsWithoutStructure)
            {
                throw new CliInputException(CliMessages.Of(t, "noStructure", parse.GetValue(map).ToString().ToLowerInvariant(), CliOptions.Iso(request.AsOf)), e);
            }

            bool yearlyLeftOut = bytes is null && sample.RecordsFor(reportingPeriod).Count == 0;
            ProgressReportView.Create(report, services.GetRequiredService<IOptions<MassMobilizationOptions>>().Value.PercentageFormat, yearlyLeftOut, globals.FormatOf(parse))
                .Write(parse.InvocationConfiguration.Output, parse.GetValue(format), parse.GetValue(globals.OutputFile));
            return CliApplication.Ok;
        });
        return command;
    }
}
