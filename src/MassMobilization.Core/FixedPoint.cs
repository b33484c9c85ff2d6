using System;
using System.Buffers;

namespace MassMobilization.Core;

/// <summary>
/// Exact decimals as integers at one scale, for the judging kernel and for ranking keys: every value <c>v</c> becomes
/// <c>v × 10^scale</c>, an integer, when that is exact and small enough that sums of the given number of
/// terms cannot overflow. Nothing is rounded: values that do not fit leave the caller on its decimal path.
/// </summary>
internal static class FixedPoint
{
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
}
