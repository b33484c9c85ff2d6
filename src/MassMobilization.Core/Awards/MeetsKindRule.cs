using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using MassMobilization.Core.Text;

namespace MassMobilization.Core.Awards;

/// <summary>Holds, or meets the criteria of, another kind in the same year (for example "is an advanced worker that year", law art. 23).</summary>
public sealed class MeetsKindRule : EligibilityRule
{
    /// <summary>The deepest nesting of <see cref="MeetsKindRule"/> accepted before a cycle is reported.</summary>
    public const int MaxDepth = 8;

    /// <summary>Creates the rule.</summary>
    /// <param name="code">The rule code.</param>
    /// <param name="citation">The article.</param>
    /// <param name="kind">The other kind.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public MeetsKindRule(string code, LegalCitation citation, AwardKind kind)
        : base(code, citation)
    {
        Guard.Against.Null(kind);
        Kind = kind;
    }

    /// <summary>Gets the other kind.</summary>
    public AwardKind Kind { get; }

    /// <inheritdoc />
    public override Explanation DescriptionExplanation => Text(ExplanationCodes.DescMeetsKind, Kind);

    /// <inheritdoc/>
    public override IReadOnlyList<RuleParameter> Parameters => [new("kind", Kind.Code)];

    internal override CriterionOutcome Check(in CompactServiceRecord record, int year, RuleSet ruleSet, int depth, List<CriterionResult>? explain)
    {
        if ((record.AwardMask(Kind) & record.BitOf(year) & ~record.DisciplinedMask) != 0)
        {
            return explain is null ? CriterionOutcome.Met : Report(explain, CriterionOutcome.Met, year, year, Text(ExplanationCodes.FindingHoldsKind, Kind, year));
        }

        if (depth >= MaxDepth)
        {
            throw new DomainRuleException(AwardRuleCodes.RuleCycle, $"Rule set '{ruleSet.Id}' refers to kinds in a cycle through {Kind.Code}.");
        }

        var children = explain is null ? null : new List<CriterionResult>();
        var verdict = ruleSet.Check(record, Kind, year, depth + 1, children);
        var outcome = verdict switch
        {
            Verdict.Eligible => CriterionOutcome.Met,
            Verdict.Ineligible => CriterionOutcome.NotMet,
            _ => CriterionOutcome.Unknown,
        };
        return explain is null ? outcome : Report(explain, outcome, year, year, Text(ExplanationCodes.FindingKindCriteria, verdict), children);
    }
}
