using System.Collections.Generic;
using System.Globalization;
using MassMobilization.Core.Text;

namespace MassMobilization.Core.Evaluation;

/// <summary>
/// The explained scoring path: readable code that builds a <see cref="ScoreCard"/> line by line.
/// <see cref="Rubric.Summarize"/> is the fast kernel; tests hold both equal.
/// </summary>
internal static class ScoreCardBuilder
{
    internal static ScoreCard Build(Rubric rubric, ScoreSheet sheet)
    {
        var lines = new List<Explanation>();
        lines.Add(new Explanation(ExplanationCodes.EvalRubric, rubric.Id, RubricTexts.Of(rubric.Name), RubricTexts.Of(rubric.Citation), P(rubric.BasePoints), P(rubric.Bonus.Cap), P(rubric.Penalty.Cap)));
        lines.Add(new Explanation(sheet.Basis switch
        {
            ScoreBasis.Review => ExplanationCodes.EvalBasisReview,
            ScoreBasis.SelfAssessment => ExplanationCodes.EvalBasisSelfAssessment,
            _ => ExplanationCodes.EvalBasisNone,
        }));

        var self = Index(sheet.SelfAssessment);
        var review = Index(sheet.Review);
        var sections = new List<SectionResult>();
        var differences = new List<ScoreDifference>();
        var zeroCriteria = new List<string>();
        decimal baseScore = 0m;
        decimal? selfBase = sheet.HasSelfAssessment ? 0m : null;
        foreach (var section in rubric.Sections)
        {
            var criteria = new List<ScoreCardCriterion>();
            decimal sectionPoints = 0m;
            foreach (var criterion in section.Criteria)
            {
                var result = Criterion(criterion, self, review, sheet.Basis, differences);
                criteria.Add(result);
                sectionPoints += result.Points;
                selfBase += result.SelfAssessed ?? 0m;
                foreach (var sub in result.SubCriteria)
                {
                    SubLines(sub, lines);
                }

                object zero = result.Points == 0m ? new Explanation(ExplanationCodes.EvalScoredZero) : string.Empty;
                lines.Add(new Explanation(ExplanationCodes.EvalCriterion, criterion.Id, RubricTexts.Of(criterion.Title), P(result.Points), P(criterion.MaxPoints), Parts(result), Compare(result), zero));
                if (result.Points == 0m)
                {
                    zeroCriteria.Add(criterion.Id);
                }
            }

            sections.Add(new SectionResult(section, sectionPoints, criteria));
            lines.Add(new Explanation(ExplanationCodes.EvalSection, section.Id, RubricTexts.Of(section.Title), P(sectionPoints), P(section.MaxPoints)));
            baseScore += sectionPoints;
        }

        lines.Add(selfBase is { } sb
            ? new Explanation(ExplanationCodes.EvalBaseScoreWithSelf, P(baseScore), P(rubric.BasePoints), P(sb))
            : new Explanation(ExplanationCodes.EvalBaseScore, P(baseScore), P(rubric.BasePoints)));

        var bonusLines = new List<AdjustmentLine>();
        decimal bonusBeforeCap = 0m;
        foreach (var claim in sheet.Bonuses)
        {
            var item = rubric.Bonus.Find(claim.ItemId)!;
            var line = Line(item, claim.DescribeEvidence(), claim.Points, claim);
            bonusLines.Add(line);
            bonusBeforeCap += line.Counted;
            lines.Add(new Explanation(ExplanationCodes.EvalBonus, item.Id, RubricTexts.Of(item.Title), claim.EvidenceExplanation(), P(line.Counted), Limited(line)));
        }

        decimal bonus = Cap(bonusBeforeCap, rubric.Bonus, ExplanationCodes.EvalBonusCapped, ExplanationCodes.EvalBonusTotal, lines);

        var penaltyLines = new List<AdjustmentLine>();
        decimal penaltyBeforeCap = 0m;
        foreach (var entry in sheet.Penalties)
        {
            var item = rubric.Penalty.Find(entry.ItemId)!;
            var line = Line(item, entry.Reason, entry.Points, null);
            penaltyLines.Add(line);
            penaltyBeforeCap += line.Counted;
            lines.Add(new Explanation(ExplanationCodes.EvalPenalty, item.Id, RubricTexts.Of(item.Title), new Explanation(ExplanationCodes.AsWritten, entry.Reason), P(line.Counted), Limited(line)));
        }

        decimal penalty = Cap(penaltyBeforeCap, rubric.Penalty, ExplanationCodes.EvalPenaltyCapped, ExplanationCodes.EvalPenaltyTotal, lines);

        decimal raw = baseScore + bonus - penalty;
        decimal final = raw < 0m ? 0m : raw;
        lines.Add(new Explanation(raw < 0m ? ExplanationCodes.EvalFinalScoreFloor : ExplanationCodes.EvalFinalScore, P(baseScore), P(bonus), P(penalty), P(raw)));

        var (bandGrade, rule, decision) = Band(rubric, final, zeroCriteria, lines);
        var grade = bandGrade;

        DisciplineCap? appliedCap = null;
        if (sheet.HeaviestDiscipline != LeaderDisciplineLevel.None)
        {
            var cap = rubric.CapFor(sheet.HeaviestDiscipline);
            Explanation? records = null;
            foreach (var discipline in sheet.Disciplines)
            {
                records = records is null ? discipline.DescribeExplanation() : new Explanation(ExplanationCodes.ListSemicolon, records, discipline.DescribeExplanation());
            }

            object shown = records ?? (object)string.Empty;
            if (cap is null)
            {
                lines.Add(new Explanation(ExplanationCodes.EvalDisciplineNoCap, shown, sheet.HeaviestDiscipline));
            }
            else if (grade > cap.MaximumGrade)
            {
                lines.Add(new Explanation(ExplanationCodes.EvalDisciplineCapped, shown, cap.Level, cap.MaximumGrade, RubricTexts.Of(cap.Citation), grade));
                decision = new Explanation(ExplanationCodes.EvalDecisionDisciplineCap, cap.MaximumGrade, grade, sheet.HeaviestDiscipline, RubricTexts.Of(cap.Citation));
                grade = cap.MaximumGrade;
                rule = GradeRule.DisciplineCap;
                appliedCap = cap;
            }
            else
            {
                lines.Add(new Explanation(ExplanationCodes.EvalDisciplineWithinCap, shown, cap.Level, cap.MaximumGrade, RubricTexts.Of(cap.Citation), grade));
            }
        }

        var fails = new List<TriggeredFailCondition>();
        foreach (var condition in rubric.FailConditions)
        {
            var reason = FailReason(condition, sheet);
            if (reason is not null)
            {
                fails.Add(new TriggeredFailCondition(condition, reason));
                lines.Add(new Explanation(ExplanationCodes.EvalAutomaticFail, condition.Id, RubricTexts.Of(condition.Title), reason, RubricTexts.Of(condition.Citation)));
            }
        }

        if (fails.Count > 0)
        {
            var ids = new List<string>(fails.Count);
            foreach (var fail in fails)
            {
                ids.Add(fail.Id);
            }

            decision = new Explanation(ExplanationCodes.EvalDecisionAutomaticFail, EvaluationGrade.NotCompleted, string.Join(", ", ids), RubricTexts.Of(fails[0].Citation));
            grade = EvaluationGrade.NotCompleted;
            rule = GradeRule.AutomaticFail;
        }

        lines.Add(new Explanation(ExplanationCodes.EvalGradeLine, decision));
        var summary = new ScoreSummary(baseScore, bonus, penalty, final, zeroCriteria.Count > 0, bandGrade, grade, rule);
        lines.Add(new Explanation(ExplanationCodes.EvalAwardProposalLine, rubric.AwardProposal.Check(grade).ReasonExplanation));
        return new ScoreCard(sheet, sections, differences, selfBase, bonusLines, bonusBeforeCap, penaltyLines, penaltyBeforeCap, zeroCriteria, fails, appliedCap, summary, decision, lines);
    }

