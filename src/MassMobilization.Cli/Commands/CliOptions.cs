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
using Spectre.Console;

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

    /// <summary>Reads a whole file as bytes, turning a missing or unreadable file into one-line bad input.</summary>
    /// <param name="file">The file.</param>
    /// <returns>The bytes.</returns>
    internal static byte[] ReadAllBytes(FileInfo file)
    {
        try
        {
            return file.Exists && file.Length >= ProgressThreshold && !Console.IsErrorRedirected
                ? ReadWithProgress(file)
                : File.ReadAllBytes(file.FullName);
        }
        catch (IOException e)
        {
            throw new CliInputException($"cannot read '{file.Name}': {e.Message}", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new CliInputException($"cannot read '{file.Name}': {e.Message}", e);
        }
    }

    /// <summary>Files at least this large (8 MiB) are read with a progress bar on the terminal's standard error.</summary>
    internal const long ProgressThreshold = 8L << 20;

    private static byte[] ReadWithProgress(FileInfo file)
    {
        var buffer = new byte[file.Length];
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        console.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new TransferSpeedColumn()).Start(context =>
        {
            var task = context.AddTask($"reading {file.Name}", maxValue: buffer.Length);
            using var stream = file.OpenRead();
            int read = 0;
            while (read < buffer.Length)
            {
                int n = stream.Read(buffer, read, Math.Min(1 << 20, buffer.Length - read));
                if (n == 0)
                {
                    throw new IOException($"the file ended after {read} of {buffer.Length} bytes.");
                }

                read += n;
                task.Value = read;
            }
        });
        return buffer;
    }

    /// <summary>Reads a whole text file, turning a missing or unreadable file into one-line bad input.</summary>
    /// <param name="file">The file.</param>
    /// <returns>The text.</returns>
    internal static string ReadAllText(FileInfo file)
    {
        using var reader = new StreamReader(new MemoryStream(ReadAllBytes(file)), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}

/// <summary>The organization charts the <c>--map</c> option offers.</summary>
internal enum MapChoice
{
    /// <summary>The built-in Hà Nội sample.</summary>
    Sample,

    /// <summary>The official map of Vietnam (MassMobilization.Core.AdministrativeUnits).</summary>
    Official,
}
