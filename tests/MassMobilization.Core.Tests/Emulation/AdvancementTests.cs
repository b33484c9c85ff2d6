using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MassMobilization.Core.Emulation;
using MassMobilization.Core.Organization;
using Xunit;
using static MassMobilization.Core.Tests.Emulation.EmulationTestData;

namespace MassMobilization.Core.Tests.Emulation;

public sealed class AdvancementTests
{
    private static readonly UnitCode UnitC = new("00649");

    /// <summary>Two units: A has T1 90, T2 85, T3 60; B has T4 88, T5 70; C has T6 50.</summary>
    private static RoundResult Judge(AdvancementRule rule)
    {
        var round = Round(ScoringMethod.Mean, judges: 1, advancement: rule);
        var teams = new[] { Team("T1"), Team("T2"), Team("T3"), Team("T4", UnitB), Team("T5", UnitB), Team("T6", UnitC) };
        return round.Judge(teams, Single(("J1", "T1", 90m), ("J1", "T2", 85m), ("J1", "T3", 60m), ("J1", "T4", 88m), ("J1", "T5", 70m), ("J1", "T6", 50m)));
    }

    private static string[] Advancing(RoundResult result) => result.AdvancingTeams.Select(t => t.Id).ToArray();

    [Fact]
    public void Top_overall()
    {
        var result = Judge(AdvancementRule.TopOverall(2));
        Assert.Equal(new[] { "T1", "T4" }, Advancing(result));
        var t2 = result.Advancement!.Decisions.Single(d => d.Team.Id == "T2");
        Assert.Equal(AdvancementOutcome.Eliminated, t2.Outcome);
        Assert.Equal(0, t2.DecidingStep);
        Assert.Contains("place 3 overall, behind 'T4'; only the top 2 overall advance", t2.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Best_of_each_unit_and_top_per_unit()
    {
        Assert.Equal(new[] { "T1", "T4", "T6" }, Advancing(Judge(AdvancementRule.BestOfEachUnit())));
        var result = Judge(AdvancementRule.TopPerUnit(2));
        Assert.Equal(new[] { "T1", "T4", "T2", "T5", "T6" }, Advancing(result));
        Assert.Contains("place 3 in unit 00643", result.Advancement!.Decisions.Single(d => d.Team.Id == "T3").Reason, StringComparison.Ordinal);
        Assert.Contains("place 1 in unit 00649", result.Advancement.Decisions.Single(d => d.Team.Id == "T6").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Minimum_score_and_combinations()
    {
        Assert.Equal(new[] { "T1", "T4", "T2", "T5" }, Advancing(Judge(AdvancementRule.MinimumScore(70m))));
        var combined = Judge(AdvancementRule.MinimumScore(70m).Then(AdvancementRule.BestOfEachUnit()).Then(AdvancementRule.TopOverall(1)));
        Assert.Equal(new[] { "T1" }, Advancing(combined));
        var decisions = combined.Advancement!.Decisions.ToDictionary(d => d.Team.Id);
        Assert.Equal(0, decisions["T6"].DecidingStep);
        Assert.Contains("score 50.00 is below the minimum 70", decisions["T6"].Reason, StringComparison.Ordinal);
        Assert.Equal(1, decisions["T2"].DecidingStep);
        Assert.Equal(2, decisions["T4"].DecidingStep);
        Assert.Contains("score 90.00 ≥ 70; place 1 in unit 00643; place 1 overall", decisions["T1"].Reason, StringComparison.Ordinal);
        Assert.Equal("a score of at least 70, then the best team of each unit, then the top 1 overall", combined.Advancement.Rule.ToString());
    }

    [Fact]
    public void A_tie_across_the_cut_never_selects_more_than_allowed()
    {
        var round = Round(ScoringMethod.Mean, judges: 1, advancement: AdvancementRule.TopOverall(2));
        var result = round.Judge(new[] { Team("T1"), Team("T2"), Team("T3"), Team("T4") }, Single(("J1", "T1", 90m), ("J1", "T2", 80m), ("J1", "T3", 80m), ("J1", "T4", 70m)));
        Assert.Equal(new[] { "T1" }, Advancing(result));
        var tied = result.Advancement!.Decisions.Where(d => d.Outcome == AdvancementOutcome.TiedAtCut).Select(d => d.Team.Id);
        Assert.Equal(new[] { "T2", "T3" }, tied);
        Assert.Contains("organisers must decide", result.Advancement.Decisions[1].Reason, StringComparison.Ordinal);
    }

    [Property]
    public Property Advancement_never_selects_more_than_allowed()
    {
        var gen =
            from scores in Gen.Choose(0, 6).ArrayOf().Where(a => a.Length > 0)
            from kind in Gen.Choose(0, 2)
            from n in Gen.Choose(1, 4)
            select (scores, kind, n);
        return Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var (scores, kind, n) = input;
            n = Math.Min(n, scores.Length);
            var rule = kind switch
            {
                0 => AdvancementRule.TopOverall(n),
                1 => AdvancementRule.TopPerUnit(n),
                _ => AdvancementRule.MinimumScore(n),
            };
            var teams = scores.Select((s, i) => Team("T" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture), new UnitCode("U" + (i % 3)))).ToArray();
            var sheets = Single(scores.Select((s, i) => ("J1", teams[i].Id, (decimal)s)).ToArray());
            var result = Round(ScoringMethod.Mean, judges: 1, advancement: rule).Judge(teams, sheets);
            var advancing = result.AdvancingTeams;
            bool everyTeamDecided = result.Advancement!.Decisions.Count == teams.Length;
            bool withinLimit = kind switch
            {
                0 => advancing.Count <= n,
                1 => advancing.GroupBy(t => t.Unit).All(g => g.Count() <= n),
                _ => result.Scores.Where(s => advancing.Contains(s.Team)).All(s => s.Score >= n),
            };
            bool reasonsGiven = result.Advancement.Decisions.All(d => d.Reason.Length > 0);
            return everyTeamDecided && withinLimit && reasonsGiven;
        });
    }
}