    private static (EvaluationGrade Grade, GradeRule Rule, Explanation Decision) Band(Rubric rubric, decimal final, List<string> zeroCriteria, List<Explanation> lines)
    {
        var skipped = new List<GradeBand>();
        foreach (var band in rubric.Bands)
        {
            if (final < band.MinimumScore)
            {
                continue;
            }

            if (band.RequiresNoZeroCriterion && zeroCriteria.Count > 0)
            {
                skipped.Add(band);
                continue;
            }

            object zeros = band.RequiresNoZeroCriterion ? new Explanation(ExplanationCodes.EvalBandNoZero) : string.Empty;
            if (skipped.Count == 0)
            {
                var text = new Explanation(ExplanationCodes.EvalBand, band.Grade, P(final), P(band.MinimumScore), zeros, RubricTexts.Of(band.Citation));
                lines.Add(new Explanation(ExplanationCodes.EvalBandLine, text));
                return (band.Grade, GradeRule.ScoreBand, text);
            }

            object refused = skipped[0].Grade;
            for (int i = 1; i < skipped.Count; i++)
            {
                refused = new Explanation(ExplanationCodes.EvalNor, refused, skipped[i].Grade);
            }

            var because = new Explanation(ExplanationCodes.EvalBandRefused, band.Grade, P(final), skipped[0].Grade, P(skipped[0].MinimumScore), string.Join(", ", zeroCriteria), refused, P(band.MinimumScore), RubricTexts.Of(band.Citation));
            lines.Add(new Explanation(ExplanationCodes.EvalBandLine, because));
            return (band.Grade, GradeRule.NoZeroCriterion, because);
        }

        var none = new Explanation(ExplanationCodes.EvalNoBand, EvaluationGrade.NotCompleted, P(final));
        lines.Add(new Explanation(ExplanationCodes.EvalBandLine, none));
        return (EvaluationGrade.NotCompleted, skipped.Count > 0 ? GradeRule.NoZeroCriterion : GradeRule.ScoreBand, none);
    }

