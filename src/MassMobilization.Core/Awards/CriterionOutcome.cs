namespace MassMobilization.Core.Awards;

/// <summary>The outcome of one criterion.</summary>
public enum CriterionOutcome
{
    /// <summary>The criterion is met on known facts.</summary>
    Met = 0,

    /// <summary>The criterion fails on known facts.</summary>
    NotMet = 1,

    /// <summary>The facts needed are missing.</summary>
    Unknown = 2,
}
