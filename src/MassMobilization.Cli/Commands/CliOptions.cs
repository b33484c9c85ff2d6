using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.IO;
using System.Numerics;
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
    /// <param name="text">The language of the help text and of errors.</param>
    /// <returns>The option.</returns>
    internal static Option<OutputFormat> Format(CliFormat text) => new("--format", "-f")
    {
        Description = text.T(
            "Định dạng kết quả: table (bảng cho người đọc, theo ngôn ngữ --lang), json hoặc csv (mã không phụ thuộc ngôn ngữ và số chính xác; csv chỉ in bảng chính), hoặc xlsx (bảng tính ghi vào --output).",
            "Output format: table (for people, in the --lang language), json or csv (language-free codes and exact numbers; csv prints the main table only), or xlsx (a workbook written to --output)."),
        DefaultValueFactory = _ => OutputFormat.Table,
        CustomParser = result => Choice(result, "--format", text, OutputFormat.Table, ("table", OutputFormat.Table), ("json", OutputFormat.Json), ("csv", OutputFormat.Csv), ("xlsx", OutputFormat.Xlsx)),
    };

    /// <summary>Creates the <c>--map</c> option: the organization chart a command works on.</summary>
    /// <param name="text">The language of the help text and of errors.</param>
    /// <returns>The option.</returns>
    internal static Option<MapChoice> Map(CliFormat text) => new("--map", "-m")
    {
        Description = text.T(
            "Sơ đồ tổ chức: sample (mẫu Hà Nội có sẵn, mặc định) hoặc official (bản đồ hành chính chính thức của Việt Nam trước và sau sắp xếp ngày 01/07/2025, gói MassMobilization.Core.AdministrativeUnits; mã là mã chính thức, ví dụ 01 Hà Nội, 020 Thanh Trì, 00640 Văn Điển).",
            "The organization chart: sample (the built-in Hà Nội sample, default) or official (the official map of Vietnam before and after the 2025-07-01 reform, package MassMobilization.Core.AdministrativeUnits; codes are the official ones, for example 01 Hà Nội, 020 Thanh Trì, 00640 Văn Điển)."),
        DefaultValueFactory = _ => MapChoice.Sample,
        CustomParser = result => Choice(result, "--map", text, MapChoice.Sample, ("sample", MapChoice.Sample), ("official", MapChoice.Official)),
    };

    /// <summary>
    /// Parses an option whose value is one of a few names (case-insensitive); anything else is an error
    /// that lists the names in the run's language, never the option's internal type.
    /// </summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="result">The argument being parsed.</param>
    /// <param name="name">The option's name.</param>
    /// <param name="text">The language of the error.</param>
    /// <param name="fallback">The value returned with an error.</param>
    /// <param name="choices">The allowed names and their values.</param>
    /// <returns>The value.</returns>
    internal static T Choice<T>(ArgumentResult result, string name, CliFormat text, T fallback, params (string Name, T Value)[] choices)
    {
        string given = result.Tokens.Count == 0 ? string.Empty : result.Tokens[^1].Value;
        foreach (var (choice, value) in choices)
        {
            if (string.Equals(choice, given, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        result.AddError(CliMessages.Of(text, "choice", name, given, CliMessages.List(Array.ConvertAll(choices, c => c.Name))));
        return fallback;
    }

    /// <summary>Creates a whole-number option read with the invariant culture; a bad value is an error in the run's language.</summary>
    /// <typeparam name="T">The number type.</typeparam>
    /// <param name="name">The option's name.</param>
    /// <param name="alias">Its short alias, or null.</param>
    /// <param name="text">The language of the help text and of errors.</param>
    /// <param name="description">The help text.</param>
    /// <param name="defaultValue">The value when the option is not given.</param>
    /// <returns>The option.</returns>
    internal static Option<T> Integer<T>(string name, string? alias, CliFormat text, string description, T defaultValue)
        where T : struct, IBinaryInteger<T>, IMinMaxValue<T>
    {
        var option = alias is null ? new Option<T>(name) : new Option<T>(name, alias);
        option.Description = description;
        option.DefaultValueFactory = _ => defaultValue;
        option.CustomParser = result =>
        {
            string given = result.Tokens.Count == 0 ? string.Empty : result.Tokens[^1].Value;
            if (T.TryParse(given, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            result.AddError(CliMessages.Of(text, "integer", name, given, T.MinValue, T.MaxValue));
            return defaultValue;
        };
        return option;
    }

    /// <summary>Gets the chart of a <c>--map</c> choice.</summary>
    /// <param name="map">The choice.</param>
    /// <returns>The chart.</returns>
    internal static OrganizationChart ChartOf(MapChoice map) =>
        map == MapChoice.Official ? OfficialMap.Instance.Chart : SampleProvince.Instance.Chart;

    /// <summary>Creates the <c>--input</c> option.</summary>
    /// <param name="description">What the file holds, in the run's language.</param>
    /// <param name="text">The language of the help text.</param>
    /// <returns>The option.</returns>
    internal static Option<FileInfo?> Input(string description, CliFormat text) => new("--input", "-i")
    {
        Description = description + text.T(" Nếu không có, lệnh chạy trên dữ liệu mẫu có sẵn.", " Without it the command runs on the built-in sample data."),
    };

    /// <summary>Creates a date option read as ISO <c>uuuu-MM-dd</c>.</summary>
    /// <param name="name">The option name.</param>
    /// <param name="description">What the date means, in the run's language.</param>
    /// <param name="text">The language of errors.</param>
    /// <returns>The option; its value is null when not given.</returns>
    internal static Option<LocalDate?> Date(string name, string description, CliFormat text) => new(name)
    {
        Description = description + " (uuuu-MM-dd)",
        CustomParser = result =>
        {
            if (result.Tokens.Count == 0)
            {
                return null;
            }

            string given = result.Tokens[0].Value;
            var parsed = LocalDatePattern.Iso.Parse(given);
            if (parsed.Success)
            {
                return parsed.Value;
            }

            result.AddError(CliMessages.Of(text, "date", name, given));
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
