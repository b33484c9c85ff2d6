using System;
using System.Globalization;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Quantities;

/// <summary>
/// An amount of Vietnamese đồng (VND). The đồng has no minor unit, so an amount is a whole number of
/// đồng; arithmetic is checked and throws <see cref="OverflowException"/> rather than wrapping.
/// </summary>
/// <remarks>The default value is zero đồng.</remarks>
public readonly struct VndAmount : IEquatable<VndAmount>, IComparable<VndAmount>
{
    private VndAmount(long dong) => Dong = dong;

    /// <summary>Gets zero đồng.</summary>
    public static VndAmount Zero => default;

    /// <summary>Gets the amount in whole đồng.</summary>
    public long Dong { get; }

    /// <summary>Creates an amount from whole đồng.</summary>
    /// <param name="dong">The number of đồng; may be negative for adjustments.</param>
    /// <returns>The amount.</returns>
    public static VndAmount FromDong(long dong) => new(dong);

    /// <summary>Adds two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum does not fit in 64 bits.</exception>
    public static VndAmount operator +(VndAmount left, VndAmount right) => new(checked(left.Dong + right.Dong));

    /// <summary>Subtracts one amount from another.</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="OverflowException">The difference does not fit in 64 bits.</exception>
    public static VndAmount operator -(VndAmount left, VndAmount right) => new(checked(left.Dong - right.Dong));

    /// <summary>Multiplies an amount by a whole number.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="factor">The factor.</param>
    /// <returns>The product.</returns>
    /// <exception cref="OverflowException">The product does not fit in 64 bits.</exception>
    public static VndAmount operator *(VndAmount amount, long factor) => new(checked(amount.Dong * factor));

    /// <summary>Adds two amounts (the named form of <c>+</c>).</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum does not fit in 64 bits.</exception>
    public static VndAmount Add(VndAmount left, VndAmount right) => left + right;

    /// <summary>Subtracts one amount from another (the named form of <c>-</c>).</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="OverflowException">The difference does not fit in 64 bits.</exception>
    public static VndAmount Subtract(VndAmount left, VndAmount right) => left - right;

    /// <summary>Multiplies an amount by a whole number (the named form of <c>*</c>).</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="factor">The factor.</param>
    /// <returns>The product.</returns>
    /// <exception cref="OverflowException">The product does not fit in 64 bits.</exception>
    public static VndAmount Multiply(VndAmount amount, long factor) => amount * factor;

    /// <summary>
    /// Rounds the amount up (toward positive infinity) to a multiple of <paramref name="step"/>: the award
    /// bonus rule rounds up to the next 10,000 đồng (Decree 91/2017 art. 68(2); docs/rules.md, "Awards: bonuses"), so
    /// 4,212,345 đồng becomes 4,220,000 đồng and 4,210,000 đồng stays.
    /// </summary>
    /// <param name="step">The positive step, for example 10,000.</param>
    /// <returns>The smallest multiple of <paramref name="step"/> that is not less than this amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is not positive.</exception>
    /// <exception cref="OverflowException">The result does not fit in 64 bits.</exception>
    public VndAmount RoundUpToMultipleOf(long step) => RoundToMultipleOf(step, RoundingMode.Ceiling);

    /// <summary>Rounds the amount to a multiple of <paramref name="step"/> with an explicit rounding policy.</summary>
    /// <param name="step">The positive step, for example 1,000 or 10,000.</param>
    /// <param name="rounding">The rounding policy.</param>
    /// <returns>The rounded amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is not positive or <paramref name="rounding"/> is unknown.</exception>
    /// <exception cref="OverflowException">The result does not fit in 64 bits.</exception>
    public VndAmount RoundToMultipleOf(long step, RoundingMode rounding)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(step);
        ExactMath.CheckMode(rounding, nameof(rounding));
        Int128 multiple = ExactMath.Divide(Dong, step, rounding) * step;
        return new(checked((long)multiple));
    }

    /// <summary>
    /// Multiplies the amount by a decimal coefficient exactly, without rounding: 2,340,000 đồng × 4.5 is
    /// 10,530,000; 1,490,000 × 0.15 is 223,500.
    /// </summary>
    /// <param name="coefficient">The coefficient, for example a bonus multiple of the base salary.</param>
    /// <returns>The exact product in đồng, possibly with a fraction.</returns>
    /// <exception cref="OverflowException">The exact product does not fit in a <see cref="decimal"/>.</exception>
    public decimal MultiplyExact(decimal coefficient) => ExactMath.MultiplyExact(Dong, coefficient);

    /// <summary>
    /// Multiplies the amount by a decimal coefficient and rounds the exact product to whole đồng with
    /// <paramref name="rounding"/>. For the award bonus rule (coefficient × base salary, rounded up to
    /// 10,000 đồng) use <c>baseSalary.Multiply(coefficient, RoundingMode.Ceiling).RoundUpToMultipleOf(10_000)</c>,
    /// which equals rounding the exact product up to 10,000 directly.
    /// </summary>
    /// <param name="coefficient">The coefficient.</param>
    /// <param name="rounding">How the exact product is rounded to whole đồng.</param>
    /// <returns>The rounded product.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rounding"/> is unknown.</exception>
    /// <exception cref="OverflowException">The product does not fit in 64 bits.</exception>
    public VndAmount Multiply(decimal coefficient, RoundingMode rounding)
    {
        ExactMath.CheckMode(rounding, nameof(rounding));
        decimal rounded = ExactMath.RoundToInteger(MultiplyExact(coefficient), rounding);
        return new(decimal.ToInt64(rounded));
    }

    /// <summary>Formats the amount with a pattern, for example <see cref="VndAmountPattern.VietnameseBillions"/> ("165,34 tỷ đồng").</summary>
    /// <param name="pattern">The pattern.</param>
    /// <returns>The formatted amount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pattern"/> is null.</exception>
    public string ToString(VndAmountPattern pattern)
    {
        Guard.Against.Null(pattern);
        return pattern.Format(this);
    }

    /// <inheritdoc />
    public bool Equals(VndAmount other) => Dong == other.Dong;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is VndAmount other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Dong.GetHashCode();

    /// <summary>Compares two amounts.</summary>
    /// <param name="other">The amount to compare with.</param>
    /// <returns>A negative number, zero or a positive number as this amount is smaller, equal or larger.</returns>
    public int CompareTo(VndAmount other) => Dong.CompareTo(other.Dong);

    /// <summary>Formats the amount invariantly, for example <c>2,340,000 VND</c>.</summary>
    /// <returns>The formatted amount.</returns>
    public override string ToString() => Dong.ToString("#,0", CultureInfo.InvariantCulture) + " VND";

    /// <summary>Compares two amounts for equality.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(VndAmount left, VndAmount right) => left.Equals(right);

    /// <summary>Compares two amounts for inequality.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(VndAmount left, VndAmount right) => !left.Equals(right);

    /// <summary>Orders two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is smaller.</returns>
    public static bool operator <(VndAmount left, VndAmount right) => left.Dong < right.Dong;

    /// <summary>Orders two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is smaller or equal.</returns>
    public static bool operator <=(VndAmount left, VndAmount right) => left.Dong <= right.Dong;

    /// <summary>Orders two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is larger.</returns>
    public static bool operator >(VndAmount left, VndAmount right) => left.Dong > right.Dong;

    /// <summary>Orders two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is larger or equal.</returns>
    public static bool operator >=(VndAmount left, VndAmount right) => left.Dong >= right.Dong;
}
