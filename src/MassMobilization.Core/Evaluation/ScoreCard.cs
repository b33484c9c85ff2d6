using System.Collections.Generic;
using MassMobilization.Core.Organization;

namespace MassMobilization.Core.Evaluation;

/// <summary>
/// The explained result of scoring a <see cref="ScoreSheet"/> (kết quả chấm điểm, xếp loại): every
/// criterion with the unit's and the reviewer's points and their difference, every bonus with the
/// model or exemplar that earned it, every penalty, the caps applied, the automatic fails, the final
/// score (exact decimal) and the grade with the rule that decided it, citing the rubric's source.
/// </summary>
public sealed class ScoreCard
{
    internal ScoreCard(
        ScoreSheet sheet,
        IReadOnlyList<SectionResult> sections,
        IReadOnlyList<ScoreDifference> differences,
        decimal? selfAssessedBaseScore,
        IReadOnlyList<AdjustmentLine> bonuses,
        decimal bonusBeforeCap,
        IReadOnlyList<AdjustmentLine> penalties,
        decimal penaltyBeforeCap,
        IReadOnlyList<string> zeroCriteria,
        IReadOnlyList<TriggeredFailCondition> automaticFails,
        DisciplineCap? appliedDisciplineCap,
        ScoreSummary summary,
        string decision,
        IReadOnlyList<string> explanation)
    {
        var rubric = sheet.Rubric;
        Rubric = rubric;
        Unit = sheet.Unit;
        UnitName = sheet.UnitName;
        RubricId = rubric.Id;
        Citation = rubric.Citation;
        Basis = sheet.Basis;
        BasePoints = rubric.BasePoints;
        Sections = sections;
        Differences = differences;
        SelfAssessedBaseScore = selfAssessedBaseScore;
        Bonuses = bonuses;
        BonusBeforeCap = bonusBeforeCap;
        BonusCap = rubric.Bonus.Cap;
        Penalties = penalties;
        PenaltyBeforeCap = penaltyBeforeCap;
        PenaltyCap = rubric.Penalty.Cap;
        ZeroCriteria = zeroCriteria;
        AutomaticFails = automaticFails;
        Disciplines = sheet.Disciplines;
        AppliedDisciplineCap = appliedDisciplineCap;
        Summary = summary;
        Decision = decision;
        Explanation = explanation;
        AwardProposal = rubric.AwardProposal.Check(summary.Grade);
    }

    /// <summary>Gets the rubric the card was scored on.</summary>
    internal Rubric Rubric { get; }

    /// <summary>Gets the evaluated unit's code.</summary>
    public UnitCode Unit { get; }

    /// <summary>Gets the unit's name, or <see langword="null"/>.</summary>
    public string? UnitName { get; }

    /// <summary>Gets the id of the rubric the card was scored on.</summary>
    public string RubricId { get; }

    /// <summary>Gets the source of the rubric.</summary>
    public string Citation { get; }

    /// <summary>Gets whose points the criteria count: the review, else the self-assessment.</summary>
    public ScoreBasis Basis { get; }

    /// <summary>Gets the rubric's declared base points.</summary>
    public decimal BasePoints { get; }

    /// <summary>Gets the sections with their criteria's points.</summary>
    public IReadOnlyList<SectionResult> Sections { get; }

    /// <summary>Gets the directly scored criteria where the review differs from the self-assessment, in rubric order.</summary>
    public IReadOnlyList<ScoreDifference> Differences { get; }

    /// <summary>Gets the sum of the self-assessment's points, or <see langword="null"/> when the unit gave none.</summary>
    public decimal? SelfAssessedBaseScore { get; }

    /// <summary>Gets the sum of the criteria's points on the card's basis, before bonus and penalty.</summary>
    public decimal BaseScore => Summary.BaseScore;

    /// <summary>Gets the bonus lines, in the sheet's order.</summary>
    public IReadOnlyList<AdjustmentLine> Bonuses { get; }

    /// <summary>Gets the bonus after the per-entry limits, before the cap.</summary>
    public decimal BonusBeforeCap { get; }

    /// <summary>Gets the rubric's bonus cap.</summary>
    public decimal BonusCap { get; }

