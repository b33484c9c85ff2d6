namespace MassMobilization.Core.Evaluation;

/// <summary>Whether a unit may be proposed for awards, with the reason.</summary>
public sealed record AwardProposalEligibility
{
    internal AwardProposalEligibility(bool isEligible, EvaluationGrade grade, EvaluationGrade minimumGrade, string reason)
    {
        IsEligible = isEligible;
        Grade = grade;
        MinimumGrade = minimumGrade;
        Reason = reason;
    }

    /// <summary>Gets a value indicating whether the unit may be proposed.</summary>
    public bool IsEligible { get; }

    /// <summary>Gets the unit's final grade.</summary>
    public EvaluationGrade Grade { get; }

    /// <summary>Gets the lowest grade the policy accepts.</summary>
    public EvaluationGrade MinimumGrade { get; }

    /// <summary>Gets a readable reason citing the policy's source.</summary>
    public string Reason { get; }
}
