using System;
using System.Text;
using Ardalis.GuardClauses;
using MassMobilization.Core.Text;

namespace MassMobilization.Core.Quantities;

/// <summary>
/// Formats and parses <see cref="VndAmount"/> values in a given unit and notation: "165.340.000.000 đồng",
/// "165,340,000,000 VND", "165,34 tỷ đồng", "165.34 billion VND", "2,34 triệu đồng" (docs/domain.md, "Numbers").
/// Formatting in a unit larger than the đồng rounds to <see cref="Decimals"/> with the explicit
/// <see cref="Rounding"/>. Parsing accepts any number of decimals (up to 18) as long as the amount is a
/// whole number of đồng, digits with or without thousands grouping, a leading '-', and "tỉ" for "tỷ";
/// it never throws. Text that is not in Unicode normalization form C is normalized first, and error
/// positions then refer to the normalized text.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class VndAmountPattern : IPattern<VndAmount>, IEquatable<VndAmountPattern>
{
    private VndAmountPattern(VndUnit unit, NumberNotation notation, int decimals, RoundingMode rounding)
    {
        Unit = unit;
        Notation = notation;
        Decimals = decimals;
        Rounding = rounding;
    }

    /// <summary>Gets the Vietnamese pattern in đồng: "165.340.000.000 đồng".</summary>
    public static VndAmountPattern VietnameseDong { get; } = new(VndUnit.Dong, NumberNotation.Vietnamese, 0, RoundingMode.HalfAwayFromZero);

    /// <summary>Gets the invariant pattern in đồng: "165,340,000,000 VND" (the form of <see cref="VndAmount.ToString()"/>).</summary>
    public static VndAmountPattern InvariantDong { get; } = new(VndUnit.Dong, NumberNotation.Invariant, 0, RoundingMode.HalfAwayFromZero);

    /// <summary>Gets the Vietnamese pattern in tỷ đồng with two decimals rounded half away from zero: "165,34 tỷ đồng".</summary>
    public static VndAmountPattern VietnameseBillions { get; } = new(VndUnit.Billion, NumberNotation.Vietnamese, 2, RoundingMode.HalfAwayFromZero);

    /// <summary>Gets the invariant pattern in billions with two decimals rounded half away from zero: "165.34 billion VND".</summary>
    public static VndAmountPattern InvariantBillions { get; } = new(VndUnit.Billion, NumberNotation.Invariant, 2, RoundingMode.HalfAwayFromZero);

    /// <summary>Gets the Vietnamese pattern in triệu đồng with two decimals rounded half away from zero: "2,34 triệu đồng".</summary>
    public static VndAmountPattern VietnameseMillions { get; } = new(VndUnit.Million, NumberNotation.Vietnamese, 2, RoundingMode.HalfAwayFromZero);

    /// <summary>Gets the invariant pattern in millions with two decimals rounded half away from zero: "2.34 million VND".</summary>
    public static VndAmountPattern InvariantMillions { get; } = new(VndUnit.Million, NumberNotation.Invariant, 2, RoundingMode.HalfAwayFromZero);

    /// <summary>Gets the unit amounts are written in.</summary>
    public VndUnit Unit { get; }

    /// <summary>Gets the notation (decimal comma and grouping dots, or the invariant opposite).</summary>
    public NumberNotation Notation { get; }

    /// <summary>Gets the number of decimals written when formatting (always 0 for <see cref="VndUnit.Dong"/>).</summary>
    public int Decimals { get; }

    /// <summary>Gets how amounts are rounded to <see cref="Decimals"/> when formatting.</summary>
    public RoundingMode Rounding { get; }

    /// <summary>Creates a pattern.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="notation">The notation.</param>
    /// <param name="decimals">The decimals written when formatting: 0 for đồng; up to 3, 6 or 9 for thousands, millions or billions (more would be below one đồng).</param>
    /// <param name="rounding">How a formatted amount is rounded to <paramref name="decimals"/>.</param>
    /// <returns>The pattern.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static VndAmountPattern Create(VndUnit unit, NumberNotation notation, int decimals, RoundingMode rounding)
    {
        if (unit is < VndUnit.Dong or > VndUnit.Billion)
        {
            throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown unit.");
        }

        NumberText.CheckNotation(notation, nameof(notation));
        Guard.Against.OutOfRange(decimals, nameof(decimals), 0, 3 * (int)unit);
        ExactMath.CheckMode(rounding, nameof(rounding));
        return new VndAmountPattern(unit, notation, decimals, rounding);
    }

    /// <summary>Returns this pattern with another number of decimals.</summary>
    /// <param name="decimals">The decimals.</param>
    /// <returns>The new pattern.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is out of range for the unit.</exception>
    public VndAmountPattern WithDecimals(int decimals) => Create(Unit, Notation, decimals, Rounding);

    /// <summary>Returns this pattern with another rounding policy.</summary>
    /// <param name="rounding">The rounding policy.</param>
    /// <returns>The new pattern.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rounding"/> is unknown.</exception>
    public VndAmountPattern WithRounding(RoundingMode rounding) => Create(Unit, Notation, Decimals, rounding);

    /// <inheritdoc />
    public ParseResult<VndAmount> Parse(string? text) =>
        text is null ? ParseResult.ForFailure<VndAmount>("The text is null.", 0) : Parse(text.AsSpan());

    /// <inheritdoc />
    public ParseResult<VndAmount> Parse(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] >= '\u0300')
            {
                string whole = text.ToString();
                string? normalized = UnicodeText.TryNormalizeC(whole);
                if (normalized is null)
                {
                    return ParseResult.ForFailure<VndAmount>("The text is not valid Unicode (a lone surrogate).", i);
                }

                if (!string.Equals(normalized, whole, StringComparison.Ordinal))
                {
                    return ParseNormalized(normalized);
                }

                break;
            }
        }

        return ParseNormalized(text);
    }

    /// <inheritdoc />
    public string Format(VndAmount value) => AppendFormat(value, new StringBuilder(32)).ToString();

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public StringBuilder AppendFormat(VndAmount value, StringBuilder builder)
    {
        Guard.Against.Null(builder);
        Int128 scaled = ExactMath.Divide((Int128)value.Dong * ExactMath.PowerOfTen(Decimals), UnitSize, Rounding);
        NumberText.AppendScaled(builder, scaled, Decimals, Notation, group: true);
        return builder.Append(' ').Append(Suffix);
    }

    /// <inheritdoc />
    public bool Equals(VndAmountPattern? other) =>
        other is not null && Unit == other.Unit && Notation == other.Notation && Decimals == other.Decimals && Rounding == other.Rounding;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as VndAmountPattern);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Unit, Notation, Decimals, Rounding);

    /// <summary>Describes the pattern, for example "Billion, Vietnamese, 2 decimals, HalfAwayFromZero".</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"{Unit}, {Notation}, {Decimals.ToString(System.Globalization.CultureInfo.InvariantCulture)} decimals, {Rounding}";

    /// <summary>Compares two patterns for equality.</summary>
    /// <param name="left">The first pattern.</param>
    /// <param name="right">The second pattern.</param>
    /// <returns><see langword="true"/> when every setting is equal.</returns>
    public static bool operator ==(VndAmountPattern? left, VndAmountPattern? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two patterns for inequality.</summary>
    /// <param name="left">The first pattern.</param>
    /// <param name="right">The second pattern.</param>
    /// <returns><see langword="true"/> when a setting differs.</returns>
    public static bool operator !=(VndAmountPattern? left, VndAmountPattern? right) => !(left == right);

    private long UnitSize => ExactMath.PowerOfTen(3 * (int)Unit);

    private string Suffix => (Unit, Notation) switch
    {
        (VndUnit.Dong, NumberNotation.Vietnamese) => "đồng",
        (VndUnit.Thousand, NumberNotation.Vietnamese) => "nghìn đồng",
        (VndUnit.Million, NumberNotation.Vietnamese) => "triệu đồng",
        (VndUnit.Billion, NumberNotation.Vietnamese) => "tỷ đồng",
        (VndUnit.Dong, _) => "VND",
        (VndUnit.Thousand, _) => "thousand VND",
        (VndUnit.Million, _) => "million VND",
        _ => "billion VND",
    };

    private ParseResult<VndAmount> ParseNormalized(ReadOnlySpan<char> text)
    {
        string? error = NumberText.TryRead(text, Notation, out Int128 mantissa, out int scale, out int consumed, out int errorPosition);
        if (error is not null)
        {
            return ParseResult.ForFailure<VndAmount>(error, errorPosition);
        }

        int position = consumed;
        if (position >= text.Length || (text[position] != ' ' && text[position] != '\u00A0'))
        {
            return ParseResult.ForFailure<VndAmount>($"Expected a space and then \"{Suffix}\" after the number.", position);
        }

        position++;
        ReadOnlySpan<char> rest = text[position..];
        if (!rest.SequenceEqual(Suffix) && !(Unit == VndUnit.Billion && Notation == NumberNotation.Vietnamese && rest.SequenceEqual("tỉ đồng")))
        {
            return ParseResult.ForFailure<VndAmount>($"Expected \"{Suffix}\".", position);
        }

        long unitSize = UnitSize;
        if (Int128.Abs(mantissa) > Int128.MaxValue / unitSize)
        {
            return ParseResult.ForFailure<VndAmount>("The amount is too large.", 0);
        }

        Int128 scaledDong = mantissa * unitSize;
        long divisor = ExactMath.PowerOfTen(scale);
        if (scaledDong % divisor != 0)
        {
            return ParseResult.ForFailure<VndAmount>("The amount is not a whole number of đồng.", 0);
        }

        Int128 dong = scaledDong / divisor;
        if (dong > long.MaxValue || dong < long.MinValue)
        {
            return ParseResult.ForFailure<VndAmount>("The amount is too large.", 0);
        }

        return ParseResult.ForValue(VndAmount.FromDong((long)dong));
    }
}
