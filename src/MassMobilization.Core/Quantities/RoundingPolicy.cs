using System;
using System.Globalization;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Quantities;

/// <summary>
/// How an exact figure is rounded once, at the end, to the precision it is published with: a
/// <see cref="RoundingMode"/> and a precision, either a number of decimal places (a score to 2 decimals,
/// a percentage to a whole percent) or an increment (a bonus to a multiple of 10,000 đồng). The library's
/// one rounding vocabulary: scores, bonuses and percentages take a policy, quotas a
/// <see cref="RoundingMode"/> to whole places. See docs/architecture.md, "Exact figures and rounding".
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Rounding is exact: <see cref="decimal"/> arithmetic only, never binary
/// floating point. A policy built with <see cref="ToIncrement"/> whose increment is a power of ten
/// (0.01, 1) equals the policy of the same number of decimal places.
/// </remarks>
public sealed class RoundingPolicy : IEquatable<RoundingPolicy>
{
    /// <summary>The largest number of decimal places a policy may have (the scale limit of <see cref="decimal"/>).</summary>
    public const int MaxDecimals = 28;

    private RoundingPolicy(RoundingMode mode, int decimals, decimal increment)
    {
        Mode = mode;
        Decimals = decimals;
        Increment = increment;
        IsDecimalPlaces = increment == DecimalPlaceIncrement(decimals);
    }

    /// <summary>Gets the policy of published scores: two decimal places, halves away from zero (85.125 → 85.13), as result sheets are written.</summary>
    public static RoundingPolicy TwoDecimalsHalfAwayFromZero { get; } = ToDecimals(2, RoundingMode.HalfAwayFromZero);

    /// <summary>Gets whole numbers, rounded down: the default of a percentage quota ("at most 15%" never lets 15.9% through).</summary>
    public static RoundingPolicy WholeNumberFloor { get; } = ToDecimals(0, RoundingMode.Floor);

    /// <summary>Gets whole numbers, truncated: the Thanh Trì H1 2024 report wrote 185/261 (70.88%) as "70%".</summary>
    public static RoundingPolicy WholeNumberTruncated { get; } = ToDecimals(0, RoundingMode.Truncate);

    /// <summary>Gets whole numbers, halves away from zero (70.5 → 71).</summary>
    public static RoundingPolicy WholeNumberHalfAwayFromZero { get; } = ToDecimals(0, RoundingMode.HalfAwayFromZero);

    /// <summary>
    /// Gets up to the next multiple of 10,000 (in đồng): the default rounding of award bonuses after
    /// multiplying the base salary (Decree 91/2017/NĐ-CP art. 68(2); see docs/rules.md, "Awards: bonuses").
    /// </summary>
    public static RoundingPolicy UpToTenThousand { get; } = ToIncrement(10_000m, RoundingMode.Ceiling);

    /// <summary>Gets how the excess is rounded.</summary>
    public RoundingMode Mode { get; }

    /// <summary>Gets the number of decimal places of a rounded value: the policy's own for decimal places, the increment's for an increment (0 for 10,000 đồng).</summary>
    public int Decimals { get; }

    /// <summary>Gets the increment a rounded value is a multiple of: 0.01 for two decimal places, 10,000 for ten thousand đồng.</summary>
    public decimal Increment { get; }

    /// <summary>Gets whether the precision is a number of decimal places (the increment is 10^−<see cref="Decimals"/>).</summary>
    public bool IsDecimalPlaces { get; }

    /// <summary>Creates a policy rounding to a number of decimal places.</summary>
    /// <param name="decimals">The number of decimal places, 0 to <see cref="MaxDecimals"/>.</param>
    /// <param name="mode">How the excess is rounded.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> or <paramref name="mode"/> is out of range.</exception>
    public static RoundingPolicy ToDecimals(int decimals, RoundingMode mode)
    {
        Guard.Against.OutOfRange(decimals, nameof(decimals), 0, MaxDecimals);
        ExactMath.CheckMode(mode, nameof(mode));
        return new RoundingPolicy(mode, decimals, DecimalPlaceIncrement(decimals));
    }

    /// <summary>Creates a policy rounding to a multiple of an increment, for example 10,000 đồng or 0.5 points.</summary>
    /// <param name="increment">The positive increment.</param>
    /// <param name="mode">How the excess is rounded.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="increment"/> is not positive, or <paramref name="mode"/> is out of range.</exception>
    public static RoundingPolicy ToIncrement(decimal increment, RoundingMode mode)
    {
        if (increment <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(increment), increment, "A rounding increment must be positive.");
        }

        ExactMath.CheckMode(mode, nameof(mode));

