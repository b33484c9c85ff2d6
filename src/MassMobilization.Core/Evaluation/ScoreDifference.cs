namespace MassMobilization.Core.Evaluation;

/// <summary>A directly scored criterion where the review differs from the self-assessment.</summary>
public sealed class ScoreDifference
{
    internal ScoreDifference(RubricCriterion criterion, decimal selfAssessed, decimal reviewed)
    {
        CriterionId = criterion.Id;
        Title = criterion.Title;
        SelfAssessed = selfAssessed;
        Reviewed = reviewed;
    }

    /// <summary>Gets the criterion's id.</summary>
    public string CriterionId { get; }

    /// <summary>Gets the criterion's title.</summary>
    public string Title { get; }

    /// <summary>Gets the unit's own points.</summary>
    public decimal SelfAssessed { get; }

    /// <summary>Gets the reviewer's points.</summary>
    public decimal Reviewed { get; }

    /// <summary>Gets the reviewer's points minus the unit's (negative when the reviewer gave fewer).</summary>
    public decimal Difference => Reviewed - SelfAssessed;
}
