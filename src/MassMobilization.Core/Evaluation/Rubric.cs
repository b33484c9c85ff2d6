using System;
using System.Collections.Generic;
using System.ComponentModel;
using Ardalis.GuardClauses;
using MassMobilization.Core.Documents;

namespace MassMobilization.Core.Evaluation;

/// <summary>
/// A scoring rubric (bộ tiêu chí chấm điểm, xếp loại) for a unit's yearly mass mobilization work, as
/// data: sections of criteria with maximum points that add up to a declared base, bonus and penalty
/// items with caps, grade bands, automatic-fail conditions, and grade caps for leaders' discipline.
/// <see cref="RubricPresets.CanTho2025"/> reproduces Cần Thơ decision 2579/QĐ-UBND (2025-11-21).
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Score"/> returns a <see cref="ScoreCard"/> that explains every point;
/// <see cref="Summarize"/> and <see cref="SummarizeAll"/> compute the same final score and grade over
/// arrays indexed by criterion ordinal without allocating (beyond the results array of
/// <see cref="SummarizeAll"/>); tests hold the two paths equal.
/// </para>
/// <para>
/// The final score is <c>max(0, base + min(bonus, bonus cap) − min(penalty, penalty cap))</c>, where each
/// bonus or penalty entry first counts at most its item's per-entry maximum. The grade is the best band
/// whose minimum the final score reaches and whose "no criterion scored 0" condition holds, lowered to
/// the cap of the heaviest discipline of a head or deputy head, and "not completed" when any
/// automatic-fail condition holds.
/// </para>
/// </remarks>
public sealed class Rubric
{
    private readonly RubricSection[] sections;
    private IReadOnlyList<RubricSection>? sectionsView;
    private readonly GradeBand[] bands;
    private IReadOnlyList<GradeBand>? bandsView;
    private readonly AutomaticFailCondition[] failConditions;
    private IReadOnlyList<AutomaticFailCondition>? failConditionsView;
    private readonly DisciplineCap[] disciplineCaps;
    private IReadOnlyList<DisciplineCap>? disciplineCapsView;

    // Compiled form: dense ordinals for the directly scored criteria, contiguous per top-level criterion.
    private readonly RubricCriterion[] scored;
    private IReadOnlyList<RubricCriterion>? scoredCriteriaView;
    private readonly Dictionary<string, int> scoredOrdinals;
    private readonly RubricCriterion[] topCriteria;
    private IReadOnlyList<RubricCriterion>? topLevelCriteriaView;
    private readonly int[] topStart;
    private readonly int[] topEnd;
    private readonly decimal[] bonusMax;
    private readonly decimal[] penaltyMax;

    // Fixed-point form (points × FixedPoint.Scale as long) for the fast kernel; null when a value of the
    // rubric has more than FixedPoint.Decimals decimals or is too large, and the decimal kernel is used.
    private readonly long[]? bonusMaxFixed;
    private readonly long[]? penaltyMaxFixed;
    private readonly long[]? bandMinFixed;
    private readonly long bonusCapFixed;
    private readonly long penaltyCapFixed;
    private readonly int[] capByLevel;
    private readonly int missingSelfAssessmentFail;
    private readonly int leaderDismissedFail;

