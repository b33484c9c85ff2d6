using System;
using System.Collections.Generic;
using MassMobilization.Core.Text;

namespace MassMobilization.Core.Awards;

/// <summary>No award while discipline, inspection or a complaint is pending (Law 06/2022/QH15 art. 5; Decree 152/2025/NĐ-CP art. 4).</summary>
public sealed class NoPendingProceedingsRule : EligibilityRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="code">The rule code.</param>
    /// <param name="citation">The article.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public NoPendingProceedingsRule(string code, LegalCitation citation)
        : base(code, citation)
    {
    }

    /// <inheritdoc />
    public override Explanation DescriptionExplanation => Text(ExplanationCodes.DescNoPending);

    /// <inheritdoc/>
    public override IReadOnlyList<RuleParameter> Parameters => [];

    internal override CriterionOutcome Check(in CompactServiceRecord record, int year, RuleSet ruleSet, int depth, List<CriterionResult>? explain)
    {
        var outcome = record.Pending == PendingProceedings.None ? CriterionOutcome.Met : CriterionOutcome.NotMet;
        return explain is null ? outcome : Report(explain, outcome, year, year, outcome == CriterionOutcome.Met ? Text(ExplanationCodes.FindingNothingPending) : Text(ExplanationCodes.FindingPending, record.Pending));
    }
}
