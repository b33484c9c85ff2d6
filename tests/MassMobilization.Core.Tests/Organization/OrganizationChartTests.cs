using System;
using System.Linq;
using MassMobilization.Core.Organization;
using NodaTime;
using Xunit;
using static MassMobilization.Core.Tests.Organization.ChartTestData;

namespace MassMobilization.Core.Tests.Organization;

public sealed class OrganizationChartTests
{
    [Fact]
    public void Queries_give_three_levels_before_and_two_after_the_restructuring()
    {
        var chart = ThreeToTwoLevels().Build();

        Assert.Equal(new[] { "001", "01" }, chart.Ancestors(C("00002"), LastOld).Select(u => u.Code.Value));
        Assert.Equal(2, chart.DepthOf(C("00001"), LastOld));
        Assert.Equal(UnitKind.Township, chart.GetUnit(C("00001"), LastOld).Kind);
        Assert.Equal(new[] { "01", "001", "00003" }, chart.PathTo(C("00003"), LastOld).Select(u => u.Code.Value));
        Assert.Equal(new[] { "001", "00001", "00002", "00003" }, chart.Descendants(C("01"), LastOld).Select(u => u.Code.Value));
        Assert.Equal(new[] { "00001", "00002", "00003" }, chart.Children(C("001"), LastOld).Select(u => u.Code.Value));

        Assert.Equal(new[] { "01" }, chart.Ancestors(C("00001"), FirstNew).Select(u => u.Code.Value));
        Assert.Equal(1, chart.DepthOf(C("00001"), FirstNew));
        Assert.Equal(UnitKind.Commune, chart.GetUnit(C("00001"), FirstNew).Kind);
        Assert.Equal(new[] { "00001", "00004" }, chart.Children(C("01"), FirstNew).Select(u => u.Code.Value));
        Assert.Equal("01", chart.ParentOf(C("00004"), FirstNew)!.Code.Value);
        Assert.Null(chart.ParentOf(C("01"), FirstNew));
        Assert.Equal(2, chart.At(LastOld).MaxDepth);
        Assert.Equal(1, chart.At(FirstNew).MaxDepth);
        Assert.Single(chart.UnitsOfKind(UnitKind.RuralDistrict, LastOld));
        Assert.Empty(chart.UnitsOfKind(UnitKind.RuralDistrict, FirstNew));
        Assert.Equal(2, chart.At(FirstNew).UnitsOfTier(UnitTier.Commune).Count);
    }

    [Fact]
    public void Querying_a_unit_not_in_force_names_it_and_the_date()
    {
        var chart = ThreeToTwoLevels().Build();
        var error = Assert.Throws<DomainRuleException>(() => chart.Ancestors(C("00002"), FirstNew));
        Assert.Equal(OrganizationRuleCodes.UnitNotInForce, error.RuleCode);
        Assert.Contains("00002", error.Message, StringComparison.Ordinal);
        Assert.Contains("2025-07-01", error.Message, StringComparison.Ordinal);
        Assert.False(chart.TryGetUnit(C("001"), FirstNew, out _));
        Assert.Equal(OrganizationRuleCodes.UnitNotInForce, Assert.Throws<DomainRuleException>(() => chart.At(FirstNew).OrdinalOf(C("001"))).RuleCode);
    }

    [Fact]
    public void Snapshots_are_shared_by_every_day_of_one_structure()
    {
        var chart = ThreeToTwoLevels().Build();
        Assert.Same(chart.At(new LocalDate(2010, 1, 1)), chart.At(LastOld));
        Assert.NotSame(chart.At(LastOld), chart.At(FirstNew));
        Assert.Equal(ValidityPeriod.Between(Origin, LastOld), chart.At(LastOld).Validity);
        Assert.Equal(ValidityPeriod.From(FirstNew), chart.At(new LocalDate(2030, 1, 1)).Validity);
        Assert.Equal(0, chart.At(new LocalDate(2000, 1, 1)).Count);
        Assert.Equal(new[] { Origin, FirstNew }, chart.ChangeDates);
        Assert.Equal(2, chart.Snapshots.Count);
    }

