using System;
using System.Linq;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Tests.Infrastructure;
using Xunit;
using static MassMobilization.Samples.Generators.HaNoiSample;

namespace MassMobilization.Core.Tests.Organization;

public sealed class HaNoiSampleTests
{
    private static readonly OrganizationChart Chart = Build();

    [Fact]
    public void The_old_structure_holds_until_2025_06_30_and_the_new_one_from_2025_07_01()
    {
        Assert.Equal(new[] { "Thành phố Hà Nội", "Huyện Thanh Trì", "Xã Tân Triều" }, Chart.PathTo(TanTrieu, LastDayBefore).Select(u => u.VietnameseName));
        Assert.Equal(16, Chart.Children(ThanhTri, LastDayBefore).Count);
        Assert.Equal(2, Chart.At(LastDayBefore).MaxDepth);

        Assert.False(Chart.TryGetUnit(ThanhTri, FirstDayAfter, out _));
        Assert.Equal(5, Chart.Children(HaNoi, FirstDayAfter).Count);
        Assert.Equal(1, Chart.At(FirstDayAfter).MaxDepth);

        // Code 00646 is reused: Xã Thanh Liệt until 2025-06-30, Phường Thanh Liệt from 2025-07-01.
        Assert.Equal("Xã Thanh Liệt", Chart.GetUnit(new UnitCode("00646"), LastDayBefore).VietnameseName);
        Assert.Equal("Phường Thanh Liệt", Chart.GetUnit(new UnitCode("00646"), FirstDayAfter).VietnameseName);
        Assert.Equal(2, Chart.VersionsOf(new UnitCode("00646")).Count);

        Assert.Equal(new[] { "00646", "00649" }, Chart.Successors(TanTrieu, LastDayBefore, FirstDayAfter).Select(c => c.Value));
        Assert.Empty(Chart.Successors(ThanhTri, LastDayBefore, FirstDayAfter));
    }

    [Fact]
    public void The_Party_commissions_merge_on_2025_02_03()
    {
        var dayBefore = CommissionMerger.PlusDays(-1);
        Assert.Contains(Chart.CommitteesOf(HaNoi, dayBefore), c => c.Id == CityMassMobilization);
        Assert.DoesNotContain(Chart.CommitteesOf(HaNoi, CommissionMerger), c => c.Id == CityMassMobilization);
        Assert.Equal(CommitteeKind.PropagandaAndMassMobilizationCommission, Chart.GetCommittee(CityPropagandaAndMassMobilization, CommissionMerger).Kind);
        Assert.Equal(new[] { CityPropagandaAndMassMobilization }, Chart.Successors(CityMassMobilization, dayBefore, CommissionMerger));
        Assert.Equal(new[] { CityPropagandaAndMassMobilization }, Chart.Successors(CityPropaganda, dayBefore, FirstDayAfter));
        var error = Assert.Throws<DomainRuleException>(() => Chart.GetCommittee(CityMassMobilization, CommissionMerger));
        Assert.Equal(OrganizationRuleCodes.CommitteeNotInForce, error.RuleCode);
        Assert.Contains("2025-02-03", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Snapshot_of_the_structure_on_both_sides_of_the_restructuring()
    {
        static object Describe(OrganizationChart chart, NodaTime.LocalDate date)
        {
            var snapshot = chart.At(date);
            return new
            {
                Date = date,
                snapshot.Validity,
                Units = Enumerable.Range(0, snapshot.Count).Select(i =>
                    $"{i} {new string(' ', 2 * snapshot.DepthAt(i))}{snapshot.CodeAt(i)} {snapshot.UnitAt(i).VietnameseName} ({snapshot.UnitAt(i).Kind}) parent={snapshot.ParentOrdinalAt(i)}"),
                Bodies = Bodies(chart, date),
            };
        }

        static object Bodies(OrganizationChart chart, NodaTime.LocalDate date) =>
            chart.At(date).Units.SelectMany(u => chart.CommitteesOf(u.Code, date)).Select(c => $"{c.Id} {c.VietnameseName} @ {c.Unit}");

        Snapshot.Verify(new
        {
            Before = Describe(Chart, LastDayBefore),
            After = Describe(Chart, FirstDayAfter),
            BodiesBeforeCommissionMerger = Bodies(Chart, CommissionMerger.PlusDays(-1)),
            Successions = Chart.UnitSuccessions.Select(s => s.ToString()).Concat(Chart.CommitteeSuccessions.Select(s => s.ToString())),
        });
    }
}
