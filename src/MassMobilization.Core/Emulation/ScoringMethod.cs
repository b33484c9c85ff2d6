using System;
using System.Globalization;

namespace MassMobilization.Core.Emulation;

/// <summary>
/// A round's scoring method: how judges' totals are combined (<see cref="ScoreAggregation"/>). Sections
/// are always weighted: a judge's total for a team is Σ weight × points over the round's sections.
/// </summary>
public sealed class ScoringMethod : IEquatable<ScoringMethod>
{
    private ScoringMethod(ScoreAggregation aggregation, int trimCount)
    {
        Aggregation = aggregation;
        TrimCount = trimCount;
    }

    /// <summary>Gets the plain mean.</summary>
    public static ScoringMethod Mean { get; } = new(ScoreAggregation.Mean, 0);

    /// <summary>Gets per-judge z-score normalisation mapped back onto the scale.</summary>
    public static ScoringMethod ZScore { get; } = new(ScoreAggregation.ZScore, 0);

    /// <summary>Gets how judges' totals are combined.</summary>
    public ScoreAggregation Aggregation { get; }

    /// <summary>Gets the number of highest and of lowest totals dropped by a trimmed mean; 0 otherwise.</summary>
    public int TrimCount { get; }

    /// <summary>Gets the smallest number of present judges the method needs: 2k + 1 for a trimmed mean, 1 otherwise.</summary>
    public int MinimumJudges => (2 * TrimCount) + 1;

    /// <summary>Creates a trimmed mean that drops the <paramref name="trimCount"/> highest and lowest totals.</summary>
    /// <param name="trimCount">How many totals to drop at each end, at least 1.</param>
    /// <returns>The method.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trimCount"/> is less than 1.</exception>
    public static ScoringMethod TrimmedMean(int trimCount = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(trimCount, 1);
        return new ScoringMethod(ScoreAggregation.TrimmedMean, trimCount);
    }

    /// <summary>Compares two methods for equality.</summary>
    /// <param name="left">The first method.</param>
    /// <param name="right">The second method.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ScoringMethod? left, ScoringMethod? right) => Equals(left, right);

    /// <summary>Compares two methods for inequality.</summary>
    /// <param name="left">The first method.</param>
    /// <param name="right">The second method.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(ScoringMethod? left, ScoringMethod? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(ScoringMethod? other) => other is not null && Aggregation == other.Aggregation && TrimCount == other.TrimCount;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ScoringMethod);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Aggregation, TrimCount);

    /// <summary>Describes the method.</summary>
    /// <returns>For example "trimmed mean (drop 1 highest and 1 lowest)".</returns>
    public override string ToString() => Aggregation switch
    {
        ScoreAggregation.TrimmedMean => string.Format(CultureInfo.InvariantCulture, "trimmed mean (drop {0} highest and {0} lowest)", TrimCount),
        ScoreAggregation.ZScore => "z-score normalisation per judge",
        _ => "mean",
    };
}
