using System;
using System.Linq;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Evaluation;
using MassMobilization.Core.Mobilization;
using Xunit;

namespace MassMobilization.Core.Tests.Evaluation;

public sealed class RubricTests
{
    private const string C = "Test rubric";

    private static RubricSection Section(string id, decimal max, params RubricCriterion[] criteria) => new(id, "Section " + id, max, criteria);

    private static RubricCriterion Criterion(string id, decimal max, params RubricCriterion[] subs) => new(id, "Criterion " + id, max, subs.Length == 0 ? null : subs);

    private static GradeBand[] Bands() =>
    [
        new(EvaluationGrade.Excellent, 95m, true, C),
        new(EvaluationGrade.Good, 85m, true, C),
        new(EvaluationGrade.Completed, 75m, false, C),
        new(EvaluationGrade.NotCompleted, 0m, false, C),
    ];

    private static Rubric Make(decimal basePoints, RubricSection[] sections, GradeBand[]? bands = null, DisciplineCap[]? caps = null, AutomaticFailCondition[]? fails = null) =>
        new("TEST", "Test", C, null, basePoints, sections, AdjustmentRules.None, AdjustmentRules.None, bands ?? Bands(), fails ?? [], caps ?? []);

    [Fact]
    public void Preset_reproduces_the_confirmed_totals_of_decision_2579()
    {
        var rubric = RubricPresets.CanTho2025;
        Assert.Equal(100m, rubric.BasePoints);
        Assert.Equal(new[] { 10m, 90m }, rubric.Sections.Select(s => s.MaxPoints).ToArray());
        Assert.Equal(100m, rubric.ScoredCriteria.Sum(c => c.MaxPoints));
        Assert.Equal(3m, rubric.Bonus.Cap);
        Assert.Equal(3m, rubric.Penalty.Cap);
        Assert.Equal(103m, rubric.MaximumFinalScore);
        Assert.Equal(DocumentNumber.State(2579, "QĐ", "UBND"), rubric.Decision);
        Assert.Equal(
            new[] { (EvaluationGrade.Excellent, 95m, true), (EvaluationGrade.Good, 85m, true), (EvaluationGrade.Completed, 75m, false), (EvaluationGrade.NotCompleted, 0m, false) },
            rubric.Bands.Select(b => (b.Grade, b.MinimumScore, b.RequiresNoZeroCriterion)).ToArray());
        Assert.Equal(EvaluationGrade.Good, rubric.CapFor(LeaderDisciplineLevel.Reprimand)!.MaximumGrade);
        Assert.Equal(EvaluationGrade.Completed, rubric.CapFor(LeaderDisciplineLevel.Warning)!.MaximumGrade);
        Assert.Equal(EvaluationGrade.Completed, rubric.CapFor(LeaderDisciplineLevel.Dismissal)!.MaximumGrade);
        Assert.Null(rubric.CapFor(LeaderDisciplineLevel.None));
        Assert.Equal(5, rubric.FailConditions.Count);
        Assert.Equal(EvaluationGrade.Good, rubric.AwardProposal.MinimumGrade);
        Assert.All(rubric.Bands, b => Assert.Contains("2579/QĐ-UBND", b.Citation, StringComparison.Ordinal));
    }

    [Fact]
    public void Preset_sub_criteria_add_up_and_are_scored_in_their_place()
    {
        var rubric = RubricPresets.CanTho2025;
        var b2 = rubric.TopLevelCriteria.Single(c => c.Id == "B2");
        Assert.False(b2.IsScored);
        Assert.Equal(b2.MaxPoints, b2.SubCriteria.Sum(s => s.MaxPoints));
        Assert.False(rubric.TryGetScoredOrdinal("B2", out _));
        Assert.True(rubric.TryGetScoredOrdinal("B2.2", out int ordinal));
        Assert.Equal("B2.2", rubric.ScoredCriteria[ordinal].Id);
        Assert.Equal(14, rubric.ScoredCriteria.Count);
        Assert.Equal(11, rubric.TopLevelCriteria.Count);
    }

    [Fact]
    public void Sections_that_do_not_add_up_to_the_base_are_refused()
    {
        var error = Assert.Throws<DomainRuleException>(() => Make(100m, [Section("A", 10m, Criterion("A1", 10m)), Section("B", 80m, Criterion("B1", 80m))]));
        Assert.Equal("EVAL-RUBRIC-PARTS-MISMATCH", error.RuleCode);
        Assert.Contains("90.00", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Criteria_that_do_not_add_up_to_their_section_are_refused()
    {
        var error = Assert.Throws<DomainRuleException>(() => Section("A", 10m, Criterion("A1", 3m), Criterion("A2", 6m)));
        Assert.Equal("EVAL-RUBRIC-PARTS-MISMATCH", error.RuleCode);
    }

    [Fact]
    public void Sub_criteria_that_do_not_add_up_to_their_criterion_are_refused()
    {
        var error = Assert.Throws<DomainRuleException>(() => Criterion("B1", 15m, Criterion("B1.1", 8m), Criterion("B1.2", 8m)));
        Assert.Equal("EVAL-RUBRIC-PARTS-MISMATCH", error.RuleCode);
    }

    [Fact]
    public void Non_positive_maxima_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Criterion("A1", 0m));
        Assert.Throws<ArgumentOutOfRangeException>(() => Criterion("A1", -1m));
        Assert.Throws<ArgumentOutOfRangeException>(() => Make(0m, [Section("A", 10m, Criterion("A1", 10m))]));
        Assert.Throws<ArgumentException>(() => Criterion("A 1", 1m));
    }

