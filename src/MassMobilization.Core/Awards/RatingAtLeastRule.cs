using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using MassMobilization.Core.Text;

namespace MassMobilization.Core.Awards;

/// <summary>The task rating of the year under review is at least a minimum.</summary>
public sealed class RatingAtLeastRule : EligibilityRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="code">The rule code.</param>
    /// <param name="citation">The article.</param>
    /// <param name="minimum">The minimum rating.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public RatingAtLeastRule(string code, LegalCitation citation, TaskRating minimum)
        : base(code, citation)
    {
        Guard.Against.OutOfRange((int)minimum, nameof(minimum), 0, 3);
        Minimum = minimum;
    }

    /// <summary>Gets the minimum rating.</summary>
    public TaskRating Minimum { get; }

    /// <inheritdoc />
    public override Explanation DescriptionExplanation => Text(ExplanationCodes.DescRatingAtLeast, Minimum);

    /// <inheritdoc/>
    public override IReadOnlyList<RuleParameter> Parameters => [new("minimum", Minimum.ToString())];

    internal override CriterionOutcome Check(in CompactServiceRecord record, int year, RuleSet ruleSet, int depth, List<CriterionResult>? explain)
    {
        uint m = record.BitOf(year);
        var outcome = (record.RatingKnownMask & m) == 0 ? CriterionOutcome.Unknown
            : (record.RatingAtLeastMask(Minimum) & m) != 0 ? CriterionOutcome.Met
            : CriterionOutcome.NotMet;
        if (explain is null)
        {
            return outcome;
        }

        var rating = record.RatingOf(year);
        var finding = outcome == CriterionOutcome.Unknown ? Text(ExplanationCodes.FindingNoRating, year)
            : rating is null ? Text(ExplanationCodes.FindingNotInService, year)
            : Text(ExplanationCodes.FindingRated, rating.Value, year);
        return Report(explain, outcome, year, year, finding);
    }
}
