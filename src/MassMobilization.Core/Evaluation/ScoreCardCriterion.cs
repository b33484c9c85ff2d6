using System.Collections.Generic;

namespace MassMobilization.Core.Evaluation;

/// <summary>A criterion of a score card, with the unit's and the reviewer's points.</summary>
public sealed class ScoreCardCriterion
{
    internal ScoreCardCriterion(RubricCriterion criterion, decimal? selfAssessed, decimal? reviewed, decimal points, IReadOnlyList<ScoreCardCriterion> subCriteria)
    {
        Id = criterion.Id;
        Title = criterion.Title;
        MaxPoints = criterion.MaxPoints;
        SelfAssessed = selfAssessed;
        Reviewed = reviewed;
        Points = points;
        SubCriteria = ReadOnlyView.Of(subCriteria);
    }

    /// <summary>Gets the criterion's id.</summary>
    public string Id { get; }

    /// <summary>Gets the criterion's title.</summary>
    public string Title { get; }

    /// <summary>Gets the criterion's maximum points.</summary>
    public decimal MaxPoints { get; }

    /// <summary>Gets the unit's own points, or <see langword="null"/> without a self-assessment.</summary>
    public decimal? SelfAssessed { get; }

    /// <summary>Gets the reviewer's points, or <see langword="null"/> without a review.</summary>
    public decimal? Reviewed { get; }

    /// <summary>Gets the reviewer's points minus the unit's, or <see langword="null"/> unless both exist.</summary>
    public decimal? Difference => SelfAssessed is { } self && Reviewed is { } review ? review - self : null;

    /// <summary>Gets the points counted (on the card's basis).</summary>
    public decimal Points { get; }

    /// <summary>Gets the sub-criteria's results, empty for a directly scored criterion.</summary>
    public IReadOnlyList<ScoreCardCriterion> SubCriteria { get; }
}
