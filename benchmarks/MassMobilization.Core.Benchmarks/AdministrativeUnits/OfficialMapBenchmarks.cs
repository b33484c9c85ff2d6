using System;
using System.Collections.Generic;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using MassMobilization.Core.AdministrativeUnits;
using MassMobilization.Core.Organization;

namespace MassMobilization.Core.Benchmarks.AdministrativeUnits;

/// <summary>
/// The official map: loading it (parse, validate, build the chart) against reading the same data into
/// an old-code → new-codes dictionary, which is all a user's own loader would do; and rebasing
/// 2,000,000 per-commune records from the communes of 2025-06-30 to those of 2025-07-01 against the
/// dictionary loop a user would write (look up each record's new communes, add into a dictionary of
/// totals, set divided communes aside). Goals: load under 100 ms; rebase at least 10× the dictionary
/// loop, allocating O(units).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class OfficialMapBenchmarks
{
    private const int Records = 2_000_000;

    private byte[] data = [];
    private CommuneRebaser rebaser = null!;
    private Dictionary<UnitCode, UnitCode[]> mapping = null!;
    private UnitCode[] communes = [];
    private long[] values = [];

    [GlobalSetup]
    public void Setup()
    {
        var map = OfficialMap.Instance;
        data = OfficialMap.ReadData();
        rebaser = map.CreateRebaser();
        mapping = [];
        foreach (var link in map.Links)
        {
            if (link.Predecessor.Kind.Tier == UnitTier.Commune)
            {
                mapping[link.Predecessor.Code] = mapping.TryGetValue(link.Predecessor.Code, out var targets) ? [.. targets, link.Successor.Code] : [link.Successor.Code];
            }
        }

        var old = map.Chart.At(map.LastDayBeforeReform).UnitsOfTier(UnitTier.Commune);
        var random = new Random(2025);
        communes = new UnitCode[Records];
        values = new long[Records];
        for (int i = 0; i < Records; i++)
        {
            communes[i] = old[random.Next(old.Count)].Code;
            values[i] = random.Next(0, 1000);
        }
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Load the official map")]
    public int DictionaryLoad()
    {
        var result = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (string line in Encoding.UTF8.GetString(data).Split('\n'))
        {
            if (line.StartsWith("C\t", StringComparison.Ordinal))
            {
                string[] fields = line.Split('\t');
                result[fields[1]] = fields[4].Split(',');
            }
        }

        return result.Count;
    }

    [Benchmark]
    [BenchmarkCategory("Load the official map")]
    public int LibraryLoad() => OfficialMap.Load().Chart.Units.Count;

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Rebase 2,000,000 commune records")]
    public long DictionaryRebase()
    {
        var totals = new Dictionary<UnitCode, long>();
        var unallocated = new Dictionary<UnitCode, long>();
        for (int i = 0; i < communes.Length; i++)
        {
            var targets = mapping[communes[i]];
            if (targets.Length == 1)
            {
                totals[targets[0]] = totals.GetValueOrDefault(targets[0]) + values[i];
            }
            else
            {
                unallocated[communes[i]] = unallocated.GetValueOrDefault(communes[i]) + values[i];
            }
        }

        return totals.Count + unallocated.Count;
    }

    [Benchmark]
    [BenchmarkCategory("Rebase 2,000,000 commune records")]
    public long LibraryRebase() => rebaser.Rebase(communes, values).AllocatedTotal;
}
