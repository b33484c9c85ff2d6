using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using MassMobilization.Cli;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Xunit.Abstractions;

namespace MassMobilization.Core.Tests.Cli;

/// <summary>
/// The CLI fuzz harness (docs/reliability.md, "Fuzzing the CLI"): hostile command lines and inputs from
/// <see cref="CliFuzzCases"/>, run in-process for a bounded time, each checked against the CLI contract.
/// The seed is fixed; <c>MMC_FUZZ_SEED</c> changes it, <c>MMC_FUZZ_CASES</c> and <c>MMC_FUZZ_SECONDS</c>
/// make the run longer. A failure names the seed and the case, which reproduce it.
/// </summary>
public sealed class CliFuzzTests : IDisposable
{
    /// <summary>The seed used when <c>MMC_FUZZ_SEED</c> is not set.</summary>
    public const int DefaultSeed = 20_261_203;

    private readonly string directory = Path.Combine(Path.GetTempPath(), "massmob-fuzz-" + Guid.NewGuid().ToString("N"));
    private readonly ITestOutputHelper log;

    public CliFuzzTests(ITestOutputHelper log)
    {
        this.log = log;
        Directory.CreateDirectory(directory);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Hostile_command_lines_and_inputs_keep_the_cli_contract()
    {
        int seed = Setting("MMC_FUZZ_SEED", DefaultSeed);
        int cases = Setting("MMC_FUZZ_CASES", 3_000);
        int seconds = Setting("MMC_FUZZ_SECONDS", 25);
        using var services = new ServiceCollection().AddMassMobilization().BuildServiceProvider();
        var outcomes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        int run = 0;
        for (; run < cases && clock.Elapsed.TotalSeconds < seconds; run++)
        {
            var random = new Random(unchecked((seed * 1_000_003) + run));
            string[] args = CliFuzzCases.Create(random, directory);
            string where = $"seed {seed}, case {run}: massmob {string.Join(' ', args.Select(Quote))}";
            var output = new StringWriter { NewLine = "\n" };
            var error = new StringWriter { NewLine = "\n" };
            int exit;
            try
            {
                exit = CliApplication.Run(args, output, error, services);
            }
            catch (Exception e)
            {
                Assert.Fail($"{where}: an exception escaped the CLI: {e}");
                return;
            }

            Check(where, args, exit, output.ToString(), error.ToString());
            string outcome = exit == 0 ? "0" : $"{exit} {Classify(error.ToString())}";
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            foreach (string file in Directory.EnumerateFiles(directory))
            {
                File.Delete(file);
            }
        }

        log.WriteLine($"seed {seed}: {run} cases in {clock.Elapsed.TotalSeconds:F1} s");
        foreach (var (outcome, count) in outcomes)
        {
            log.WriteLine($"{count,6}  exit {outcome}");
        }

        Assert.True(run >= Math.Min(cases, 200), $"only {run} cases ran in {seconds} s");
        Assert.True(outcomes.Keys.Count(k => k.StartsWith('2')) > 5, "the generator should reach many kinds of bad input");
        Assert.True(outcomes.GetValueOrDefault("0") > run / 20, "the generator should keep some inputs valid");
    }

    [Fact]
    public void The_generator_is_reproducible_from_its_seed()
    {
        string[] first = CliFuzzCases.Create(new Random(7), directory);
        string[] second = CliFuzzCases.Create(new Random(7), directory);
        Assert.Equal(first.Where(a => !a.StartsWith(directory, StringComparison.Ordinal)), second.Where(a => !a.StartsWith(directory, StringComparison.Ordinal)));
    }

    /// <summary>Checks one run against the contract: exit 0, 1 or 2; no trace; one line on standard error for 1 and 2 (parse's invalid numbers are bad input: exit 2 with its line, after the table); no raw control characters.</summary>
    internal static void Check(string where, string[] args, int exit, string output, string error)
    {
        Assert.True(exit is 0 or 1 or 2, $"{where}: exit code {exit}");
        Assert.False(CliContractTests.HasRawControl(output), $"{where}: a raw control character on standard output");
        Assert.False(CliContractTests.HasRawControl(error), $"{where}: a raw control character on standard error: {error}");
        if (args.Contains("--verbose"))
        {
            return;
        }

        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        string[] lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length <= 1, $"{where}: {lines.Length} lines on standard error: {error}");
        if (exit == 2)
        {
            Assert.True(lines.Length == 1 && lines[0].StartsWith("massmob: error: ", StringComparison.Ordinal), $"{where}: exit 2 without its line: {error}");
        }
        else if (exit == 1)
        {
            Assert.True(lines.Length == 1, $"{where}: exit 1 with nothing on standard error");
            Assert.StartsWith("massmob: internal error: ", lines[0], StringComparison.Ordinal);
            Assert.Contains("--verbose", lines[0], StringComparison.Ordinal);
        }
    }

    /// <summary>Names the kind of an error line: its code, option or exception type.</summary>
    private static string Classify(string error)
    {
        string line = error.Split('\n')[0];
        foreach (string prefix in new[] { "massmob: error: ", "massmob: internal error: " })
        {
            if (line.StartsWith(prefix, StringComparison.Ordinal))
            {
                return line[prefix.Length..].Split(' ', 2)[0].TrimEnd(':');
            }
        }

        return "no line";
    }

    private static string Quote(string arg)
    {
        string shown = MassMobilization.Cli.Output.EscapingWriter.Escape(arg.Length > 80 ? arg[..80] + "…" : arg);
        return arg.Length == 0 || arg.Any(char.IsWhiteSpace) ? $"'{shown}'" : shown;
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) ? value : fallback;
}
