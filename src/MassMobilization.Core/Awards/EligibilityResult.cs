using System;
using System.Collections.Generic;

namespace MassMobilization.Core.Awards;

/// <summary>The full, explained answer of an eligibility check. It never grants anything.</summary>
public sealed record EligibilityResult
{
    internal EligibilityResult(string nomineeId, AwardKind kind, int year, RuleSet ruleSet, Verdict verdict, IReadOnlyList<CriterionResult> criteria)
    {
        NomineeId = nomineeId;
        Kind = kind;
        Year = year;
        RuleSetId = ruleSet.Id;
        RuleSetName = ruleSet.Name;
        Verdict = verdict;
        Criteria = ReadOnlyView.Of(criteria);
    }

    /// <summary>Gets the nominee's identifier (empty for a compact record evaluated alone).</summary>
    public string NomineeId { get; }

    /// <summary>Gets the award kind.</summary>
    public AwardKind Kind { get; }

    /// <summary>Gets the award kind's code.</summary>
    public string KindCode => Kind.Code;

    /// <summary>Gets the year under review.</summary>
    public int Year { get; }

    /// <summary>Gets the identifier of the rule set applied.</summary>
    public string RuleSetId { get; }

    /// <summary>Gets the name of the rule set applied.</summary>
    public string RuleSetName { get; }

    /// <summary>Gets the verdict.</summary>
    public Verdict Verdict { get; }

    /// <summary>Gets every criterion checked, in rule order.</summary>
    public IReadOnlyList<CriterionResult> Criteria { get; }

    /// <summary>Gets a one-line summary, for example "NeedsReview for CSTDCS 2024 under VN-2024: 1 criterion unknown (AWD-LDTT-RATING)".</summary>
    public string Summary
    {
        get
        {
            var failing = new List<string>();
            var unknown = new List<string>();
            foreach (var c in Criteria)
            {
                if (c.Outcome == CriterionOutcome.NotMet)
                {
                    failing.Add(c.Code);
                }
                else if (c.Outcome == CriterionOutcome.Unknown)
                {
                    unknown.Add(c.Code);
                }
            }

            string head = FormattableString.Invariant($"{Verdict} for {Kind.Code} {Year} under {RuleSetId}");
            return Verdict switch
            {
                Verdict.Eligible => FormattableString.Invariant($"{head}: all {Criteria.Count} criteria met (the council and the deciding authority still decide)"),
                Verdict.Ineligible => FormattableString.Invariant($"{head}: not met {string.Join(", ", failing)}"),
                _ => unknown.Count == 0
                    ? head + ": no criteria in this rule set"
                    : FormattableString.Invariant($"{head}: missing evidence for {string.Join(", ", unknown)}"),
            };
        }
    }
}
