using System.Linq;
using MassMobilization.Core.Emulation;
using MassMobilization.Core.Tests.Infrastructure;
using MassMobilization.Samples.Generators;
using Xunit;

namespace MassMobilization.Core.Tests.Emulation;

/// <summary>"93 teams took part in the grassroots contest; 16 teams, one for each of the 16 communes and towns, went on to the district round" (Thanh Trì, H1 2024).</summary>
public sealed class ThanhTriContestTests
{
    private static (RoundResult Grassroots, RoundResult District) Run()
    {
        var contest = ContestDataGenerator.ThanhTriContest();
        var teams = ContestDataGenerator.ThanhTriTeams();
        var grassroots = contest.JudgeRound(0, teams, ContestDataGenerator.Sheets(contest.Rounds[0], teams, 93));
        var district = contest.JudgeNextRound(grassroots, ContestDataGenerator.Sheets(contest.Rounds[1], grassroots.AdvancingTeams, 16));
        return (grassroots, district);
    }

    [Fact]
    public void Ninety_three_teams_send_one_per_commune_to_the_district_round()
    {
        var (grassroots, district) = Run();
        Assert.Equal(93, grassroots.Scores.Count);
        Assert.Equal(16, grassroots.AdvancingTeams.Count);
        Assert.Equal(16, grassroots.AdvancingTeams.Select(t => t.Unit).Distinct().Count());
        Assert.Equal(16, district.Ranking.Count);
        Assert.Null(district.Advancement);
        foreach (var team in grassroots.AdvancingTeams)
        {
            decimal best = grassroots.Scores.Where(s => s.Team.Unit == team.Unit).Max(s => s.Score);
            Assert.Equal(best, grassroots.Scores.Single(s => s.Team == team).Score);
        }
    }

    [Fact]
    public void Thanh_Tri_contest()
    {
        var (grassroots, district) = Run();
        Snapshot.Verify(new
        {
            Grassroots = new
            {
                grassroots.Round.Name,
                Method = grassroots.Round.Method.ToString(),
                Teams = grassroots.Scores.Count,
                Advancement = grassroots.Advancement!.Decisions.Select(d => new { d.Team.Id, d.Rank, d.Score, d.Outcome, d.Reason }),
            },
            District = new
            {
                district.Round.Name,
                Method = district.Round.Method.ToString(),
                Ranking = district.Ranking.Select(r => new { r.Rank, r.Item.Team.Id, Unit = r.Item.Team.Unit.Value, r.Item.Score, r.DecidedBy, r.Explanation, Scoring = r.Item.Explanation }),
            },
        });
    }
}
