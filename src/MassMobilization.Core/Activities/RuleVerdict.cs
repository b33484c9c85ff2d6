using System;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Activities;

/// <summary>
/// An explained verdict of one rule (docs/activities.md "Verdicts"): the outcome, the rule code of
/// <see cref="ActivityRuleCodes"/>, the clause that decided it and a readable explanation naming the values.
/// </summary>
public sealed record RuleVerdict
{
    /// <summary>Initializes a verdict.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <param name="ruleCode">The rule code, for example <see cref="ActivityRuleCodes.ReceptionFrequency"/>.</param>
    /// <param name="clause">The clause that decided it, for example "Law 10/2022/QH15 art. 21".</param>
    /// <param name="explanation">What was checked, with the values.</param>
    /// <exception cref="ArgumentNullException">A text argument is null.</exception>
    /// <exception cref="ArgumentException">A text argument is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="outcome"/> is not a defined outcome.</exception>
    public RuleVerdict(VerdictOutcome outcome, string ruleCode, string clause, string explanation)
    {
        Guard.Against.Null(ruleCode);
        Guard.Against.Null(clause);
        Guard.Against.Null(explanation);
        Guard.Against.NullOrWhiteSpace(ruleCode);
        Guard.Against.NullOrWhiteSpace(clause);
        Guard.Against.NullOrWhiteSpace(explanation);
        if (!Enum.IsDefined(outcome))
        {
            throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown verdict outcome.");
        }

        Outcome = outcome;
        RuleCode = ruleCode;
        Clause = clause;
        Explanation = explanation;
    }

    /// <summary>Gets the outcome.</summary>
    public VerdictOutcome Outcome { get; }

    /// <summary>Gets the rule code.</summary>
    public string RuleCode { get; }

    /// <summary>Gets the clause that decided the verdict.</summary>
    public string Clause { get; }

    /// <summary>Gets the explanation.</summary>
    public string Explanation { get; }

    /// <summary>Gets a value indicating whether the rule is met.</summary>
    public bool IsMet => Outcome == VerdictOutcome.Met;

    /// <summary>Returns "Outcome RULE-CODE (clause): explanation".</summary>
    /// <returns>The readable form.</returns>
    public override string ToString() => $"{Outcome} {RuleCode} ({Clause}): {Explanation}";
}
