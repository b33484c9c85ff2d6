using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using MassMobilization.Core.Text;

namespace MassMobilization.Core.Awards;

/// <summary>
/// Has served a configured number of years by the year under review, with an optional shorter threshold for women. The
/// thresholds are configuration with no default: when none is configured the criterion is unknown and the verdict NeedsReview.
/// </summary>
public sealed class ServiceYearsRule : EligibilityRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="code">The rule code.</param>
    /// <param name="citation">The article.</param>
    /// <param name="minimumYears">The years of service required, or <see langword="null"/> when not configured.</param>
    /// <param name="minimumYearsForWomen">The years required of a woman, or <see langword="null"/> for the same as <paramref name="minimumYears"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A threshold is below 1 or above 80.</exception>
    public ServiceYearsRule(string code, LegalCitation citation, int? minimumYears, int? minimumYearsForWomen)
        : base(code, citation)
    {
        if (minimumYears is { } y)
        {
            Guard.Against.OutOfRange(y, nameof(minimumYears), 1, 80);
        }

        if (minimumYearsForWomen is { } w)
        {
            Guard.Against.OutOfRange(w, nameof(minimumYearsForWomen), 1, 80);
        }

        MinimumYears = minimumYears;
        MinimumYearsForWomen = minimumYearsForWomen;
    }

    /// <summary>Gets the years of service required, or <see langword="null"/> when not configured.</summary>
    public int? MinimumYears { get; }

    /// <summary>Gets the years required of a woman, or <see langword="null"/> for the same as <see cref="MinimumYears"/>.</summary>
    public int? MinimumYearsForWomen { get; }

    /// <inheritdoc />
    public override Explanation DescriptionExplanation => MinimumYears is { } y
        ? Text(ExplanationCodes.DescServiceYears, y, MinimumYearsForWomen is { } w ? Text(ExplanationCodes.DescServiceYearsWomen, w) : string.Empty)
        : Text(ExplanationCodes.DescServiceYearsUnconfigured);

    /// <inheritdoc/>
    public override IReadOnlyList<RuleParameter> Parameters =>
        [new("minimumYears", MinimumYears is { } y ? N(y) : "not configured"), new("minimumYearsForWomen", MinimumYearsForWomen is { } w ? N(w) : "same")];

    internal override CriterionOutcome Check(in CompactServiceRecord record, int year, RuleSet ruleSet, int depth, List<CriterionResult>? explain)
    {
        if (MinimumYears is not { } general)
        {
            return explain is null ? CriterionOutcome.Unknown : Report(explain, CriterionOutcome.Unknown, year, year, Text(ExplanationCodes.FindingNoServiceThreshold));
        }

        int required = record.IsWoman && MinimumYearsForWomen is { } w ? w : general;
        if (record.ServiceStartYear is not { } start)
        {
            return explain is null ? CriterionOutcome.Unknown : Report(explain, CriterionOutcome.Unknown, year, year, Text(ExplanationCodes.FindingServiceStartUnknown));
        }

        int served = year - start + 1;
        var outcome = served >= required ? CriterionOutcome.Met : CriterionOutcome.NotMet;
        return explain is null ? outcome : Report(explain, outcome, start, year, Text(ExplanationCodes.FindingServiceYears, served, start, required));
    }
}
