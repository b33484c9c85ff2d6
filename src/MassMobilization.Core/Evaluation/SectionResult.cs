using System.Collections.Generic;

namespace MassMobilization.Core.Evaluation;

/// <summary>A section of a score card.</summary>
public sealed class SectionResult
{
    internal SectionResult(RubricSection section, decimal points, IReadOnlyList<ScoreCardCriterion> criteria)
    {
        Id = section.Id;
        Title = section.Title;
        MaxPoints = section.MaxPoints;
        Points = points;
        Criteria = ReadOnlyView.Of(criteria);
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
