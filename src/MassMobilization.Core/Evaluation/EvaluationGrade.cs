namespace MassMobilization.Core.Evaluation;

/// <summary>
/// The grade (xếp loại) of a unit's yearly mass mobilization work, ordered from worst to best so that
/// grades compare with <c>&lt;</c> and <c>&gt;</c>. The default value is <see cref="NotCompleted"/>.
/// </summary>
public enum EvaluationGrade
{
    /// <summary>Not completed (không hoàn thành nhiệm vụ).</summary>
    NotCompleted = 0,

    /// <summary>Completed (hoàn thành nhiệm vụ).</summary>
    Completed = 1,

    /// <summary>Completed well, "good" (hoàn thành tốt nhiệm vụ).</summary>
    Good = 2,

    /// <summary>Completed excellently (hoàn thành xuất sắc nhiệm vụ).</summary>
    Excellent = 3,
}

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

/// <summary>
/// The discipline (kỷ luật) of a head or deputy head of the unit, ordered from lightest to heaviest.
/// The default value is <see cref="None"/>.
/// </summary>
public enum LeaderDisciplineLevel
{
    /// <summary>No discipline.</summary>
    None = 0,

    /// <summary>Reprimand (khiển trách).</summary>
    Reprimand = 1,

    /// <summary>Warning (cảnh cáo).</summary>
    Warning = 2,

    /// <summary>Dismissal from the post (cách chức).</summary>
    Dismissal = 3,
}

/// <summary>The post held by a disciplined leader of the unit.</summary>
public enum LeaderRole
{
    /// <summary>The head of the unit (người đứng đầu).</summary>
    Head = 0,

    /// <summary>A deputy head of the unit (cấp phó).</summary>
    DeputyHead = 1,
}

/// <summary>What triggers an <see cref="AutomaticFailCondition"/>.</summary>
public enum FailTrigger
{
    /// <summary>The condition is triggered when the score sheet reports it by id.</summary>
    Reported = 0,

    /// <summary>The condition is triggered when the unit gave no self-assessment (and also when reported).</summary>
    MissingSelfAssessment = 1,

    /// <summary>The condition is triggered when a head or deputy head was dismissed (<see cref="LeaderDisciplineLevel.Dismissal"/>), and also when reported.</summary>
    LeaderDismissed = 2,
}

/// <summary>Whose points a score card's criterion scores come from.</summary>
public enum ScoreBasis
{
    /// <summary>The reviewing body's points (the normal case once the review is done).</summary>
    Review = 0,

    /// <summary>The unit's own points, because no review was recorded yet.</summary>
    SelfAssessment = 1,

    /// <summary>Neither: no self-assessment and no review, every criterion counts 0 (the unit fails automatically when the rubric says so).</summary>
    None = 2,
}
