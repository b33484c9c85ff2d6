using System;
using Ardalis.GuardClauses;

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
        Guard.Against.NullOrWhiteSpace(citation);
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