    private static Explanation? FailReason(AutomaticFailCondition condition, ScoreSheet sheet)
    {
        foreach (string id in sheet.ReportedFailConditions)
        {
            if (id == condition.Id)
            {
                return new Explanation(ExplanationCodes.EvalFailReported);
            }
        }

        if (condition.Trigger == FailTrigger.MissingSelfAssessment && !sheet.HasSelfAssessment)
        {
            return new Explanation(ExplanationCodes.EvalFailNoSelfAssessment);
        }

        if (condition.Trigger == FailTrigger.LeaderDismissed)
        {
            foreach (var discipline in sheet.Disciplines)
            {
                if (discipline.Level == LeaderDisciplineLevel.Dismissal)
                {
                    return discipline.DescribeExplanation();
                }
            }
        }

        return null;
    }

    private static ScoreCardCriterion Criterion(RubricCriterion criterion, Dictionary<string, decimal>? self, Dictionary<string, decimal>? review, ScoreBasis basis, List<ScoreDifference> differences)
    {
        if (criterion.IsScored)
        {
            decimal? s = self is null ? null : self[criterion.Id];
            decimal? r = review is null ? null : review[criterion.Id];
            if (s is { } sv && r is { } rv && sv != rv)
            {
                differences.Add(new ScoreDifference(criterion, sv, rv));
            }

            decimal points = basis switch
            {
                ScoreBasis.Review => r!.Value,
                ScoreBasis.SelfAssessment => s!.Value,
                _ => 0m,
            };
            return new ScoreCardCriterion(criterion, s, r, points, []);
        }

        var subs = new List<ScoreCardCriterion>();
        decimal? selfSum = self is null ? null : 0m;
        decimal? reviewSum = review is null ? null : 0m;
        decimal sum = 0m;
        foreach (var sub in criterion.SubCriteria)
        {
            var result = Criterion(sub, self, review, basis, differences);
            subs.Add(result);
            selfSum += result.SelfAssessed;
            reviewSum += result.Reviewed;
            sum += result.Points;
        }

        return new ScoreCardCriterion(criterion, selfSum, reviewSum, sum, subs);
    }

