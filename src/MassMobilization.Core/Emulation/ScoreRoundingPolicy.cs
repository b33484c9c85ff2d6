using System;
using System.Globalization;

namespace MassMobilization.Core.Emulation;

/// <summary>
/// How a published score is rounded. Every intermediate value (sums, means, z-scores, square roots)
/// keeps <see cref="decimal"/>'s full precision (28 significant digits); only the published score and
/// the published section scores are rounded, once, at the end, with this policy. Rankings compare the
/// published (rounded) scores, so two teams that look equal on the result sheet go to the tie-breaks.
/// </summary>
public sealed class ScoreRoundingPolicy : IEquatable<ScoreRoundingPolicy>
{
    /// <summary>Creates a policy.</summary>
    /// <param name="decimals">The number of decimal places, 0 to 6.</param>
    /// <param name="mode">How a value exactly halfway is rounded.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 6.</exception>
    /// <exception cref="ArgumentException"><paramref name="mode"/> is not defined.</exception>
    public ScoreRoundingPolicy(int decimals, MidpointRounding mode)
    {
        Preconditions.CheckArgumentRange(nameof(decimals), decimals, 0, 6);
        Preconditions.CheckArgument(Enum.IsDefined(mode), nameof(mode), $"Unknown midpoint rounding {mode}.");
        Decimals = decimals;
        Mode = mode;
    }

    /// <summary>Gets the default policy: two decimal places, halves away from zero (85.125 → 85.13), as result sheets are written.</summary>
    public static ScoreRoundingPolicy TwoDecimalsHalfAwayFromZero { get; } = new(2, MidpointRounding.AwayFromZero);

    /// <summary>Gets the number of decimal places.</summary>
    public int Decimals { get; }

    /// <summary>Gets how a value exactly halfway is rounded.</summary>
    public MidpointRounding Mode { get; }

    /// <summary>Rounds a value with this policy.</summary>
    /// <param name="value">The exact value.</param>
    /// <returns>The published value.</returns>
    public decimal Round(decimal value) => decimal.Round(value, Decimals, Mode);

    /// <summary>Formats a published value with exactly <see cref="Decimals"/> places, culture-invariant.</summary>
    /// <param name="value">The value.</param>
    /// <returns>For example "85.13".</returns>
    public string Format(decimal value) => Round(value).ToString("F" + Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>Compares two policies for equality.</summary>
    /// <param name="left">The first policy.</param>
    /// <param name="right">The second policy.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ScoreRoundingPolicy? left, ScoreRoundingPolicy? right) => Equals(left, right);

    /// <summary>Compares two policies for inequality.</summary>
    /// <param name="left">The first policy.</param>
    /// <param name="right">The second policy.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(ScoreRoundingPolicy? left, ScoreRoundingPolicy? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(ScoreRoundingPolicy? other) => other is not null && Decimals == other.Decimals && Mode == other.Mode;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ScoreRoundingPolicy);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Decimals, Mode);

    /// <summary>Describes the policy.</summary>
    /// <returns>For example "2 decimals, AwayFromZero".</returns>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0} decimals, {1}", Decimals, Mode);
}