    /// <summary>Creates a rubric after checking that its parts add up and its rules are consistent.</summary>
    /// <param name="id">A stable id, for example <c>CT-2579-2025</c>.</param>
    /// <param name="name">A readable name.</param>
    /// <param name="citation">The source of the rubric, for example "Decision 2579/QĐ-UBND of the Cần Thơ City People's Committee (2025-11-21)".</param>
    /// <param name="decision">The number of the decision that issued the rubric, or <see langword="null"/>.</param>
    /// <param name="basePoints">The declared base (100 in most provinces), positive.</param>
    /// <param name="sections">The sections, at least one, whose maxima add up to <paramref name="basePoints"/>.</param>
    /// <param name="bonus">The bonus items and their cap.</param>
    /// <param name="penalty">The penalty items and their cap.</param>
    /// <param name="bands">The grade bands: distinct grades, a better grade needs a strictly higher minimum, and the worst band starts at 0 without the "no zero criterion" condition.</param>
    /// <param name="failConditions">The automatic-fail conditions, with distinct ids.</param>
    /// <param name="disciplineCaps">The grade caps for leaders' discipline, at most one per level.</param>
    /// <param name="awardProposal">Who may be proposed for awards; <see langword="null"/> for <see cref="AwardProposalPolicy.Default"/>.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A string is empty or an id is not valid; a collection holds null; <paramref name="sections"/> or <paramref name="bands"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="basePoints"/> is not positive.</exception>
    /// <exception cref="DomainRuleException">
    /// The sections do not add up to the base (<c>EVAL-RUBRIC-PARTS-MISMATCH</c>); two sections, criteria or
    /// conditions share an id (<c>EVAL-RUBRIC-DUPLICATE-ID</c>); the bands are inconsistent
    /// (<c>EVAL-RUBRIC-BANDS</c>); two caps share a level (<c>EVAL-RUBRIC-DUPLICATE-CAP</c>).
    /// </exception>
    public Rubric(
        string id,
        string name,
        string citation,
        DocumentNumber? decision,
        decimal basePoints,
        IEnumerable<RubricSection> sections,
        AdjustmentRules bonus,
        AdjustmentRules penalty,
        IEnumerable<GradeBand> bands,
        IEnumerable<AutomaticFailCondition> failConditions,
        IEnumerable<DisciplineCap> disciplineCaps,
        AwardProposalPolicy? awardProposal = null)
    {
        Guard.Against.Null(id);
        Guard.Against.Null(name);
        Guard.Against.Null(citation);
        Guard.Against.Null(sections);
        Guard.Against.Null(bonus);
        Guard.Against.Null(penalty);
        Guard.Against.Null(bands);
        Guard.Against.Null(failConditions);
        Guard.Against.Null(disciplineCaps);
        Id = RubricIds.Check(id, nameof(id));
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.NullOrWhiteSpace(citation);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(basePoints);
        this.sections = Preconditions.CheckNotNullElements(sections, nameof(sections));
        this.bands = Preconditions.CheckNotNullElements(bands, nameof(bands));
        this.failConditions = Preconditions.CheckNotNullElements(failConditions, nameof(failConditions));
        this.disciplineCaps = Preconditions.CheckNotNullElements(disciplineCaps, nameof(disciplineCaps));
        Preconditions.CheckArgument(this.sections.Length > 0, nameof(sections), "A rubric needs at least one section.");
        Preconditions.CheckArgument(this.bands.Length > 0, nameof(bands), "A rubric needs at least one grade band.");

        Name = name;
        Citation = citation;
        Decision = decision;
        BasePoints = basePoints;
        Bonus = bonus;
        Penalty = penalty;
        AwardProposal = awardProposal ?? AwardProposalPolicy.Default;

        decimal sum = 0m;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var scoredList = new List<RubricCriterion>();
        var tops = new List<RubricCriterion>();
        var starts = new List<int>();
        var ends = new List<int>();
        foreach (var section in this.sections)
        {
            sum += section.MaxPoints;
            Guard.Against.RuleViolation(ids.Add(section.Id), EvaluationRuleCodes.RubricDuplicateId, $"The id '{section.Id}' is used twice in rubric '{id}'.");
            foreach (var criterion in section.Criteria)
            {
                foreach (string criterionId in criterion.AllIds())
                {
                    Guard.Against.RuleViolation(ids.Add(criterionId), EvaluationRuleCodes.RubricDuplicateId, $"The id '{criterionId}' is used twice in rubric '{id}'.");
                }

                tops.Add(criterion);
                starts.Add(scoredList.Count);
                criterion.CollectScored(scoredList);
                ends.Add(scoredList.Count);
            }
        }

        Guard.Against.RuleViolation(
            sum == basePoints,
            EvaluationRuleCodes.RubricPartsMismatch,
            $"The sections of rubric '{id}' add up to {RubricIds.Points(sum)} points, not the declared base {RubricIds.Points(basePoints)}.");

        scored = scoredList.ToArray();
        topCriteria = tops.ToArray();
        topStart = starts.ToArray();
        topEnd = ends.ToArray();
        scoredOrdinals = new Dictionary<string, int>(scored.Length, StringComparer.Ordinal);
        for (int i = 0; i < scored.Length; i++)
        {
            scoredOrdinals.Add(scored[i].Id, i);
        }

        CheckBands(this.bands, id);
        Array.Sort(this.bands, (a, b) => b.Grade.CompareTo(a.Grade));

        var conditionIds = new HashSet<string>(StringComparer.Ordinal);
        missingSelfAssessmentFail = -1;
        leaderDismissedFail = -1;
        for (int i = 0; i < this.failConditions.Length; i++)
        {
            var condition = this.failConditions[i];
            Guard.Against.RuleViolation(conditionIds.Add(condition.Id), EvaluationRuleCodes.RubricDuplicateId, $"Two automatic-fail conditions share the id '{condition.Id}'.");
            if (condition.Trigger == FailTrigger.MissingSelfAssessment && missingSelfAssessmentFail < 0)
            {
                missingSelfAssessmentFail = i;
            }
            else if (condition.Trigger == FailTrigger.LeaderDismissed && leaderDismissedFail < 0)
            {
                leaderDismissedFail = i;
            }
        }

        capByLevel = new int[(int)LeaderDisciplineLevel.Dismissal + 1];
        Array.Fill(capByLevel, -1);
        var levels = new HashSet<LeaderDisciplineLevel>();
        foreach (var cap in this.disciplineCaps)
        {
            Guard.Against.RuleViolation(levels.Add(cap.Level), EvaluationRuleCodes.RubricDuplicateCap, $"Two discipline caps share the level {cap.Level}.");
            for (int level = (int)cap.Level; level < capByLevel.Length; level++)
            {
                if (capByLevel[level] < 0 || (int)cap.MaximumGrade < capByLevel[level])
                {
                    capByLevel[level] = (int)cap.MaximumGrade;
                }
            }
        }

        bonusMax = Maxima(bonus);
        penaltyMax = Maxima(penalty);

        bool fixedOk = FixedPoint.TryConvert(bonus.Cap, out bonusCapFixed) & FixedPoint.TryConvert(penalty.Cap, out penaltyCapFixed);
        foreach (var criterion in scored)
        {
            fixedOk &= FixedPoint.TryConvert(criterion.MaxPoints, out _);
        }

        long[]? bandMins = FixedPoint.TryConvertAll(this.bands, b => b.MinimumScore);
        long[]? bonusMaxima = FixedPoint.TryConvertAll(bonusMax, m => m);
        long[]? penaltyMaxima = FixedPoint.TryConvertAll(penaltyMax, m => m);
        if (fixedOk && bandMins is not null && bonusMaxima is not null && penaltyMaxima is not null)
        {
            bandMinFixed = bandMins;
            bonusMaxFixed = bonusMaxima;
            penaltyMaxFixed = penaltyMaxima;
        }
    }

