using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using MassMobilization.Core.Text;

namespace MassMobilization.Core.Awards;

/// <summary>A yes/no fact of the year under review is true (for example took part in emulation).</summary>
public sealed class YearFactRule : EligibilityRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="code">The rule code.</param>
    /// <param name="citation">The article.</param>
    /// <param name="fact">The fact required.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public YearFactRule(string code, LegalCitation citation, YearFact fact)
        : base(code, citation)
    {
        Guard.Against.OutOfRange((int)fact, nameof(fact), 0, 7);
        Fact = fact;
    }

    /// <summary>Gets the fact required.</summary>
    public YearFact Fact { get; }

    /// <inheritdoc />
    public override Explanation DescriptionExplanation => Text(ExplanationCodes.DescYearFact, Fact);

    /// <inheritdoc/>
    public override IReadOnlyList<RuleParameter> Parameters => [new("fact", Fact.ToString())];

    internal override CriterionOutcome Check(in CompactServiceRecord record, int year, RuleSet ruleSet, int depth, List<CriterionResult>? explain)
    {
        uint m = record.BitOf(year);
        var outcome = (record.FactKnown(Fact) & m) == 0 ? CriterionOutcome.Unknown
            : (record.FactValue(Fact) & m) != 0 ? CriterionOutcome.Met
            : CriterionOutcome.NotMet;
        return explain is null ? outcome : Report(explain, outcome, year, year, outcome switch
        {
            CriterionOutcome.Met => Text(ExplanationCodes.FindingFactHolds, year),
            CriterionOutcome.NotMet => Text(ExplanationCodes.FindingFactDoesNotHold, year),
            _ => Text(ExplanationCodes.FindingFactNotRecorded, year),
        });
    }
}
