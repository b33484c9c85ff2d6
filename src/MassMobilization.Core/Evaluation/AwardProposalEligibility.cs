using MassMobilization.Core.Text;

namespace MassMobilization.Core.Evaluation;

/// <summary>Whether a unit may be proposed for awards, with the reason.</summary>
public sealed record AwardProposalEligibility
{
    internal AwardProposalEligibility(bool isEligible, EvaluationGrade grade, EvaluationGrade minimumGrade, Explanation reason)
    {
        IsEligible = isEligible;
        Grade = grade;
        MinimumGrade = minimumGrade;
        ReasonExplanation = reason;
        Reason = reason.ToString();
    }

    /// <summary>Gets a value indicating whether the unit may be proposed.</summary>
    public bool IsEligible { get; }

    /// <summary>Gets the unit's final grade.</summary>
    public EvaluationGrade Grade { get; }

    /// <summary>Gets the lowest grade the policy accepts.</summary>
    public EvaluationGrade MinimumGrade { get; }

    /// <summary>Gets a readable reason citing the policy's source: the English sentence of <see cref="ReasonExplanation"/>.</summary>
    public string Reason { get; }

    /// <summary>Gets the reason as a stable code and its arguments, written in Vietnamese or English (docs/display.md).</summary>
    public Explanation ReasonExplanation { get; }
}
