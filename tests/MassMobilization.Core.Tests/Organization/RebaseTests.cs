using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Tests.Infrastructure;
using MassMobilization.Samples.Generators;
using NodaTime;
using Xunit;
using static MassMobilization.Core.Tests.Organization.ChartTestData;

namespace MassMobilization.Core.Tests.Organization;

[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class RebaseTests
{
    private static readonly LocalDate Old = new(2020, 1, 1);
    private static readonly LocalDate Middle = new(2023, 1, 1);
    private static readonly LocalDate New = new(2025, 7, 1);

    [Fact]
    public void Merges_add_up_and_weighted_splits_divide_exactly()
    {
        var chart = ThreeToTwoLevels().Build();
        var counts = new Dictionary<UnitCode, long> { [C("00001")] = 10, [C("00002")] = 20, [C("00003")] = 7 };

        var result = chart.Rebase(counts, LastOld, FirstNew);

        // 00003 splits 0.25 / 0.75: 1.75 and 5.25, so 2 and 5 by largest remainder.
        Assert.Equal(10 + 20 + 2, result.CountOf(C("00001")));
        Assert.Equal(5, result.CountOf(C("00004")));
        Assert.Equal(37, result.Total);
        Assert.Equal(37, result.AllocatedTotal);
        Assert.Equal(0, result.UnallocatedTotal);
        Assert.Equal(new[] { "00001", "00002", "00003" }, result.Counts.Single(c => c.Unit == C("00001")).Sources.Select(s => s.Origin.Value));
        Assert.Equal(
            "00001 = 32: 10 from 00001 → 00001 (merge, 2025-07-01) + 20 from 00002 → 00001 (merge, 2025-07-01) + 2 from 00003 → 00001 (split × 0.25, 2025-07-01)",
            result.Explain(C("00001")));
        Assert.Equal(new[] { 10L, 20, 2, 5 }, result.Moves.Select(m => m.Count));
    }

    [Fact]
    public void A_dissolved_unit_is_reported_as_unallocated_not_lost()
    {
        var chart = ThreeToTwoLevels().Build();
        var result = chart.Rebase(new Dictionary<UnitCode, long> { [C("001")] = 50, [C("01")] = 4 }, LastOld, FirstNew);

        var left = Assert.Single(result.Unallocated);
        Assert.Equal(new UnallocatedCount(C("001"), C("001"), FirstNew, 50, UnallocatedReason.Dissolved, "001"), left);
        Assert.Equal(4, result.CountOf(C("01")));
        Assert.Equal("01 = 4: 4 from 01", result.Explain(C("01")));
        Assert.Equal(54, result.AllocatedTotal + result.UnallocatedTotal);
        Assert.StartsWith("00004 = 0", result.Explain(C("00004")), StringComparison.Ordinal);
    }

    [Fact]
    public void Rebasing_onto_the_same_date_changes_nothing()
    {
        var chart = ThreeToTwoLevels().Build();
        var counts = new Dictionary<UnitCode, long> { [C("00001")] = 3, [C("001")] = 9 };
        var result = chart.Rebase(counts, LastOld, LastOld);
        Assert.Equal(counts.OrderBy(p => p.Key).Select(p => (p.Key, p.Value)), result.Counts.Select(c => (c.Unit, c.Count)));
        Assert.Empty(result.Moves);
        Assert.Empty(result.Unallocated);
    }

    [Fact]
    public void Successions_are_followed_through_several_dates()
    {
        var chart = OrganizationChart.CreateBuilder()
            .AddUnit(Unit("A", UnitKind.Commune, null, Old, Middle.PlusDays(-1)))
            .AddUnit(Unit("B", UnitKind.Commune, null, Old, Middle.PlusDays(-1)))
            .AddUnit(Unit("C", UnitKind.Commune, null, Middle, New.PlusDays(-1)))
            .AddUnit(Unit("D", UnitKind.Ward, null, Old))
            .AddUnit(Unit("E", UnitKind.Ward, null, New))
            .AddSuccession(Succession.Merge(Middle, new[] { C("A"), C("B") }, C("C")))
            .AddSuccession(Succession.Split(New, C("C"), new[] { new SuccessorShare<UnitCode>(C("D"), 0.5m), new SuccessorShare<UnitCode>(C("E"), 0.5m) }))
            .Build();

        var result = chart.Rebase(new Dictionary<UnitCode, long> { [C("A")] = 3, [C("B")] = 5, [C("D")] = 100 }, Old, New);

        // Each origin is divided on its own: A 3 → 2 + 1, B 5 → 3 + 2.
        Assert.Equal(100 + 2 + 3, result.CountOf(C("D")));
        Assert.Equal(1 + 2, result.CountOf(C("E")));
        Assert.Equal("E = 3: 1 from A → C (merge, 2023-01-01) → E (split × 0.5, 2025-07-01) + 2 from B → C (merge, 2023-01-01) → E (split × 0.5, 2025-07-01)", result.Explain(C("E")));
        Assert.Equal(new[] { C("D"), C("E") }, chart.Successors(C("A"), Old, New));
    }

    [Fact]
    public void Bad_rebase_requests_are_rejected_with_their_rule()
    {
        var chart = ThreeToTwoLevels().Build();
        var backwards = Assert.Throws<DomainRuleException>(() => chart.Rebase(new Dictionary<UnitCode, long>(), FirstNew, LastOld));
        Assert.Equal(OrganizationRuleCodes.RebaseBackwards, backwards.RuleCode);
        Assert.Contains("2025-06-30", backwards.Message, StringComparison.Ordinal);

        var unknown = Assert.Throws<DomainRuleException>(() => chart.Rebase(new Dictionary<UnitCode, long> { [C("00004")] = 1 }, LastOld, FirstNew));
        Assert.Equal(OrganizationRuleCodes.RebaseUnknownUnit, unknown.RuleCode);
        Assert.Contains("00004", unknown.Message, StringComparison.Ordinal);

        var negative = Assert.Throws<DomainRuleException>(() => chart.Rebase(new Dictionary<UnitCode, long> { [C("00002")] = -1 }, LastOld, FirstNew));
        Assert.Equal(OrganizationRuleCodes.RebaseNegativeCount, negative.RuleCode);
        Assert.Contains("00002", negative.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ha_Noi_counts_follow_Thanh_Tri_into_its_new_communes()
    {
        var chart = HaNoiSample.Build();
        var counts = new Dictionary<UnitCode, long>();
        int i = 0;
        foreach (var (code, _, _, _) in HaNoiSample.OldCommunes)
        {
            counts.Add(new UnitCode(code), 100 + (7 * i++));
        }

        counts.Add(HaNoiSample.ThanhTri, 12);

        var result = chart.Rebase(counts, HaNoiSample.LastDayBefore, HaNoiSample.FirstDayAfter);

        Assert.Equal(result.Total, result.AllocatedTotal + result.UnallocatedTotal);
        Assert.Equal(new[] { UnallocatedReason.Dissolved, UnallocatedReason.UnweightedSplit }, result.Unallocated.Select(u => u.Reason).Order());
        Snapshot.Verify(new
        {
            result.From,
            result.To,
            result.Total,
            result.AllocatedTotal,
            result.UnallocatedTotal,
            Counts = result.Counts.Select(c => c.Explanation),
            Unallocated = result.Unallocated.Select(u => $"{u.Count} of {u.Origin} at {u.Unit} on {u.Date:uuuu-MM-dd}: {u.Reason}"),
        });
    }

    [Property]
    public bool Rebasing_conserves_the_total_on_random_charts(SuccessionShape shape)
    {
        var (chart, olds, weightedOnly) = ChartOf(shape);
        var counts = olds.Zip(shape.Olds).Where(p => p.Second.Count is not null).ToDictionary(p => p.First, p => p.Second.Count!.Value);
        var result = chart.Rebase(counts, Old, New);
        var target = chart.At(New);
        return result.Total == counts.Values.Sum()
            && result.AllocatedTotal + result.UnallocatedTotal == result.Total
            && result.Counts.All(c => target.Contains(c.Unit) && c.Sources.Sum(s => s.Count) == c.Count)
            && (!weightedOnly || result.UnallocatedTotal == 0)
            && counts.All(p => result.Counts.SelectMany(c => c.Sources).Where(s => s.Origin == p.Key).Sum(s => s.Count)
                + result.Unallocated.Where(u => u.Origin == p.Key).Sum(u => u.Count) == p.Value);
    }

    private static readonly Lazy<NationalChart> National = new(() => NationalChartGenerator.Generate(11));

    /// <summary>Counts on communes of the national chart: each cell picks a commune (modulo their number) and a count.</summary>
    private static Arbitrary<(NonNegativeInt Commune, NonNegativeInt Count)[]> CommuneCounts() =>
        Arb.From(
            Gen.Choose(0, 4_000).SelectMany(n => Gen.Zip(Gen.Choose(0, 10_034), Gen.Choose(0, 49_999), (c, k) => (NonNegativeInt.NewNonNegativeInt(c), NonNegativeInt.NewNonNegativeInt(k))).ArrayOf(n)),
            cells => DomainArbitraries.ShrinkList(cells, _ => []).Select(c => c.ToArray()));

    [Property(MaxTest = 20)]
    public Property Rebasing_the_national_chart_conserves_every_commune_count() =>
        Prop.ForAll(CommuneCounts(), cells =>
        {
            var communes = National.Value.CommunesBefore;
            var counts = new Dictionary<UnitCode, long>();
            foreach (var (commune, count) in cells)
            {
                counts[communes[commune.Get % communes.Count]] = count.Get;
            }

            var result = National.Value.Chart.Rebase(counts, NationalChartGenerator.LastDayBefore, NationalChartGenerator.FirstDayAfter);
            return result.UnallocatedTotal == 0 && result.AllocatedTotal == counts.Values.Sum();
        });

    /// <summary>Old units A0..An on <see cref="Old"/>, new units N0..Nm on <see cref="New"/>; each old unit merges, splits (weighted or not), continues or is dissolved.</summary>
    private static (OrganizationChart Chart, List<UnitCode> Olds, bool WeightedOnly) ChartOf(SuccessionShape shape)
    {
        int newCount = shape.NewCount;
        var builder = OrganizationChart.CreateBuilder();
        var olds = new List<UnitCode>();
        var intoNew = new List<UnitCode>[newCount];
        for (int n = 0; n < newCount; n++)
        {
            intoNew[n] = new List<UnitCode>();
            builder.AddUnit(Unit($"N{n}", UnitKind.Commune, null, New));
        }

        bool weightedOnly = true;
        for (int o = 0; o < shape.Olds.Count; o++)
        {
            var old = shape.Olds[o];
            var code = C($"A{o}");
            olds.Add(code);
            builder.AddUnit(Unit(code.Value, UnitKind.Commune, null, Old, old.Fate == Fate.Continues ? null : New.PlusDays(-1)));
            switch (old.Fate)
            {
                case Fate.Continues:
                    break;
                case Fate.Dissolved:
                    weightedOnly = false;
                    break;
                case Fate.UnweightedSplit:
                    weightedOnly = false;
                    builder.AddSuccession(Succession.Split(New, code, new[] { C("N0"), C("N1") }));
                    break;
                case Fate.WeightedSplit:
                    int first = old.FirstPercent;
                    int second = old.SecondPercent;
                    builder.AddSuccession(Succession.Split(New, code, new[]
                    {
                        new SuccessorShare<UnitCode>(C("N0"), first / 100m),
                        new SuccessorShare<UnitCode>(C("N1"), second / 100m),
                        new SuccessorShare<UnitCode>(C("N2"), (100 - first - second) / 100m),
                    }));
                    break;
                default:
                    intoNew[old.Target % newCount].Add(code);
                    break;
            }
        }

        for (int n = 0; n < newCount; n++)
        {
            if (intoNew[n].Count == 1)
            {
                builder.AddSuccession(Succession.Rename(New, intoNew[n][0], C($"N{n}")));
            }
            else if (intoNew[n].Count > 1)
            {
                builder.AddSuccession(Succession.Merge(New, intoNew[n], C($"N{n}")));
            }
        }

        return (builder.Build(), olds, weightedOnly);
    }
}