    /// <summary>Gets the bonus counted.</summary>
    public decimal Bonus => Summary.Bonus;

    /// <summary>Gets a value indicating whether the bonus cap reduced the bonus.</summary>
    public bool BonusCapApplied => BonusBeforeCap > BonusCap;

    /// <summary>Gets the penalty lines, in the sheet's order.</summary>
    public IReadOnlyList<AdjustmentLine> Penalties { get; }

    /// <summary>Gets the penalty after the per-entry limits, before the cap.</summary>
    public decimal PenaltyBeforeCap { get; }

    /// <summary>Gets the rubric's penalty cap.</summary>
    public decimal PenaltyCap { get; }

    /// <summary>Gets the penalty counted (a positive number).</summary>
    public decimal Penalty => Summary.Penalty;

    /// <summary>Gets a value indicating whether the penalty cap reduced the penalty.</summary>
    public bool PenaltyCapApplied => PenaltyBeforeCap > PenaltyCap;

    /// <summary>Gets the final score.</summary>
    public decimal FinalScore => Summary.FinalScore;

    /// <summary>Gets the ids of the top-level criteria scored 0, in rubric order.</summary>
    public IReadOnlyList<string> ZeroCriteria { get; }

    /// <summary>Gets the grade of the score bands alone.</summary>
    public EvaluationGrade BandGrade => Summary.BandGrade;

    /// <summary>Gets the automatic-fail conditions that hold, in rubric order.</summary>
    public IReadOnlyList<TriggeredFailCondition> AutomaticFails { get; }

    /// <summary>Gets the discipline of the head or deputy heads.</summary>
    public IReadOnlyList<LeaderDiscipline> Disciplines { get; }

    /// <summary>Gets the discipline cap that lowered the grade, or <see langword="null"/> when none did.</summary>
    public DisciplineCap? AppliedDisciplineCap { get; }

    /// <summary>Gets the final grade.</summary>
    public EvaluationGrade Grade => Summary.Grade;

    /// <summary>Gets the kind of rule that decided the final grade.</summary>
    public GradeRule DecidedBy => Summary.DecidedBy;

    /// <summary>Gets the sentence stating the grade and the rule that decided it, citing its source.</summary>
    public string Decision { get; }

    /// <summary>Gets whether the unit may be proposed for awards under the rubric's policy.</summary>
    public AwardProposalEligibility AwardProposal { get; }

    /// <summary>Gets the final score and grade without the explanation.</summary>
    public ScoreSummary Summary { get; }

    /// <summary>Gets the explanation, one line per step, that accounts for every point.</summary>
    public IReadOnlyList<string> Explanation { get; }

    /// <summary>Returns the unit, final score and grade.</summary>
    /// <returns>For example "26740: 96.50 Excellent".</returns>
    public override string ToString() => $"{Unit}: {RubricIds.Points(FinalScore)} {Grade}";
}

/// <summary>A section of a score card.</summary>
public sealed class SectionResult
{
    internal SectionResult(RubricSection section, decimal points, IReadOnlyList<ScoreCardCriterion> criteria)
    {
        Id = section.Id;
        Title = section.Title;
        MaxPoints = section.MaxPoints;
        Points = points;
        Criteria = criteria;
    }

    /// <summary>Gets the section's id.</summary>
    public string Id { get; }

    /// <summary>Gets the section's title.</summary>
    public string Title { get; }

    /// <summary>Gets the section's maximum points.</summary>
    public decimal MaxPoints { get; }

    /// <summary>Gets the points counted.</summary>
    public decimal Points { get; }

    /// <summary>Gets the section's criteria.</summary>
    public IReadOnlyList<ScoreCardCriterion> Criteria { get; }
}

/// <summary>A criterion of a score card, with the unit's and the reviewer's points.</summary>
public sealed class ScoreCardCriterion
{
    internal ScoreCardCriterion(RubricCriterion criterion, decimal? selfAssessed, decimal? reviewed, decimal points, IReadOnlyList<ScoreCardCriterion> subCriteria)
    {
        Id = criterion.Id;
        Title = criterion.Title;
        MaxPoints = criterion.MaxPoints;
        SelfAssessed = selfAssessed;
        Reviewed = reviewed;
        Points = points;
        SubCriteria = subCriteria;
    }

