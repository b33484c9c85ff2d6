using System;
using System.Linq;
using MassMobilization.Core.Organization;
using MassMobilization.Samples.Generators;
using Xunit;
using static MassMobilization.Core.Tests.Organization.ChartTestData;

namespace MassMobilization.Core.Tests.Organization;

public sealed class EmulationClusterTests
{
    private static EmulationCluster Cluster(params ClusterLeadership[] leaderships) =>
        new("cum-5", "Cụm thi đua số 5", "Emulation cluster 5", EmulationClusterKind.Territorial, new[] { C("01"), C("31"), C("22"), C("27") }, leaderships);

    [Fact]
    public void Rotation_makes_the_deputy_head_and_the_next_member_deputy()
    {
        var cluster = Cluster(new ClusterLeadership(2023, C("01"), C("31")));

        var next = cluster.Rotate(2024).Rotate(2025).Rotate(2026).Rotate(2027);

        Assert.Equal(new[] { "01/31", "31/22", "22/27", "27/01", "01/31" }, next.Leaderships.Select(l => $"{l.Head}/{l.Deputy}"));
        Assert.Single(cluster.Leaderships);
        Assert.Equal(C("22"), next.LeadershipFor(2025).Head);
        Assert.False(next.TryGetLeadership(2030, out _));
    }

    [Fact]
    public void Cluster_rules_are_checked_with_their_codes()
    {
        static string Rule(Action action) => Assert.Throws<DomainRuleException>(action).RuleCode;
        Assert.Equal(OrganizationRuleCodes.ClusterTooSmall, Rule(() => _ = new EmulationCluster("k", "Khối 1", "Bloc 1", EmulationClusterKind.Sectoral, new[] { C("01") }, Array.Empty<ClusterLeadership>())));
        Assert.Equal(OrganizationRuleCodes.ClusterDuplicateMember, Rule(() => _ = new EmulationCluster("k", "Khối 1", "Bloc 1", EmulationClusterKind.Sectoral, new[] { C("01"), C("01") }, Array.Empty<ClusterLeadership>())));
        Assert.Equal(OrganizationRuleCodes.ClusterLeaderNotMember, Rule(() => Cluster(new ClusterLeadership(2024, C("01"), C("99")))));
        Assert.Equal(OrganizationRuleCodes.ClusterYearTaken, Rule(() => Cluster(new ClusterLeadership(2024, C("01"), C("31")), new ClusterLeadership(2024, C("31"), C("22")))));
        Assert.Equal(OrganizationRuleCodes.ClusterHeadIsDeputy, Rule(() => _ = new ClusterLeadership(2024, C("01"), C("01"))));
        Assert.Equal(OrganizationRuleCodes.ClusterNoLeadership, Rule(() => Cluster().Rotate(2024)));
        Assert.Equal(OrganizationRuleCodes.ClusterYearTaken, Rule(() => Cluster(new ClusterLeadership(2023, C("01"), C("31")), new ClusterLeadership(2024, C("22"), C("27"))).Rotate(2024)));
        var message = Assert.Throws<DomainRuleException>(() => Cluster(new ClusterLeadership(2024, C("01"), C("99")))).Message;
        Assert.Contains("99", message, StringComparison.Ordinal);
        Assert.Contains("2024", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Members_merged_away_are_listed_as_not_in_force()
    {
        var national = NationalChartGenerator.Generate(3);
        var cluster = new EmulationCluster("cum-1", "Cụm thi đua số 1", "Emulation cluster 1", EmulationClusterKind.Territorial, new[] { C("01"), C("26"), C("25") }, Array.Empty<ClusterLeadership>());
        Assert.Empty(cluster.MembersNotInForce(national.Chart, NationalChartGenerator.LastDayBefore));
        Assert.Equal(new[] { C("26") }, cluster.MembersNotInForce(national.Chart, NationalChartGenerator.FirstDayAfter));
    }
}
