using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using Ardalis.GuardClauses;
using MassMobilization.Core.Organization;

namespace MassMobilization.Core.Evaluation;

/// <summary>
/// A unit's score sheet (phiếu chấm điểm) for one rubric: the points the unit gives itself
/// (self-assessment, tự chấm), the points the reviewing body gives (thẩm định), bonus claims with
/// their evidence, penalties, reported automatic-fail conditions, and the discipline of its head or
/// deputy head. Immutable: the <c>With…</c> methods return a new sheet.
/// </summary>
/// <remarks>
/// <para>Errors (<see cref="DomainRuleException"/>, nothing is built):</para>
/// <list type="bullet">
/// <item><c>EVAL-UNKNOWN-CRITERION</c>: a score names a criterion that the rubric does not score directly (unknown, or a criterion with sub-criteria);</item>
/// <item><c>EVAL-DUPLICATE-CRITERION</c>: an assessment scores a criterion twice;</item>
/// <item><c>EVAL-MISSING-CRITERION</c>: an assessment leaves a criterion unscored (a total of 0 with every criterion scored is valid);</item>
/// <item><c>EVAL-SCORE-OUT-OF-RANGE</c>: points below 0 or above the criterion's maximum;</item>
/// <item><c>EVAL-BONUS-WRONG-SUBJECT</c>: a bonus claim names an exemplar under an item earned by models (or the reverse);</item>
/// <item><c>EVAL-BONUS-OTHER-UNIT</c>: a claim from the Mobilization register names another unit's model or exemplar;</item>
/// <item><c>EVAL-BONUS-DUPLICATE-EVIDENCE</c>: the same model or exemplar is claimed twice (one recognition earns one bonus);</item>
/// <item><c>EVAL-UNKNOWN-BONUS-ITEM</c>, <c>EVAL-UNKNOWN-PENALTY-ITEM</c>, <c>EVAL-UNKNOWN-FAIL-CONDITION</c>: an id the rubric does not declare.</item>
/// </list>
/// <para>
/// A missing self-assessment (<see langword="null"/>) is not an error: it is a fact that triggers the
/// rubric's automatic-fail condition. A missing review means the card is scored on the self-assessment.
/// Bonus and penalty points above their limits are not errors either: they are capped when scored,
/// and the card shows the cap.
/// </para>
/// </remarks>
public sealed class ScoreSheet
{
    private readonly CriterionScore[]? selfAssessment;
    private readonly CriterionScore[]? review;
    private readonly BonusClaim[] bonuses;
    private IReadOnlyList<BonusClaim>? bonusesView;
    private readonly PenaltyEntry[] penalties;
    private IReadOnlyList<PenaltyEntry>? penaltiesView;
    private readonly string[] reportedFailConditions;
    private IReadOnlyList<string>? reportedFailConditionsView;
    private readonly LeaderDiscipline[] disciplines;
    private IReadOnlyList<LeaderDiscipline>? disciplinesView;

