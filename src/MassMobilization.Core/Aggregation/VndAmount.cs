using System;
using System.Globalization;

namespace MassMobilization.Core.Aggregation;

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