    /// <summary>Gets the rubric's id.</summary>
    public string Id { get; }

    /// <summary>Gets the rubric's readable name.</summary>
    public string Name { get; }

    /// <summary>Gets the source of the rubric.</summary>
    public string Citation { get; }

    /// <summary>Gets the number of the decision that issued the rubric, or <see langword="null"/>.</summary>
    public DocumentNumber? Decision { get; }

    /// <summary>Gets the declared base points.</summary>
    public decimal BasePoints { get; }

    /// <summary>Gets the sections, in rubric order.</summary>
    public IReadOnlyList<RubricSection> Sections => sectionsView ??= ReadOnlyView.Of(sections);

    /// <summary>Gets the directly scored criteria, in rubric order (depth first); a score sheet scores exactly these.</summary>
    public IReadOnlyList<RubricCriterion> ScoredCriteria => scoredCriteriaView ??= ReadOnlyView.Of(scored);

    /// <summary>Gets the criteria of all sections (the top level, where the "no criterion scored 0" rule applies), in rubric order.</summary>
    public IReadOnlyList<RubricCriterion> TopLevelCriteria => topLevelCriteriaView ??= ReadOnlyView.Of(topCriteria);

    /// <summary>Gets the bonus items and their cap.</summary>
    public AdjustmentRules Bonus { get; }

