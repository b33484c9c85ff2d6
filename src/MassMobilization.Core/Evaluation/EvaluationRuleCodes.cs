namespace MassMobilization.Core.Evaluation;

/// <summary>
/// The stable rule codes of <see cref="DomainRuleException"/> in the Evaluation area. Applications may
/// switch on them; messages are for people.
/// </summary>
public static class EvaluationRuleCodes
{
    /// <summary>Sub-criteria, criteria or sections do not add up to their parent or to the rubric's declared base.</summary>
    public const string RubricPartsMismatch = "EVAL-RUBRIC-PARTS-MISMATCH";

    /// <summary>Two sections, criteria, adjustment items or automatic-fail conditions share an id.</summary>
    public const string RubricDuplicateId = "EVAL-RUBRIC-DUPLICATE-ID";

    /// <summary>The grade bands are inconsistent: two bands for one grade, a better grade not strictly higher, or the worst band not starting at 0 without the no-zero-criterion condition.</summary>
    public const string RubricBands = "EVAL-RUBRIC-BANDS";

    /// <summary>Two discipline caps share a level.</summary>
    public const string RubricDuplicateCap = "EVAL-RUBRIC-DUPLICATE-CAP";

    /// <summary>A score sheet is scored on another rubric than the one it was made for.</summary>
    public const string RubricMismatch = "EVAL-RUBRIC-MISMATCH";

    /// <summary>A score names a criterion the rubric does not score directly (unknown, or one with sub-criteria).</summary>
    public const string UnknownCriterion = "EVAL-UNKNOWN-CRITERION";

    /// <summary>An assessment scores a criterion twice.</summary>
    public const string DuplicateCriterion = "EVAL-DUPLICATE-CRITERION";

    /// <summary>An assessment leaves a criterion unscored (a total of 0 with every criterion scored is valid).</summary>
    public const string MissingCriterion = "EVAL-MISSING-CRITERION";

    /// <summary>Points below 0 or above the criterion's maximum.</summary>
    public const string ScoreOutOfRange = "EVAL-SCORE-OUT-OF-RANGE";

    /// <summary>A bonus claim names an item the rubric does not declare.</summary>
    public const string UnknownBonusItem = "EVAL-UNKNOWN-BONUS-ITEM";

    /// <summary>A penalty names an item the rubric does not declare.</summary>
    public const string UnknownPenaltyItem = "EVAL-UNKNOWN-PENALTY-ITEM";

    /// <summary>A reported automatic-fail condition is not declared by the rubric.</summary>
    public const string UnknownFailCondition = "EVAL-UNKNOWN-FAIL-CONDITION";

    /// <summary>A bonus claim names an exemplar under an item earned by models, or the reverse.</summary>
    public const string BonusWrongSubject = "EVAL-BONUS-WRONG-SUBJECT";

    /// <summary>A bonus claim from the Mobilization register names another unit's model or exemplar.</summary>
    public const string BonusOtherUnit = "EVAL-BONUS-OTHER-UNIT";

    /// <summary>The same model or exemplar is claimed twice on one sheet: one recognition earns one bonus.</summary>
    public const string BonusDuplicateEvidence = "EVAL-BONUS-DUPLICATE-EVIDENCE";

    /// <summary>A cluster is ranked with score cards of different rubrics.</summary>
    public const string RankingMixedRubrics = "EVAL-RANKING-MIXED-RUBRICS";
}
