using System;
using Ardalis.GuardClauses;
using MassMobilization.Core.Text;

namespace MassMobilization.Core.Evaluation;

/// <summary>
/// Who may be proposed for awards after the evaluation: units graded at least
/// <see cref="MinimumGrade"/> ("good" by default: Cần Thơ decision 2579/QĐ-UBND, 2025-11-21).
/// A result of this policy never grants an award; it only allows a proposal.
/// </summary>
public sealed record AwardProposalPolicy
{
    /// <summary>Creates a policy.</summary>
    /// <param name="minimumGrade">The lowest grade that may be proposed.</param>
    /// <param name="citation">Where the policy comes from.</param>
    /// <exception cref="ArgumentNullException"><paramref name="citation"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="citation"/> is empty or <paramref name="minimumGrade"/> is not defined.</exception>
    public AwardProposalPolicy(EvaluationGrade minimumGrade, string citation)
    {
        Guard.Against.NullOrWhiteSpace(citation);
        Preconditions.CheckArgument(Enum.IsDefined(minimumGrade), nameof(minimumGrade), $"Unknown grade {minimumGrade}.");
        MinimumGrade = minimumGrade;
        Citation = citation;
    }

    /// <summary>Gets the default policy: at least "good" (Cần Thơ decision 2579/QĐ-UBND, 2025-11-21).</summary>
    public static AwardProposalPolicy Default { get; } = new(EvaluationGrade.Good, RubricPresets.CanTho2025Citation);

    /// <summary>Gets the lowest grade that may be proposed.</summary>
    public EvaluationGrade MinimumGrade { get; }

    /// <summary>Gets where the policy comes from.</summary>
    public string Citation { get; }

    /// <summary>Checks whether a unit with a score card may be proposed for awards.</summary>
    /// <param name="card">The unit's score card.</param>
    /// <returns>The answer with its reason.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="card"/> is null.</exception>
    public AwardProposalEligibility Check(ScoreCard card)
    {
        Guard.Against.Null(card);
        return Check(card.Grade);
    }

    /// <summary>Checks whether a unit with a grade may be proposed for awards.</summary>
    /// <param name="grade">The unit's final grade.</param>
    /// <returns>The answer with its reason.</returns>
    public AwardProposalEligibility Check(EvaluationGrade grade)
    {
        bool eligible = grade >= MinimumGrade;
        var reason = new Explanation(eligible ? ExplanationCodes.EvalMayBeProposed : ExplanationCodes.EvalMayNotBeProposed, grade, MinimumGrade, RubricTexts.Of(Citation));
        return new AwardProposalEligibility(eligible, grade, MinimumGrade, reason);
    }
}