        // 10000.00 and 10000 are one increment: strip trailing zeros so the scale is the increment's own.
        decimal normalized = increment / 1.0000000000000000000000000000m;
        int scale = normalized.Scale;
        return new RoundingPolicy(mode, scale, normalized);
    }

    /// <summary>Returns this policy with another rounding mode and the same precision.</summary>
    /// <param name="mode">The rounding mode.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is out of range.</exception>
    public RoundingPolicy WithMode(RoundingMode mode)
    {
        ExactMath.CheckMode(mode, nameof(mode));
        return mode == Mode ? this : new RoundingPolicy(mode, Decimals, Increment);
    }

    /// <summary>Rounds an exact value with this policy.</summary>
    /// <param name="value">The exact value.</param>
    /// <returns>The published value, a multiple of <see cref="Increment"/> with at most <see cref="Decimals"/> decimal places.</returns>
    /// <exception cref="OverflowException">The rounded value does not fit in a <see cref="decimal"/>.</exception>
    public decimal Round(decimal value)
    {
        if (IsDecimalPlaces)
        {
            return Math.Round(value, Decimals, ExactMath.ToMidpointRounding(Mode));
        }

        // Exact: the remainder of a decimal division is exact, so the truncated multiple is too.
        decimal remainder = value % Increment;
        decimal truncated = value - remainder;
        if (remainder == 0m)
        {
            return decimal.Round(truncated, Decimals);
        }

        bool negative = value < 0m;
        int half = (Math.Abs(remainder) * 2m).CompareTo(Increment);
        bool away = Mode switch
        {
            RoundingMode.Truncate => false,
            RoundingMode.Floor => negative,
            RoundingMode.Ceiling => !negative,
            RoundingMode.HalfAwayFromZero => half >= 0,
            _ => half > 0 || (half == 0 && decimal.Remainder(truncated / Increment, 2m) != 0m),
        };
        decimal result = away ? truncated + (negative ? -Increment : Increment) : truncated;
        return decimal.Round(result, Decimals);
    }

    /// <summary>Rounds a value and writes it with exactly <see cref="Decimals"/> places, culture-invariant (point, no grouping).</summary>
    /// <param name="value">The exact value.</param>
    /// <returns>For example "85.13" for 85.125 under <see cref="TwoDecimalsHalfAwayFromZero"/>, "710000" for 702,000 under <see cref="UpToTenThousand"/>.</returns>
    /// <exception cref="OverflowException">The rounded value does not fit in a <see cref="decimal"/>.</exception>
    public string Format(decimal value) =>
        Round(value).ToString("F" + Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>
    /// Rounds a value and writes it with exactly <see cref="Decimals"/> places in a notation, thousands
    /// grouped, without culture lookups (docs/display.md): "14,50" and "1.250" in Vietnamese, "14.50" and
    /// "1,250" invariant. One policy gives one precision, so a column never mixes "14.5" and "14.50".
    /// </summary>
    /// <param name="value">The exact value.</param>
    /// <param name="notation">The notation.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="notation"/> is not defined.</exception>
    /// <exception cref="OverflowException">The rounded value does not fit in a <see cref="decimal"/>.</exception>
    public string Format(decimal value, NumberNotation notation)
    {
        NumberText.CheckNotation(notation, nameof(notation));
        string invariant = Format(value);
        int point = invariant.IndexOf('.', StringComparison.Ordinal);
        int sign = invariant.StartsWith('-') ? 1 : 0;
        int integerEnd = point < 0 ? invariant.Length : point;
        var builder = new System.Text.StringBuilder(invariant.Length + 8);
        builder.Append(invariant, 0, sign);
        char group = NumberText.GroupSeparator(notation);
        for (int i = sign; i < integerEnd; i++)
        {
            if (i > sign && (integerEnd - i) % 3 == 0)
            {
                builder.Append(group);
            }

            builder.Append(invariant[i]);
        }

        if (point >= 0)
        {
            builder.Append(NumberText.DecimalSeparator(notation)).Append(invariant, point + 1, invariant.Length - point - 1);
        }

        return builder.ToString();
    }

    /// <inheritdoc />
    public bool Equals(RoundingPolicy? other) =>
        other is not null && Mode == other.Mode && Decimals == other.Decimals && Increment == other.Increment;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RoundingPolicy);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Mode, Decimals, Increment);

    /// <summary>Describes the policy, culture-invariant.</summary>
    /// <returns>For example "2 decimals, HalfAwayFromZero" or "multiple of 10000, Ceiling".</returns>
    public override string ToString() => IsDecimalPlaces
        ? string.Format(CultureInfo.InvariantCulture, "{0} decimals, {1}", Decimals, Mode)
        : string.Format(CultureInfo.InvariantCulture, "multiple of {0}, {1}", Increment, Mode);

    /// <summary>Compares two policies for equality.</summary>
    /// <param name="left">The first policy.</param>
    /// <param name="right">The second policy.</param>
    /// <returns><see langword="true"/> when the modes and precisions are equal.</returns>
    public static bool operator ==(RoundingPolicy? left, RoundingPolicy? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two policies for inequality.</summary>
    /// <param name="left">The first policy.</param>
    /// <param name="right">The second policy.</param>
    /// <returns><see langword="true"/> when the modes or precisions differ.</returns>
    public static bool operator !=(RoundingPolicy? left, RoundingPolicy? right) => !(left == right);

    private static decimal DecimalPlaceIncrement(int decimals) => new(1, 0, 0, false, (byte)decimals);
}