    /// <summary>Gets the penalty items and their cap.</summary>
    public AdjustmentRules Penalty { get; }

    /// <summary>Gets the grade bands, best grade first.</summary>
    public IReadOnlyList<GradeBand> Bands => bandsView ??= ReadOnlyView.Of(bands);

    /// <summary>Gets the automatic-fail conditions.</summary>
    public IReadOnlyList<AutomaticFailCondition> FailConditions => failConditionsView ??= ReadOnlyView.Of(failConditions);

    /// <summary>Gets the grade caps for leaders' discipline.</summary>
    public IReadOnlyList<DisciplineCap> DisciplineCaps => disciplineCapsView ??= ReadOnlyView.Of(disciplineCaps);

    /// <summary>Gets who may be proposed for awards.</summary>
    public AwardProposalPolicy AwardProposal { get; }

    /// <summary>Gets the highest final score possible: the base plus the bonus cap.</summary>
    public decimal MaximumFinalScore => BasePoints + Bonus.Cap;

    /// <summary>Finds the ordinal of a directly scored criterion.</summary>
    /// <param name="criterionId">The criterion's id.</param>
    /// <param name="ordinal">The criterion's position in <see cref="ScoredCriteria"/>, when found.</param>
    /// <returns><see langword="true"/> when the rubric has a directly scored criterion with that id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="criterionId"/> is null.</exception>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public bool TryGetScoredOrdinal(string criterionId, out int ordinal)
    {
        Guard.Against.Null(criterionId);
        return scoredOrdinals.TryGetValue(criterionId, out ordinal);
    }

    /// <summary>Returns the grade caps that apply to a discipline level: the strictest cap at or below it, or <see langword="null"/>.</summary>
    /// <param name="level">The heaviest discipline level of a head or deputy head.</param>
    /// <returns>The cap, or <see langword="null"/> when none applies.</returns>
    public DisciplineCap? CapFor(LeaderDisciplineLevel level)
    {
        DisciplineCap? best = null;
        foreach (var cap in disciplineCaps)
        {
            if (cap.Level <= level && (best is null || cap.MaximumGrade < best.MaximumGrade))
            {
                best = cap;
            }
        }

        return best;
    }

    /// <summary>Scores a sheet and explains every point.</summary>
    /// <param name="sheet">A sheet made for this rubric.</param>
    /// <returns>The score card.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sheet"/> is null.</exception>
    /// <exception cref="DomainRuleException">The sheet was made for another rubric (<c>EVAL-RUBRIC-MISMATCH</c>).</exception>
    public ScoreCard Score(ScoreSheet sheet)
    {
        Guard.Against.Null(sheet);
        CheckSheet(sheet);
        return ScoreCardBuilder.Build(this, sheet);
    }

    /// <summary>Computes a sheet's final score and grade without building the explanation and without allocating.</summary>
    /// <param name="sheet">A sheet made for this rubric.</param>
    /// <returns>The summary; equal to <see cref="ScoreCard.Summary"/> of <see cref="Score"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sheet"/> is null.</exception>
    /// <exception cref="DomainRuleException">The sheet was made for another rubric (<c>EVAL-RUBRIC-MISMATCH</c>).</exception>
    public ScoreSummary Summarize(ScoreSheet sheet)
    {
        Guard.Against.Null(sheet);
        CheckSheet(sheet);
        return SummarizeCore(sheet);
    }

    /// <summary>Computes the final score and grade of many sheets; the results array is the only allocation.</summary>
    /// <param name="sheets">Sheets made for this rubric.</param>
    /// <returns>The summaries, in the order of <paramref name="sheets"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sheets"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sheets"/> holds null.</exception>
    /// <exception cref="DomainRuleException">A sheet was made for another rubric (<c>EVAL-RUBRIC-MISMATCH</c>).</exception>
    public IReadOnlyList<ScoreSummary> SummarizeAll(IReadOnlyList<ScoreSheet> sheets)
    {
        Guard.Against.Null(sheets);
        var results = new ScoreSummary[sheets.Count];
        for (int i = 0; i < results.Length; i++)
        {
            var sheet = sheets[i];
            if (sheet is null)
            {
                throw new ArgumentException($"Element {i} is null.", nameof(sheets));
            }

            CheckSheet(sheet);
            results[i] = SummarizeCore(sheet);
        }

        return results;
    }

