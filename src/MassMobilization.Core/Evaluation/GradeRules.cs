using System;

namespace MassMobilization.Core.Evaluation;

/// <summary>
/// A grade band of a rubric: the lowest final score that earns a grade, and whether the grade also
/// requires that no criterion was scored 0.
/// </summary>
/// <remarks>
/// Bands are tried from the best grade down; the first band whose conditions hold decides. A score
/// that reaches a band's minimum but has a criterion scored 0 therefore falls to the best lower band
/// that does not require "no zero criterion" (in the Cần Thơ rubric: "completed").
/// </remarks>
public sealed record GradeBand
{
    /// <summary>Creates a band.</summary>
    /// <param name="grade">The grade the band gives.</param>
    /// <param name="minimumScore">The lowest final score in the band (inclusive), zero or more.</param>
    /// <param name="requiresNoZeroCriterion">Whether the band also requires that no criterion was scored 0.</param>
    /// <param name="citation">Where the band comes from.</param>
    /// <exception cref="ArgumentNullException"><paramref name="citation"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="citation"/> is empty, or <paramref name="grade"/> is not defined.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumScore"/> is negative.</exception>
    public GradeBand(EvaluationGrade grade, decimal minimumScore, bool requiresNoZeroCriterion, string citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        ArgumentException.ThrowIfNullOrWhiteSpace(citation);
        Preconditions.CheckArgument(Enum.IsDefined(grade), nameof(grade), $"Unknown grade {grade}.");
        ArgumentOutOfRangeException.ThrowIfNegative(minimumScore);
        Grade = grade;
        MinimumScore = minimumScore;
        RequiresNoZeroCriterion = requiresNoZeroCriterion;
        Citation = citation;
    }

    /// <summary>Gets the grade the band gives.</summary>
    public EvaluationGrade Grade { get; }

    /// <summary>Gets the lowest final score in the band (inclusive).</summary>
    public decimal MinimumScore { get; }

    /// <summary>Gets a value indicating whether the band also requires that no criterion was scored 0.</summary>
    public bool RequiresNoZeroCriterion { get; }

    /// <summary>Gets where the band comes from.</summary>
    public string Citation { get; }
}

/// <summary>
/// A condition that makes a unit "not completed" whatever its score, for example corruption or a
/// missing self-assessment (Cần Thơ decision 2579/QĐ-UBND, 2025-11-21).
/// </summary>
public sealed record AutomaticFailCondition
{
    /// <summary>Creates a condition.</summary>
    /// <param name="id">A stable id unique within the rubric, for example <c>CORRUPTION</c>.</param>
    /// <param name="title">A readable description.</param>
    /// <param name="trigger">What triggers the condition besides being reported on the score sheet.</param>
    /// <param name="citation">Where the condition comes from.</param>
    /// <exception cref="ArgumentNullException">A string argument is null.</exception>
    /// <exception cref="ArgumentException">An argument is empty, not a valid id or not defined.</exception>
    public AutomaticFailCondition(string id, string title, FailTrigger trigger, string citation)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(citation);
        Id = RubricIds.Check(id, nameof(id));
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(citation);
        Preconditions.CheckArgument(Enum.IsDefined(trigger), nameof(trigger), $"Unknown trigger {trigger}.");
        Title = title;
        Trigger = trigger;
        Citation = citation;
    }

    /// <summary>Gets the condition's id.</summary>
    public string Id { get; }

    /// <summary>Gets the readable description.</summary>
    public string Title { get; }

    /// <summary>Gets what triggers the condition besides being reported.</summary>
    public FailTrigger Trigger { get; }

    /// <summary>Gets where the condition comes from.</summary>
    public string Citation { get; }
}

/// <summary>
/// A grade cap triggered by the discipline of the unit's head or deputy head: at this discipline level
/// or heavier, the grade is at most <see cref="MaximumGrade"/> (reprimand caps at "good", warning at
/// "completed" in Cần Thơ decision 2579/QĐ-UBND, 2025-11-21).
/// </summary>
public sealed record DisciplineCap
{
    /// <summary>Creates a cap.</summary>
    /// <param name="level">The lightest discipline level the cap applies to; not <see cref="LeaderDisciplineLevel.None"/>.</param>
    /// <param name="maximumGrade">The best grade a unit may get at that level.</param>
    /// <param name="citation">Where the cap comes from.</param>
    /// <exception cref="ArgumentNullException"><paramref name="citation"/> is null.</exception>
    /// <exception cref="ArgumentException">An argument is empty or not defined, or <paramref name="level"/> is <see cref="LeaderDisciplineLevel.None"/>.</exception>
    public DisciplineCap(LeaderDisciplineLevel level, EvaluationGrade maximumGrade, string citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        ArgumentException.ThrowIfNullOrWhiteSpace(citation);
        Preconditions.CheckArgument(Enum.IsDefined(level) && level != LeaderDisciplineLevel.None, nameof(level), $"A cap needs a discipline level, not {level}.");
        Preconditions.CheckArgument(Enum.IsDefined(maximumGrade), nameof(maximumGrade), $"Unknown grade {maximumGrade}.");
        Level = level;
        MaximumGrade = maximumGrade;
        Citation = citation;
    }

    /// <summary>Gets the lightest discipline level the cap applies to.</summary>
    public LeaderDisciplineLevel Level { get; }

    /// <summary>Gets the best grade a unit may get at that level or heavier.</summary>
    public EvaluationGrade MaximumGrade { get; }

    /// <summary>Gets where the cap comes from.</summary>
    public string Citation { get; }
}