    /// <summary>Gets the criterion's id.</summary>
    public string Id { get; }

    /// <summary>Gets the criterion's title.</summary>
    public string Title { get; }

    /// <summary>Gets the criterion's maximum points.</summary>
    public decimal MaxPoints { get; }

    /// <summary>Gets the unit's own points, or <see langword="null"/> without a self-assessment.</summary>
    public decimal? SelfAssessed { get; }

    /// <summary>Gets the reviewer's points, or <see langword="null"/> without a review.</summary>
    public decimal? Reviewed { get; }

    /// <summary>Gets the reviewer's points minus the unit's, or <see langword="null"/> unless both exist.</summary>
    public decimal? Difference => SelfAssessed is { } self && Reviewed is { } review ? review - self : null;

    /// <summary>Gets the points counted (on the card's basis).</summary>
    public decimal Points { get; }

    /// <summary>Gets the sub-criteria's results, empty for a directly scored criterion.</summary>
    public IReadOnlyList<ScoreCardCriterion> SubCriteria { get; }
}

/// <summary>A directly scored criterion where the review differs from the self-assessment.</summary>
public sealed class ScoreDifference
{
    internal ScoreDifference(RubricCriterion criterion, decimal selfAssessed, decimal reviewed)
    {
        CriterionId = criterion.Id;
        Title = criterion.Title;
        SelfAssessed = selfAssessed;
        Reviewed = reviewed;
    }

    /// <summary>Gets the criterion's id.</summary>
    public string CriterionId { get; }

    /// <summary>Gets the criterion's title.</summary>
    public string Title { get; }

    /// <summary>Gets the unit's own points.</summary>
    public decimal SelfAssessed { get; }

    /// <summary>Gets the reviewer's points.</summary>
    public decimal Reviewed { get; }

    /// <summary>Gets the reviewer's points minus the unit's (negative when the reviewer gave fewer).</summary>
    public decimal Difference => Reviewed - SelfAssessed;
}

/// <summary>A bonus or penalty line of a score card.</summary>
public sealed class AdjustmentLine
{
    internal AdjustmentLine(AdjustmentItem item, string evidence, decimal entered, decimal counted, string? note, BonusClaim? claim)
    {
        Claim = claim;
        ItemId = item.Id;
        ItemTitle = item.Title;
        Evidence = evidence;
        Entered = entered;
        Counted = counted;
        Note = note;
    }

    /// <summary>Gets the rubric item's id.</summary>
    public string ItemId { get; }

    /// <summary>Gets the rubric item's title.</summary>
    public string ItemTitle { get; }

    /// <summary>Gets the evidence: the recognised model or exemplar for a bonus, the reason for a penalty.</summary>
    public string Evidence { get; }

    /// <summary>Gets the points entered on the sheet.</summary>
    public decimal Entered { get; }

    /// <summary>Gets the points counted after the item's per-entry limit (before the total cap).</summary>
    public decimal Counted { get; }

    /// <summary>Gets a note when the per-entry limit reduced the points, else <see langword="null"/>.</summary>
    public string? Note { get; }

    /// <summary>Gets the bonus claim with the recognised model or exemplar that earned the points; <see langword="null"/> for a penalty line.</summary>
    public BonusClaim? Claim { get; }
}

/// <summary>An automatic-fail condition that holds for a unit, with why.</summary>
public sealed class TriggeredFailCondition
{
    internal TriggeredFailCondition(AutomaticFailCondition condition, string reason)
    {
        Id = condition.Id;
        Title = condition.Title;
        Reason = reason;
        Citation = condition.Citation;
    }

    /// <summary>Gets the condition's id.</summary>
    public string Id { get; }

    /// <summary>Gets the condition's description.</summary>
    public string Title { get; }

    /// <summary>Gets why it holds ("reported on the score sheet", "no self-assessment", "head dismissed").</summary>
    public string Reason { get; }

    /// <summary>Gets where the condition comes from.</summary>
    public string Citation { get; }
}
