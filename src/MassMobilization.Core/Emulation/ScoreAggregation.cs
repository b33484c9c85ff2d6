namespace MassMobilization.Core.Emulation;

/// <summary>How a round combines the judges' totals for a team into one score.</summary>
public enum ScoreAggregation
{
    /// <summary>The plain mean of the present judges' totals.</summary>
    Mean = 0,

    /// <summary>The mean after dropping the k highest and k lowest totals (k is <see cref="ScoringMethod.TrimCount"/>).</summary>
    TrimmedMean = 1,

    /// <summary>
    /// Each judge's totals are turned into z-scores against that judge's own mean and spread, then
    /// mapped back onto the scale with the panel's average mean and spread, and averaged; this removes
    /// the advantage or harm of a lenient or harsh judge.
    /// </summary>
    ZScore = 2,
}
