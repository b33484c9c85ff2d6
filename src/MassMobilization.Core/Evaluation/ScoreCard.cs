using System.Collections.Generic;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Text;

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
        Explanation decision,
        IReadOnlyList<Explanation> explanation)
    {
        var rubric = sheet.Rubric;
        Rubric = rubric;
        Unit = sheet.Unit;
        UnitName = sheet.UnitName;
        RubricId = rubric.Id;
        Citation = rubric.Citation;
        Basis = sheet.Basis;
        BasePoints = rubric.BasePoints;
        Sections = ReadOnlyView.Of(sections);
        Differences = ReadOnlyView.Of(differences);
        SelfAssessedBaseScore = selfAssessedBaseScore;
        Bonuses = ReadOnlyView.Of(bonuses);
        BonusBeforeCap = bonusBeforeCap;
        BonusCap = rubric.Bonus.Cap;
        Penalties = ReadOnlyView.Of(penalties);
        PenaltyBeforeCap = penaltyBeforeCap;
        PenaltyCap = rubric.Penalty.Cap;
        ZeroCriteria = ReadOnlyView.Of(zeroCriteria);
        AutomaticFails = ReadOnlyView.Of(automaticFails);
        Disciplines = sheet.Disciplines;
        AppliedDisciplineCap = appliedDisciplineCap;
        Summary = summary;
        DecisionExplanation = decision;
        Decision = decision.ToString();
        ExplanationLines = ReadOnlyView.Of(explanation);
        var english = new string[explanation.Count];
        for (int i = 0; i < english.Length; i++)
        {
            english[i] = explanation[i].ToString();
        }

        Explanation = ReadOnlyView.Of(english);
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

    /// <summary>Gets the decision as a stable code and its arguments, written in Vietnamese or English (docs/display.md); <see cref="Decision"/> is its English sentence.</summary>
    public Explanation DecisionExplanation { get; }

    /// <summary>Gets the explanation, one line per step, that accounts for every point: the English sentences of <see cref="ExplanationLines"/>.</summary>
    public IReadOnlyList<string> Explanation { get; }

    /// <summary>Gets the explanation's lines as stable codes and their arguments, written in Vietnamese or English (docs/display.md).</summary>
    public IReadOnlyList<Explanation> ExplanationLines { get; }

    /// <summary>Returns the unit, final score and grade.</summary>
    /// <returns>For example "26740: 96.50 Excellent".</returns>
    public override string ToString() => $"{Unit}: {RubricIds.Points(FinalScore)} {Grade}";
}
