namespace MassMobilization.Core.Evaluation;

/// <summary>An automatic-fail condition that holds for a unit, with why.</summary>
public sealed class TriggeredFailCondition
{
    internal TriggeredFailCondition(AutomaticFailCondition condition, string reason)
    {
        Id = condition.Id;
        Title = condition.Title;
        Reason = reason;
        Citation = condition.Citation;
    }

    /// <summary>Gets the condition's id.</summary>
    public string Id { get; }

    /// <summary>Gets the condition's description.</summary>
    public string Title { get; }

    /// <summary>Gets why it holds ("reported on the score sheet", "no self-assessment", "head dismissed").</summary>
    public string Reason { get; }

    /// <summary>Gets where the condition comes from.</summary>
    public string Citation { get; }
}