    [Fact]
    public void Ordinals_are_dense_in_preorder_with_parents_first()
    {
        var snapshot = ThreeToTwoLevels().Build().At(LastOld);

        Assert.Equal(5, snapshot.Count);
        Assert.Equal(new[] { "01", "001", "00001", "00002", "00003" }, Enumerable.Range(0, snapshot.Count).Select(i => snapshot.CodeAt(i).Value));
        Assert.Equal(new[] { -1, 0, 1, 1, 1 }, snapshot.ParentOrdinals.ToArray());
        Assert.Equal(new[] { 0, 1, 2, 2, 2 }, snapshot.Depths.ToArray());
        Assert.Equal(new[] { 0 }, snapshot.RootOrdinals.ToArray());
        Assert.Equal(new[] { 2, 3, 4 }, snapshot.ChildOrdinals(1).ToArray());
        Assert.Equal(5, snapshot.SubtreeEnd(0));
        Assert.Equal(3, snapshot.SubtreeEnd(2));
        Assert.True(snapshot.TryGetOrdinal(C("00003"), out int ordinal));
        Assert.Equal(4, ordinal);
        Assert.Equal(4, snapshot.OrdinalOf(C("00003")));
        Assert.False(snapshot.TryGetOrdinal(C("99999"), out int missing));
        Assert.Equal(-1, missing);
        Span<int> ancestors = stackalloc int[4];
        Assert.Equal(2, snapshot.CopyAncestorOrdinals(4, ancestors));
        Assert.Equal(new[] { 1, 0 }, ancestors[..2].ToArray());
        Assert.Equal(snapshot.ParentOrdinals.ToArray(), snapshot.ParentOrdinalsMemory.ToArray());
        Assert.Throws<ArgumentOutOfRangeException>(() => snapshot.UnitAt(5));
        Assert.Throws<ArgumentException>(() => snapshot.CopyAncestorOrdinals(4, new int[1]));
    }

    [Fact]
    public void Ordinals_do_not_depend_on_insertion_order()
    {
        var forward = ThreeToTwoLevels().Build().At(LastOld);
        var reversed = OrganizationChart.CreateBuilder().AddUnits(ThreeToTwoLevels().Build().Units.Reverse()).Build().At(LastOld);
        Assert.Equal(
            Enumerable.Range(0, forward.Count).Select(forward.CodeAt),
            Enumerable.Range(0, reversed.Count).Select(reversed.CodeAt));
    }

    [Fact]
    public void A_roll_up_from_last_ordinal_to_first_sums_each_subtree()
    {
        var snapshot = ThreeToTwoLevels().Build().At(LastOld);
        var values = new long[snapshot.Count];
        values[snapshot.OrdinalOf(C("00001"))] = 5;
        values[snapshot.OrdinalOf(C("00002"))] = 7;
        values[snapshot.OrdinalOf(C("00003"))] = 11;
        var parents = snapshot.ParentOrdinals;
        for (int i = values.Length - 1; i > 0; i--)
        {
            if (parents[i] >= 0)
            {
                values[parents[i]] += values[i];
            }
        }

        Assert.Equal(23, values[snapshot.OrdinalOf(C("01"))]);
        Assert.Equal(23, values[snapshot.OrdinalOf(C("001"))]);
    }

    [Fact]
    public void A_parent_renamed_mid_way_still_covers_its_child()
    {
        var rename = new LocalDate(2015, 1, 1);
        var chart = OrganizationChart.CreateBuilder()
            .AddUnit(Unit("01", UnitKind.Province, null, Origin, rename.PlusDays(-1)))
            .AddUnit(new AdministrativeUnit(C("01"), "Tỉnh Mới", "New Province", UnitKind.Province, null, ValidityPeriod.From(rename)))
            .AddUnit(Unit("00001", UnitKind.Commune, "01", Origin))
            .AddSuccession(Succession.Rename(rename, C("01"), C("01")))
            .Build();
        Assert.Equal("Tỉnh Mới", chart.ParentOf(C("00001"), rename)!.VietnameseName);
        Assert.Equal("Đơn vị 01", chart.ParentOf(C("00001"), rename.PlusDays(-1))!.VietnameseName);
        Assert.Equal(2, chart.VersionsOf(C("01")).Count);
    }
}