    /// <summary>Returns the rubric's id and name.</summary>
    /// <returns>The id and name.</returns>
    public override string ToString() => $"{Id} {Name}";

    internal int ScoredOrdinal(string id) => scoredOrdinals.TryGetValue(id, out int ordinal) ? ordinal : -1;

    internal int FailConditionIndex(string id) => Array.FindIndex(failConditions, c => string.Equals(c.Id, id, StringComparison.Ordinal));

    private void CheckSheet(ScoreSheet sheet)
    {
        // Not Guard.Against.RuleViolation: its message would be formatted for every sheet of the hot path.
        if (!ReferenceEquals(sheet.Rubric, this))
        {
            throw new DomainRuleException(EvaluationRuleCodes.RubricMismatch, $"The score sheet of unit '{sheet.Unit}' was made for rubric '{sheet.Rubric.Id}', not '{Id}'.");
        }
    }

    internal bool HasFixedPoint => bandMinFixed is not null;

    private ScoreSummary SummarizeCore(ScoreSheet sheet)
    {
        var fixedData = sheet.Fixed;
        if (fixedData is not null && bandMinFixed is not null)
        {
            return SummarizeFixed(sheet, fixedData);
        }

        return SummarizeDecimal(sheet);
    }

    // The same computation as SummarizeDecimal on scaled longs: no decimal arithmetic in the loop.
    private ScoreSummary SummarizeFixed(ScoreSheet sheet, SheetFixedPoint data)
    {
        var scores = data.Basis;
        long baseScore = 0;
        bool hasZero = false;
        if (scores is null)
        {
            hasZero = true;
        }
        else
        {
            for (int t = 0; t < topStart.Length; t++)
            {
                long criterion = 0;
                for (int i = topStart[t]; i < topEnd[t]; i++)
                {
                    criterion += scores[i];
                }

                hasZero |= criterion == 0;
                baseScore += criterion;
            }
        }

        long bonus = AdjustFixed(data.Bonus, sheet.BonusItems, bonusMaxFixed!, bonusCapFixed);
        long penalty = AdjustFixed(data.Penalty, sheet.PenaltyItems, penaltyMaxFixed!, penaltyCapFixed);
        long final = baseScore + bonus - penalty;
        if (final < 0)
        {
            final = 0;
        }

        var rule = GradeRule.ScoreBand;
        var bandGrade = EvaluationGrade.NotCompleted;
        var mins = bandMinFixed!;
        for (int k = 0; k < mins.Length; k++)
        {
            if (final >= mins[k])
            {
                if (bands[k].RequiresNoZeroCriterion && hasZero)
                {
                    rule = GradeRule.NoZeroCriterion;
                    continue;
                }

                bandGrade = bands[k].Grade;
                break;
            }
        }

        var (grade, decidedBy) = Finish(sheet, bandGrade, rule);
        return new ScoreSummary(FixedPoint.ToDecimal(baseScore), FixedPoint.ToDecimal(bonus), FixedPoint.ToDecimal(penalty), FixedPoint.ToDecimal(final), hasZero, bandGrade, grade, decidedBy);
    }

    private (EvaluationGrade Grade, GradeRule Rule) Finish(ScoreSheet sheet, EvaluationGrade bandGrade, GradeRule rule)
    {
        var grade = bandGrade;
        int cap = capByLevel[(int)sheet.HeaviestDiscipline];
        if (cap >= 0 && (int)grade > cap)
        {
            grade = (EvaluationGrade)cap;
            rule = GradeRule.DisciplineCap;
        }

        bool fails = sheet.ReportedFailCount > 0
            || (missingSelfAssessmentFail >= 0 && !sheet.HasSelfAssessment)
            || (leaderDismissedFail >= 0 && sheet.HeaviestDiscipline == LeaderDisciplineLevel.Dismissal);
        return fails ? (EvaluationGrade.NotCompleted, GradeRule.AutomaticFail) : (grade, rule);
    }

