using System.Collections.Generic;
using System.Text;

namespace MassMobilization.Core.Evaluation;

/// <summary>
/// The explained scoring path: readable code that builds a <see cref="ScoreCard"/> line by line.
/// <see cref="Rubric.Summarize"/> is the fast kernel; tests hold both equal.
/// </summary>
internal static class ScoreCardBuilder
{
    internal static ScoreCard Build(Rubric rubric, ScoreSheet sheet)
    {
        var lines = new List<string>();
        lines.Add($"Rubric {rubric.Id} '{rubric.Name}' ({rubric.Citation}): base {P(rubric.BasePoints)} points, bonus up to +{P(rubric.Bonus.Cap)}, penalty up to −{P(rubric.Penalty.Cap)}.");
        lines.Add(sheet.Basis switch
        {
            ScoreBasis.Review => "Criteria are counted on the reviewing body's points.",
            ScoreBasis.SelfAssessment => "Criteria are counted on the unit's self-assessment (no review recorded yet).",
            _ => "No self-assessment and no review: every criterion counts 0.",
        });

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

                string parts = result.SubCriteria.Count == 0 ? string.Empty : $" = {Join(result.SubCriteria)}";
                string zero = result.Points == 0m ? " — scored 0" : string.Empty;
                lines.Add($"{criterion.Id} {criterion.Title}: {P(result.Points)} / {P(criterion.MaxPoints)}{parts}{Compare(result)}{zero}.");
                if (result.Points == 0m)
                {
                    zeroCriteria.Add(criterion.Id);
                }
            }

