using System;
using System.CommandLine;
using System.IO;
using MassMobilization.Cli.Output;
using MassMobilization.Core;
using MassMobilization.Core.AdministrativeUnits;
using MassMobilization.Core.Organization;
using MassMobilization.Samples;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Text;

namespace MassMobilization.Cli.Commands;

/// <summary>Options shared by several commands.</summary>
internal static class CliOptions
{
    /// <summary>Creates the <c>--format</c> option.</summary>
    /// <returns>The option.</returns>
    internal static Option<OutputFormat> Format() => new("--format", "-f")
    {
        Description = "Output format: table (for people, in the --lang language), json or csv (language-free codes and exact numbers; csv prints the main table only), or xlsx (a workbook written to --output).",
        DefaultValueFactory = _ => OutputFormat.Table,
    };

    /// <summary>Creates the <c>--map</c> option: the organization chart a command works on.</summary>
    /// <returns>The option.</returns>
    internal static Option<MapChoice> Map() => new("--map", "-m")
    {
        Description = "The organization chart: sample (the built-in Hà Nội sample, default) or official (the official map of Vietnam before and after the 2025-07-01 reform, package MassMobilization.Core.AdministrativeUnits; codes are the official ones, for example 01 Hà Nội, 020 Thanh Trì, 00640 Văn Điển).",
        DefaultValueFactory = _ => MapChoice.Sample,
    };

    /// <summary>Gets the chart of a <c>--map</c> choice.</summary>
    /// <param name="map">The choice.</param>
    /// <returns>The chart.</returns>
    internal static OrganizationChart ChartOf(MapChoice map) =>
        map == MapChoice.Official ? OfficialMap.Instance.Chart : SampleProvince.Instance.Chart;

    /// <summary>Creates the <c>--input</c> option.</summary>
    /// <param name="description">What the file holds.</param>
    /// <returns>The option.</returns>
    internal static Option<FileInfo?> Input(string description) => new("--input", "-i")
    {
        Description = description + " Without it the command runs on the built-in sample data.",
    };

    /// <summary>Creates a date option read as ISO <c>uuuu-MM-dd</c>.</summary>
    /// <param name="name">The option name.</param>
    /// <param name="description">What the date means.</param>
    /// <returns>The option; its value is null when not given.</returns>
    internal static Option<LocalDate?> Date(string name, string description) => new(name)
    {
        Description = description + " (uuuu-MM-dd)",
        CustomParser = result =>
        {
            if (result.Tokens.Count == 0)
            {
                return null;
            }

            string text = result.Tokens[0].Value;
            var parsed = LocalDatePattern.Iso.Parse(text);
            if (parsed.Success)
            {
                return parsed.Value;
            }

            result.AddError($"{name}: '{text}' is not a date in the form uuuu-MM-dd.");
            return null;
        },
    };

    /// <summary>Writes a date as <c>uuuu-MM-dd</c>, the form the date options read.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    internal static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>Gets today's date in Vietnam (UTC+7) from the registered clock.</summary>
    /// <param name="services">The services.</param>
    /// <returns>Today.</returns>
    internal static LocalDate Today(IServiceProvider services) =>
        VietnamTime.Today(services.GetRequiredService<IClock>());
}

/// <summary>The organization charts the <c>--map</c> option offers.</summary>
internal enum MapChoice
{
    /// <summary>The built-in Hà Nội sample.</summary>
    Sample,

    /// <summary>The official map of Vietnam (MassMobilization.Core.AdministrativeUnits).</summary>
    Official,
}
