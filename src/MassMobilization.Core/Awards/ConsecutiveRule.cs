using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using MassMobilization.Core.Text;

namespace MassMobilization.Core.Awards;

/// <summary>"N consecutive years (or titles every K years) with property P up to the year under review", through <see cref="Streak.Consecutive"/>.</summary>
public sealed class ConsecutiveRule : EligibilityRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="code">The rule code.</param>
    /// <param name="citation">The article.</param>
    /// <param name="property">The property.</param>
    /// <param name="count">How many occurrences, at least 1.</param>
    /// <param name="stride">Years between occurrences (1 = consecutive years).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number is out of range.</exception>
    public ConsecutiveRule(string code, LegalCitation citation, YearProperty property, int count, int stride = 1)
        : base(code, citation)
    {
        Guard.Against.OutOfRange((int)property, nameof(property), 0, 7);
        Guard.Against.OutOfRange(count, nameof(count), 1, CompactServiceRecord.WindowYears);
        Guard.Against.OutOfRange(stride, nameof(stride), 1, 10);
        Property = property;
        Count = count;
        Stride = stride;
    }

    /// <summary>Gets the property.</summary>
    public YearProperty Property { get; }

    /// <summary>Gets how many occurrences.</summary>
    public int Count { get; }

    /// <summary>Gets the years between occurrences.</summary>
    public int Stride { get; }

    /// <inheritdoc />
    public override Explanation DescriptionExplanation => Stride == 1
        ? Text(ExplanationCodes.DescConsecutive, Count, Property)
        : Text(ExplanationCodes.DescConsecutiveStride, Count, Property, Stride);

    /// <inheritdoc/>
    public override IReadOnlyList<RuleParameter> Parameters => [new("property", Property.ToString()), new("count", N(Count)), new("stride", N(Stride))];

    internal override CriterionOutcome Check(in CompactServiceRecord record, int year, RuleSet ruleSet, int depth, List<CriterionResult>? explain)
    {
        var result = Streak.Consecutive(record, Property, year, Count, Stride);
        if (explain is null)
        {
            return result.Outcome;
        }

        var finding = result.Outcome switch
        {
            CriterionOutcome.Met => Text(ExplanationCodes.FindingStreakMet, result.Length, Count, Span(result.FirstYearExamined, year)),
            CriterionOutcome.NotMet => Text(ExplanationCodes.FindingStreakMissing, result.DecisiveYear, result.Length, Count),
            _ => Text(ExplanationCodes.FindingStreakNoData, result.DecisiveYear, result.Length, Count),
        };
        return Report(explain, result.Outcome, result.FirstYearExamined, year, finding);
    }
}
