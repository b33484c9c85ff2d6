using System;
using System.Collections.Generic;

namespace MassMobilization.Core.Awards;

/// <summary>One criterion checked by an eligibility evaluation: what it asks, the article it applies, the years it examined and what it found.</summary>
public sealed record CriterionResult
{
    internal CriterionResult(string code, string description, LegalCitation citation, CriterionOutcome outcome, int firstYear, int lastYear, string finding, IReadOnlyList<CriterionResult> children)
    {
        Code = code;
        Description = description;
        Citation = citation.Text;
        Outcome = outcome;
        FirstYearExamined = firstYear;
        LastYearExamined = lastYear;
        Finding = finding;
        Children = ReadOnlyView.Of(children);
    }

    /// <summary>Gets the rule's code, for example <c>AWD-CSTDCS-LDTT</c>.</summary>
    public string Code { get; }

    /// <summary>Gets what the criterion asks, with its parameters, for example "3 consecutive years with the title Chiến sĩ thi đua cơ sở".</summary>
    public string Description { get; }

    /// <summary>Gets the article applied, for example "Law 06/2022/QH15 art. 22".</summary>
    public string Citation { get; }

    /// <summary>Gets the outcome.</summary>
    public CriterionOutcome Outcome { get; }

    /// <summary>Gets the earliest year examined (0 when the criterion looks at no year).</summary>
    public int FirstYearExamined { get; }

    /// <summary>Gets the latest year examined (0 when the criterion looks at no year).</summary>
    public int LastYearExamined { get; }

    /// <summary>Gets what was found, for example "2021 missing the title; 2022, 2023 hold it".</summary>
    public string Finding { get; }

    /// <summary>Gets the sub-criteria of a combined criterion ("one of…", "meets the criteria of…"), or an empty list.</summary>
    public IReadOnlyList<CriterionResult> Children { get; }
}

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
    [System.Text.Json.Serialization.JsonIgnore]
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
