using System.Globalization;
using BenchmarkDotNet.Attributes;
using MassMobilization.Core.Documents;

namespace MassMobilization.Core.Benchmarks.Documents;

/// <summary>Formatting document numbers canonically, against the string.Format a user would write.</summary>
[MemoryDiagnoser]
public class DocumentNumberFormatBenchmarks
{
    private DocumentNumber[] numbers = [];

    [GlobalSetup]
    public void Setup()
    {
        numbers = new DocumentNumber[10_000];
        for (int i = 0; i < numbers.Length; i++)
        {
            numbers[i] = (i % 3) switch
            {
                0 => DocumentNumber.Party(1 + (i % 300), "NQ", "TW"),
                1 => DocumentNumber.State(1 + i, "QĐ", "UBND"),
                _ => DocumentNumber.LegalNormative(1 + (i % 200), 2000 + (i % 26), "NĐ", "CP"),
            };
        }
    }

    [Benchmark(Baseline = true)]
    public int StringFormat()
    {
        int total = 0;
        foreach (var n in numbers)
        {
            string text = n.Form switch
            {
                DocumentNumberForm.Party => string.Format(CultureInfo.InvariantCulture, "{0:00}-{1}/{2}", n.Number, n.TypeCode, n.Issuer),
                DocumentNumberForm.StateNamedType => string.Format(CultureInfo.InvariantCulture, "{0:00}/{1}-{2}", n.Number, n.TypeCode, n.Issuer),
                _ => string.Format(CultureInfo.InvariantCulture, "{0:00}/{1}/{2}-{3}", n.Number, n.Year, n.TypeCode, n.Issuer),
            };
            total += text.Length;
        }

        return total;
    }

    [Benchmark]
    public int Library()
    {
        int total = 0;
        foreach (var n in numbers)
        {
            total += n.ToString().Length;
        }

        return total;
    }
}
