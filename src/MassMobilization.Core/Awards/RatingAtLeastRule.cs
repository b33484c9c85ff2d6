using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;

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
    public override string Description => "Rated at least " + Minimum.ToString() + " in the year";

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
        string finding = outcome == CriterionOutcome.Unknown ? "no rating recorded for " + Y(year)
            : rating is null ? "not in service in " + Y(year)
            : "rated " + rating.Value.ToString() + " in " + Y(year);
        return Report(explain, outcome, year, year, finding);
    }
}
