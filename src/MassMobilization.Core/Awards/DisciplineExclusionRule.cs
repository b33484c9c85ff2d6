using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using MassMobilization.Core.Text;

namespace MassMobilization.Core.Awards;

/// <summary>
/// Was never disciplined within a configured look-back, as a medal's regulation may exclude. The exclusion is configuration
/// with no default: when none is configured the criterion is unknown and the verdict NeedsReview.
/// </summary>
public sealed class DisciplineExclusionRule : EligibilityRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="code">The rule code.</param>
    /// <param name="citation">The article.</param>
    /// <param name="lookBackYears">How many years up to the year under review must be free of discipline, or <see langword="null"/> when not configured.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lookBackYears"/> is below 1 or above 32.</exception>
    public DisciplineExclusionRule(string code, LegalCitation citation, int? lookBackYears)
        : base(code, citation)
    {
        if (lookBackYears is { } n)
        {
            Guard.Against.OutOfRange(n, nameof(lookBackYears), 1, 32);
        }

        LookBackYears = lookBackYears;
    }

    /// <summary>Gets how many years must be free of discipline, or <see langword="null"/> when not configured.</summary>
    public int? LookBackYears { get; }

    /// <inheritdoc />
    public override Explanation DescriptionExplanation => LookBackYears is { } n
        ? Text(ExplanationCodes.DescDisciplineExclusion, n)
        : Text(ExplanationCodes.DescDisciplineExclusionUnconfigured);

    /// <inheritdoc/>
    public override IReadOnlyList<RuleParameter> Parameters => [new("lookBackYears", LookBackYears is { } n ? N(n) : "not configured")];

    internal override CriterionOutcome Check(in CompactServiceRecord record, int year, RuleSet ruleSet, int depth, List<CriterionResult>? explain)
    {
        if (LookBackYears is not { } n)
        {
            return explain is null ? CriterionOutcome.Unknown : Report(explain, CriterionOutcome.Unknown, year, year, Text(ExplanationCodes.FindingNoDisciplineExclusion));
        }

        int first = year - n + 1;
        bool disciplined = false;
        bool unknown = false;
        for (int y = first; y <= year; y++)
        {
            uint bit = record.BitOf(y);
            if (bit == 0 || (record.YearKnownMask & bit) == 0)
            {
                unknown = true;
            }
            else if (record.IsDisciplined(y))
            {
                disciplined = true;
            }
        }

        var outcome = disciplined ? CriterionOutcome.NotMet : unknown ? CriterionOutcome.Unknown : CriterionOutcome.Met;
        return explain is null ? outcome : Report(explain, outcome, first, year, outcome switch
        {
            CriterionOutcome.NotMet => Text(ExplanationCodes.FindingDisciplined, Span(first, year)),
            CriterionOutcome.Met => Text(ExplanationCodes.FindingNotDisciplined, Span(first, year)),
            _ => Text(ExplanationCodes.FindingDisciplineUnknown, Span(first, year)),
        });
    }
}
