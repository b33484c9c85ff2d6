using System;
using System.Text;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Quantities;

/// <summary>
/// An explicit policy for writing a <see cref="Ratio"/> as a percentage: how many decimals, how to
/// round, which notation, and what to write when the ratio is not applicable. The computation is
/// exact (integers only). The Thanh Trì H1 2024 report wrote 185/261 (70.88%) as "70%", i.e.
/// <see cref="WholePercentTruncated"/>; other reports round half away from zero to one or two decimals
/// (docs/architecture.md, "Exact figures and rounding").
/// </summary>
/// <remarks>Immutable and thread-safe. Percentages are not grouped by thousands.</remarks>
public sealed class PercentageFormat : IEquatable<PercentageFormat>
{
    /// <summary>The largest number of decimals a format may have.</summary>
    public const int MaxDecimals = 6;

    /// <summary>Initializes a format.</summary>
    /// <param name="rounding">How the exact percentage is rounded: a number of decimal places, 0 to <see cref="MaxDecimals"/>, and a mode.</param>
    /// <param name="notation">The decimal separator: Vietnamese comma or invariant point.</param>
    /// <param name="notApplicableText">What to write for a ratio with a zero denominator, for example "không áp dụng".</param>
    /// <exception cref="ArgumentNullException"><paramref name="rounding"/> or <paramref name="notApplicableText"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rounding"/> has more than <see cref="MaxDecimals"/> decimals, or <paramref name="notation"/> is out of range.</exception>
    /// <exception cref="ArgumentException"><paramref name="rounding"/> rounds to an increment rather than decimal places, or <paramref name="notApplicableText"/> is empty or white space.</exception>
    public PercentageFormat(RoundingPolicy rounding, NumberNotation notation, string notApplicableText)
    {
        Guard.Against.Null(rounding);
        Guard.Against.Null(notApplicableText);
        Preconditions.CheckArgument(rounding.IsDecimalPlaces, nameof(rounding), $"A percentage is rounded to decimal places, not to a multiple of {rounding.Increment.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
        Guard.Against.OutOfRange(rounding.Decimals, nameof(rounding), 0, MaxDecimals);
        Rounding = rounding;
        Notation = NumberText.CheckNotation(notation, nameof(notation));
        Guard.Against.NullOrWhiteSpace(notApplicableText);
        NotApplicableText = notApplicableText;
    }

    /// <summary>Initializes a format.</summary>
    /// <param name="decimals">The number of decimals, 0 to <see cref="MaxDecimals"/>.</param>
    /// <param name="rounding">How the exact percentage is rounded to <paramref name="decimals"/>.</param>
    /// <param name="notation">The decimal separator: Vietnamese comma or invariant point.</param>
    /// <param name="notApplicableText">What to write for a ratio with a zero denominator, for example "không áp dụng".</param>
    /// <exception cref="ArgumentNullException"><paramref name="notApplicableText"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/>, <paramref name="rounding"/> or <paramref name="notation"/> is out of range.</exception>
    /// <exception cref="ArgumentException"><paramref name="notApplicableText"/> is empty or white space.</exception>
    public PercentageFormat(int decimals, RoundingMode rounding, NumberNotation notation, string notApplicableText)
        : this(RoundingPolicy.ToDecimals(Guard.Against.OutOfRange(decimals, nameof(decimals), 0, MaxDecimals), rounding), notation, notApplicableText)
    {
    }

    /// <summary>Gets the Thanh Trì style: whole percent, truncated, Vietnamese ("70%" for 185/261).</summary>
    public static PercentageFormat WholePercentTruncated { get; } = new(RoundingPolicy.WholeNumberTruncated, NumberNotation.Vietnamese, "không áp dụng");

    /// <summary>Gets whole percent rounded half away from zero, Vietnamese ("71%" for 185/261).</summary>
    public static PercentageFormat WholePercentRounded { get; } = new(RoundingPolicy.WholeNumberHalfAwayFromZero, NumberNotation.Vietnamese, "không áp dụng");

    /// <summary>Gets one decimal rounded half away from zero, Vietnamese ("70,9%" for 185/261).</summary>
    public static PercentageFormat VietnameseOneDecimal { get; } = new(1, RoundingMode.HalfAwayFromZero, NumberNotation.Vietnamese, "không áp dụng");

    /// <summary>Gets two decimals rounded half away from zero, Vietnamese ("70,88%" for 185/261).</summary>
    public static PercentageFormat VietnameseTwoDecimals { get; } = new(2, RoundingMode.HalfAwayFromZero, NumberNotation.Vietnamese, "không áp dụng");

    /// <summary>Gets one decimal rounded half away from zero, invariant ("70.9%" for 185/261).</summary>
    public static PercentageFormat InvariantOneDecimal { get; } = new(1, RoundingMode.HalfAwayFromZero, NumberNotation.Invariant, "n/a");

    /// <summary>Gets two decimals rounded half away from zero, invariant ("70.88%" for 185/261).</summary>
    public static PercentageFormat InvariantTwoDecimals { get; } = new(2, RoundingMode.HalfAwayFromZero, NumberNotation.Invariant, "n/a");

    /// <summary>Gets the number of decimals (those of <see cref="Rounding"/>).</summary>
    public int Decimals => Rounding.Decimals;

    /// <summary>Gets the rounding policy: decimal places and a mode.</summary>
    public RoundingPolicy Rounding { get; }

    /// <summary>Gets the notation (decimal comma or point).</summary>
    public NumberNotation Notation { get; }

    /// <summary>Gets the text written for a not-applicable ratio.</summary>
    public string NotApplicableText { get; }

    /// <summary>Returns this format with another number of decimals.</summary>
    /// <param name="decimals">The number of decimals, 0 to <see cref="MaxDecimals"/>.</param>
    /// <returns>The new format.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is out of range.</exception>
    public PercentageFormat WithDecimals(int decimals) => new(decimals, Rounding.Mode, Notation, NotApplicableText);

    /// <summary>Returns this format with another rounding mode and the same decimals.</summary>
    /// <param name="rounding">The rounding mode.</param>
    /// <returns>The new format.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rounding"/> is unknown.</exception>
    public PercentageFormat WithRounding(RoundingMode rounding) => new(Rounding.WithMode(rounding), Notation, NotApplicableText);

    /// <summary>Returns this format with another rounding policy.</summary>
    /// <param name="rounding">The rounding policy: decimal places, 0 to <see cref="MaxDecimals"/>, and a mode.</param>
    /// <returns>The new format.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rounding"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rounding"/> has more than <see cref="MaxDecimals"/> decimals.</exception>
    /// <exception cref="ArgumentException"><paramref name="rounding"/> rounds to an increment rather than decimal places.</exception>
    public PercentageFormat WithRounding(RoundingPolicy rounding) => new(rounding, Notation, NotApplicableText);

    /// <summary>Returns this format with another notation.</summary>
    /// <param name="notation">The notation.</param>
    /// <returns>The new format.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="notation"/> is unknown.</exception>
    public PercentageFormat WithNotation(NumberNotation notation) => new(Rounding, notation, NotApplicableText);

    /// <summary>Returns this format with another text for not-applicable ratios.</summary>
    /// <param name="notApplicableText">The text.</param>
    /// <returns>The new format.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="notApplicableText"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="notApplicableText"/> is empty or white space.</exception>
    public PercentageFormat WithNotApplicableText(string notApplicableText) => new(Rounding, Notation, notApplicableText);

    /// <summary>Returns the exact percentage this format would write, or <see langword="null"/> when the ratio is not applicable.</summary>
    /// <param name="ratio">The ratio.</param>
    /// <returns>The rounded percentage, for example 70 for 185/261 under <see cref="WholePercentTruncated"/>.</returns>
    public decimal? Percentage(Ratio ratio) => ratio.ToPercentage(Decimals, Rounding.Mode);

    /// <summary>Formats a ratio as a percentage, for example "70%" or "70,88%", or <see cref="NotApplicableText"/>.</summary>
    /// <param name="ratio">The ratio.</param>
    /// <returns>The text.</returns>
    public string Format(Ratio ratio) => AppendFormat(ratio, new StringBuilder(16)).ToString();

    /// <summary>Appends a ratio formatted as a percentage.</summary>
    /// <param name="ratio">The ratio.</param>
    /// <param name="builder">The builder to append to.</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public StringBuilder AppendFormat(Ratio ratio, StringBuilder builder)
    {
        Guard.Against.Null(builder);
        if (!ratio.IsApplicable)
        {
            return builder.Append(NotApplicableText);
        }

        NumberText.AppendScaled(builder, ratio.ScaledPercentage(Decimals, Rounding.Mode), Decimals, Notation, group: false);
        return builder.Append('%');
    }

    /// <inheritdoc />
    public bool Equals(PercentageFormat? other) =>
        other is not null && Rounding == other.Rounding && Notation == other.Notation
        && string.Equals(NotApplicableText, other.NotApplicableText, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PercentageFormat);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Rounding, Notation, StringComparer.Ordinal.GetHashCode(NotApplicableText));

    /// <summary>Describes the policy, for example "2 decimals, HalfAwayFromZero, Vietnamese".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Rounding}, {Notation}";

    /// <summary>Compares two formats for equality.</summary>
    /// <param name="left">The first format.</param>
    /// <param name="right">The second format.</param>
    /// <returns><see langword="true"/> when every setting is equal.</returns>
    public static bool operator ==(PercentageFormat? left, PercentageFormat? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two formats for inequality.</summary>
    /// <param name="left">The first format.</param>
    /// <param name="right">The second format.</param>
    /// <returns><see langword="true"/> when a setting differs.</returns>
    public static bool operator !=(PercentageFormat? left, PercentageFormat? right) => !(left == right);
}
