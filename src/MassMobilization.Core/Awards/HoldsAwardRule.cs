using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using MassMobilization.Core.Text;

namespace MassMobilization.Core.Awards;

/// <summary>Holds a merit award of a kind at or before the year under review (for example "already holds a ministry/province Bằng khen", law art. 73(1)(b)).</summary>
public sealed class HoldsAwardRule : EligibilityRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="code">The rule code.</param>
    /// <param name="citation">The article.</param>
    /// <param name="kind">The award that must be held.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public HoldsAwardRule(string code, LegalCitation citation, AwardKind kind)
        : base(code, citation)
    {
        Guard.Against.Null(kind);
        Kind = kind;
    }

    /// <summary>Gets the award that must be held.</summary>
    public AwardKind Kind { get; }

    /// <inheritdoc />
    public override Explanation DescriptionExplanation => Text(ExplanationCodes.DescHoldsAward, Kind);

    /// <inheritdoc/>
    public override IReadOnlyList<RuleParameter> Parameters => [new("kind", Kind.Code)];

    internal override CriterionOutcome Check(in CompactServiceRecord record, int year, RuleSet ruleSet, int depth, List<CriterionResult>? explain)
    {
        uint end = record.BitOf(year);
        uint upTo = end == 0 ? (year > record.LastYear && record.FirstYear != 0 ? uint.MaxValue : 0u) : end | (end - 1);
        uint held = record.AwardMask(Kind) & upTo;
        bool complete = record.FirstYear != 0 && record.CompleteBeforeWindow && (record.YearKnownMask & upTo) == upTo && upTo != 0 && year <= record.LastYear;
        var outcome = held != 0 ? CriterionOutcome.Met : complete ? CriterionOutcome.NotMet : CriterionOutcome.Unknown;
        if (explain is null)
        {
            return outcome;
        }

        int latest = held == 0 ? 0 : record.FirstYear + 31 - System.Numerics.BitOperations.LeadingZeroCount(held);
        return Report(explain, outcome, record.FirstYear, year, outcome switch
        {
            CriterionOutcome.Met => Text(ExplanationCodes.FindingReceived, latest),
            CriterionOutcome.NotMet => Text(ExplanationCodes.FindingNotReceived),
            _ => Text(ExplanationCodes.FindingNotFoundHistoryUnknown),
        });
    }
}
