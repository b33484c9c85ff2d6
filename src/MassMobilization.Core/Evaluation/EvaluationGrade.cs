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
