using BenchmarkDotNet.Attributes;
using MassMobilization.Core.Documents;
using MassMobilization.Samples.Generators;

namespace MassMobilization.Core.Benchmarks.Documents;

/// <summary>
/// Parsing one million mixed document numbers (every grammar, with <c>Số:</c> prefixes and padded
/// numbers) from strings: the library's hand-written parser against the straightforward
/// <see cref="System.Text.RegularExpressions.Regex"/> implementation a user would write (the baseline),
/// with a floor that only touches every character.
/// </summary>
[MemoryDiagnoser]
public class DocumentNumberParseBenchmarks
{
    private string[] texts = [];

    /// <summary>Builds the deterministic texts shared with the tests.</summary>
    [GlobalSetup]
    public void Setup() => texts = DocumentNumberTexts.Mixed(1_000_000, 42);

    /// <summary>Normalise to NFC, match one compiled regular expression, build the number with the public factories.</summary>
    /// <returns>The sum of the parsed sequence numbers.</returns>
    [Benchmark(Baseline = true)]
    public long Regex()
    {
        long total = 0;
        foreach (string text in texts)
        {
            if (RegexDocumentNumberParser.TryParse(text, out var number))
            {
                total += number.Number;
            }
        }

        return total;
    }

    /// <summary>The library: <see cref="DocumentNumber.TryParse(string, out DocumentNumber)"/>.</summary>
    /// <returns>The sum of the parsed sequence numbers.</returns>
    [Benchmark]
    public long Library()
    {
        long total = 0;
        foreach (string text in texts)
        {
            if (DocumentNumber.TryParse(text, out var number))
            {
                total += number.Number;
            }
        }

        return total;
    }

    /// <summary>The floor: read every character once (what any parser must at least do).</summary>
    /// <returns>A checksum of the characters.</returns>
    [Benchmark]
    public long ReadEveryCharacter()
    {
        long total = 0;
        foreach (string text in texts)
        {
            foreach (char c in text)
            {
                total += c;
            }
        }

        return total;
    }
}
