using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using MassMobilization.Core.Text;

namespace MassMobilization.Core.Awards;

/// <summary>A collective's share of members with a property in the year under review is at least a percentage (for example ≥ 70% advanced workers, law art. 28).</summary>
public sealed class MembershipShareRule : EligibilityRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="code">The rule code.</param>
    /// <param name="citation">The article.</param>
    /// <param name="field">The members counted.</param>
    /// <param name="minimumPercent">The minimum share in percent, 0–100.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number is out of range.</exception>
    public MembershipShareRule(string code, LegalCitation citation, MembershipField field, decimal minimumPercent)
        : base(code, citation)
    {
        Guard.Against.OutOfRange((int)field, nameof(field), 1, 5);
        Guard.Against.OutOfRange(minimumPercent, nameof(minimumPercent), 0m, 100m);
        Field = field;
        MinimumPercent = minimumPercent;
    }

    /// <summary>Gets the members counted.</summary>
    public MembershipField Field { get; }

    /// <summary>Gets the minimum share in percent.</summary>
    public decimal MinimumPercent { get; }

    /// <inheritdoc />
    public override Explanation DescriptionExplanation => Text(ExplanationCodes.DescMembershipShare, MinimumPercent, Field);

    /// <inheritdoc/>
    public override IReadOnlyList<RuleParameter> Parameters => [new("field", Field.ToString()), new("minimumPercent", MinimumPercent.ToString(CultureInfo.InvariantCulture))];

    internal override CriterionOutcome Check(in CompactServiceRecord record, int year, RuleSet ruleSet, int depth, List<CriterionResult>? explain)
    {
        var counts = record.MembershipOf(year);
        if (counts is null || counts.Members == 0)
        {
            return explain is null ? CriterionOutcome.Unknown : Report(explain, CriterionOutcome.Unknown, year, year, Text(ExplanationCodes.FindingNoMembershipCounts, year));
        }

        int part = counts.Get(Field);
        var outcome = part * 100m >= MinimumPercent * counts.Members ? CriterionOutcome.Met : CriterionOutcome.NotMet;
        return explain is null ? outcome : Report(explain, outcome, year, year, Text(ExplanationCodes.FindingMembershipShare, (long)part, (long)counts.Members, year, MinimumPercent));
    }
}
