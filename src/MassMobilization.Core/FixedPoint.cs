using System;
using System.Buffers;
using System.Collections.Generic;

namespace MassMobilization.Core;

/// <summary>
/// The one home of exact fixed-point arithmetic: decimals as integers, never rounded; a value that does not fit
/// leaves the caller on its <see cref="decimal"/> path. Two forms share it. The judging kernel, sheet weighing
/// and ranking keys scale a whole array at the greatest scale its values have (<see cref="TryScale"/>, up to 9
/// decimals), because the decimal they rebuild must carry the very scale decimal arithmetic would give. The
/// scoring kernel stores points at the fixed scale <see cref="Decimals"/> (<see cref="TryConvert"/>), because
/// its values are published without trailing zeros whatever scale they were entered with.
/// </summary>
internal static class FixedPoint
{
    /// <summary>The decimals of the scoring kernel's fixed scale: points × <see cref="Scale"/> as a long.</summary>
    internal const int Decimals = 4;

    /// <summary>The scoring kernel's fixed scale, 10^<see cref="Decimals"/>.</summary>
    internal const long Scale = 10_000;

    /// <summary>The largest magnitude converted at the fixed scale; sums of up to a million such values stay far inside a long.</summary>
    internal const decimal MaxValue = 1_000_000_000m;

    private const int MaxScale = 9;

    private static readonly long[] PowersOfTen = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000];

    /// <summary>
    /// Scales the present values to integers at their greatest scale, or returns <see langword="null"/>.
    /// The array is rented (return it to <see cref="ArrayPool{T}.Shared"/>); absent cells hold 0.
    /// </summary>
    /// <param name="values">The values.</param>
    /// <param name="present">Which values are present; empty when all are.</param>
    /// <param name="terms">How many values a sum may add (the bound on each magnitude follows from it).</param>
    /// <param name="scale">The common scale.</param>
    /// <param name="scales">Receives, when not empty, each value's own scale.</param>
    internal static long[]? TryScale(ReadOnlySpan<decimal> values, ReadOnlySpan<bool> present, int terms, out byte scale, Span<byte> scales)
    {
        scale = 0;
        for (int i = 0; i < values.Length; i++)
        {
            if (present.IsEmpty || present[i])
            {
                byte own = values[i].Scale;
                if (own > MaxScale)
                {
                    return null;
                }

                scale = Math.Max(scale, own);
            }
        }

        long bound = long.MaxValue / Math.Max(terms, 1) / 2;
        var scaled = ArrayPool<long>.Shared.Rent(Math.Max(values.Length, 1));
        Span<int> bits = stackalloc int[4];
        for (int i = 0; i < values.Length; i++)
        {
            if (!present.IsEmpty && !present[i])
            {
                scaled[i] = 0;
                continue;
            }

            decimal.GetBits(values[i], bits);
            byte own = (byte)((bits[3] >> 16) & 0xFF);
            ulong mantissa = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
            long factor = PowersOfTen[scale - own];
            if (bits[2] != 0 || mantissa > (ulong)(bound / factor))
            {
                ArrayPool<long>.Shared.Return(scaled);
                return null;
            }

            long magnitude = (long)mantissa * factor;
            scaled[i] = bits[3] < 0 ? -magnitude : magnitude;
            if (!scales.IsEmpty)
            {
                scales[i] = own;
            }
        }

        return scaled;
    }

    /// <summary>The decimal <c>value × 10^-scale</c>, with exactly that scale (as the decimal sum of values of at most that scale has).</summary>
    /// <param name="value">The integer.</param>
    /// <param name="scale">The scale, at most 9.</param>
    /// <returns>The decimal.</returns>
    internal static decimal ToDecimal(long value, byte scale)
    {
        ulong magnitude = value < 0 ? (ulong)(-value) : (ulong)value;
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, value < 0, scale);
    }

    /// <summary>Divides an integer at one scale down to a smaller scale it is known to be exact at.</summary>
    /// <param name="value">The integer at <paramref name="from"/>.</param>
    /// <param name="from">Its scale.</param>
    /// <param name="to">The smaller scale.</param>
    /// <returns>The integer at <paramref name="to"/>.</returns>
    internal static long Rescale(long value, byte from, byte to) => value / PowersOfTen[from - to];

    /// <summary>Converts a value to the fixed scale (<see cref="Decimals"/>) when it has no more decimals than that and is at most <see cref="MaxValue"/> in size.</summary>
    /// <param name="value">The value.</param>
    /// <param name="result">Receives <c>value × Scale</c>.</param>
    /// <returns><see langword="false"/> when the value does not fit (nothing is rounded).</returns>
    internal static bool TryConvert(decimal value, out long result)
    {
        result = 0;
        if (value > MaxValue || value < -MaxValue)
        {
            return false;
        }

        decimal scaled = value * Scale;
        if (decimal.Truncate(scaled) != scaled)
        {
            return false;
        }

        result = (long)scaled;
        return true;
    }

    /// <summary>Converts the values of a list to the fixed scale, or returns <see langword="null"/> when one does not fit.</summary>
    /// <typeparam name="T">The items.</typeparam>
    /// <param name="items">The items.</param>
    /// <param name="value">The value of an item.</param>
    /// <returns>The values at the fixed scale, or null.</returns>
    internal static long[]? TryConvertAll<T>(IReadOnlyList<T> items, Func<T, decimal> value)
    {
        var result = new long[items.Count];
        for (int i = 0; i < result.Length; i++)
        {
            if (!TryConvert(value(items[i]), out result[i]))
            {
                return null;
            }
        }

        return result;
    }

    /// <summary>Converts a value at the fixed scale back without trailing zeros beyond its own decimals (95.5 rather than 95.5000).</summary>
    /// <param name="value">The value × <see cref="Scale"/>.</param>
    /// <returns>The decimal.</returns>
    internal static decimal ToDecimal(long value)
    {
        byte scale = Decimals;
        while (scale > 0 && value % 10 == 0)
        {
            value /= 10;
            scale--;
        }

        return ToDecimal(value, scale);
    }
}
