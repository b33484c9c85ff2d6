using System.Linq;
using MassMobilization.Core.Emulation;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Tests.Infrastructure;
using MassMobilization.Samples.Generators;
using Xunit;

namespace MassMobilization.Core.Tests.Emulation;

/// <summary>Cluster standings over an <see cref="EmulationCluster"/> of the organisation chart, from evaluation scores or contest results.</summary>
public sealed class ClusterFromOrganizationTests
{
    private static readonly UnitCode TanTrieu = new("00643");
    private static readonly UnitCode ThanhLiet = new("00646");
    private static readonly UnitCode TaThanhOai = new("00649");

    private static EmulationCluster Cluster() =>
        new("cum-3", "Cụm thi đua số 3", "Emulation cluster 3", EmulationClusterKind.Territorial, new[] { TanTrieu, ThanhLiet, TaThanhOai }, new[] { new ClusterLeadership(2025, ThanhLiet, TanTrieu) });

    private static string NameOf(UnitCode unit) => ContestDataGenerator.ThanhTriCommunes.Single(c => c.Code == unit).Name;

    private static ClusterMemberScore Member(UnitCode unit, decimal score) => new(unit, NameOf(unit), score, ClusterScoreSource.EvaluationScore);

    [Fact]
    public void A_cluster_of_the_chart_is_compared_by_its_members()
    {
        var standing = new ClusterStandingRule().Compare(Cluster(), 2025, new[] { Member(ThanhLiet, 93.5m), Member(TaThanhOai, 95m), Member(TanTrieu, 96.5m) });
        Assert.Equal("Cụm thi đua số 3", standing.Cluster);
        Assert.Equal(TanTrieu, standing.Leader!.Unit);
        Assert.StartsWith("'" + NameOf(TanTrieu) + "' (00643) leads cluster 'Cụm thi đua số 3' in 2025", standing.Reason, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Only_members_are_scored_and_every_member_is_scored()
    {
        var rule = new ClusterStandingRule();
        var outsider = Assert.Throws<DomainRuleException>(() => rule.Compare(Cluster(), 2025, new[] { Member(ThanhLiet, 90m), Member(TaThanhOai, 91m), Member(TanTrieu, 92m), Member(new UnitCode("00652"), 99m) }));
        Assert.Equal("EMU-NOT-CLUSTER-MEMBER", outsider.RuleCode);
        Assert.Contains("00652", outsider.Message, System.StringComparison.Ordinal);
        var missing = Assert.Throws<DomainRuleException>(() => rule.Compare(Cluster(), 2025, new[] { Member(ThanhLiet, 90m), Member(TanTrieu, 92m) }));
        Assert.Equal("EMU-CLUSTER-MEMBER-NOT-SCORED", missing.RuleCode);
        Assert.Contains("00649", missing.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Contest_results_give_each_member_its_best_team()
    {
        var contest = ContestDataGenerator.ThanhTriContest();
        var teams = ContestDataGenerator.ThanhTriTeams();
        var grassroots = contest.JudgeRound(0, teams, ContestDataGenerator.Sheets(contest.Rounds[0], teams, 93));
        var scores = ClusterMemberScore.FromRound(grassroots, Cluster(), NameOf);
        Assert.Equal(new[] { TanTrieu, ThanhLiet, TaThanhOai }, scores.Select(s => s.Unit));
        foreach (var score in scores)
        {
            Assert.Equal(ClusterScoreSource.ContestResult, score.Source);
            Assert.Equal(grassroots.Scores.Where(s => s.Team.Unit == score.Unit).Max(s => s.Score), score.Score);
        }

        var standing = new ClusterStandingRule().Compare(Cluster(), 2024, scores);
        Snapshot.Verify(new
        {
            standing.Cluster,
            standing.Year,
            standing.Source,
            Leader = standing.Leader?.Unit.Value,
            standing.Reason,
            Ranking = standing.Ranking.Select(r => new { r.Rank, Unit = r.Item.Unit.Value, r.Item.Name, r.Item.Score, r.Explanation }),
        });
    }
}