    /// <summary>Creates a score sheet and checks it against the rubric.</summary>
    /// <param name="rubric">The rubric the sheet is scored on.</param>
    /// <param name="unit">The evaluated unit's code; not the default value.</param>
    /// <param name="unitName">The unit's name for explanations, or <see langword="null"/>.</param>
    /// <param name="selfAssessment">The unit's own points for every directly scored criterion, or <see langword="null"/> when the unit gave none.</param>
    /// <param name="review">The reviewing body's points for every directly scored criterion, or <see langword="null"/> when not reviewed yet.</param>
    /// <param name="bonuses">Bonus claims, or <see langword="null"/> for none.</param>
    /// <param name="penalties">Penalties, or <see langword="null"/> for none.</param>
    /// <param name="reportedFailConditions">Ids of automatic-fail conditions that occurred, or <see langword="null"/> for none; repeats count once.</param>
    /// <param name="disciplines">Discipline of the head or deputy heads in the year, or <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rubric"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is the default value, or a collection holds null.</exception>
    /// <exception cref="DomainRuleException">The sheet does not fit the rubric (see the remarks for the rule codes).</exception>
    public ScoreSheet(
        Rubric rubric,
        UnitCode unit,
        string? unitName,
        IEnumerable<CriterionScore>? selfAssessment,
        IEnumerable<CriterionScore>? review = null,
        IEnumerable<BonusClaim>? bonuses = null,
        IEnumerable<PenaltyEntry>? penalties = null,
        IEnumerable<string>? reportedFailConditions = null,
        IEnumerable<LeaderDiscipline>? disciplines = null)
    {
        Guard.Against.Null(rubric);
        Preconditions.CheckArgument(!unit.IsDefault, nameof(unit), "A score sheet needs a unit code.");
        Rubric = rubric;
        Unit = unit;
        UnitName = unitName;
        this.selfAssessment = selfAssessment is null ? null : Order(rubric, selfAssessment, unit, "self-assessment");
        this.review = review is null ? null : Order(rubric, review, unit, "review");
        SelfAssessment = this.selfAssessment is null ? null : new ReadOnlyCollection<CriterionScore>(this.selfAssessment);
        Review = this.review is null ? null : new ReadOnlyCollection<CriterionScore>(this.review);

        this.bonuses = bonuses is null ? [] : Preconditions.CheckNotNullElements(bonuses, nameof(bonuses));
        BonusItems = new int[this.bonuses.Length];
        BonusPoints = new decimal[this.bonuses.Length];
        var evidence = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < this.bonuses.Length; i++)
        {
            var claim = this.bonuses[i];
            int index = rubric.Bonus.IndexOf(claim.ItemId);
            Guard.Against.RuleViolation(index >= 0, EvaluationRuleCodes.UnknownBonusItem, $"Rubric '{rubric.Id}' has no bonus item '{claim.ItemId}' (unit '{unit}').");
            var item = rubric.Bonus.Items[index];
            Guard.Against.RuleViolation(
                item.EvidenceSubject is null || item.EvidenceSubject == claim.Subject,
                EvaluationRuleCodes.BonusWrongSubject,
                $"Bonus item '{item.Id}' is earned by a recognised {item.EvidenceSubject}, not by the {claim.Subject} '{claim.ModelOrExemplar}' (unit '{unit}').");
            Guard.Against.RuleViolation(
                claim.Recognition is null || claim.Recognition.OwnerUnit == unit,
                EvaluationRuleCodes.BonusOtherUnit,
                $"The {claim.Subject} '{claim.ModelOrExemplar}' belongs to unit '{claim.Recognition?.OwnerUnit}', not to the scored unit '{unit}'.");
            Guard.Against.RuleViolation(
                evidence.Add(claim.EvidenceKey()),
                EvaluationRuleCodes.BonusDuplicateEvidence,
                $"The {claim.Subject} '{claim.ModelOrExemplar}' is claimed twice on the score sheet of unit '{unit}'; one recognition earns one bonus.");
            BonusItems[i] = index;
            BonusPoints[i] = claim.Points;
        }

        this.penalties = penalties is null ? [] : Preconditions.CheckNotNullElements(penalties, nameof(penalties));
        PenaltyItems = new int[this.penalties.Length];
        PenaltyPoints = new decimal[this.penalties.Length];
        for (int i = 0; i < this.penalties.Length; i++)
        {
            int index = rubric.Penalty.IndexOf(this.penalties[i].ItemId);
            Guard.Against.RuleViolation(index >= 0, EvaluationRuleCodes.UnknownPenaltyItem, $"Rubric '{rubric.Id}' has no penalty item '{this.penalties[i].ItemId}' (unit '{unit}').");
            PenaltyItems[i] = index;
            PenaltyPoints[i] = this.penalties[i].Points;
        }

