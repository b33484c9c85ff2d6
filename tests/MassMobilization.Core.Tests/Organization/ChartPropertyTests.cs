using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck.Xunit;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Tests.Infrastructure;
using NodaTime;

namespace MassMobilization.Core.Tests.Organization;

[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class ChartPropertyTests
{
    private static readonly LocalDate Day = new(2024, 1, 1);

    /// <summary>The chart of a forest: its codes put the key first, so code order differs from creation order.</summary>
    internal static OrganizationChart ChartOf(ForestShape forest)
    {
        var builder = OrganizationChart.CreateBuilder();
        for (int i = 0; i < forest.Units.Count; i++)
        {
            int parent = forest.ParentOf(i);
            string code = forest.CodeOf(i);
            builder.AddUnit(new AdministrativeUnit(new UnitCode(code), code, code, UnitKind.Commune, parent < 0 ? null : new UnitCode(forest.CodeOf(parent)), ValidityPeriod.From(Day)));
        }

        return builder.Build();
    }

    [Property]
    public bool Ordinals_are_dense_and_parents_come_before_children(ForestShape forest)
    {
        var snapshot = ChartOf(forest).At(Day);
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
    }

    [Property]
    public bool Ancestors_and_descendants_agree_with_parent_links(ForestShape forest)
    {
        var chart = ChartOf(forest);
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
    }

    [Property]
    public bool Ordinal_kernels_agree_with_the_readable_queries(ForestShape forest)
    {
        var snapshot = ChartOf(forest).At(Day);
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
    }

    private static IEnumerable<UnitCode> Walk(Dictionary<UnitCode, AdministrativeUnit> byCode, AdministrativeUnit unit)
    {
        for (var p = unit.Parent; p is not null; p = byCode[p.Value].Parent)
        {
            yield return p.Value;
        }
    }
}
