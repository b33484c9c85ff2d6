using MassMobilization.Core.Text;

namespace MassMobilization.Core.Evaluation;

/// <summary>An automatic-fail condition that holds for a unit, with why.</summary>
public sealed class TriggeredFailCondition
{
    internal TriggeredFailCondition(AutomaticFailCondition condition, Explanation reason)
    {
        Id = condition.Id;
        Title = condition.Title;
        ReasonExplanation = reason;
        Reason = reason.ToString();
        Citation = condition.Citation;
    }

    /// <summary>Gets the condition's id.</summary>
    public string Id { get; }

    /// <summary>Gets the condition's description.</summary>
    public string Title { get; }

    /// <summary>Gets why it holds ("reported on the score sheet", "no self-assessment", "head dismissed").</summary>
    public string Reason { get; }

    /// <summary>Gets why it holds as a stable code and its arguments, written in Vietnamese or English (docs/display.md); <see cref="Reason"/> is its English sentence.</summary>
    public Explanation ReasonExplanation { get; }

    /// <summary>Gets where the condition comes from.</summary>
    public string Citation { get; }
}
