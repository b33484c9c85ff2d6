namespace MassMobilization.Core.Evaluation;

/// <summary>The kind of rule that decided a unit's final grade.</summary>
public enum GradeRule
{
    /// <summary>The score band the final score falls in.</summary>
    ScoreBand = 0,

    /// <summary>The score reached a better band that requires no criterion scored 0, and a criterion was scored 0.</summary>
    NoZeroCriterion = 1,

    /// <summary>A head's or deputy head's discipline capped the grade.</summary>
    DisciplineCap = 2,

    /// <summary>An automatic-fail condition made the grade "not completed" whatever the score.</summary>
    AutomaticFail = 3,
}