    [Fact]
    public void Duplicate_ids_are_refused()
    {
        var error = Assert.Throws<DomainRuleException>(() => Make(20m, [Section("A", 10m, Criterion("X", 10m)), Section("B", 10m, Criterion("X", 10m))]));
        Assert.Equal("EVAL-RUBRIC-DUPLICATE-ID", error.RuleCode);
        error = Assert.Throws<DomainRuleException>(() => Make(10m, [Section("A", 10m, Criterion("A1", 10m, Criterion("A", 10m)))]));
        Assert.Equal("EVAL-RUBRIC-DUPLICATE-ID", error.RuleCode);
        error = Assert.Throws<DomainRuleException>(() => new AdjustmentRules(3m, [new AdjustmentItem("X", "x", 1m), new AdjustmentItem("X", "y", 1m)], C));
        Assert.Equal("EVAL-RUBRIC-DUPLICATE-ID", error.RuleCode);
        var fail = new AutomaticFailCondition("F", "f", FailTrigger.Reported, C);
        error = Assert.Throws<DomainRuleException>(() => Make(10m, [Section("A", 10m, Criterion("A1", 10m))], fails: [fail, fail]));
        Assert.Equal("EVAL-RUBRIC-DUPLICATE-ID", error.RuleCode);
    }

    [Fact]
    public void Inconsistent_bands_are_refused()
    {
        var sections = new[] { Section("A", 100m, Criterion("A1", 100m)) };
        Assert.Equal("EVAL-RUBRIC-BANDS", Assert.Throws<DomainRuleException>(() => Make(100m, sections, [new(EvaluationGrade.Good, 85m, false, C), new(EvaluationGrade.Good, 75m, false, C), new(EvaluationGrade.NotCompleted, 0m, false, C)])).RuleCode);
        Assert.Equal("EVAL-RUBRIC-BANDS", Assert.Throws<DomainRuleException>(() => Make(100m, sections, [new(EvaluationGrade.Good, 75m, false, C), new(EvaluationGrade.Completed, 75m, false, C), new(EvaluationGrade.NotCompleted, 0m, false, C)])).RuleCode);
        Assert.Equal("EVAL-RUBRIC-BANDS", Assert.Throws<DomainRuleException>(() => Make(100m, sections, [new(EvaluationGrade.Good, 85m, false, C), new(EvaluationGrade.NotCompleted, 10m, false, C)])).RuleCode);
        Assert.Equal("EVAL-RUBRIC-BANDS", Assert.Throws<DomainRuleException>(() => Make(100m, sections, [new(EvaluationGrade.Good, 85m, false, C), new(EvaluationGrade.NotCompleted, 0m, true, C)])).RuleCode);
    }

    [Fact]
    public void Two_caps_for_one_level_are_refused()
    {
        var error = Assert.Throws<DomainRuleException>(() => Make(
            10m,
            [Section("A", 10m, Criterion("A1", 10m))],
            caps: [new DisciplineCap(LeaderDisciplineLevel.Warning, EvaluationGrade.Good, C), new DisciplineCap(LeaderDisciplineLevel.Warning, EvaluationGrade.Completed, C)]));
        Assert.Equal("EVAL-RUBRIC-DUPLICATE-CAP", error.RuleCode);
    }

    [Fact]
    public void Apps_define_their_own_rubric_as_data()
    {
        // A 50-point rubric with no "no zero criterion" condition, a bonus of at most 2 and no discipline caps.
        var rubric = new Rubric(
            "HN-DEMO",
            "District demo rubric",
            "Demo plan 12-KH/BDVTU",
            DocumentNumber.Party(12, "KH", "BDVTU"),
            50m,
            [Section("A", 20m, Criterion("A1", 20m)), Section("B", 30m, Criterion("B1", 10m), Criterion("B2", 20m))],
            new AdjustmentRules(2m, [new AdjustmentItem("M", "Model", 2m)], "Demo"),
            AdjustmentRules.None,
            [new GradeBand(EvaluationGrade.Excellent, 45m, false, "Demo"), new GradeBand(EvaluationGrade.Completed, 25m, false, "Demo"), new GradeBand(EvaluationGrade.NotCompleted, 0m, false, "Demo")],
            [],
            []);
        var sheet = new ScoreSheet(rubric, EvaluationFixtures.Unit, null, [new("A1", 20m), new("B1", 0m), new("B2", 20m)], bonuses: [new BonusClaim("M", RecognitionSubject.Exemplar, "Demo exemplar", ModelLevel.District, DocumentNumber.Party(3, "QĐ", "BDVTU"), null, 5m)]);
        var card = rubric.Score(sheet);
        Assert.Equal(42m, card.FinalScore);
        Assert.Equal(EvaluationGrade.Completed, card.Grade);
        Assert.Equal(new[] { "B1" }, card.ZeroCriteria);
        Assert.Equal(EvaluationGrade.Good, card.AwardProposal.MinimumGrade);
        Assert.False(card.AwardProposal.IsEligible);
        Assert.Equal(52m, rubric.MaximumFinalScore);
    }
}
