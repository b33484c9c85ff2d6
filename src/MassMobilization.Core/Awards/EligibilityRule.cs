using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using MassMobilization.Core.Text;

namespace MassMobilization.Core.Awards;

/// <summary>
/// One eligibility criterion: a small named rule with a stable code, the article it comes from and its
/// parameters as data (for example "3 consecutive grassroots fighter titles"). Rules are combined by a
/// <see cref="RuleSet"/>; every multi-year rule uses <see cref="Streak"/>. Rules never grant anything.
/// </summary>
public abstract class EligibilityRule
{
    private protected EligibilityRule(string code, LegalCitation citation)
    {
        Guard.Against.Null(code);
        Guard.Against.Null(citation);
        Code = code;
        Citation = citation;
    }

    /// <summary>Gets the stable code, for example <c>AWD-CSTDT-STREAK</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the article the rule applies.</summary>
    public LegalCitation Citation { get; }

    /// <summary>Gets what the rule asks, with its parameters, in English (<see cref="DescriptionExplanation"/> in either language).</summary>
    public string Description => DescriptionExplanation.ToString();

    /// <summary>Gets what the rule asks, with its parameters, as a sentence in Vietnamese or English (docs/display.md).</summary>
    public abstract Explanation DescriptionExplanation { get; }

    /// <summary>Gets the rule's parameters as data (name and invariant value), in declaration order, for documentation.</summary>
    public abstract IReadOnlyList<RuleParameter> Parameters { get; }

    /// <summary>Gets the rules this rule combines ("one of", "all of"); empty for a simple rule.</summary>
    public virtual IReadOnlyList<EligibilityRule> Inner => Array.Empty<EligibilityRule>();

    /// <summary>Gets the name of the rule's type without the "Rule" suffix, e.g. "Consecutive" or "RatedRun".</summary>
    public string RuleType => GetType().Name.EndsWith("Rule", StringComparison.Ordinal) ? GetType().Name[..^4] : GetType().Name;

    /// <summary>Returns the code and description.</summary>
    /// <returns>For example "AWD-LDTT-RATING: rated at least Good in the year".</returns>
    public override string ToString() => Code + ": " + Description;

    /// <summary>Checks the rule; adds its explanation to <paramref name="explain"/> only when it is not null (the verdict-only path allocates nothing).</summary>
    internal abstract CriterionOutcome Check(in CompactServiceRecord record, int year, RuleSet ruleSet, int depth, List<CriterionResult>? explain);

    private protected CriterionOutcome Report(List<CriterionResult>? explain, CriterionOutcome outcome, int firstYear, int lastYear, Explanation finding, IReadOnlyList<CriterionResult>? children = null)
    {
        explain?.Add(new CriterionResult(Code, DescriptionExplanation, Citation, outcome, firstYear, lastYear, finding, children ?? Array.Empty<CriterionResult>()));
        return outcome;
    }

    private protected static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A sentence of the catalogue with its arguments.</summary>
    private protected static Explanation Text(string code, params object[] values) => new(code, values);

    private protected static string Span(int first, int last) => first == last ? N(first) : N(first) + "–" + N(last);
}
