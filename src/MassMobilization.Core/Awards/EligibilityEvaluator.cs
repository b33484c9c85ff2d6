using System;
using System.Collections.Generic;
using System.ComponentModel;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Awards;

/// <summary>
/// Answers whether a nominee may be proposed for an award kind for an achievement year under the rule set in force:
/// <see cref="Verdict.Eligible"/>, <see cref="Verdict.Ineligible"/> or <see cref="Verdict.NeedsReview"/> (docs/domain.md,
/// "Awards"). Missing data gives NeedsReview, never Ineligible; thematic and ad-hoc awards
/// never count towards merit streaks; pending discipline, inspection or complaint blocks; disciplined years break streaks.
/// The evaluator never grants anything: the council and the deciding authority decide.
/// </summary>
/// <remarks>
/// <see cref="VerdictFor(in CompactServiceRecord, AwardKind, int)"/> is the allocation-free kernel; <see cref="Evaluate(ServiceRecord, AwardKind, int)"/>
/// explains every criterion and allocates only then. Immutable and thread-safe.
/// </remarks>
public sealed class EligibilityEvaluator
{
    /// <summary>Initializes a new instance of the <see cref="EligibilityEvaluator"/> class.</summary>
    /// <param name="catalogue">The rule sets to choose from by achievement year.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalogue"/> is null.</exception>
    public EligibilityEvaluator(RuleSetCatalogue catalogue)
    {
        Guard.Against.Null(catalogue);
        Catalogue = catalogue;
    }

    /// <summary>Gets an evaluator over <see cref="RuleSetCatalogue.BuiltIn"/>.</summary>
    public static EligibilityEvaluator BuiltIn { get; } = new(RuleSetCatalogue.BuiltIn);

    /// <summary>Gets the rule sets the evaluator chooses from.</summary>
    public RuleSetCatalogue Catalogue { get; }

    /// <summary>Gets the verdict only, without explanation and without allocating.</summary>
    /// <param name="record">The nominee's compact record (see <see cref="ServiceRecord.ToCompact"/>).</param>
    /// <param name="kind">The award kind.</param>
    /// <param name="year">The achievement year; the rule set in force on 31 December of that year applies.</param>
    /// <returns>The verdict; NeedsReview when no rule set is in force for the year.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not given to the record's recipient kind, or the record is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the supported years.</exception>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public Verdict VerdictFor(in CompactServiceRecord record, AwardKind kind, int year)
    {
        Guard.Against.Null(kind);
        CheckQuestion(record, kind, year);
        var set = Catalogue.ForAchievementYear(year);
        return set is null ? Verdict.NeedsReview : set.Check(record, kind, year, 0, null);
    }

    /// <summary>Gets the verdict only, without explanation.</summary>
    /// <param name="record">The nominee's record.</param>
    /// <param name="kind">The award kind.</param>
    /// <param name="year">The achievement year.</param>
    /// <returns>The verdict.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> or <paramref name="kind"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not given to the record's recipient kind.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the supported years.</exception>
    public Verdict VerdictFor(ServiceRecord record, AwardKind kind, int year)
    {
        Guard.Against.Null(record);
        Guard.Against.Null(kind);
        var compact = record.ToCompact();
        return VerdictFor(compact, kind, year);
    }

    /// <summary>Evaluates with every criterion explained, under the rule set in force for the achievement year.</summary>
    /// <param name="record">The nominee's record.</param>
    /// <param name="kind">The award kind.</param>
    /// <param name="year">The achievement year; the rule set in force on 31 December of that year applies.</param>
    /// <returns>The explained result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> or <paramref name="kind"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not given to the record's recipient kind.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the supported years.</exception>
    /// <exception cref="DomainRuleException">AWD-NO-RULE-SET: no rule set of the catalogue is in force for the year.</exception>
    public EligibilityResult Evaluate(ServiceRecord record, AwardKind kind, int year)
    {
        Guard.Against.Null(record);
        Guard.Against.Null(kind);
        Guard.Against.OutOfRange(year, nameof(year), ServiceRecord.MinYear, ServiceRecord.MaxYear);
        var set = Catalogue.ForAchievementYear(year)
            ?? throw new DomainRuleException(AwardRuleCodes.NoRuleSet, FormattableString.Invariant($"No rule set of the catalogue is in force for the achievement year {year}."));
        return Evaluate(record, kind, year, set);
    }

    /// <summary>Evaluates with every criterion explained, under a given rule set (e.g. to compare versions of the law).</summary>
    /// <param name="record">The nominee's record.</param>
    /// <param name="kind">The award kind.</param>
    /// <param name="year">The achievement year.</param>
    /// <param name="ruleSet">The rule set to apply.</param>
    /// <returns>The explained result.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not given to the record's recipient kind.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the supported years.</exception>
    public static EligibilityResult Evaluate(ServiceRecord record, AwardKind kind, int year, RuleSet ruleSet)
    {
        Guard.Against.Null(record);
        Guard.Against.Null(kind);
        Guard.Against.Null(ruleSet);
        var compact = record.ToCompact();
        CheckQuestion(compact, kind, year);
        var explain = new List<CriterionResult>();
        var verdict = ruleSet.Check(compact, kind, year, 0, explain);
        return new EligibilityResult(record.NomineeId, kind, year, ruleSet, verdict, explain);
    }

    /// <summary>Evaluates every award kind given to the record's recipient kind, with explanations, in catalogue order.</summary>
    /// <param name="record">The nominee's record.</param>
    /// <param name="year">The achievement year.</param>
    /// <returns>One result per kind.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the supported years.</exception>
    /// <exception cref="DomainRuleException">AWD-NO-RULE-SET: no rule set is in force for the year.</exception>
    public IReadOnlyList<EligibilityResult> EvaluateAll(ServiceRecord record, int year)
    {
        Guard.Against.Null(record);
        var results = new List<EligibilityResult>();
        foreach (var kind in AwardKind.All)
        {
            if (kind.IsFor(record.Recipient))
            {
                results.Add(Evaluate(record, kind, year));
            }
        }

        return results;
    }

    private static void CheckQuestion(in CompactServiceRecord record, AwardKind kind, int year)
    {
        Guard.Against.OutOfRange(year, nameof(year), ServiceRecord.MinYear, ServiceRecord.MaxYear);
        Preconditions.CheckArgument(record.FirstYear != 0, nameof(record), "The record is the default value; build it with ServiceRecord.ToCompact().");
        if (!kind.IsFor(record.Recipient))
        {
            // The message is built only on failure: the kernel must not allocate per nominee.
            throw new ArgumentException($"{kind.Code} is not given to a {record.Recipient}.", nameof(kind));
        }
    }
}
