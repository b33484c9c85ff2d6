using System;
using System.Buffers;

namespace MassMobilization.Core.Ranking;

/// <summary>
/// Orders items by exact decimal keys read as integers: higher keys first (or lower first), equal keys in
/// the order the items were given. It is the one integer ordering behind <see cref="RankingRule{T}"/> and the
/// judging kernel's ranks (docs/evaluation.md#ranking): a counting sort when the keys span few values (a
/// score of 2 decimals on a 100-point scale takes at most 10,001), one sort of 64-bit keys that pack the key
/// and the position when they fit, and otherwise a sort of the keys with each run of equal keys put back in
/// position order.
/// </summary>
internal static class ScaledKeyOrder
{
    private const int IndexBits = 20;
    private const long PackedBound = 1L << 42;

    /// <summary>
    /// Writes into <paramref name="order"/> the positions of the keys, best first and equal keys by position,
    /// when every key has at most 9 decimals; returns the keys as integers at one scale (negated when lower keys
    /// come first), so equal keys are equal integers, or null, writing nothing, when a key does not scale.
    /// </summary>
    /// <param name="keys">The keys.</param>
    /// <param name="higherFirst">Whether a higher key comes first.</param>
    /// <param name="order">Receives the positions; as long as <paramref name="keys"/>.</param>
    /// <returns>The scaled keys, rented from <see cref="ArrayPool{T}.Shared"/> (return them), or null.</returns>
    internal static long[]? TryOrder(ReadOnlySpan<decimal> keys, bool higherFirst, Span<int> order)
    {
        // Two terms' bound keeps every key far enough inside a long to be negated and subtracted.
        long[]? scaled = FixedPoint.TryScale(keys, default, 2, out _, default);
        if (scaled is null)
        {
            return null;
        }

        int n = keys.Length;
        if (!higherFirst)
        {
            for (int i = 0; i < n; i++)
            {
                scaled[i] = -scaled[i];
            }
        }

        if (!TryCountingOrder(scaled, n, order) && !TryPackedOrder(scaled, n, order))
        {
            RunOrder(scaled, n, order);
        }

        return scaled;
    }

    private static bool TryCountingOrder(long[] scaled, int n, Span<int> order)
    {
        if (n == 0)
        {
            return true;
        }

        long min = scaled[0];
        long max = scaled[0];
        for (int i = 1; i < n; i++)
        {
            min = Math.Min(min, scaled[i]);
            max = Math.Max(max, scaled[i]);
        }

        long span = max - min;
        if (span > (4L * n) + 1024)
        {
            return false;
        }

        // One bucket per value, highest first, filled in position order.
        int buckets = (int)span + 1;
        var starts = ArrayPool<int>.Shared.Rent(buckets);
        try
        {
            var counts = starts.AsSpan(0, buckets);
            counts.Clear();
            for (int i = 0; i < n; i++)
            {
                counts[(int)(max - scaled[i])]++;
            }

            int next = 0;
            for (int b = 0; b < buckets; b++)
            {
                int count = counts[b];
                counts[b] = next;
                next += count;
            }

            for (int i = 0; i < n; i++)
            {
                order[counts[(int)(max - scaled[i])]++] = i;
            }

            return true;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(starts);
        }
    }

    private static bool TryPackedOrder(long[] scaled, int n, Span<int> order)
    {
        if (n > (1 << IndexBits))
        {
            return false;
        }

        var packed = ArrayPool<ulong>.Shared.Rent(n);
        try
        {
            for (int i = 0; i < n; i++)
            {
                long v = scaled[i];
                if (v <= -PackedBound || v >= PackedBound)
                {
                    return false;
                }

                // Ascending packed keys: the key, higher first, then the position.
                packed[i] = ((ulong)((PackedBound - 1) - v) << IndexBits) | (uint)i;
            }

            var sorted = packed.AsSpan(0, n);
            sorted.Sort();
            for (int p = 0; p < n; p++)
            {
                order[p] = (int)(sorted[p] & ((1UL << IndexBits) - 1));
            }

            return true;
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(packed);
        }
    }

    private static void RunOrder(long[] scaled, int n, Span<int> order)
    {
        var descending = ArrayPool<long>.Shared.Rent(n);
        var positions = ArrayPool<int>.Shared.Rent(n);
        try
        {
            for (int i = 0; i < n; i++)
            {
                descending[i] = -scaled[i];
                positions[i] = i;
            }

            Array.Sort(descending, positions, 0, n);
            int start = 0;
            for (int p = 1; p <= n; p++)
            {
                if (p == n || descending[p] != descending[start])
                {
                    Array.Sort(positions, start, p - start);
                    start = p;
                }
            }

            positions.AsSpan(0, n).CopyTo(order);
        }
        finally
        {
            ArrayPool<long>.Shared.Return(descending);
            ArrayPool<int>.Shared.Return(positions);
        }
    }
}
