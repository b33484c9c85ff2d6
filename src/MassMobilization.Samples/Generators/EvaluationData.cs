using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Evaluation;
using MassMobilization.Core.Mobilization;
using MassMobilization.Core.Organization;

namespace MassMobilization.Samples.Generators;

/// <summary>Deterministic score sheets for tests and benchmarks of the Evaluation folder.</summary>
public static class EvaluationData
{
    /// <summary>
    /// Generates <paramref name="count"/> sheets for <paramref name="rubric"/> from a seed: points in
    /// quarter steps, each sheet losing up to 1/8, 1/4, 1/2 or all of each maximum (so every band is hit), about 3% of criteria scored
    /// 0, 80% reviewed, bonus and penalty entries (some above their limits), 2% reported fail conditions,
    /// 1% missing self-assessments and 3% disciplined leaders.
    /// </summary>
    public static IReadOnlyList<ScoreSheet> Sheets(Rubric rubric, int count, int seed)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        var random = new Random(seed);
        var sheets = new ScoreSheet[count];
        for (int i = 0; i < count; i++)
        {
            sheets[i] = Sheet(rubric, random, i);
        }

        return sheets;
    }

    /// <summary>One generated sheet; <paramref name="index"/> makes the unit code.</summary>
    public static ScoreSheet Sheet(Rubric rubric, Random random, int index)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        ArgumentNullException.ThrowIfNull(random);
        var unit = new UnitCode((10000 + index).ToString(CultureInfo.InvariantCulture));
        var self = random.Next(100) == 0 ? null : Points(rubric, random);
        var review = random.Next(5) == 0 ? null : Points(rubric, random);
        var bonuses = new List<BonusClaim>();
        for (int b = random.Next(4); b > 0; b--)
        {
            var item = rubric.Bonus.Items[random.Next(rubric.Bonus.Items.Count)];
            var subject = item.EvidenceSubject ?? RecognitionSubject.Model;
            var decision = DocumentNumber.State(100 + b, "QĐ", "UBND");
            bonuses.Add(new BonusClaim(item.Id, subject, subject + " " + b.ToString(CultureInfo.InvariantCulture), (ModelLevel)random.Next(1, 5), decision, null, random.Next(0, 9) / 4m));
        }

        var penalties = new List<PenaltyEntry>();
        for (int p = random.Next(3); p > 0; p--)
        {
            var item = rubric.Penalty.Items[random.Next(rubric.Penalty.Items.Count)];
            penalties.Add(new PenaltyEntry(item.Id, "Incident " + p.ToString(CultureInfo.InvariantCulture), random.Next(0, 9) / 4m));
        }

        var fails = new List<string>();
        if (random.Next(50) == 0)
        {
            fails.Add(rubric.FailConditions[random.Next(rubric.FailConditions.Count)].Id);
        }

        var disciplines = new List<LeaderDiscipline>();
        if (random.Next(33) == 0)
        {
            disciplines.Add(new LeaderDiscipline((LeaderRole)random.Next(2), (LeaderDisciplineLevel)random.Next(1, 4)));
        }

        return new ScoreSheet(rubric, unit, null, self, review, bonuses, penalties, fails, disciplines);
    }

    private static CriterionScore[] Points(Rubric rubric, Random random)
    {
        var criteria = rubric.ScoredCriteria;
        int divisor = 8 >> random.Next(4);
        var scores = new CriterionScore[criteria.Count];
        for (int c = 0; c < scores.Length; c++)
        {
            int quarters = (int)(criteria[c].MaxPoints * 4);
            int value = random.Next(33) == 0 ? 0 : quarters - random.Next(quarters / divisor + 1);
            scores[c] = new CriterionScore(criteria[c].Id, value / 4m);
        }

        return scores;
    }
}

/// <summary>
/// What a user would write without the library's kernel: LINQ over the public data of the rubric and
/// the sheet. The benchmark's baseline; tests hold it equal to the library's result.
/// </summary>
public static class LinqScoring
{
    /// <summary>Scores one sheet: the final score and the grade.</summary>
    public static (decimal FinalScore, EvaluationGrade Grade) Score(Rubric rubric, ScoreSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        ArgumentNullException.ThrowIfNull(sheet);
        var points = (sheet.Review ?? sheet.SelfAssessment ?? Array.Empty<CriterionScore>()).ToDictionary(s => s.CriterionId, s => s.Points, StringComparer.Ordinal);
        var criterionTotals = rubric.Sections
            .SelectMany(s => s.Criteria)
            .Select(c => c.ScoredCriteria().Sum(l => points.TryGetValue(l.Id, out var p) ? p : 0m))
            .ToList();
        decimal baseScore = criterionTotals.Sum();
        bool anyZero = criterionTotals.Any(t => t == 0m);
        decimal bonus = Math.Min(rubric.Bonus.Cap, sheet.Bonuses.Sum(b => Math.Min(b.Points, rubric.Bonus.Items.First(i => i.Id == b.ItemId).MaxPointsPerEntry)));
        decimal penalty = Math.Min(rubric.Penalty.Cap, sheet.Penalties.Sum(p => Math.Min(p.Points, rubric.Penalty.Items.First(i => i.Id == p.ItemId).MaxPointsPerEntry)));
        decimal final = Math.Max(0m, baseScore + bonus - penalty);
        var grade = rubric.Bands
            .OrderByDescending(b => b.Grade)
            .Where(b => final >= b.MinimumScore && (!b.RequiresNoZeroCriterion || !anyZero))
            .Select(b => b.Grade)
            .DefaultIfEmpty(EvaluationGrade.NotCompleted)
            .First();
        var heaviest = sheet.Disciplines.Select(d => d.Level).DefaultIfEmpty(LeaderDisciplineLevel.None).Max();
        var caps = rubric.DisciplineCaps.Where(c => c.Level <= heaviest).Select(c => c.MaximumGrade).ToList();
        if (caps.Count > 0 && caps.Min() < grade)
        {
            grade = caps.Min();
        }

        bool fails = rubric.FailConditions.Any(c =>
            sheet.ReportedFailConditions.Contains(c.Id)
            || (c.Trigger == FailTrigger.MissingSelfAssessment && !sheet.HasSelfAssessment)
            || (c.Trigger == FailTrigger.LeaderDismissed && heaviest == LeaderDisciplineLevel.Dismissal));
        return (final, fails ? EvaluationGrade.NotCompleted : grade);
    }
}
