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
    /// <returns>The command.</returns>
    internal static Command Create(IServiceProvider services)
    {
        var unit = new Option<string>("--unit", "-u") { Description = "The unit's code: 020 Thanh Trì district (until 2025-06-30), 01 Hà Nội, or a commune.", DefaultValueFactory = _ => SampleProvince.District.Value };
        var period = new Option<string>("--period", "-p") { Description = "The reporting period: a year (2024), a half-year (2024-H1), a quarter (2024-Q3) or a Party term (2020-2025).", DefaultValueFactory = _ => "2024-H1" };
        var asOf = CliOptions.Date("--as-of", "The report date; default the last day of the period");
        var format = CliOptions.Format();
        var map = CliOptions.Map();
        var input = CliOptions.Input("An interchange document of kind 'partial' (docs/interchange.md): figures sent up by lower levels, kept against the sample's units; its own period is reported.");
        var command = new Command("report", "Print the progress report of a unit for a period, rolled up from the sample's commune records as of a date (records kept against the old communes are rebased onto later structures).")
        {
            unit, period, asOf, map, input, format,
        };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(input);
            var partial = file is null ? null : InterchangeFormats.Partial.Read(CliOptions.ReadAllBytes(file));
            var parsed = ReportingPeriodPattern.Compact.Parse(parse.GetValue(period));
            var reportingPeriod = partial?.Period ?? (parsed.Success ? parsed.Value
                : throw new CliInputException($"--period: '{parse.GetValue(period)}' is not a year (2024), a half-year (2024-H1), a quarter (2024-Q3) or a term (2020-2025)."));
            var sample = SampleProvince.Instance;
            var request = ReportRequest.Create(CliOptions.ChartOf(parse.GetValue(map)), new UnitCode(parse.GetValue(unit)!), reportingPeriod, parse.GetValue(asOf) ?? reportingPeriod.End)
                .WithLayout(ReportLayouts.WithAwards);
            ProgressReport report;
            try
            {
                report = partial is null ? ReportBuilder.Build(request, sample.Models, sample.RecordsFor(reportingPeriod, request.AsOf)) : ReportBuilder.Build(request, partial);
            }
            catch (DomainRuleException e) when (e.RuleCode == ReportingRuleCodes.UnitNotInForce)
            {
                string hint = parse.GetValue(map) == MapChoice.Official
                    ? "the official map holds the units of 2025 before and after the 2025-07-01 reform: try --as-of 2025-06-30 for 020 Thanh Trì, or --unit 01 Hà Nội"
                    : "try 01 Hà Nội, or 020 Thanh Trì until 2025-06-30";
                throw new CliInputException($"--unit: no unit {request.Unit} on {CliOptions.Iso(request.AsOf)} in the {parse.GetValue(map).ToString().ToLowerInvariant()} map ({hint}).", e);
            }
            catch (DomainRuleException e) when (e.RuleCode == ReportingRuleCodes.RecordsWithoutStructure)
            {
                throw new CliInputException($"--map: the records are kept against units that no structure of the {parse.GetValue(map).ToString().ToLowerInvariant()} map holds together on or before {CliOptions.Iso(request.AsOf)}.", e);
            }

            bool yearlyLeftOut = partial is null && sample.RecordsFor(reportingPeriod).Count == 0;
            ProgressReportView.Create(report, services.GetRequiredService<IOptions<MassMobilizationOptions>>().Value.PercentageFormat, yearlyLeftOut, CliApplication.FormatOf(parse))
                .Write(parse.InvocationConfiguration.Output, parse.GetValue(format), parse.GetValue(CliApplication.OutputFile));
            return CliApplication.Ok;
        });
        return command;
    }
}
