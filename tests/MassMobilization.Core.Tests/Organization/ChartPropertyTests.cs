using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using MassMobilization.Core.Organization;
using NodaTime;
using Xunit;

namespace MassMobilization.Core.Tests.Organization;

public sealed class ChartPropertyTests
{
    private static readonly LocalDate Day = new(2024, 1, 1);

    /// <summary>A random forest of 1..60 units whose codes are shuffled so code order differs from creation order.</summary>
    internal static OrganizationChart RandomForest(int seed)
    {
        var random = new Random(seed);
        int n = random.Next(1, 61);
        var codes = Enumerable.Range(0, n).Select(i => $"U{random.Next(100000):D5}{i}").ToArray();
        var builder = OrganizationChart.CreateBuilder();
        for (int i = 0; i < n; i++)
        {
            int parent = i == 0 || random.Next(5) == 0 ? -1 : random.Next(i);
            builder.AddUnit(new AdministrativeUnit(new UnitCode(codes[i]), codes[i], codes[i], UnitKind.Commune, parent < 0 ? null : new UnitCode(codes[parent]), ValidityPeriod.From(Day)));
        }

        return builder.Build();
    }

    private static Arbitrary<int> Seeds => Gen.Choose(0, int.MaxValue - 1).ToArbitrary();

    [Fact]
    public void Ordinals_are_dense_and_parents_come_before_children()
    {
        Prop.ForAll(Seeds, seed =>
        {
            var snapshot = RandomForest(seed).At(Day);
            var parents = snapshot.ParentOrdinals.ToArray();
            var seen = new HashSet<UnitCode>();
            for (int i = 0; i < snapshot.Count; i++)
            {
                if (snapshot.OrdinalOf(snapshot.CodeAt(i)) != i || !seen.Add(snapshot.CodeAt(i)))
                {
                    return false;
                }

                int p = parents[i];
                bool linked = p < 0 ? snapshot.UnitAt(i).Parent is null : p < i && snapshot.UnitAt(i).Parent == snapshot.CodeAt(p);
                bool depth = snapshot.DepthAt(i) == (p < 0 ? 0 : snapshot.DepthAt(p) + 1);
                if (!linked || !depth)
                {
                    return false;
                }
            }

            return seen.Count == snapshot.Count;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Ancestors_and_descendants_agree_with_parent_links()
    {
        Prop.ForAll(Seeds, seed =>
        {
            var chart = RandomForest(seed);
            var byCode = chart.Units.ToDictionary(u => u.Code);
            foreach (var unit in chart.Units)
            {
                var expected = new List<UnitCode>();
                for (var p = unit.Parent; p is not null; p = byCode[p.Value].Parent)
                {
                    expected.Add(p.Value);
                }

                if (!expected.SequenceEqual(chart.Ancestors(unit.Code, Day).Select(a => a.Code)))
                {
                    return false;
                }

                var descendants = chart.Descendants(unit.Code, Day).Select(d => d.Code).ToHashSet();
                var naive = chart.Units.Where(u => u.Code != unit.Code && Walk(byCode, u).Contains(unit.Code)).Select(u => u.Code).ToHashSet();
                if (!descendants.SetEquals(naive) || chart.Children(unit.Code, Day).Any(c => c.Parent != unit.Code))
                {
                    return false;
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Ordinal_kernels_agree_with_the_readable_queries()
    {
        Prop.ForAll(Seeds, seed =>
        {
            var snapshot = RandomForest(seed).At(Day);
            var buffer = new int[snapshot.Count];
            for (int i = 0; i < snapshot.Count; i++)
            {
                var code = snapshot.CodeAt(i);
                int count = snapshot.CopyAncestorOrdinals(i, buffer);
                bool ancestors = buffer.Take(count).Select(snapshot.CodeAt).SequenceEqual(snapshot.Ancestors(code).Select(u => u.Code));
                bool subtree = Enumerable.Range(i + 1, snapshot.SubtreeEnd(i) - i - 1).Select(snapshot.CodeAt).SequenceEqual(snapshot.Descendants(code).Select(u => u.Code));
                bool children = snapshot.ChildOrdinals(i).ToArray().Select(snapshot.CodeAt).SequenceEqual(snapshot.Children(code).Select(u => u.Code));
                if (!ancestors || !subtree || !children)
                {
                    return false;
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }

    private static IEnumerable<UnitCode> Walk(Dictionary<UnitCode, AdministrativeUnit> byCode, AdministrativeUnit unit)
    {
        for (var p = unit.Parent; p is not null; p = byCode[p.Value].Parent)
        {
            yield return p.Value;
        }
    }
}
