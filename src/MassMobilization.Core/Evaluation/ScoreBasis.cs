namespace MassMobilization.Core.Evaluation;

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