        var reported = reportedFailConditions is null ? [] : Preconditions.CheckNotNullElements(reportedFailConditions, nameof(reportedFailConditions));
        var distinct = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string id in reported)
        {
            Guard.Against.RuleViolation(rubric.FailConditionIndex(id) >= 0, EvaluationRuleCodes.UnknownFailCondition, $"Rubric '{rubric.Id}' has no automatic-fail condition '{id}' (unit '{unit}').");
            distinct.Add(id);
        }

        this.reportedFailConditions = [.. distinct];

        this.disciplines = disciplines is null ? [] : Preconditions.CheckNotNullElements(disciplines, nameof(disciplines));
        foreach (var discipline in this.disciplines)
        {
            if (discipline.Level > HeaviestDiscipline)
            {
                HeaviestDiscipline = discipline.Level;
            }
        }

        Fixed = rubric.HasFixedPoint ? SheetFixedPoint.TryCreate(BasisScores, BonusPoints, PenaltyPoints) : null;
    }

    /// <summary>Gets the rubric the sheet is scored on.</summary>
    public Rubric Rubric { get; }

    /// <summary>Gets the evaluated unit's code.</summary>
    public UnitCode Unit { get; }

    /// <summary>Gets the unit's name, or <see langword="null"/>.</summary>
    public string? UnitName { get; }

    /// <summary>Gets a value indicating whether the unit gave a self-assessment.</summary>
    public bool HasSelfAssessment => selfAssessment is not null;

    /// <summary>Gets a value indicating whether the reviewing body gave its points.</summary>
    public bool HasReview => review is not null;

    /// <summary>Gets the self-assessment in rubric order, or <see langword="null"/> when the unit gave none.</summary>
    public IReadOnlyList<CriterionScore>? SelfAssessment { get; }

    /// <summary>Gets the review in rubric order, or <see langword="null"/> when not reviewed yet.</summary>
    public IReadOnlyList<CriterionScore>? Review { get; }

    /// <summary>Gets whose points the card is scored on: the review when present, else the self-assessment.</summary>
    public ScoreBasis Basis => review is not null ? ScoreBasis.Review : selfAssessment is not null ? ScoreBasis.SelfAssessment : ScoreBasis.None;

    /// <summary>Gets the bonus claims.</summary>
    public IReadOnlyList<BonusClaim> Bonuses => bonusesView ??= ReadOnlyView.Of(bonuses);

    /// <summary>Gets the penalties.</summary>
    public IReadOnlyList<PenaltyEntry> Penalties => penaltiesView ??= ReadOnlyView.Of(penalties);

    /// <summary>Gets the ids of the reported automatic-fail conditions, in ordinal order, each once.</summary>
    public IReadOnlyList<string> ReportedFailConditions => reportedFailConditionsView ??= ReadOnlyView.Of(reportedFailConditions);

    /// <summary>Gets the discipline of the head or deputy heads.</summary>
    public IReadOnlyList<LeaderDiscipline> Disciplines => disciplinesView ??= ReadOnlyView.Of(disciplines);

    /// <summary>Gets the heaviest discipline level among <see cref="Disciplines"/>; <see cref="LeaderDisciplineLevel.None"/> when there is none.</summary>
    public LeaderDisciplineLevel HeaviestDiscipline { get; }

    internal CriterionScore[]? BasisScores => review ?? selfAssessment;

    /// <summary>Gets the points in fixed-point form for the fast kernel, or <see langword="null"/> when a value has too many decimals.</summary>
    internal SheetFixedPoint? Fixed { get; }

    internal int[] BonusItems { get; }

    internal decimal[] BonusPoints { get; }

    internal int[] PenaltyItems { get; }

    internal decimal[] PenaltyPoints { get; }

    internal int ReportedFailCount => reportedFailConditions.Length;

    /// <summary>Returns a copy of this sheet with the reviewing body's points.</summary>
    /// <param name="scores">The review, for every directly scored criterion.</param>
    /// <returns>The new sheet.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scores"/> is null.</exception>
    /// <exception cref="DomainRuleException">The review does not fit the rubric.</exception>
    public ScoreSheet WithReview(IEnumerable<CriterionScore> scores)
    {
        Guard.Against.Null(scores);
        return new(Rubric, Unit, UnitName, selfAssessment, scores, bonuses, penalties, reportedFailConditions, disciplines);
    }

    /// <summary>Returns a copy of this sheet with other bonus claims.</summary>
    /// <param name="claims">The claims.</param>
    /// <returns>The new sheet.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="claims"/> is null.</exception>
    /// <exception cref="DomainRuleException">A claim names an unknown item.</exception>
    public ScoreSheet WithBonuses(IEnumerable<BonusClaim> claims)
    {
        Guard.Against.Null(claims);
        return new(Rubric, Unit, UnitName, selfAssessment, review, claims, penalties, reportedFailConditions, disciplines);
    }

    /// <summary>Returns a copy of this sheet with other penalties.</summary>
    /// <param name="entries">The penalties.</param>
    /// <returns>The new sheet.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is null.</exception>
    /// <exception cref="DomainRuleException">An entry names an unknown item.</exception>
    public ScoreSheet WithPenalties(IEnumerable<PenaltyEntry> entries)
    {
        Guard.Against.Null(entries);
        return new(Rubric, Unit, UnitName, selfAssessment, review, bonuses, entries, reportedFailConditions, disciplines);
    }

    /// <summary>Returns a copy of this sheet with other reported automatic-fail conditions.</summary>
    /// <param name="conditionIds">The ids of the conditions that occurred.</param>
    /// <returns>The new sheet.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="conditionIds"/> is null.</exception>
    /// <exception cref="DomainRuleException">An id is unknown.</exception>
    public ScoreSheet WithReportedFailConditions(IEnumerable<string> conditionIds)
    {
        Guard.Against.Null(conditionIds);
        return new(Rubric, Unit, UnitName, selfAssessment, review, bonuses, penalties, conditionIds, disciplines);
    }

    /// <summary>Returns a copy of this sheet with other discipline records.</summary>
    /// <param name="records">The discipline of the head or deputy heads.</param>
    /// <returns>The new sheet.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    public ScoreSheet WithDisciplines(IEnumerable<LeaderDiscipline> records)
    {
        Guard.Against.Null(records);
        return new(Rubric, Unit, UnitName, selfAssessment, review, bonuses, penalties, reportedFailConditions, records);
    }

    /// <summary>Returns the unit's code and name.</summary>
    /// <returns>The code and name.</returns>
    public override string ToString() => UnitName is null ? Unit.ToString() : $"{Unit} {UnitName}";

    private static CriterionScore[] Order(Rubric rubric, IEnumerable<CriterionScore> scores, UnitCode unit, string what)
    {
        var criteria = rubric.ScoredCriteria;
        var ordered = new CriterionScore[criteria.Count];
        var present = new bool[criteria.Count];
        foreach (var score in scores)
        {
            int ordinal = rubric.ScoredOrdinal(score.CriterionId);
            Guard.Against.RuleViolation(
                ordinal >= 0,
                EvaluationRuleCodes.UnknownCriterion,
                $"The {what} of unit '{unit}' scores '{score.CriterionId}', which rubric '{rubric.Id}' does not score directly.");
            Guard.Against.RuleViolation(
                !present[ordinal],
                EvaluationRuleCodes.DuplicateCriterion,
                $"The {what} of unit '{unit}' scores criterion '{score.CriterionId}' twice.");
            var criterion = criteria[ordinal];
            Guard.Against.RuleViolation(
                score.Points >= 0m && score.Points <= criterion.MaxPoints,
                EvaluationRuleCodes.ScoreOutOfRange,
                $"The {what} of unit '{unit}' gives criterion '{criterion.Id}' {RubricIds.Points(score.Points)} points; it accepts 0 to {RubricIds.Points(criterion.MaxPoints)}.");
            present[ordinal] = true;
            ordered[ordinal] = score;
        }

        for (int i = 0; i < present.Length; i++)
        {
            Guard.Against.RuleViolation(
                present[i],
                EvaluationRuleCodes.MissingCriterion,
                $"The {what} of unit '{unit}' does not score criterion '{criteria[i].Id}'; every criterion needs points, 0 included.");
        }

        return ordered;
    }
}
