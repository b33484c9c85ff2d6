using System.Collections.Generic;
using MassMobilization.Core.Text;

namespace MassMobilization.Core.Awards;

/// <summary>One criterion checked by an eligibility evaluation: what it asks, the article it applies, the years it examined and what it found.</summary>
public sealed record CriterionResult
{
    internal CriterionResult(string code, Explanation description, LegalCitation citation, CriterionOutcome outcome, int firstYear, int lastYear, Explanation finding, IReadOnlyList<CriterionResult> children)
    {
        Code = code;
        DescriptionExplanation = description;
        Citation = citation.Text;
        Outcome = outcome;
        FirstYearExamined = firstYear;
        LastYearExamined = lastYear;
        FindingExplanation = finding;
        Children = ReadOnlyView.Of(children);
    }

    /// <summary>Gets the rule's code, for example <c>AWD-CSTDCS-LDTT</c>.</summary>
    public string Code { get; }

    /// <summary>Gets what the criterion asks, with its parameters, in English, for example "3 consecutive years with "Grassroots emulation fighter" title up to the year".</summary>
    public string Description => DescriptionExplanation.ToString();

    /// <summary>Gets what the criterion asks as a sentence in Vietnamese or English (docs/display.md).</summary>
    public Explanation DescriptionExplanation { get; }

    /// <summary>Gets the article applied, for example "Law 06/2022/QH15 art. 22".</summary>
    public string Citation { get; }

    /// <summary>Gets the outcome.</summary>
    public CriterionOutcome Outcome { get; }

    /// <summary>Gets the earliest year examined (0 when the criterion looks at no year).</summary>
    public int FirstYearExamined { get; }

    /// <summary>Gets the latest year examined (0 when the criterion looks at no year).</summary>
    public int LastYearExamined { get; }

    /// <summary>Gets what was found, in English, for example "missing in 2021; 1 of 3 found".</summary>
    public string Finding => FindingExplanation.ToString();

    /// <summary>Gets what was found as a sentence in Vietnamese or English, for example "không đạt năm 2021; có 1/3" (docs/display.md).</summary>
    public Explanation FindingExplanation { get; }

    /// <summary>Gets the sub-criteria of a combined criterion ("one of…", "meets the criteria of…"), or an empty list.</summary>
    public IReadOnlyList<CriterionResult> Children { get; }
}
