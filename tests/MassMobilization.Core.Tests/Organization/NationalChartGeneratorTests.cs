using System.Collections.Generic;
using System.Linq;
using MassMobilization.Core.Organization;
using MassMobilization.Samples.Generators;
using Xunit;
using static MassMobilization.Samples.Generators.NationalChartGenerator;

namespace MassMobilization.Core.Tests.Organization;

public sealed class NationalChartGeneratorTests
{
    private static readonly NationalChart National = Generate(2025);

    [Fact]
    public void Has_the_national_sizes_before_and_after_the_restructuring()
    {
        var before = National.Chart.At(LastDayBefore);
        var after = National.Chart.At(FirstDayAfter);

        Assert.Equal(63, before.UnitsOfTier(UnitTier.Province).Count);
        Assert.Equal(DistrictCount, before.UnitsOfTier(UnitTier.District).Count);
        Assert.Equal(CommuneCountBefore, before.UnitsOfTier(UnitTier.Commune).Count);
        Assert.Equal(7_694, before.UnitsOfKind(UnitKind.Commune).Count);
        Assert.Equal(617, before.UnitsOfKind(UnitKind.Township).Count);
        Assert.Equal(2, before.MaxDepth);

        Assert.Equal(34, after.UnitsOfTier(UnitTier.Province).Count);
        Assert.Equal(6, after.UnitsOfKind(UnitKind.CentrallyRunCity).Count);
        Assert.Empty(after.UnitsOfTier(UnitTier.District));
        Assert.Equal(CommuneCountAfter, after.UnitsOfTier(UnitTier.Commune).Count);
        Assert.Equal(13, after.UnitsOfKind(UnitKind.SpecialZone).Count);
        Assert.Equal(1, after.MaxDepth);

        Assert.Equal(before.UnitsOfTier(UnitTier.Commune).Select(u => u.Code).Order(), National.CommunesBefore);
        Assert.Equal(after.UnitsOfTier(UnitTier.Commune).Select(u => u.Code).Order(), National.CommunesAfter);
        Assert.Equal(34, National.ProvincesAfter.Count);
        Assert.Equal(63, National.ProvincesBefore.Count);
        Assert.Equal(DistrictCount, National.DistrictsBefore.Count);
    }

    [Fact]
    public void Every_old_commune_has_a_successor_and_splits_are_weighted()
    {
        var chart = National.Chart;
        foreach (var commune in National.CommunesBefore)
        {
            var successors = chart.Successors(commune, LastDayBefore, FirstDayAfter);
            Assert.InRange(successors.Count, 1, 2);
        }

        var splits = chart.UnitSuccessions.Where(s => s.Kind == SuccessionKind.Split).ToList();
        Assert.NotEmpty(splits);
        Assert.All(splits, s => Assert.True(s.IsWeighted));
        Assert.Equal(23, chart.UnitSuccessions.Count(s => s.Kind == SuccessionKind.Merge && s.Predecessors[0].Value.Length == 2));
    }

    [Fact]
    public void Every_province_and_district_has_a_mass_mobilization_commission_that_merges_on_2025_02_03()
    {
        var chart = National.Chart;
        var day = CommissionMerger.PlusDays(-1);
        foreach (var unit in National.ProvincesBefore.Concat(National.DistrictsBefore))
        {
            Assert.Contains(chart.CommitteesOf(unit, day), c => c.Kind == CommitteeKind.MassMobilizationCommission);
            Assert.Contains(chart.CommitteesOf(unit, CommissionMerger), c => c.Kind == CommitteeKind.PropagandaAndMassMobilizationCommission);
        }

        Assert.Equal(new[] { new CommitteeId("79-BTGDV") }, chart.Successors(new CommitteeId("74-BDV"), day, FirstDayAfter));
    }

    [Fact]
    public void Is_deterministic_for_a_seed_and_varies_with_it()
    {
        static List<string> Describe(NationalChart n) => n.Chart.Units.Select(u => $"{u.Code}|{u.Kind}|{u.Parent}|{u.Validity}").ToList();
        Assert.Equal(Describe(National), Describe(Generate(2025)));
        Assert.NotEqual(Describe(National), Describe(Generate(7)));
    }

    [Fact]
    public void Exposes_dense_preorder_ordinals_and_parent_arrays_for_roll_ups()
    {
        foreach (var date in new[] { LastDayBefore, FirstDayAfter })
        {
            var snapshot = National.Chart.At(date);
            var parents = snapshot.ParentOrdinals;
            var sums = new long[snapshot.Count];
            for (int i = snapshot.Count - 1; i >= 0; i--)
            {
                Assert.True(parents[i] < i);
                Assert.Equal(i, snapshot.OrdinalOf(snapshot.CodeAt(i)));
                sums[i]++;
                if (parents[i] >= 0)
                {
                    sums[parents[i]] += sums[i];
                }
            }

            // Each unit's roll-up of one per unit counts its subtree.
            for (int i = 0; i < snapshot.Count; i++)
            {
                Assert.Equal(snapshot.SubtreeEnd(i) - i, sums[i]);
            }

            long total = 0;
            foreach (int root in snapshot.RootOrdinals)
            {
                total += sums[root];
            }

            Assert.Equal(snapshot.Count, total);
        }
    }
}
