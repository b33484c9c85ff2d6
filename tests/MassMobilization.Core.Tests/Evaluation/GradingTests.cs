using System;
using System.Linq;
using MassMobilization.Core.Evaluation;
using MassMobilization.Samples.Generators;
using Xunit;
using static MassMobilization.Core.Tests.Evaluation.EvaluationFixtures;

namespace MassMobilization.Core.Tests.Evaluation;

public sealed class GradingTests
{
    private static ScoreCard Card(ScoreSheet sheet)
    {
        var card = Preset.Score(sheet);
        Assert.Equal(card.Summary, Preset.Summarize(sheet));
        return card;
    }

    [Theory]
    [InlineData("74.99", EvaluationGrade.NotCompleted)]
    [InlineData("75", EvaluationGrade.Completed)]
    [InlineData("84.99", EvaluationGrade.Completed)]
    [InlineData("85", EvaluationGrade.Good)]
    [InlineData("94.99", EvaluationGrade.Good)]
    [InlineData("95", EvaluationGrade.Excellent)]
    [InlineData("100", EvaluationGrade.Excellent)]
    [InlineData("20", EvaluationGrade.NotCompleted)]
    public void Every_band_boundary(string total, EvaluationGrade expected)
    {
        decimal score = decimal.Parse(total, System.Globalization.CultureInfo.InvariantCulture);
        var card = Card(Sheet(WithTotal(score)));
        Assert.Equal(score, card.FinalScore);
        Assert.Equal(expected, card.Grade);
        Assert.Equal(GradeRule.ScoreBand, card.DecidedBy);
        Assert.Empty(card.ZeroCriteria);
        Assert.Contains("2579/QĐ-UBND", card.Decision, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("100", EvaluationGrade.Completed, GradeRule.NoZeroCriterion)]
    [InlineData("95", EvaluationGrade.Completed, GradeRule.NoZeroCriterion)]
    [InlineData("94.99", EvaluationGrade.Completed, GradeRule.NoZeroCriterion)]
    [InlineData("85", EvaluationGrade.Completed, GradeRule.NoZeroCriterion)]
    [InlineData("84.99", EvaluationGrade.Completed, GradeRule.ScoreBand)]
    [InlineData("75", EvaluationGrade.Completed, GradeRule.ScoreBand)]
    [InlineData("74.99", EvaluationGrade.NotCompleted, GradeRule.ScoreBand)]
    public void A_criterion_scored_zero_bars_excellent_and_good(string total, EvaluationGrade expected, GradeRule rule)
    {
        // A4 (2 points) scored 0; 100 is reached with the bonus.
        decimal score = decimal.Parse(total, System.Globalization.CultureInfo.InvariantCulture);
        decimal bonus = Math.Max(0m, score - 98m);
        var card = Card(Sheet(WithTotal(score - bonus, zeroCriterion: "A4"), bonuses: bonus > 0 ? [Model(1.5m), Exemplar(bonus - 1.5m)] : null));
        Assert.Equal(score, card.FinalScore);
        Assert.Equal(new[] { "A4" }, card.ZeroCriteria);
        Assert.Equal(expected, card.Grade);
        Assert.Equal(rule, card.DecidedBy);
        if (rule == GradeRule.NoZeroCriterion)
        {
            Assert.Contains("criterion A4 scored 0", card.Decision, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_criterion_with_sub_criteria_is_zero_only_when_all_its_parts_are()
    {
        var scores = Full().Select(s => s.CriterionId == "B2.1" ? new CriterionScore("B2.1", 0m) : s).ToArray();
        var card = Card(Sheet(scores));
        Assert.Equal(94m, card.FinalScore);
        Assert.Empty(card.ZeroCriteria);
        Assert.Equal(EvaluationGrade.Good, card.Grade);

        scores = Full().Select(s => s.CriterionId.StartsWith("B2.", StringComparison.Ordinal) ? new CriterionScore(s.CriterionId, 0m) : s).ToArray();
        card = Card(Sheet(scores));
        Assert.Equal(new[] { "B2" }, card.ZeroCriteria);
        Assert.Equal(EvaluationGrade.Completed, card.Grade);
    }

    [Fact]
    public void Bonus_lifts_the_score_into_a_better_band()
    {
        var card = Card(Sheet(WithTotal(94m), bonuses: [Model(1m)]));
        Assert.Equal(95m, card.FinalScore);
        Assert.Equal(EvaluationGrade.Excellent, card.Grade);
        Assert.Contains("Morning coffee", card.Bonuses[0].Evidence, StringComparison.Ordinal);
        Assert.Contains("24-KH/BDVTU", card.Bonuses[0].Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Bonus_is_capped_per_entry_and_in_total_and_the_caps_are_shown()
    {
        var card = Card(Sheet(WithTotal(90m), bonuses: [Model(2m), Model(1.5m, "Piggy banks for social security"), Exemplar(1m)]));
        Assert.Equal(1.5m, card.Bonuses[0].Counted);
        Assert.NotNull(card.Bonuses[0].Note);
        Assert.Null(card.Bonuses[1].Note);
        Assert.Equal(4m, card.BonusBeforeCap);
        Assert.True(card.BonusCapApplied);
        Assert.Equal(3m, card.Bonus);
        Assert.Equal(93m, card.FinalScore);
        Assert.Contains(card.Explanation, l => l.StartsWith("Bonus total +4.00 capped at +3.00", StringComparison.Ordinal));
        Assert.Contains(card.Explanation, l => l.Contains("limited to 1.50 per entry", StringComparison.Ordinal));
    }

    [Fact]
    public void Final_score_never_exceeds_base_plus_bonus_cap()
    {
        var card = Card(Sheet(Full(), bonuses: [Model(1.5m), Model(1.5m, "Piggy banks for social security"), Exemplar(1m)]));
        Assert.Equal(103m, card.FinalScore);
        Assert.Equal(Preset.MaximumFinalScore, card.FinalScore);
    }

    [Fact]
    public void Penalty_is_capped_per_entry_and_in_total_and_the_caps_are_shown()
    {
        var card = Card(Sheet(WithTotal(97m), penalties: [Hotspot(2m), Late(1.5m), Late(1m)]));
        Assert.Equal(1m, card.Penalties[1].Counted);
        Assert.Equal(4m, card.PenaltyBeforeCap);
        Assert.True(card.PenaltyCapApplied);
        Assert.Equal(3m, card.Penalty);
        Assert.Equal(94m, card.FinalScore);
        Assert.Equal(EvaluationGrade.Good, card.Grade);
        Assert.Contains(card.Explanation, l => l.StartsWith("Penalty total −4.00 capped at −3.00", StringComparison.Ordinal));
    }

    [Fact]
    public void Penalty_cannot_take_the_score_below_zero()
    {
        var zeros = Preset.ScoredCriteria.Select(c => new CriterionScore(c.Id, 0m)).ToArray();
        var card = Card(Sheet(zeros, penalties: [Hotspot(2m)]));
        Assert.Equal(0m, card.FinalScore);
        Assert.Contains(card.Explanation, l => l.Contains("raised to the floor 0.00", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(LeaderDisciplineLevel.Reprimand, "98", EvaluationGrade.Good, GradeRule.DisciplineCap)]
    [InlineData(LeaderDisciplineLevel.Reprimand, "90", EvaluationGrade.Good, GradeRule.ScoreBand)]
    [InlineData(LeaderDisciplineLevel.Reprimand, "80", EvaluationGrade.Completed, GradeRule.ScoreBand)]
    [InlineData(LeaderDisciplineLevel.Warning, "98", EvaluationGrade.Completed, GradeRule.DisciplineCap)]
    [InlineData(LeaderDisciplineLevel.Warning, "90", EvaluationGrade.Completed, GradeRule.DisciplineCap)]
    [InlineData(LeaderDisciplineLevel.Warning, "80", EvaluationGrade.Completed, GradeRule.ScoreBand)]
    [InlineData(LeaderDisciplineLevel.Warning, "70", EvaluationGrade.NotCompleted, GradeRule.ScoreBand)]
    public void Discipline_of_a_head_or_deputy_caps_the_grade(LeaderDisciplineLevel level, string total, EvaluationGrade expected, GradeRule rule)
    {
        decimal score = decimal.Parse(total, System.Globalization.CultureInfo.InvariantCulture);
        foreach (var role in new[] { LeaderRole.Head, LeaderRole.DeputyHead })
        {
            var card = Card(Sheet(WithTotal(score), disciplines: [new LeaderDiscipline(role, level, "Nguyễn Văn A")]));
            Assert.Equal(expected, card.Grade);
            Assert.Equal(rule, card.DecidedBy);
            Assert.Equal(rule == GradeRule.DisciplineCap, card.AppliedDisciplineCap is not null);
            Assert.Contains(card.Explanation, l => l.StartsWith("Discipline (", StringComparison.Ordinal) && l.Contains(level.ToString(), StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_heaviest_discipline_decides_the_cap()
    {
        var card = Card(Sheet(WithTotal(99m), disciplines: [new LeaderDiscipline(LeaderRole.Head, LeaderDisciplineLevel.Reprimand), new LeaderDiscipline(LeaderRole.DeputyHead, LeaderDisciplineLevel.Warning)]));
        Assert.Equal(EvaluationGrade.Completed, card.Grade);
        Assert.Equal(LeaderDisciplineLevel.Warning, card.AppliedDisciplineCap!.Level);
        Assert.Equal(EvaluationGrade.Excellent, card.BandGrade);
    }

    [Theory]
    [InlineData(RubricPresets.CanTho2025Fails.Corruption)]
    [InlineData(RubricPresets.CanTho2025Fails.SeriousDisunity)]
    [InlineData(RubricPresets.CanTho2025Fails.LeaderDismissed)]
    [InlineData(RubricPresets.CanTho2025Fails.CriminalProsecution)]
    [InlineData(RubricPresets.CanTho2025Fails.MissingSelfAssessment)]
    public void Each_reported_automatic_fail_condition_fails_a_perfect_unit(string condition)
    {
        var card = Card(Sheet(Full(), bonuses: [Model(1m)], fails: [condition]));
        Assert.Equal(101m, card.FinalScore);
        Assert.Equal(EvaluationGrade.Excellent, card.BandGrade);
        Assert.Equal(EvaluationGrade.NotCompleted, card.Grade);
        Assert.Equal(GradeRule.AutomaticFail, card.DecidedBy);
        Assert.Equal(condition, Assert.Single(card.AutomaticFails).Id);
        Assert.Contains(condition, card.Decision, StringComparison.Ordinal);
        Assert.False(card.AwardProposal.IsEligible);
    }

    [Fact]
    public void A_missing_self_assessment_fails_automatically_even_with_a_review()
    {
        var card = Card(Sheet(null, review: Full()));
        Assert.Equal(100m, card.FinalScore);
        Assert.Equal(EvaluationGrade.NotCompleted, card.Grade);
        Assert.Equal(RubricPresets.CanTho2025Fails.MissingSelfAssessment, Assert.Single(card.AutomaticFails).Id);
        Assert.Null(card.SelfAssessedBaseScore);

        var nothing = Card(Sheet(null));
        Assert.Equal(ScoreBasis.None, nothing.Basis);
        Assert.Equal(0m, nothing.FinalScore);
        Assert.Equal(GradeRule.AutomaticFail, nothing.DecidedBy);
    }

    [Fact]
    public void Dismissal_of_a_leader_fails_automatically_without_being_reported()
    {
        var card = Card(Sheet(Full(), disciplines: [new LeaderDiscipline(LeaderRole.DeputyHead, LeaderDisciplineLevel.Dismissal)]));
        Assert.Equal(EvaluationGrade.NotCompleted, card.Grade);
        Assert.Equal(GradeRule.AutomaticFail, card.DecidedBy);
        var fail = Assert.Single(card.AutomaticFails);
        Assert.Equal(RubricPresets.CanTho2025Fails.LeaderDismissed, fail.Id);
        Assert.Contains("Deputy head disciplined: Dismissal", fail.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_review_counts_and_differences_are_reported_per_criterion()
    {
        var review = Full().Select(s => s.CriterionId switch
        {
            "A3" => new CriterionScore("A3", 1m),
            "B2.2" => new CriterionScore("B2.2", 5.5m),
            _ => s,
        }).ToArray();
        var card = Card(Sheet(Full(), review));
        Assert.Equal(ScoreBasis.Review, card.Basis);
        Assert.Equal(100m, card.SelfAssessedBaseScore);
        Assert.Equal(97.5m, card.FinalScore);
        Assert.Equal(new[] { ("A3", -1m), ("B2.2", -1.5m) }, card.Differences.Select(d => (d.CriterionId, d.Difference)).ToArray());
        var b2 = card.Sections[1].Criteria.Single(c => c.Id == "B2");
        Assert.Equal(-1.5m, b2.Difference);
        Assert.Equal(18.5m, b2.Points);
        Assert.Contains(card.Explanation, l => l.StartsWith("A3 ", StringComparison.Ordinal) && l.Contains("difference −1.00", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("96", EvaluationGrade.Excellent, true)]
    [InlineData("85", EvaluationGrade.Good, true)]
    [InlineData("84.99", EvaluationGrade.Completed, false)]
    [InlineData("50", EvaluationGrade.NotCompleted, false)]
    public void Only_units_graded_at_least_good_may_be_proposed_for_awards(string total, EvaluationGrade grade, bool eligible)
    {
        var card = Card(Sheet(WithTotal(decimal.Parse(total, System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal(grade, card.Grade);
        Assert.Equal(eligible, card.AwardProposal.IsEligible);
        Assert.Contains("2579/QĐ-UBND", card.AwardProposal.Reason, StringComparison.Ordinal);
        var strict = new AwardProposalPolicy(EvaluationGrade.Excellent, "Provincial plan");
        Assert.Equal(grade == EvaluationGrade.Excellent, strict.Check(card).IsEligible);
    }

    [Fact]
    public void Summaries_of_many_sheets_match_one_by_one()
    {
        var sheets = EvaluationData.Sheets(Preset, 300, seed: 7);
        var all = Preset.SummarizeAll(sheets);
        Assert.Equal(sheets.Select(Preset.Summarize), all);
        Assert.Equal(sheets.Select(s => Preset.Score(s).Summary), all);
        Assert.Equal(4, all.Select(s => s.Grade).Distinct().Count());
    }
}
