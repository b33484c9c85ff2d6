using System;
using System.Linq;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Evaluation;
using MassMobilization.Core.Mobilization;
using MassMobilization.Core.Organization;
using Xunit;
using static MassMobilization.Core.Tests.Evaluation.EvaluationFixtures;

namespace MassMobilization.Core.Tests.Evaluation;

public sealed class ScoreSheetTests
{
    private static string RuleOf(Action action) => Assert.Throws<DomainRuleException>(action).RuleCode;

    [Fact]
    public void Unknown_criterion_is_an_error()
    {
        var scores = Full().Append(new CriterionScore("Z9", 1m));
        Assert.Equal("EVAL-UNKNOWN-CRITERION", RuleOf(() => Sheet(scores)));
    }

    [Fact]
    public void A_criterion_with_sub_criteria_is_scored_through_them_only()
    {
        var scores = Full().Where(s => !s.CriterionId.StartsWith("B1.", StringComparison.Ordinal)).Append(new CriterionScore("B1", 15m));
        Assert.Equal("EVAL-UNKNOWN-CRITERION", RuleOf(() => Sheet(scores)));
    }

    [Fact]
    public void Duplicate_criterion_is_an_error()
    {
        var scores = Full().Append(new CriterionScore("A1", 1m));
        var error = Assert.Throws<DomainRuleException>(() => Sheet(scores));
        Assert.Equal("EVAL-DUPLICATE-CRITERION", error.RuleCode);
        Assert.Contains("'A1'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_criterion_is_an_error_in_either_assessment()
    {
        var scores = Full().Where(s => s.CriterionId != "B7").ToArray();
        Assert.Equal("EVAL-MISSING-CRITERION", RuleOf(() => Sheet(scores)));
        Assert.Equal("EVAL-MISSING-CRITERION", RuleOf(() => Sheet(Full(), scores)));
    }

    [Theory]
    [InlineData("A1", 3.01)]
    [InlineData("B3", 16)]
    [InlineData("A1", -0.01)]
    [InlineData("B2.1", -1)]
    public void Points_out_of_range_are_an_error(string criterion, double points)
    {
        var scores = Full().Select(s => s.CriterionId == criterion ? new CriterionScore(criterion, (decimal)points) : s);
        var error = Assert.Throws<DomainRuleException>(() => Sheet(scores));
        Assert.Equal("EVAL-SCORE-OUT-OF-RANGE", error.RuleCode);
        Assert.Contains(criterion, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Points_at_the_bounds_are_accepted()
    {
        var zeros = Preset.ScoredCriteria.Select(c => new CriterionScore(c.Id, 0m)).ToArray();
        var card = Preset.Score(Sheet(zeros, Full()));
        Assert.Equal(100m, card.FinalScore);
        Assert.Equal(0m, card.SelfAssessedBaseScore);
    }

    [Fact]
    public void A_total_of_zero_with_every_criterion_scored_is_valid()
    {
        var zeros = Preset.ScoredCriteria.Select(c => new CriterionScore(c.Id, 0m)).ToArray();
        var card = Preset.Score(Sheet(zeros));
        Assert.Equal(0m, card.FinalScore);
        Assert.Equal(EvaluationGrade.NotCompleted, card.Grade);
        Assert.Empty(card.AutomaticFails);
        Assert.Equal(Preset.TopLevelCriteria.Count, card.ZeroCriteria.Count);
    }

    [Fact]
    public void Unknown_adjustment_items_and_fail_conditions_are_errors()
    {
        Assert.Equal("EVAL-UNKNOWN-BONUS-ITEM", RuleOf(() => Sheet(Full(), bonuses: [new BonusClaim("NOPE", RecognitionSubject.Model, "x", ModelLevel.Commune, DocumentNumber.State(1, "QĐ", "UBND"), null, 1m)])));
        Assert.Equal("EVAL-UNKNOWN-PENALTY-ITEM", RuleOf(() => Sheet(Full(), penalties: [new PenaltyEntry("NOPE", "x", 1m)])));
        Assert.Equal("EVAL-UNKNOWN-FAIL-CONDITION", RuleOf(() => Sheet(Full(), fails: ["BRIBERY"])));
    }

    [Fact]
    public void Negative_adjustments_and_missing_units_are_argument_errors()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Model(-1m));
        Assert.Throws<ArgumentOutOfRangeException>(() => Late(-0.5m));
        Assert.Throws<ArgumentException>(() => new ScoreSheet(Preset, default(UnitCode), null, Full()));
        Assert.Throws<ArgumentException>(() => new LeaderDiscipline(LeaderRole.Head, LeaderDisciplineLevel.None));
    }

    [Fact]
    public void A_sheet_made_for_another_rubric_is_refused()
    {
        var other = new Rubric(
            "OTHER", "Other", "x", null, 100m, Preset.Sections, Preset.Bonus, Preset.Penalty, Preset.Bands, Preset.FailConditions, Preset.DisciplineCaps);
        var sheet = new ScoreSheet(other, Unit, null, Full(other));
        Assert.Equal("EVAL-RUBRIC-MISMATCH", RuleOf(() => Preset.Score(sheet)));
        Assert.Equal("EVAL-RUBRIC-MISMATCH", RuleOf(() => Preset.Summarize(sheet)));
        Assert.Equal(100m, other.Summarize(sheet).FinalScore);
    }

    [Fact]
    public void Sheets_are_kept_in_rubric_order_and_transitions_return_new_sheets()
    {
        var shuffled = Full().Reverse().ToArray();
        var sheet = Sheet(shuffled);
        Assert.Equal(Preset.ScoredCriteria.Select(c => c.Id), sheet.SelfAssessment!.Select(s => s.CriterionId));
        Assert.Null(sheet.Review);
        Assert.Equal(ScoreBasis.SelfAssessment, sheet.Basis);

        var reviewed = sheet.WithReview(WithTotal(90m));
        Assert.Equal(ScoreBasis.Review, reviewed.Basis);
        Assert.False(sheet.HasReview);
        Assert.Equal(90m, Preset.Summarize(reviewed).FinalScore);

        var penalised = reviewed.WithPenalties([Late(1m)]).WithBonuses([Model(1m)]).WithReportedFailConditions(["CORRUPTION", "CORRUPTION"]).WithDisciplines([new LeaderDiscipline(LeaderRole.DeputyHead, LeaderDisciplineLevel.Warning)]);
        Assert.Equal(new[] { "CORRUPTION" }, penalised.ReportedFailConditions);
        Assert.Equal(LeaderDisciplineLevel.Warning, penalised.HeaviestDiscipline);
        Assert.Empty(reviewed.Penalties);
        Assert.Equal(90m, Preset.Summarize(penalised).FinalScore);
    }
}
