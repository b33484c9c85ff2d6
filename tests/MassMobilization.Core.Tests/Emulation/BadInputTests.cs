using System;
using System.Linq;
using MassMobilization.Core.Emulation;
using MassMobilization.Core.Organization;
using Xunit;
using static MassMobilization.Core.Tests.Emulation.EmulationTestData;

namespace MassMobilization.Core.Tests.Emulation;

public sealed class BadInputTests
{
    private static DomainRuleException Refused(string code, Action action, params string[] named)
    {
        var error = Assert.Throws<DomainRuleException>(action);
        Assert.Equal(code, error.RuleCode);
        foreach (string name in named)
        {
            Assert.Contains(name, error.Message, StringComparison.Ordinal);
        }

        return error;
    }

    [Fact]
    public void A_judge_scoring_a_team_twice_is_refused()
    {
        Refused("EMU-DUPLICATE-SHEET", () => Round(ScoringMethod.Mean).Judge(new[] { Team("T1") }, Single(("J2", "T1", 80m), ("J2", "T1", 81m))), "'J2'", "'T1'", "'Vòng thử'");
    }

    [Fact]
    public void A_score_above_the_section_maximum_is_refused()
    {
        var sections = new[] { new ScoreSection("A", "Kiến thức", 40m) };
        Refused("EMU-SCORE-ABOVE-MAXIMUM", () => Round(ScoringMethod.Mean, sections).Judge(new[] { Team("T1") }, new[] { Sheet("J3", "T1", ("A", 40.5m)) }), "'J3'", "'T1'", "'A'", "'Vòng thử'", "40.5", "maximum of 40");
        Refused("EMU-SCORE-NEGATIVE", () => Round(ScoringMethod.Mean, sections).Judge(new[] { Team("T1") }, new[] { Sheet("J1", "T1", ("A", -1m)) }), "'J1'", "'T1'");
    }

    [Fact]
    public void A_round_with_no_teams_is_refused()
    {
        Refused("EMU-ROUND-WITHOUT-TEAMS", () => Round(ScoringMethod.Mean).Judge(Array.Empty<Team>(), Array.Empty<JudgeScoreSheet>()), "'Vòng thử'");
    }

    [Fact]
    public void Advancing_more_teams_than_exist_is_refused()
    {
        var round = Round(ScoringMethod.Mean, advancement: AdvancementRule.TopOverall(3));
        Refused("EMU-ADVANCE-MORE-THAN-TEAMS", () => round.Judge(new[] { Team("T1"), Team("T2") }, Single(("J1", "T1", 80m), ("J1", "T2", 70m))), "'Vòng thử'", "top 3", "only 2");
    }

    [Fact]
    public void A_trimmed_mean_on_a_panel_too_small_is_refused()
    {
        Refused("EMU-PANEL-TOO-SMALL", () => Round(ScoringMethod.TrimmedMean(2), judges: 4), "'Vòng thử'", "panel of 4", "at least 5");
        var round = Round(ScoringMethod.TrimmedMean(1), judges: 3);
        Refused("EMU-PANEL-TOO-SMALL", () => round.Judge(new[] { Team("T1") }, Single(("J1", "T1", 80m), ("J2", "T1", 70m))), "'T1'", "'Vòng thử'", "2 judge(s)");
    }

    [Fact]
    public void A_team_from_outside_the_contest_area_is_refused()
    {
        var contest = new Contest("Hội thi", new[] { UnitA }, new[] { Round(ScoringMethod.Mean) });
        Refused("EMU-TEAM-OUTSIDE-AREA", () => contest.JudgeRound(0, new[] { Team("T1"), Team("T9", UnitB) }, Single(("J1", "T1", 80m))), "'T9'", "00646", "'Vòng thử'");
    }

    [Fact]
    public void Sheets_that_do_not_fit_the_round_are_refused()
    {
        var sections = new[] { new ScoreSection("A", "Kiến thức", 40m), new ScoreSection("C", "Tình huống", 40m) };
        var round = Round(ScoringMethod.Mean, sections);
        var teams = new[] { Team("T1") };
        Refused("EMU-MISSING-SECTION", () => round.Judge(teams, new[] { Sheet("J1", "T1", ("A", 30m)) }), "'J1'", "'T1'", "'C'");
        Refused("EMU-UNKNOWN-SECTION", () => round.Judge(teams, new[] { Sheet("J1", "T1", ("A", 30m), ("B", 1m), ("C", 3m)) }), "'B'");
        Refused("EMU-UNKNOWN-JUDGE", () => round.Judge(teams, new[] { Sheet("J9", "T1", ("A", 30m), ("C", 3m)) }), "'J9'", "'T1'");
        Refused("EMU-UNKNOWN-TEAM", () => round.Judge(teams, new[] { Sheet("J1", "T7", ("A", 30m), ("C", 3m)) }), "'T7'");
        Refused("EMU-TEAM-NOT-SCORED", () => round.Judge(new[] { Team("T1"), Team("T2") }, new[] { Sheet("J1", "T1", ("A", 30m), ("C", 3m)) }), "'T2'");
        Refused("EMU-DUPLICATE-TEAM", () => round.Judge(new[] { Team("T1"), Team("T1") }, Array.Empty<JudgeScoreSheet>()), "'T1'");
    }

    [Fact]
    public void Configuration_mistakes_are_argument_errors()
    {
        Assert.Throws<ArgumentException>(() => Round(ScoringMethod.Mean, tieBreaks: new[] { TieBreak.SectionScore("Z") }));
        Assert.Throws<ArgumentException>(() => Round(ScoringMethod.Mean, new[] { new ScoreSection("A", "x", 1m), new ScoreSection("A", "y", 1m) }));
        Assert.Throws<ArgumentException>(() => new Contest("Hội thi", new[] { UnitA }, new[] { Round(ScoringMethod.Mean, name: "R1"), Round(ScoringMethod.Mean, name: "R2") }));
        Assert.Throws<ArgumentException>(() => new JudgePanel(new[] { "J1", "J1" }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Team("X", members: 2, women: 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => ScoringMethod.TrimmedMean(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => AdvancementRule.TopOverall(0));
        Assert.Throws<ArgumentException>(() => new Team("X", "x", default(UnitCode)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScoreSection("A", "x", 0m));
        _ = Enumerable.Empty<int>();
    }
}
