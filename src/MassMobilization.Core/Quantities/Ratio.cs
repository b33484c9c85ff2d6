using System;
using System.Globalization;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Quantities;

/// <summary>
/// An exact rate as reported: a numerator and a denominator in whole numbers, such as "185/261 models
/// completed" or "301/314 citizens received". The pair is kept as reported (185/261 is not the same
/// report as 370/522); <see cref="Reduce"/> gives the lowest terms. No operation uses binary floating
/// point. A ratio with a zero denominator (such as 0/0, or 5/0 from inconsistent data, kept as
/// reported) is <em>not applicable</em>: it is a value, never an exception or NaN, and formats with <see cref="PercentageFormat.NotApplicableText"/>.
/// </summary>
/// <remarks>
/// The default value is 0/0, which is not applicable. Equality compares the pair as reported; ordering
/// compares the values exactly (by cross-multiplication in 128 bits), ties broken by the denominator so
/// that ordering agrees with equality. Not-applicable ratios sort before every applicable one.
/// </remarks>
public readonly struct Ratio : IEquatable<Ratio>, IComparable<Ratio>
{
    /// <summary>Initializes a ratio.</summary>
    /// <param name="numerator">The numerator, for example the number of models completed.</param>
    /// <param name="denominator">The denominator, for example the number of models registered; zero makes the ratio not applicable.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="denominator"/> is negative.</exception>
    public Ratio(long numerator, long denominator)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(denominator);
        Numerator = numerator;
        Denominator = denominator;
    }

    /// <summary>Gets the not-applicable ratio 0/0.</summary>
    public static Ratio NotApplicable => default;

    /// <summary>Gets the numerator as reported.</summary>
    public long Numerator { get; }

    /// <summary>Gets the denominator as reported; zero when the ratio is not applicable.</summary>
    public long Denominator { get; }

    /// <summary>Gets a value indicating whether the ratio measures something (its denominator is not zero).</summary>
    public bool IsApplicable => Denominator != 0;

    /// <summary>Creates a ratio (the named form of the constructor).</summary>
    /// <param name="numerator">The numerator.</param>
    /// <param name="denominator">The denominator; zero makes the ratio not applicable.</param>
    /// <returns>The ratio.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="denominator"/> is negative.</exception>
    public static Ratio Of(long numerator, long denominator) => new(numerator, denominator);

    /// <summary>Returns the ratio in lowest terms (185/261 stays 185/261; 360/360 becomes 1/1). Not applicable stays not applicable.</summary>
    /// <returns>The reduced ratio, equal in value.</returns>
    public Ratio Reduce()
    {
        if (Denominator == 0)
        {
            return this;
        }

        long divisor = GreatestCommonDivisor(Numerator, Denominator);
        return new Ratio(Numerator / divisor, Denominator / divisor);
    }

    /// <summary>
    /// Pools two rates over disjoint populations by adding numerators and denominators, as a district
    /// adds up its communes' "completed of registered": 185/261 pooled with 10/20 is 195/281. Pooling
    /// is associative and commutative, and 0/0 is its identity.
    /// </summary>
    /// <param name="other">The rate of the other population.</param>
    /// <returns>The pooled rate.</returns>
    /// <exception cref="OverflowException">A sum does not fit in 64 bits.</exception>
    public Ratio Pool(Ratio other) => new(checked(Numerator + other.Numerator), checked(Denominator + other.Denominator));

    /// <summary>Returns the complement over the same denominator: 185/261 completed gives 76/261 not completed.</summary>
    /// <returns>The complement; not applicable stays not applicable.</returns>
    /// <exception cref="OverflowException">The difference does not fit in 64 bits.</exception>
    public Ratio Complement() => new(checked(Denominator - Numerator), Denominator);

    /// <summary>Gets a value indicating whether the two ratios have the same value (185/261 and 370/522 do), unlike <see cref="Equals(Ratio)"/>.</summary>
    /// <param name="other">The other ratio.</param>
    /// <returns><see langword="true"/> when both are not applicable, or both are applicable with the same exact value.</returns>
    public bool HasSameValue(Ratio other) => CompareValue(other) == 0;

    /// <summary>Compares the exact values of two ratios, ignoring how they were reported.</summary>
    /// <param name="other">The other ratio.</param>
    /// <returns>Negative, zero or positive as this value is smaller, equal or larger; not applicable is smaller than any value.</returns>
    public int CompareValue(Ratio other)
    {
        if (Denominator == 0 || other.Denominator == 0)
        {
            return IsApplicable.CompareTo(other.IsApplicable);
        }

        Int128 left = (Int128)Numerator * other.Denominator;
        Int128 right = (Int128)other.Numerator * Denominator;
        return left.CompareTo(right);
    }

    /// <summary>
    /// Returns the value as a percentage rounded to <paramref name="decimals"/> decimals with
    /// <paramref name="rounding"/>, computed exactly in integers: 185/261 is 70 with
    /// <see cref="RoundingMode.Truncate"/> and 0 decimals, 70.88 with <see cref="RoundingMode.HalfAwayFromZero"/> and 2.
    /// </summary>
    /// <param name="decimals">The number of decimals, 0 to 6.</param>
    /// <param name="rounding">The rounding policy.</param>
    /// <returns>The percentage, or <see langword="null"/> when the ratio is not applicable.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 6 or <paramref name="rounding"/> is unknown.</exception>
    public decimal? ToPercentage(int decimals, RoundingMode rounding)
    {
        Guard.Against.OutOfRange(decimals, nameof(decimals), 0, PercentageFormat.MaxDecimals);
        ExactMath.CheckMode(rounding, nameof(rounding));
        if (Denominator == 0)
        {
            return null;
        }

        Int128 scaled = ScaledPercentage(decimals, rounding);
        return ExactMath.ToDecimal(scaled, decimals);
    }

    /// <summary>Compares two ratios as reported for equality (185/261 differs from 370/522; use <see cref="HasSameValue"/> for value).</summary>
    /// <param name="other">The other ratio.</param>
    /// <returns><see langword="true"/> when numerators and denominators are equal.</returns>
    public bool Equals(Ratio other) => Numerator == other.Numerator && Denominator == other.Denominator;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Ratio other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Numerator, Denominator);

    /// <summary>Orders by exact value, then by denominator so that only equal pairs compare as zero.</summary>
    /// <param name="other">The other ratio.</param>
    /// <returns>Negative, zero or positive as this ratio sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(Ratio other)
    {
        int byValue = CompareValue(other);
        return byValue != 0 ? byValue : Denominator.CompareTo(other.Denominator);
    }

    /// <summary>Formats the ratio as reported, for example <c>185/261</c>, or <c>0/0</c> when not applicable.</summary>
    /// <returns>The numerator and denominator separated by a slash.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Numerator}/{Denominator}");

    /// <summary>Compares two ratios as reported for equality.</summary>
    /// <param name="left">The first ratio.</param>
    /// <param name="right">The second ratio.</param>
    /// <returns><see langword="true"/> when numerators and denominators are equal.</returns>
    public static bool operator ==(Ratio left, Ratio right) => left.Equals(right);

    /// <summary>Compares two ratios as reported for inequality.</summary>
    /// <param name="left">The first ratio.</param>
    /// <param name="right">The second ratio.</param>
    /// <returns><see langword="true"/> when the numerators or denominators differ.</returns>
    public static bool operator !=(Ratio left, Ratio right) => !left.Equals(right);

    /// <summary>Orders two ratios (see <see cref="CompareTo"/>).</summary>
    /// <param name="left">The first ratio.</param>
    /// <param name="right">The second ratio.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(Ratio left, Ratio right) => left.CompareTo(right) < 0;

    /// <summary>Orders two ratios (see <see cref="CompareTo"/>).</summary>
    /// <param name="left">The first ratio.</param>
    /// <param name="right">The second ratio.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first or is equal.</returns>
    public static bool operator <=(Ratio left, Ratio right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two ratios (see <see cref="CompareTo"/>).</summary>
    /// <param name="left">The first ratio.</param>
    /// <param name="right">The second ratio.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(Ratio left, Ratio right) => left.CompareTo(right) > 0;

    /// <summary>Orders two ratios (see <see cref="CompareTo"/>).</summary>
    /// <param name="left">The first ratio.</param>
    /// <param name="right">The second ratio.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last or is equal.</returns>
    public static bool operator >=(Ratio left, Ratio right) => left.CompareTo(right) >= 0;

    /// <summary>The percentage times 10^decimals, rounded; the ratio must be applicable.</summary>
    internal Int128 ScaledPercentage(int decimals, RoundingMode rounding) =>
        ExactMath.Divide((Int128)Numerator * 100 * ExactMath.PowerOfTen(decimals), Denominator, rounding);

    private static long GreatestCommonDivisor(long a, long b)
    {
        // b is positive here, so the result is positive and fits (|long.MinValue| only as a, reduced by b).
        ulong x = a < 0 ? (ulong)(-(a + 1)) + 1 : (ulong)a;
        ulong y = (ulong)b;
        while (y != 0)
        {
            (x, y) = (y, x % y);
        }

        return (long)x;
    }
}