            sections.Add(new SectionResult(section, sectionPoints, criteria));
            lines.Add($"Section {section.Id} {section.Title}: {P(sectionPoints)} / {P(section.MaxPoints)}.");
            baseScore += sectionPoints;
        }

        lines.Add($"Base score: {P(baseScore)} / {P(rubric.BasePoints)}" + (selfBase is { } sb ? $" (self-assessment {P(sb)})." : "."));

        var bonusLines = new List<AdjustmentLine>();
        decimal bonusBeforeCap = 0m;
        foreach (var claim in sheet.Bonuses)
        {
            var item = rubric.Bonus.Find(claim.ItemId)!;
            var line = Line(item, claim.DescribeEvidence(), claim.Points, claim);
            bonusLines.Add(line);
            bonusBeforeCap += line.Counted;
            lines.Add($"Bonus {item.Id} ({item.Title}) for {line.Evidence}: +{P(line.Counted)}" + (line.Note is null ? "." : $" ({line.Note})."));
        }

        decimal bonus = Cap(bonusBeforeCap, rubric.Bonus, "Bonus", "+", lines);

        var penaltyLines = new List<AdjustmentLine>();
        decimal penaltyBeforeCap = 0m;
        foreach (var entry in sheet.Penalties)
        {
            var item = rubric.Penalty.Find(entry.ItemId)!;
            var line = Line(item, entry.Reason, entry.Points, null);
            penaltyLines.Add(line);
            penaltyBeforeCap += line.Counted;
            lines.Add($"Penalty {item.Id} ({item.Title}) for {line.Evidence}: −{P(line.Counted)}" + (line.Note is null ? "." : $" ({line.Note})."));
        }

        decimal penalty = Cap(penaltyBeforeCap, rubric.Penalty, "Penalty", "−", lines);

        decimal raw = baseScore + bonus - penalty;
        decimal final = raw < 0m ? 0m : raw;
        lines.Add($"Final score: {P(baseScore)} + {P(bonus)} − {P(penalty)} = {P(raw)}" + (raw < 0m ? ", raised to the floor 0.00." : "."));

        var (bandGrade, rule, decision) = Band(rubric, final, zeroCriteria, lines);
        var grade = bandGrade;

        DisciplineCap? appliedCap = null;
        if (sheet.HeaviestDiscipline != LeaderDisciplineLevel.None)
        {
            var cap = rubric.CapFor(sheet.HeaviestDiscipline);
            var records = new StringBuilder();
            foreach (var discipline in sheet.Disciplines)
            {
                records.Append(records.Length == 0 ? string.Empty : "; ").Append(discipline.Describe());
            }

            if (cap is null)
            {
                lines.Add($"Discipline ({records}): the rubric sets no grade cap for {sheet.HeaviestDiscipline}.");
            }
            else if (grade > cap.MaximumGrade)
            {
                lines.Add($"Discipline ({records}): {cap.Level} or heavier caps the grade at {cap.MaximumGrade} ({cap.Citation}): {grade} → {cap.MaximumGrade}.");
                decision = $"{cap.MaximumGrade}: the score gives {grade}, but the discipline of a head or deputy head ({sheet.HeaviestDiscipline}) caps the grade at {cap.MaximumGrade} ({cap.Citation}).";
                grade = cap.MaximumGrade;
                rule = GradeRule.DisciplineCap;
                appliedCap = cap;
            }
            else
            {
                lines.Add($"Discipline ({records}): {cap.Level} or heavier caps the grade at {cap.MaximumGrade} ({cap.Citation}); {grade} is within the cap.");
            }
        }

        var fails = new List<TriggeredFailCondition>();
        foreach (var condition in rubric.FailConditions)
        {
            string? reason = FailReason(condition, sheet);
            if (reason is not null)
            {
                fails.Add(new TriggeredFailCondition(condition, reason));
                lines.Add($"Automatic fail {condition.Id} ({condition.Title}): {reason} ({condition.Citation}).");
            }
        }

        if (fails.Count > 0)
        {
            var ids = new StringBuilder();
            foreach (var fail in fails)
            {
                ids.Append(ids.Length == 0 ? string.Empty : ", ").Append(fail.Id);
            }

            decision = $"{EvaluationGrade.NotCompleted}: automatic fail ({ids}) whatever the score ({fails[0].Citation}).";
            grade = EvaluationGrade.NotCompleted;
            rule = GradeRule.AutomaticFail;
        }

        lines.Add($"Grade: {decision}");
        var summary = new ScoreSummary(baseScore, bonus, penalty, final, zeroCriteria.Count > 0, bandGrade, grade, rule);
        var card = new ScoreCard(sheet, sections, differences, selfBase, bonusLines, bonusBeforeCap, penaltyLines, penaltyBeforeCap, zeroCriteria, fails, appliedCap, summary, decision, lines);
        lines.Add($"Award proposal: {card.AwardProposal.Reason}");
        return card;
    }

    private static (EvaluationGrade Grade, GradeRule Rule, string Decision) Band(Rubric rubric, decimal final, List<string> zeroCriteria, List<string> lines)
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

            string zeros = band.RequiresNoZeroCriterion ? " and no criterion scored 0" : string.Empty;
            if (skipped.Count == 0)
            {
                string text = $"{band.Grade}: final score {P(final)} ≥ {P(band.MinimumScore)}{zeros} ({band.Citation}).";
                lines.Add($"Band: {text}");
                return (band.Grade, GradeRule.ScoreBand, text);
            }

            var refused = new StringBuilder();
            foreach (var s in skipped)
            {
                refused.Append(refused.Length == 0 ? string.Empty : " nor ").Append(s.Grade);
            }

            string because = $"{band.Grade}: final score {P(final)} would reach {skipped[0].Grade} (≥ {P(skipped[0].MinimumScore)}), but criterion {string.Join(", ", zeroCriteria)} scored 0 and {refused} requires no criterion scored 0; {P(final)} ≥ {P(band.MinimumScore)} gives {band.Grade} ({band.Citation}).";
            lines.Add($"Band: {because}");
            return (band.Grade, GradeRule.NoZeroCriterion, because);
        }

        string none = $"{EvaluationGrade.NotCompleted}: final score {P(final)} reaches no band.";
        lines.Add($"Band: {none}");
        return (EvaluationGrade.NotCompleted, skipped.Count > 0 ? GradeRule.NoZeroCriterion : GradeRule.ScoreBand, none);
    }

    private static string? FailReason(AutomaticFailCondition condition, ScoreSheet sheet)
    {
        foreach (string id in sheet.ReportedFailConditions)
        {
            if (id == condition.Id)
            {
                return "reported on the score sheet";
            }
        }

        if (condition.Trigger == FailTrigger.MissingSelfAssessment && !sheet.HasSelfAssessment)
        {
            return "the unit gave no self-assessment";
        }

        if (condition.Trigger == FailTrigger.LeaderDismissed)
        {
            foreach (var discipline in sheet.Disciplines)
            {
                if (discipline.Level == LeaderDisciplineLevel.Dismissal)
                {
                    return discipline.Describe();
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

    private static void SubLines(ScoreCardCriterion result, List<string> lines)
    {
        foreach (var sub in result.SubCriteria)
        {
            SubLines(sub, lines);
        }

        string parts = result.SubCriteria.Count == 0 ? string.Empty : $" = {Join(result.SubCriteria)}";
        lines.Add($"  {result.Id} {result.Title}: {P(result.Points)} / {P(result.MaxPoints)}{parts}{Compare(result)}.");
    }

    private static string Join(IReadOnlyList<ScoreCardCriterion> parts)
    {
        var text = new StringBuilder();
        foreach (var part in parts)
        {
            text.Append(text.Length == 0 ? string.Empty : " + ").Append(P(part.Points)).Append(' ').Append('(').Append(part.Id).Append(')');
        }

        return text.ToString();
    }

    private static AdjustmentLine Line(AdjustmentItem item, string evidence, decimal entered, BonusClaim? claim)
    {
        if (entered > item.MaxPointsPerEntry)
        {
            return new AdjustmentLine(item, evidence, entered, item.MaxPointsPerEntry, $"{P(entered)} entered, limited to {P(item.MaxPointsPerEntry)} per entry", claim);
        }

        return new AdjustmentLine(item, evidence, entered, entered, null, claim);
    }

    private static decimal Cap(decimal total, AdjustmentRules rules, string what, string sign, List<string> lines)
    {
        if (total > rules.Cap)
        {
            lines.Add($"{what} total {sign}{P(total)} capped at {sign}{P(rules.Cap)} ({rules.Citation}).");
            return rules.Cap;
        }

        if (total > 0m)
        {
            lines.Add($"{what} total {sign}{P(total)} (cap {sign}{P(rules.Cap)}).");
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

    private static string Compare(ScoreCardCriterion result) =>
        (result.SelfAssessed, result.Reviewed) switch
        {
            ({ } s, { } r) when s != r => $" (self {P(s)}, review {P(r)}, difference {Signed(r - s)})",
            ({ } s, { }) => $" (self and review {P(s)})",
            ({ } s, null) => $" (self {P(s)})",
            (null, { } r) => $" (review {P(r)}, no self-assessment)",
            _ => string.Empty,
        };

    private static string Signed(decimal value) => value < 0m ? "−" + P(-value) : "+" + P(value);

    private static string P(decimal value) => RubricIds.Points(value);
}
