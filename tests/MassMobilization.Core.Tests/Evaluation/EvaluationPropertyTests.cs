using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MassMobilization.Core.Evaluation;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Text;
using MassMobilization.Samples.Generators;
using static MassMobilization.Core.Tests.Evaluation.EvaluationFixtures;

namespace MassMobilization.Core.Tests.Evaluation;

public sealed class EvaluationPropertyTests
{
    private static readonly string[] FailIds = Preset.FailConditions.Select(c => c.Id).ToArray();

    /// <summary>Random sheets on the preset: quarter-point scores (often 0 or the maximum), adjustments and facts.</summary>
    private static Arbitrary<ScoreSheet> Sheets()
    {
        var criteria = Preset.ScoredCriteria;
        var quarters = Gen.Frequency((1, Gen.Constant(0)), (2, Gen.Constant(int.MaxValue)), (6, Gen.Choose(0, 60)));
        var points = quarters.ArrayOf(criteria.Count).Select(q => criteria.Select((c, i) => new CriterionScore(c.Id, Math.Min(q[i], (int)(c.MaxPoints * 4)) / 4m)).ToArray());
        var optionalPoints = Gen.Frequency((1, Gen.Constant<CriterionScore[]?>(null)), (9, points.Select(p => (CriterionScore[]?)p)));
        var bonus = Gen.Choose(0, 10).SelectMany(q => Gen.Elements(true, false).Select(isModel => (Points: q / 4m, IsModel: isModel))).ArrayOf()
            .Select(a => a.Take(4).Select((b, i) => b.IsModel ? Model(b.Points, "Model " + i) : Exemplar(b.Points, "Exemplar " + i)).ToArray());
        var penalty = Gen.Choose(0, 10).Select(q => q / 4m).SelectMany(p => Gen.Elements(Late(p), Hotspot(p))).ArrayOf().Select(a => a.Take(4).ToArray());
        var fails = Gen.Frequency((8, Gen.Constant(Array.Empty<string>())), (1, Gen.Elements(FailIds).Select(f => new[] { f })));
        var discipline = Gen.Frequency(
            (6, Gen.Constant(Array.Empty<LeaderDiscipline>())),
            (1, Gen.Elements(LeaderDisciplineLevel.Reprimand, LeaderDisciplineLevel.Warning, LeaderDisciplineLevel.Dismissal).Select(l => new[] { new LeaderDiscipline(LeaderRole.Head, l) })));
        var gen =
            from self in optionalPoints
            from review in optionalPoints
            from b in bonus
            from p in penalty
            from f in fails
            from d in discipline
            select new ScoreSheet(Preset, new UnitCode("31117"), null, self, review, b, p, f, d);
        return gen.ToArbitrary();
    }

    [Property]
    public Property Final_score_lies_within_zero_and_base_plus_bonus_cap()
    {
        return Prop.ForAll(Sheets(), sheet =>
        {
            var card = Preset.Score(sheet);
            return card.FinalScore >= 0m && card.FinalScore <= Preset.BasePoints + Preset.Bonus.Cap
                && card.Bonus <= Preset.Bonus.Cap && card.Penalty <= Preset.Penalty.Cap;
        });
    }

    [Property]
    public Property Fast_kernel_explained_path_and_linq_baseline_agree()
    {
        return Prop.ForAll(Sheets(), sheet =>
        {
            var card = Preset.Score(sheet);
            var fast = Preset.Summarize(sheet);
            var linq = LinqScoring.Score(Preset, sheet);
            return fast == card.Summary && linq.FinalScore == fast.FinalScore && linq.Grade == fast.Grade
                && card.Sections.Sum(s => s.Points) == card.BaseScore;
        });
    }

    [Property]
    public Property Adding_a_penalty_never_raises_the_score_or_the_grade()
    {
        var extra = Gen.Choose(0, 12).Select(q => q / 4m).SelectMany(p => Gen.Elements(Late(p), Hotspot(p))).ToArbitrary();
        return Prop.ForAll(Sheets(), extra, (sheet, penalty) =>
        {
            var before = Preset.Summarize(sheet);
            var after = Preset.Summarize(sheet.WithPenalties(sheet.Penalties.Append(penalty)));
            return after.Grade <= before.Grade && after.FinalScore <= before.FinalScore;
        });
    }

    [Property]
    public Property Raising_one_criterion_never_lowers_the_grade_and_caps_are_explained()
    {
        var raise = Gen.Choose(0, Preset.ScoredCriteria.Count - 1).SelectMany(i => Gen.Choose(1, 8).Select(q => (Ordinal: i, By: q / 4m))).ToArbitrary();
        return Prop.ForAll(Sheets(), raise, (sheet, step) =>
        {
            var scores = (sheet.Review ?? sheet.SelfAssessment)?.ToArray();
            if (scores is null)
            {
                return true;
            }

            var criterion = Preset.ScoredCriteria[step.Ordinal];
            scores[step.Ordinal] = new CriterionScore(criterion.Id, Math.Min(criterion.MaxPoints, scores[step.Ordinal].Points + step.By));
            var raised = sheet.HasReview ? sheet.WithReview(scores) : new ScoreSheet(Preset, sheet.Unit, null, scores, null, sheet.Bonuses, sheet.Penalties, sheet.ReportedFailConditions, sheet.Disciplines);
            var before = Preset.Score(sheet);
            var after = Preset.Score(raised);
            bool capsExplained = after.Grade == after.BandGrade
                || (after.DecidedBy == GradeRule.DisciplineCap && after.Explanation.Any(l => l.StartsWith("Discipline (", StringComparison.Ordinal) && l.Contains("caps the grade", StringComparison.Ordinal)))
                || (after.DecidedBy == GradeRule.AutomaticFail && after.Explanation.Any(l => l.StartsWith("Automatic fail", StringComparison.Ordinal)));
            return after.Grade >= before.Grade && after.BandGrade >= before.BandGrade && after.FinalScore >= before.FinalScore && capsExplained;
        });
    }

    [Property]
    public Property Every_point_is_explained()
    {
        return Prop.ForAll(Sheets(), sheet =>
        {
            var card = Preset.Score(sheet);
            decimal criteria = card.Sections.SelectMany(s => s.Criteria).Sum(c => c.Points);
            decimal subs = card.Sections.SelectMany(s => s.Criteria).Where(c => c.SubCriteria.Count > 0).Sum(c => c.Points - c.SubCriteria.Sum(s => s.Points));
            decimal bonus = Math.Min(card.BonusCap, card.Bonuses.Sum(b => b.Counted));
            decimal penalty = Math.Min(card.PenaltyCap, card.Penalties.Sum(p => p.Counted));
            return criteria == card.BaseScore && subs == 0m && bonus == card.Bonus && penalty == card.Penalty
                && card.FinalScore == Math.Max(0m, card.BaseScore + card.Bonus - card.Penalty)
                && card.Explanation.Count >= Preset.TopLevelCriteria.Count + Preset.Sections.Count + 3
                && card.Explanation.Any(l => l.StartsWith("Grade: " + card.Grade.ToDisplayString(DisplayLanguage.English), StringComparison.Ordinal));
        });
    }
}
