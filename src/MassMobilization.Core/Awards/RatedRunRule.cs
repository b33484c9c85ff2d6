using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using MassMobilization.Core.Text;

namespace MassMobilization.Core.Awards;

/// <summary>
/// "At least M consecutive years rated at least R up to the year under review, after the latest earlier
/// award, with at least N years having P" (law arts. 73(1)(b), 44(1)(e)), through <see cref="Streak.RatedRun"/>.
/// </summary>
public sealed class RatedRunRule : EligibilityRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="code">The rule code.</param>
    /// <param name="citation">The article.</param>
    /// <param name="minimum">The minimum rating of every year of the run.</param>
    /// <param name="minYears">The minimum length of the run.</param>
    /// <param name="property">The property counted in the run.</param>
    /// <param name="occurrences">The minimum number of years with it (0 counts nothing).</param>
    /// <param name="after">The earlier award the run follows, or <see langword="null"/>.</param>
    /// <param name="restartAfter">A further award that restarts the run (usually the kind under review), or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number is out of range.</exception>
    public RatedRunRule(string code, LegalCitation citation, TaskRating minimum, int minYears, YearProperty property, int occurrences, AwardKind? after, AwardKind? restartAfter)
        : base(code, citation)
    {
        Guard.Against.OutOfRange((int)minimum, nameof(minimum), 0, 3);
        Guard.Against.OutOfRange(minYears, nameof(minYears), 1, CompactServiceRecord.WindowYears);
        Guard.Against.OutOfRange((int)property, nameof(property), 0, 7);
        Guard.Against.OutOfRange(occurrences, nameof(occurrences), 0, CompactServiceRecord.WindowYears);
        Minimum = minimum;
        MinYears = minYears;
        Property = property;
        Occurrences = occurrences;
        After = after;
        RestartAfter = restartAfter;
    }

    /// <summary>Gets the minimum rating.</summary>
    public TaskRating Minimum { get; }

    /// <summary>Gets the minimum length of the run.</summary>
    public int MinYears { get; }

    /// <summary>Gets the property counted.</summary>
    public YearProperty Property { get; }

    /// <summary>Gets the minimum number of years with the property.</summary>
    public int Occurrences { get; }

    /// <summary>Gets the earlier award the run follows, if any.</summary>
    public AwardKind? After { get; }

    /// <summary>Gets the award that restarts the run, if any.</summary>
    public AwardKind? RestartAfter { get; }

    /// <inheritdoc />
    public override Explanation DescriptionExplanation => Text(
        ExplanationCodes.DescRatedRun,
        MinYears,
        Minimum,
        After is null ? string.Empty : Text(ExplanationCodes.DescRatedRunSince, After),
        RestartAfter is null ? string.Empty : Text(ExplanationCodes.DescRatedRunRestart, RestartAfter),
        Occurrences == 0 ? string.Empty : Text(ExplanationCodes.DescRatedRunOccurrences, Occurrences, Property));

    /// <inheritdoc/>
    public override IReadOnlyList<RuleParameter> Parameters => [new("minimum", Minimum.ToString()), new("minYears", N(MinYears)), new("property", Property.ToString()), new("occurrences", N(Occurrences)), new("after", After?.Code ?? "-"), new("restartAfter", RestartAfter?.Code ?? "-")];

    internal override CriterionOutcome Check(in CompactServiceRecord record, int year, RuleSet ruleSet, int depth, List<CriterionResult>? explain)
    {
        var result = Streak.RatedRun(record, year, Minimum, MinYears, Property, Occurrences, After, RestartAfter);
        if (explain is null)
        {
            return result.Outcome;
        }

        var finding = Text(
            ExplanationCodes.FindingRatedRun,
            result.Length,
            result.Length > 0 ? " " + Span(year - result.Length + 1, year) : string.Empty,
            result.Occurrences,
            Property,
            result.DecisiveYear,
            result.Stop);
        return Report(explain, result.Outcome, result.FirstYearExamined, year, finding);
    }
}
