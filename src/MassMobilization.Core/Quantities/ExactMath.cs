using System;
using System.Numerics;

namespace MassMobilization.Core.Quantities;

/// <summary>Integer and decimal arithmetic with explicit rounding; never binary floating point.</summary>
internal static class ExactMath
{
    /// <summary>Divides <paramref name="numerator"/> by a positive <paramref name="denominator"/> and rounds the quotient to an integer.</summary>
    internal static Int128 Divide(Int128 numerator, Int128 denominator, RoundingMode mode)
    {
        if (denominator <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(denominator), "The denominator must be positive.");
        }

        Int128 quotient = numerator / denominator;
        Int128 remainder = numerator - (quotient * denominator);
        if (remainder == 0)
        {
            return quotient;
        }

        // The quotient is truncated toward zero; the sign of the exact value is the numerator's.
        bool negative = numerator < 0;
        Int128 twice = Int128.Abs(remainder) * 2;
        return mode switch
        {
            RoundingMode.Truncate => quotient,
            RoundingMode.Floor => negative ? quotient - 1 : quotient,
            RoundingMode.Ceiling => negative ? quotient : quotient + 1,
            RoundingMode.HalfAwayFromZero => twice >= denominator ? AwayFromZero(quotient, negative) : quotient,
            RoundingMode.HalfToEven => twice > denominator || (twice == denominator && (quotient & 1) != 0)
                ? AwayFromZero(quotient, negative)
                : quotient,
            _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown rounding mode."),
        };
    }

    /// <summary>Rounds a decimal to a whole number with the given mode.</summary>
    internal static decimal RoundToInteger(decimal value, RoundingMode mode) => Math.Round(value, 0, ToMidpointRounding(mode));

    /// <summary>Rounds a decimal to a number of decimals with the given mode.</summary>
    internal static decimal Round(decimal value, int decimals, RoundingMode mode) => Math.Round(value, decimals, ToMidpointRounding(mode));

    /// <summary>Multiplies a whole number by a decimal exactly, or throws <see cref="OverflowException"/> when the exact product is not a decimal.</summary>
    internal static decimal MultiplyExact(long whole, decimal coefficient)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(coefficient, bits);
        var mantissa = new BigInteger((uint)bits[0]) | (new BigInteger((uint)bits[1]) << 32) | (new BigInteger((uint)bits[2]) << 64);
        bool negative = (bits[3] & int.MinValue) != 0;
        byte scale = (byte)((bits[3] >> 16) & 0xFF);
        BigInteger product = BigInteger.Abs(mantissa * whole);
        bool productNegative = product != 0 && (negative ^ (whole < 0));
        if (product.GetBitLength() > 96)
        {
            throw new OverflowException("The exact product does not fit in a decimal.");
        }

        int lo = (int)(uint)(product & uint.MaxValue);
        int mid = (int)(uint)((product >> 32) & uint.MaxValue);
        int hi = (int)(uint)((product >> 64) & uint.MaxValue);
        return new decimal(lo, mid, hi, productNegative, scale);
    }

    /// <summary>Makes the decimal <paramref name="mantissa"/> × 10^−<paramref name="scale"/> exactly.</summary>
    internal static decimal ToDecimal(Int128 mantissa, int scale)
    {
        bool negative = mantissa < 0;
        UInt128 magnitude = negative ? (UInt128)(-(mantissa + 1)) + 1 : (UInt128)mantissa;
        if (magnitude >> 96 != 0)
        {
            throw new OverflowException("The value does not fit in a decimal.");
        }

        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), (int)(uint)(magnitude >> 64), negative, (byte)scale);
    }

    /// <summary>Maps a rounding mode onto the BCL's <see cref="MidpointRounding"/>, whose directed modes round every value.</summary>
    internal static MidpointRounding ToMidpointRounding(RoundingMode mode) => mode switch
    {
        RoundingMode.Truncate => MidpointRounding.ToZero,
        RoundingMode.Floor => MidpointRounding.ToNegativeInfinity,
        RoundingMode.Ceiling => MidpointRounding.ToPositiveInfinity,
        RoundingMode.HalfAwayFromZero => MidpointRounding.AwayFromZero,
        RoundingMode.HalfToEven => MidpointRounding.ToEven,
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown rounding mode."),
    };

    /// <summary>Checks that a rounding mode is one of the named values.</summary>
    internal static RoundingMode CheckMode(RoundingMode mode, string paramName)
    {
        if (mode is < RoundingMode.Truncate or > RoundingMode.HalfToEven)
        {
            throw new ArgumentOutOfRangeException(paramName, mode, "Unknown rounding mode.");
        }

        return mode;
    }

    /// <summary>The power of ten for a small exponent.</summary>
    internal static long PowerOfTen(int exponent)
    {
        long result = 1;
        for (int i = 0; i < exponent; i++)
        {
            result *= 10;
        }

        return result;
    }

    private static Int128 AwayFromZero(Int128 quotient, bool negative) => negative ? quotient - 1 : quotient + 1;
}