    private static void SubLines(ScoreCardCriterion result, List<Explanation> lines)
    {
        foreach (var sub in result.SubCriteria)
        {
            SubLines(sub, lines);
        }

        lines.Add(new Explanation(ExplanationCodes.EvalSubCriterion, result.Id, RubricTexts.Of(result.Title), P(result.Points), P(result.MaxPoints), Parts(result), Compare(result)));
    }

    /// <summary>" = 8.00 (B1.1) + 7.00 (B1.2)", or empty for a directly scored criterion.</summary>
    private static object Parts(ScoreCardCriterion result)
    {
        Explanation? sum = null;
        foreach (var part in result.SubCriteria)
        {
            var term = new Explanation(ExplanationCodes.EvalPart, P(part.Points), part.Id);
            sum = sum is null ? term : new Explanation(ExplanationCodes.EvalPlus, sum, term);
        }

        return sum is null ? string.Empty : new Explanation(ExplanationCodes.EvalParts, sum);
    }

    private static object Limited(AdjustmentLine line) =>
        line.Entered > line.Counted ? new Explanation(ExplanationCodes.EvalEntryLimited, P(line.Entered), P(line.Counted)) : string.Empty;

    private static AdjustmentLine Line(AdjustmentItem item, string evidence, decimal entered, BonusClaim? claim)
    {
        if (entered > item.MaxPointsPerEntry)
        {
            return new AdjustmentLine(item, evidence, entered, item.MaxPointsPerEntry, string.Create(CultureInfo.InvariantCulture, $"{P(entered)} entered, limited to {P(item.MaxPointsPerEntry)} per entry"), claim);
        }

        return new AdjustmentLine(item, evidence, entered, entered, null, claim);
    }

    private static decimal Cap(decimal total, AdjustmentRules rules, string cappedCode, string totalCode, List<Explanation> lines)
    {
        if (total > rules.Cap)
        {
            lines.Add(new Explanation(cappedCode, P(total), P(rules.Cap), RubricTexts.Of(rules.Citation)));
            return rules.Cap;
        }

        if (total > 0m)
        {
            lines.Add(new Explanation(totalCode, P(total), P(rules.Cap)));
        }

        return total;
    }

    private static Dictionary<string, decimal>? Index(IReadOnlyList<CriterionScore>? scores)
    {
        if (scores is null)
        {
            return null;
        }

        var result = new Dictionary<string, decimal>(System.StringComparer.Ordinal);
        foreach (var score in scores)
        {
            result.Add(score.CriterionId, score.Points);
        }

        return result;
    }

    private static object Compare(ScoreCardCriterion result) =>
        (result.SelfAssessed, result.Reviewed) switch
        {
            ({ } s, { } r) when s != r => new Explanation(ExplanationCodes.EvalSelfAndReviewDiffer, P(s), P(r), Signed(r - s)),
            ({ } s, { }) => new Explanation(ExplanationCodes.EvalSelfAndReviewAgree, P(s)),
            ({ } s, null) => new Explanation(ExplanationCodes.EvalSelfOnly, P(s)),
            (null, { } r) => new Explanation(ExplanationCodes.EvalReviewOnly, P(r)),
            _ => string.Empty,
        };

    private static Explanation Signed(decimal value) =>
        value < 0m ? new Explanation(ExplanationCodes.EvalNegative, P(-value)) : new Explanation(ExplanationCodes.EvalPositive, P(value));

    /// <summary>Points with at least two places and no trailing zero beyond them, as <see cref="RubricIds.Points"/> writes them ("14.50", "0.125").</summary>
    private static decimal P(decimal value) => RubricIds.PointsValue(value);
}
