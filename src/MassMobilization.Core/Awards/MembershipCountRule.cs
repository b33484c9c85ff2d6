using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using MassMobilization.Core.Text;

namespace MassMobilization.Core.Awards;

/// <summary>A collective's count of members with a property in the year under review lies within bounds (for example at least one grassroots fighter, none disciplined at warning or above).</summary>
public sealed class MembershipCountRule : EligibilityRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="code">The rule code.</param>
    /// <param name="citation">The article.</param>
    /// <param name="field">The members counted.</param>
    /// <param name="minimum">The minimum count.</param>
    /// <param name="maximum">The maximum count, or <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number is out of range.</exception>
    public MembershipCountRule(string code, LegalCitation citation, MembershipField field, int minimum, int? maximum)
        : base(code, citation)
    {
        Guard.Against.OutOfRange((int)field, nameof(field), 0, 5);
        ArgumentOutOfRangeException.ThrowIfNegative(minimum);
        if (maximum is { } max)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(max, minimum, nameof(maximum));
        }

        Field = field;
        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>Gets the members counted.</summary>
    public MembershipField Field { get; }

    /// <summary>Gets the minimum count.</summary>
    public int Minimum { get; }

    /// <summary>Gets the maximum count, if any.</summary>
    public int? Maximum { get; }

    /// <inheritdoc />
    public override Explanation DescriptionExplanation => Maximum is { } max
        ? (Minimum == 0 ? Text(ExplanationCodes.DescMembershipAtMost, (long)max, Field) : Text(ExplanationCodes.DescMembershipBetween, (long)Minimum, (long)max, Field))
        : Text(ExplanationCodes.DescMembershipAtLeast, (long)Minimum, Field);

    /// <inheritdoc/>
    public override IReadOnlyList<RuleParameter> Parameters => [new("field", Field.ToString()), new("minimum", N(Minimum)), new("maximum", Maximum is { } m ? N(m) : "-")];

    internal override CriterionOutcome Check(in CompactServiceRecord record, int year, RuleSet ruleSet, int depth, List<CriterionResult>? explain)
    {
        var counts = record.MembershipOf(year);
        if (counts is null)
        {
            return explain is null ? CriterionOutcome.Unknown : Report(explain, CriterionOutcome.Unknown, year, year, Text(ExplanationCodes.FindingNoMembershipCounts, year));
        }

        int value = counts.Get(Field);
        var outcome = value >= Minimum && (Maximum is null || value <= Maximum.Value) ? CriterionOutcome.Met : CriterionOutcome.NotMet;
        return explain is null ? outcome : Report(explain, outcome, year, year, Text(ExplanationCodes.FindingMembershipCount, (long)value, year));
    }
}
