namespace MassMobilization.Core.Awards;

/// <summary>The answer of an eligibility check (docs/domain.md, "Awards").</summary>
public enum Verdict
{
    /// <summary>Every criterion is met. This never grants the award: the council and the deciding authority do.</summary>
    Eligible = 0,

    /// <summary>At least one criterion is not met on known facts.</summary>
    Ineligible = 1,

    /// <summary>No criterion fails on known facts but some evidence is missing or the rule set has no criteria: a person must look.</summary>
    NeedsReview = 2,
}
