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
