using System;
using System.Collections.Generic;
using MassMobilization.Core.Text;

namespace MassMobilization.Core.Awards;

/// <summary>The year under review counts: it is not in a discipline period (achievements count only after its end, Law 06/2022/QH15 art. 5).</summary>
public sealed class YearNotDisciplinedRule : EligibilityRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="code">The rule code.</param>
    /// <param name="citation">The article.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public YearNotDisciplinedRule(string code, LegalCitation citation)
        : base(code, citation)
    {
    }

    /// <inheritdoc />
    public override Explanation DescriptionExplanation => Text(ExplanationCodes.DescYearNotDisciplined);

    /// <inheritdoc/>
    public override IReadOnlyList<RuleParameter> Parameters => [];

    internal override CriterionOutcome Check(in CompactServiceRecord record, int year, RuleSet ruleSet, int depth, List<CriterionResult>? explain)
    {
        var outcome = record.IsDisciplined(year) ? CriterionOutcome.NotMet : CriterionOutcome.Met;
        return explain is null ? outcome : Report(explain, outcome, year, year, Text(outcome == CriterionOutcome.Met ? ExplanationCodes.FindingNotDisciplined : ExplanationCodes.FindingUnderDiscipline, year));
    }
}
