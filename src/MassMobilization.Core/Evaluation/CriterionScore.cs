using System;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Evaluation;

/// <summary>
/// The points given for one directly scored criterion of a rubric. The default value has an empty
/// criterion id and 0 points and is refused by <see cref="ScoreSheet"/>.
/// </summary>
public readonly record struct CriterionScore
{
    private readonly string? criterionId;

    /// <summary>Creates a score.</summary>
    /// <param name="criterionId">The id of a directly scored criterion of the rubric.</param>
    /// <param name="points">The points; checked against the criterion's maximum by <see cref="ScoreSheet"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="criterionId"/> is null.</exception>
    public CriterionScore(string criterionId, decimal points)
    {
        Guard.Against.Null(criterionId);
        this.criterionId = criterionId;
        Points = points;
    }

    /// <summary>Gets the criterion's id; the empty string for the default value.</summary>
    public string CriterionId => criterionId ?? string.Empty;

    /// <summary>Gets the points.</summary>
    public decimal Points { get; }
}
