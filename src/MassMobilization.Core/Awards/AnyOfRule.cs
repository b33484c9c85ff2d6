using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using MassMobilization.Core.Text;

namespace MassMobilization.Core.Awards;

/// <summary>At least one of several criteria (for example the routes to "Chiến sĩ thi đua cơ sở" or to a Bằng khen): met when one is met, not met when all fail.</summary>
public sealed class AnyOfRule : EligibilityRule
{
    private readonly EligibilityRule[] rules;
    private IReadOnlyList<EligibilityRule>? rulesView;

    /// <summary>Creates the rule.</summary>
    /// <param name="code">The rule code.</param>
    /// <param name="citation">The article.</param>
    /// <param name="description">What the alternatives are, for example "One of: excellent rating, initiative, science project".</param>
    /// <param name="rules">The alternatives, at least two.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="description"/> is blank, or fewer than two alternatives.</exception>
    public AnyOfRule(string code, LegalCitation citation, string description, IEnumerable<EligibilityRule> rules)
        : base(code, citation)
    {
        Guard.Against.Null(description);
        Guard.Against.Null(rules);
        Guard.Against.NullOrWhiteSpace(description);
        this.rules = Preconditions.CheckNotNullElements(rules, nameof(rules));
        Preconditions.CheckArgument(this.rules.Length >= 2, nameof(rules), "'One of' needs at least two alternatives.");
        DescriptionExplanation = Explanation.HasText(code) ? Text(code) : Text(ExplanationCodes.DescText, description);
    }

    /// <summary>Gets what the rule asks: the catalogue's text for a built-in rule's code, otherwise the description it was given.</summary>
    public override Explanation DescriptionExplanation { get; }

    /// <summary>Gets the alternatives.</summary>
    public IReadOnlyList<EligibilityRule> Alternatives => rulesView ??= ReadOnlyView.Of(rules);

    /// <inheritdoc/>
    public override IReadOnlyList<RuleParameter> Parameters => [new("alternatives", N(rules.Length))];

    /// <inheritdoc/>
    public override IReadOnlyList<EligibilityRule> Inner => rulesView ??= ReadOnlyView.Of(rules);

    internal override CriterionOutcome Check(in CompactServiceRecord record, int year, RuleSet ruleSet, int depth, List<CriterionResult>? explain)
    {
        var children = explain is null ? null : new List<CriterionResult>();
        bool unknown = false;
        bool met = false;
        foreach (var rule in rules)
        {
            var outcome = rule.Check(record, year, ruleSet, depth, children);
            if (outcome == CriterionOutcome.Met)
            {
                met = true;
                if (explain is null)
                {
                    return CriterionOutcome.Met;
                }
            }
            else if (outcome == CriterionOutcome.Unknown)
            {
                unknown = true;
            }
        }

        var result = met ? CriterionOutcome.Met : unknown ? CriterionOutcome.Unknown : CriterionOutcome.NotMet;
        return explain is null ? result : Report(explain, result, year, year, Text(met ? ExplanationCodes.FindingAnyOfMet : unknown ? ExplanationCodes.FindingAnyOfUnknown : ExplanationCodes.FindingAnyOfNotMet), children);
    }
}
