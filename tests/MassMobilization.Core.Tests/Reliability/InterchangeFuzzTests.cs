using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using MassMobilization.Core.Serialization.SystemTextJson;
using MassMobilization.Core.Tests.Interchange;
using Xunit;

namespace MassMobilization.Core.Tests.Reliability;

/// <summary>
/// The interchange fuzz harness (docs/reliability.md, "The library contract"): thousands of hostile documents
/// of every kind, made from the documented examples by <see cref="HostileDocuments"/>. Reading either succeeds
/// or throws <see cref="InterchangeException"/> with a code and a JSON path, never anything else; whatever is
/// read writes and reads back to the same document. The seed is fixed; <c>MMC_FUZZ_SEED</c> changes it,
/// <c>MMC_FUZZ_CASES</c> sets the number of cases per kind (a longer run, then without a time budget) and
/// <c>MMC_FUZZ_SECONDS</c> the time budget per kind (15 s by default; at least 100 cases always run).
/// </summary>
public sealed class InterchangeFuzzTests
{
    private const int DefaultSeed = 20261203;
    private const int DefaultCasesPerKind = 300;

    /// <summary>The time one kind may take in a default run; a loaded machine stops early (at least <see cref="MinimumCases"/> cases).</summary>
    private const int DefaultSecondsPerKind = 15;
    private const int MinimumCases = 100;

    /// <summary>Each kind's reader, writing back what it read (write then read again, both written forms compared).</summary>
    private static readonly Dictionary<string, Func<byte[], (string Written, string Rewritten)?>> Readers = new(StringComparer.Ordinal)
    {
        ["chart"] = bytes => RoundTrip(InterchangeFormats.Chart, bytes),
        ["documents"] = bytes => RoundTrip(InterchangeFormats.Documents, bytes),
        ["models"] = bytes => RoundTrip(InterchangeFormats.Models, bytes),
        ["contest"] = bytes => RoundTrip(InterchangeFormats.Contest, bytes),
        ["score-sheets"] = bytes => RoundTrip(InterchangeFormats.ScoreSheets, bytes),
        ["partial"] = bytes => RoundTrip(InterchangeFormats.Partial, bytes),
        ["tally"] = bytes => RoundTrip(InterchangeFormats.Tally, bytes),
        ["service-records"] = bytes => RoundTrip(InterchangeFormats.ServiceRecords, bytes),
    };

    public static TheoryData<string> Kinds() => new(Readers.Keys);

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Hostile_documents_are_read_or_rejected_with_an_interchange_code_and_path_and_what_is_read_round_trips(string kind)
    {
        int seed = Setting("MMC_FUZZ_SEED", DefaultSeed) ^ KindSalt(kind);
        int cases = Setting("MMC_FUZZ_CASES", DefaultCasesPerKind);
        var budget = TimeSpan.FromSeconds(Setting("MMC_FUZZ_SECONDS", Environment.GetEnvironmentVariable("MMC_FUZZ_CASES") is null ? DefaultSecondsPerKind : int.MaxValue / 2));
        string valid = DocumentedExampleTests.Examples()[kind];
        var generator = new HostileDocuments(seed);
        var failures = new List<string>();
        var clock = Stopwatch.StartNew();
        int accepted = 0;
        int rejected = 0;
        int run = 0;
        for (int i = 0; i < cases && failures.Count < 5 && (i < MinimumCases || clock.Elapsed < budget); i++, run++)
        {
            var (bytes, mutations) = generator.Mutate(valid);
            string? failure = Check(kind, bytes, ref accepted, ref rejected);
            if (failure is not null)
            {
                failures.Add($"case {i} (seed {seed}): {mutations}: {failure}");
            }
        }

        Assert.True(failures.Count == 0, $"{kind}: {failures.Count} contract failure(s):\n" + string.Join("\n", failures));
        Assert.True(rejected > 0 && accepted > 0, $"{kind}: the generator should produce both readable and rejected documents ({accepted} read, {rejected} rejected).");
        Assert.True(run >= Math.Min(cases, MinimumCases), $"{kind}: only {run} cases ran.");
    }

    [Fact]
    public void The_documented_examples_read_by_every_other_kind_are_rejected_with_a_code()
    {
        foreach (var (kind, json) in DocumentedExampleTests.Examples())
        {
            foreach (var (other, read) in Readers)
            {
                if (other == kind)
                {
                    continue;
                }

                var exception = Assert.Throws<InterchangeException>(() => read(Encoding.UTF8.GetBytes(json)));
                Assert.Equal(InterchangeErrorCodes.WrongKind, exception.ErrorCode);
            }
        }
    }

    private static int KindSalt(string kind)
    {
        int salt = 0;
        foreach (char c in kind)
        {
            salt = (salt * 31) + c;
        }

        return salt;
    }

    private static string? Check(string kind, byte[] bytes, ref int accepted, ref int rejected)
    {
        try
        {
            var result = Readers[kind](bytes);
            accepted++;
            return result is { } r && !string.Equals(r.Written, r.Rewritten, StringComparison.Ordinal)
                ? $"read, but writing it, reading that and writing again differs:\n{r.Written}\n---\n{r.Rewritten}"
                : null;
        }
        catch (InterchangeException exception)
        {
            rejected++;
            bool wellFormed = exception.ErrorCode.StartsWith("IX-", StringComparison.Ordinal) && exception.Path.StartsWith('$');
            return wellFormed ? null : $"InterchangeException without a code or path: {exception.ErrorCode} at '{exception.Path}'";
        }
        catch (Exception exception)
        {
            return $"{exception.GetType().Name} escaped: {exception.Message}\n{exception.StackTrace}";
        }
    }

    private static (string Written, string Rewritten)? RoundTrip<T>(InterchangeFormat<T> format, byte[] bytes)
        where T : class
    {
        var value = format.Read(bytes);
        string written = format.WriteString(value);
        string rewritten;
        try
        {
            rewritten = format.WriteString(format.Read(written));
        }
        catch (InterchangeException exception)
        {
            // What was read must read back: a rejection here breaks the contract, so it must not pass as a rejection.
            throw new InvalidOperationException($"The written document is rejected: {exception.Message}\n{written}", exception);
        }

        return (written, rewritten);
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) ? value : fallback;
}
