using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using MassMobilization.Core.Text;

namespace MassMobilization.Core.Awards;

/// <summary>Has not already received an award of a kind given once per person (a commemorative medal, kỷ niệm chương).</summary>
public sealed class NotAlreadyHeldRule : EligibilityRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="code">The rule code.</param>
    /// <param name="citation">The article.</param>
    /// <param name="kind">The once-only award.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public NotAlreadyHeldRule(string code, LegalCitation citation, AwardKind kind)
        : base(code, citation)
    {
        Guard.Against.Null(kind);
        Kind = kind;
    }

    /// <summary>Gets the once-only award.</summary>
    public AwardKind Kind { get; }

    /// <inheritdoc />
    public override Explanation DescriptionExplanation => Text(ExplanationCodes.DescNotAlreadyHeld, Kind);

    /// <inheritdoc/>
    public override IReadOnlyList<RuleParameter> Parameters => [new("kind", Kind.Code)];

    internal override CriterionOutcome Check(in CompactServiceRecord record, int year, RuleSet ruleSet, int depth, List<CriterionResult>? explain)
    {
        uint held = record.AwardMask(Kind);
        bool complete = record.CompleteBeforeWindow && record.YearKnownMask != 0;
        var outcome = held != 0 ? CriterionOutcome.NotMet : complete ? CriterionOutcome.Met : CriterionOutcome.Unknown;
        if (explain is null)
        {
            return outcome;
        }

        int latest = held == 0 ? 0 : record.FirstYear + 31 - System.Numerics.BitOperations.LeadingZeroCount(held);
        return Report(explain, outcome, record.FirstYear, year, outcome switch
        {
            CriterionOutcome.NotMet => Text(ExplanationCodes.FindingAlreadyReceived, latest),
            CriterionOutcome.Met => Text(ExplanationCodes.FindingNotReceived),
            _ => Text(ExplanationCodes.FindingNotFoundEarlierUnknown),
        });
    }
}
