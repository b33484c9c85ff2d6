using System;
using MassMobilization.Core.Emulation;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Ranking;
using Xunit;

namespace MassMobilization.Core.Tests.Emulation;

public sealed class ClusterStandingTests
{
    private static ClusterMemberScore Member(string code, string name, decimal score, ClusterScoreSource source = ClusterScoreSource.EvaluationScore) =>
        new(new UnitCode(code), name, score, source);

    [Fact]
    public void The_leading_unit_is_picked_with_the_reason()
    {
        var standing = new ClusterStandingRule().Compare("Cụm thi đua số 3", 2025, new[]
        {
            Member("00646", "Xã Thanh Liệt", 93.5m), Member("00643", "Xã Tân Triều", 96.5m), Member("00649", "Xã Tả Thanh Oai", 95m),
        });
        Assert.Equal("00643", standing.Leader!.Unit.Value);
        Assert.Equal(new[] { "00643", "00649", "00646" }, System.Linq.Enumerable.Select(standing.Ranking, r => r.Item.Unit.Value));
        Assert.Equal("'Xã Tân Triều' (00643) leads cluster 'Cụm thi đua số 3' in 2025 with evaluation score 96.5; the runner-up 'Xã Tả Thanh Oai' is behind on Score (96.5 vs 95).", standing.Reason);
    }

    [Fact]
    public void A_tie_at_the_top_is_broken_by_the_declared_chain_or_leaves_no_leader()
    {
        var members = new[] { Member("00646", "Xã Thanh Liệt", 96.5m), Member("00643", "Xã Tân Triều", 96.5m) };
        var tied = new ClusterStandingRule().Compare("Cụm 3", 2025, members);
        Assert.Null(tied.Leader);
        Assert.Contains("tied on every criterion", tied.Reason, StringComparison.Ordinal);
        var preferThanhLiet = RankingCriterion.PreferWhen<ClusterMemberScore>("Host of the cluster", m => m.Unit.Value == "00646");
        var broken = new ClusterStandingRule(tieBreaks: new[] { preferThanhLiet }).Compare("Cụm 3", 2025, members);
        Assert.Equal("00646", broken.Leader!.Unit.Value);
        Assert.Contains("behind on Host of the cluster (yes vs no)", broken.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_leader_must_reach_the_minimum()
    {
        var standing = new ClusterStandingRule(85m).Compare("Cụm 3", 2025, new[] { Member("00643", "Xã Tân Triều", 84m), Member("00646", "Xã Thanh Liệt", 80m) });
        Assert.Null(standing.Leader);
        Assert.Contains("below the minimum 85", standing.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Contest_results_can_be_compared_too_but_not_mixed()
    {
        var standing = new ClusterStandingRule().Compare("Khối 1", 2024, new[] { Member("00643", "Xã Tân Triều", 88.4m, ClusterScoreSource.ContestResult) });
        Assert.Contains("as its only member, with contest result 88.4", standing.Reason, StringComparison.Ordinal);
        var mixed = Assert.Throws<DomainRuleException>(() => new ClusterStandingRule().Compare("Khối 1", 2024, new[] { Member("00643", "A", 1m), Member("00646", "B", 2m, ClusterScoreSource.ContestResult) }));
        Assert.Equal("EMU-MIXED-SCORE-SOURCES", mixed.RuleCode);
        Assert.Equal("EMU-DUPLICATE-CLUSTER-MEMBER", Assert.Throws<DomainRuleException>(() => new ClusterStandingRule().Compare("Khối 1", 2024, new[] { Member("00643", "A", 1m), Member("00643", "A", 1m) })).RuleCode);
        Assert.Equal("EMU-EMPTY-CLUSTER", Assert.Throws<DomainRuleException>(() => new ClusterStandingRule().Compare("Khối 1", 2024, Array.Empty<ClusterMemberScore>())).RuleCode);
    }
}
