using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using MassMobilization.Core.Text;

namespace MassMobilization.Core.Awards;

/// <summary>All of several criteria, as one alternative inside an <see cref="AnyOfRule"/> (for example "2 years rated excellent with 2 initiatives"): not met when one fails, met when all are met.</summary>
public sealed class AllOfRule : EligibilityRule
{
    private readonly EligibilityRule[] rules;
    private IReadOnlyList<EligibilityRule>? rulesView;

    /// <summary>Creates the rule.</summary>
    /// <param name="code">The rule code.</param>
    /// <param name="citation">The article.</param>
    /// <param name="description">What the parts are, for example "2 consecutive excellent years with 2 initiatives".</param>
    /// <param name="rules">The parts, at least two.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="description"/> is blank, or fewer than two alternatives.</exception>
    public AllOfRule(string code, LegalCitation citation, string description, IEnumerable<EligibilityRule> rules)
        : base(code, citation)
    {
        Guard.Against.Null(description);
        Guard.Against.Null(rules);
        Guard.Against.NullOrWhiteSpace(description);
        this.rules = Preconditions.CheckNotNullElements(rules, nameof(rules));
        Preconditions.CheckArgument(this.rules.Length >= 2, nameof(rules), "'All of' needs at least two parts.");
        DescriptionExplanation = Explanation.HasText(code) ? Text(code) : Text(ExplanationCodes.DescText, description);
    }

    /// <summary>Gets what the rule asks: the catalogue's text for a built-in rule's code, otherwise the description it was given.</summary>
    public override Explanation DescriptionExplanation { get; }

    /// <summary>Gets the parts.</summary>
    public IReadOnlyList<EligibilityRule> Parts => rulesView ??= ReadOnlyView.Of(rules);

    /// <inheritdoc/>
    public override IReadOnlyList<RuleParameter> Parameters => [new("parts", N(rules.Length))];

    /// <inheritdoc/>
    public override IReadOnlyList<EligibilityRule> Inner => rulesView ??= ReadOnlyView.Of(rules);

    internal override CriterionOutcome Check(in CompactServiceRecord record, int year, RuleSet ruleSet, int depth, List<CriterionResult>? explain)
    {
        var children = explain is null ? null : new List<CriterionResult>();
        bool unknown = false;
        bool failed = false;
        foreach (var rule in rules)
        {
            var outcome = rule.Check(record, year, ruleSet, depth, children);
            if (outcome == CriterionOutcome.NotMet)
            {
                failed = true;
                if (explain is null)
                {
                    return CriterionOutcome.NotMet;
                }
            }
            else if (outcome == CriterionOutcome.Unknown)
            {
                unknown = true;
            }
        }

        var result = failed ? CriterionOutcome.NotMet : unknown ? CriterionOutcome.Unknown : CriterionOutcome.Met;
        return explain is null ? result : Report(explain, result, year, year, Text(failed ? ExplanationCodes.FindingAllOfNotMet : unknown ? ExplanationCodes.FindingAllOfUnknown : ExplanationCodes.FindingAllOfMet), children);
    }
}