    private static long AdjustFixed(long[] points, int[] items, long[] maxima, long cap)
    {
        long total = 0;
        for (int i = 0; i < points.Length; i++)
        {
            long p = points[i];
            long max = maxima[items[i]];
            total += p < max ? p : max;
        }

        return total < cap ? total : cap;
    }

    private ScoreSummary SummarizeDecimal(ScoreSheet sheet)
    {
        var scores = sheet.BasisScores;
        decimal baseScore = 0m;
        bool hasZero = false;
        if (scores is null)
        {
            hasZero = true;
        }
        else
        {
            for (int t = 0; t < topStart.Length; t++)
            {
                decimal criterion = 0m;
                for (int i = topStart[t]; i < topEnd[t]; i++)
                {
                    criterion += scores[i].Points;
                }

                hasZero |= criterion == 0m;
                baseScore += criterion;
            }
        }

        decimal bonus = Adjust(sheet.BonusPoints, sheet.BonusItems, bonusMax, Bonus.Cap);
        decimal penalty = Adjust(sheet.PenaltyPoints, sheet.PenaltyItems, penaltyMax, Penalty.Cap);
        decimal final = baseScore + bonus - penalty;
        if (final < 0m)
        {
            final = 0m;
        }

        var rule = GradeRule.ScoreBand;
        var bandGrade = EvaluationGrade.NotCompleted;
        for (int k = 0; k < bands.Length; k++)
        {
            var band = bands[k];
            if (final >= band.MinimumScore)
            {
                if (band.RequiresNoZeroCriterion && hasZero)
                {
                    rule = GradeRule.NoZeroCriterion;
                    continue;
                }

                bandGrade = band.Grade;
                break;
            }
        }

        var (grade, decidedBy) = Finish(sheet, bandGrade, rule);
        return new ScoreSummary(baseScore, bonus, penalty, final, hasZero, bandGrade, grade, decidedBy);
    }

    private static decimal Adjust(decimal[] points, int[] items, decimal[] maxima, decimal cap)
    {
        decimal total = 0m;
        for (int i = 0; i < points.Length; i++)
        {
            decimal p = points[i];
            decimal max = maxima[items[i]];
            total += p < max ? p : max;
        }

        return total < cap ? total : cap;
    }

    private static decimal[] Maxima(AdjustmentRules rules)
    {
        var result = new decimal[rules.Items.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = rules.Items[i].MaxPointsPerEntry;
        }

        return result;
    }

    private static void CheckBands(GradeBand[] bands, string id)
    {
        var byGrade = new GradeBand?[(int)EvaluationGrade.Excellent + 1];
        foreach (var band in bands)
        {
            Guard.Against.RuleViolation(byGrade[(int)band.Grade] is null, EvaluationRuleCodes.RubricBands, $"Rubric '{id}' has two bands for grade {band.Grade}.");
            byGrade[(int)band.Grade] = band;
        }

        GradeBand? lower = null;
        foreach (var band in byGrade)
        {
            if (band is null)
            {
                continue;
            }

            if (lower is null)
            {
                Guard.Against.RuleViolation(
                    band.MinimumScore == 0m && !band.RequiresNoZeroCriterion,
                    EvaluationRuleCodes.RubricBands,
                    $"The worst band of rubric '{id}' ({band.Grade}) must start at 0 without the no-zero-criterion condition, so that every score has a grade.");
            }
            else
            {
                Guard.Against.RuleViolation(
                    band.MinimumScore > lower.MinimumScore,
                    EvaluationRuleCodes.RubricBands,
                    $"Band {band.Grade} of rubric '{id}' starts at {RubricIds.Points(band.MinimumScore)}, not above band {lower.Grade} ({RubricIds.Points(lower.MinimumScore)}).");
            }

            lower = band;
        }
    }
}
