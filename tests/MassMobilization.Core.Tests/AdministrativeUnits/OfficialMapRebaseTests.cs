using System;
using System.Collections.Generic;
using System.Linq;
using MassMobilization.Core.AdministrativeUnits;
using MassMobilization.Core.Organization;
using Xunit;

namespace MassMobilization.Core.Tests.AdministrativeUnits;

public sealed class OfficialMapRebaseTests
{
    private static readonly OfficialMap Map = OfficialMap.Instance;

    /// <summary>A figure per old commune: its ordinal times 7 plus 3, so every commune counts and no two are alike.</summary>
    private static Dictionary<UnitCode, long> FiguresPerOldCommune() =>
        Map.Chart.At(Map.LastDayBeforeReform).UnitsOfTier(UnitTier.Commune)
            .Select((commune, i) => (commune.Code, Count: (i * 7L) + 3))
            .ToDictionary(x => x.Code, x => x.Count);

    [Fact]
    public void Rebasing_without_weights_conserves_the_total_and_shows_every_divided_commune_as_unallocated()
    {
        var figures = FiguresPerOldCommune();
        var result = Map.Rebase(figures);
        Assert.Equal(figures.Values.Sum(), result.Total);
        Assert.Equal(result.Total, result.AllocatedTotal + result.UnallocatedTotal);
        Assert.Equal(Map.DividedCommunes, result.Unallocated.Select(u => u.Origin).OrderBy(c => c));
        Assert.All(result.Unallocated, u => Assert.Equal(UnallocatedReason.UnweightedSplit, u.Reason));
        Assert.Equal(Map.DividedCommunes.Sum(c => figures[c]), result.UnallocatedTotal);

        // Phường Hồng Hà (00097) takes Phúc Xá (00001) whole, among others.
        long expected = Map.PredecessorsOf(new UnitCode("00097"), Map.ReformDate).Where(l => l.IsWhole).Sum(l => figures[l.Predecessor.Code]);
        Assert.Equal(expected, result.CountOf(new UnitCode("00097")));
    }

    [Fact]
    public void The_fast_rebase_agrees_with_the_core_rebase_and_lists_candidates()
    {
        var figures = FiguresPerOldCommune();
        var rebaser = Map.CreateRebaser();
        var codes = figures.Keys.Concat(figures.Keys).ToArray();
        var values = figures.Values.Concat(figures.Values).ToArray();
        var fast = rebaser.Rebase(codes, values);
        var core = rebaser.Rebase(figures.ToDictionary(f => f.Key, f => f.Value * 2));
        Assert.Equal(core.Total, fast.Total);
        Assert.Equal(core.UnallocatedTotal, fast.UnallocatedTotal);
        Assert.All(fast.Communes.Select((c, i) => (c, i)), x => Assert.Equal(core.CountOf(x.c.Code), fast.Counts[x.i]));
        Assert.Equal(460, fast.Unallocated.Count);
        var coVi = fast.Unallocated.Single(u => u.Commune.Code.Value == "00007");
        Assert.Equal(figures[new UnitCode("00007")] * 2, coVi.Count);
        Assert.Equal(["00008", "00025"], coVi.Candidates.Select(c => c.Code.Value));
        Assert.Equal(Map.SuccessorsOf(new UnitCode("00007"), Map.LastDayBeforeReform).Select(l => l.Successor), coVi.Candidates);
    }

    [Fact]
    public void Rebasing_with_the_apps_weights_conserves_everything()
    {
        var figures = FiguresPerOldCommune();
        var weights = new Dictionary<(UnitCode Old, UnitCode New), decimal>();
        int n = 0;
        foreach (var link in Map.Links.Where(l => !l.IsWhole))
        {
            weights[(link.Predecessor.Code, link.Successor.Code)] = 1000 + (n++ % 7 * 311);
        }

        var rebaser = Map.CreateRebaser(weights);
        var core = rebaser.Rebase(figures);
        Assert.Empty(core.Unallocated);
        Assert.Equal(figures.Values.Sum(), core.AllocatedTotal);
        Assert.Equal(core.Total, core.Counts.Sum(c => c.Count));

        var fast = rebaser.Rebase(figures.Keys.ToArray(), figures.Values.ToArray());
        Assert.Empty(fast.Unallocated);
        Assert.Equal(fast.Total, fast.Counts.Sum());
        Assert.All(fast.Communes.Select((c, i) => (c, i)), x => Assert.Equal(core.CountOf(x.c.Code), fast.Counts[x.i]));
    }

    [Fact]
    public void Weights_divide_a_commune_in_proportion_and_a_zero_weight_gives_nothing()
    {
        var coVi = new UnitCode("00007");
        var ngocHa = new UnitCode("00008");
        var giangVo = new UnitCode("00025");
        var rebaser = Map.CreateRebaser(new Dictionary<(UnitCode Old, UnitCode New), decimal> { [(coVi, ngocHa)] = 1, [(coVi, giangVo)] = 3 });
        var result = rebaser.Rebase([coVi], [100L]);
        Assert.Equal((25L, 75L), (result.CountOf(ngocHa), result.CountOf(giangVo)));
        Assert.Contains("split", rebaser.Rebase(new Dictionary<UnitCode, long> { [coVi] = 100 }).Explain(giangVo), StringComparison.Ordinal);

        var whole = Map.CreateRebaser(new Dictionary<(UnitCode Old, UnitCode New), decimal> { [(coVi, ngocHa)] = 0, [(coVi, giangVo)] = 5 });
        Assert.Equal((0L, 100L), (whole.Rebase([coVi], [100L]).CountOf(ngocHa), whole.Rebase(new Dictionary<UnitCode, long> { [coVi] = 100 }).CountOf(giangVo)));
    }

    [Fact]
    public void Bad_weights_and_bad_records_are_rejected()
    {
        var coVi = new UnitCode("00007");
        Assert.Throws<ArgumentException>(() => Map.CreateRebaser(new Dictionary<(UnitCode Old, UnitCode New), decimal> { [(coVi, new UnitCode("00008"))] = 1 }));
        Assert.Throws<ArgumentException>(() => Map.CreateRebaser(new Dictionary<(UnitCode Old, UnitCode New), decimal> { [(coVi, new UnitCode("00097"))] = 1 }));
        Assert.Throws<ArgumentException>(() => Map.CreateRebaser(new Dictionary<(UnitCode Old, UnitCode New), decimal> { [(coVi, new UnitCode("00008"))] = -1, [(coVi, new UnitCode("00025"))] = 2 }));
        var rebaser = Map.CreateRebaser();
        Assert.Equal(OfficialMapRules.RebaseUnknownCommune, Assert.Throws<DomainRuleException>(() => rebaser.Rebase([new UnitCode("001")], [1L])).RuleCode);
        Assert.Equal(OfficialMapRules.RebaseUnknownCommune, Assert.Throws<DomainRuleException>(() => rebaser.Rebase([new UnitCode("26732")], [1L])).RuleCode);
        Assert.Equal(OfficialMapRules.RebaseNegativeValue, Assert.Throws<DomainRuleException>(() => rebaser.Rebase([coVi], [-1L])).RuleCode);
        Assert.Throws<ArgumentException>(() => rebaser.Rebase([coVi], []));
    }
}
