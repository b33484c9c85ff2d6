using System.Linq;
using MassMobilization.Core.Evaluation;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Ranking;
using Xunit;
using static MassMobilization.Core.Tests.Evaluation.EvaluationFixtures;

namespace MassMobilization.Core.Tests.Evaluation;

public sealed class ClusterRankingTests
{
    private static ScoreCard Card(string unit, ScoreSheet sheet) => Preset.Score(new ScoreSheet(Preset, new UnitCode(unit), null, sheet.SelfAssessment, sheet.Review, sheet.Bonuses, sheet.Penalties, sheet.ReportedFailConditions, sheet.Disciplines));

    [Fact]
    public void Higher_final_score_ranks_first_and_ties_go_down_the_chain()
    {
        var a = Card("A", Sheet(WithTotal(92m)));
        var b = Card("B", Sheet(WithTotal(91m), bonuses: [Exemplar(1m)]));
        var c = Card("C", Sheet(WithTotal(92m), fails: [RubricPresets.CanTho2025Fails.Corruption]));
        var d = Card("D", Sheet(WithTotal(93m)));
        var e = Card("E", Sheet(WithTotal(92m)));
        var ranking = ClusterRanking.Rank([c, b, e, a, d]);
        Assert.Equal(new[] { "D", "A", "E", "B", "C" }, ranking.Select(r => r.Item.Unit.Value).ToArray());
        Assert.Equal(new[] { 1, 2, 2, 4, 5 }, ranking.Select(r => r.Rank).ToArray());
        Assert.Equal(new[] { null, "Final score", null, "Base score before bonus and penalty", "Grade" }, ranking.Select(r => r.DecidedBy).ToArray());
        Assert.Equal(new[] { 1, 2, 2, 3, 4 }, ClusterRanking.Rank([c, b, e, a, d], ClusterRanking.DefaultRule(Preset, RankingStyle.Dense)).Select(r => r.Rank).ToArray());
    }

    [Fact]
    public void Section_points_break_ties_of_equal_base_scores()
    {
        var moreInA = Full().Select(s => s.CriterionId == "B7" ? new CriterionScore("B7", 4m) : s).ToArray();
        var moreInB = Full().Select(s => s.CriterionId == "A4" ? new CriterionScore("A4", 1m) : s).ToArray();
        var ranking = ClusterRanking.Rank([Card("X", Sheet(moreInA)), Card("Y", Sheet(moreInB))]);
        Assert.Equal(new[] { "X", "Y" }, ranking.Select(r => r.Item.Unit.Value).ToArray());
        Assert.Equal("Section A points", ranking[1].DecidedBy);
    }

    [Fact]
    public void Mixed_rubrics_and_duplicate_units_are_refused()
    {
        var other = new Rubric("OTHER", "Other", "x", null, 100m, Preset.Sections, Preset.Bonus, Preset.Penalty, Preset.Bands, Preset.FailConditions, Preset.DisciplineCaps);
        var foreign = other.Score(new ScoreSheet(other, new UnitCode("Z"), null, Full(other)));
        var error = Assert.Throws<DomainRuleException>(() => ClusterRanking.Rank([Card("A", Sheet(Full())), foreign]));
        Assert.Equal("EVAL-RANKING-MIXED-RUBRICS", error.RuleCode);
        error = Assert.Throws<DomainRuleException>(() => ClusterRanking.Rank([Card("A", Sheet(Full())), Card("A", Sheet(Full()))]));
        Assert.Equal("RANK-DUPLICATE-IDENTITY", error.RuleCode);
        Assert.Empty(ClusterRanking.Rank([]));
    }
}
