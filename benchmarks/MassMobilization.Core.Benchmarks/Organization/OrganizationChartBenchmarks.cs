using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using MassMobilization.Core.Organization;
using MassMobilization.Samples.Generators;
using NodaTime;

namespace MassMobilization.Core.Benchmarks.Organization;

/// <summary>
/// The national chart (63 provinces, 705 districts, 10,035 communes before 2025-07-01): building it and
/// finding the ancestors of every commune on 2025-06-30, against the effective-dated dictionary-and-LINQ
/// code a user would write (versions looked up by code, then filtered by date, per step).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class OrganizationChartBenchmarks
{
    private static readonly LocalDate Day = NationalChartGenerator.LastDayBefore;

    private OrganizationChartBuilder builder = null!;
    private AdministrativeUnit[] versions = [];
    private OrganizationChart chart = null!;
    private ILookup<UnitCode, AdministrativeUnit> naiveIndex = null!;
    private UnitCode[] communes = [];
    private int[] parents = [];
    private int[] communeOrdinals = [];

    [GlobalSetup]
    public void Setup()
    {
        builder = NationalChartGenerator.CreateBuilder(2025);
        chart = builder.Build();
        versions = chart.Units.ToArray();
        naiveIndex = versions.ToLookup(u => u.Code);
        communes = chart.At(Day).UnitsOfTier(UnitTier.Commune).Select(u => u.Code).ToArray();
        var snapshot = chart.At(Day);
        parents = snapshot.ParentOrdinals.ToArray();
        communeOrdinals = communes.Select(snapshot.OrdinalOf).ToArray();
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Build + ancestors of every commune")]
    public int NaiveBuildAndAncestors()
    {
        var index = versions.ToLookup(u => u.Code);
        return NaiveAncestors(index, versions.Where(u => u.Kind.Tier == UnitTier.Commune && u.Validity.Contains(Day)).Select(u => u.Code));
    }

    [Benchmark]
    [BenchmarkCategory("Build + ancestors of every commune")]
    public int LibraryBuildAndAncestors()
    {
        var snapshot = builder.Build().At(Day);
        int total = 0;
        foreach (var commune in snapshot.UnitsOfTier(UnitTier.Commune))
        {
            total += snapshot.Ancestors(commune.Code).Count;
        }

        return total;
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Ancestors of every commune (built)")]
    public int NaiveAncestorsOnly() => NaiveAncestors(naiveIndex, communes);

    [Benchmark]
    [BenchmarkCategory("Ancestors of every commune (built)")]
    public int LibraryAncestorsByCode()
    {
        int total = 0;
        foreach (var commune in communes)
        {
            total += chart.Ancestors(commune, Day).Count;
        }

        return total;
    }

    [Benchmark]
    [BenchmarkCategory("Ancestors of every commune (built)")]
    public int LibraryAncestorOrdinals()
    {
        var snapshot = chart.At(Day);
        Span<int> buffer = stackalloc int[16];
        int total = 0;
        foreach (int ordinal in communeOrdinals)
        {
            total += snapshot.CopyAncestorOrdinals(ordinal, buffer);
        }

        return total;
    }

    /// <summary>The physical floor: walking a parent array already in hand.</summary>
    /// <returns>The number of ancestors.</returns>
    [Benchmark]
    [BenchmarkCategory("Ancestors of every commune (built)")]
    public int FloorParentArrayWalk()
    {
        int total = 0;
        foreach (int ordinal in communeOrdinals)
        {
            for (int p = parents[ordinal]; p >= 0; p = parents[p])
            {
                total++;
            }
        }

        return total;
    }

    private static int NaiveAncestors(ILookup<UnitCode, AdministrativeUnit> index, IEnumerable<UnitCode> codes)
    {
        int total = 0;
        foreach (var code in codes)
        {
            var ancestors = new List<AdministrativeUnit>();
            var unit = index[code].Single(v => v.Validity.Contains(Day));
            while (unit.Parent is { } parent)
            {
                unit = index[parent].Single(v => v.Validity.Contains(Day));
                ancestors.Add(unit);
            }

            total += ancestors.Count;
        }

        return total;
    }
}
