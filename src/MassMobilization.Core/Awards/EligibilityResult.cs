using System.Collections.Generic;
using MassMobilization.Core.Text;

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

    /// <summary>Gets a one-line summary in English, for example "Needs review for CSTDCS 2024 under VN-2024: missing evidence for AWD-LDTT-RATING".</summary>
    public string Summary => SummaryExplanation.ToString();

    /// <summary>Gets the one-line summary as a sentence in Vietnamese or English (docs/display.md).</summary>
    public Explanation SummaryExplanation
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

            var head = new Explanation(ExplanationCodes.SummaryHead, Verdict, Kind.Code, Year, RuleSetId);
            return Verdict switch
            {
                Verdict.Eligible => new Explanation(ExplanationCodes.SummaryEligible, head, Criteria.Count),
                Verdict.Ineligible => new Explanation(ExplanationCodes.SummaryIneligible, head, string.Join(", ", failing)),
                _ => unknown.Count == 0
                    ? new Explanation(ExplanationCodes.SummaryNoCriteria, head)
                    : new Explanation(ExplanationCodes.SummaryMissingEvidence, head, string.Join(", ", unknown)),
            };
        }
    }
}
