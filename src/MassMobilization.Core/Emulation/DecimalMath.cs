using System;

namespace MassMobilization.Core.Emulation;

/// <summary>Exact arithmetic on <see cref="decimal"/> that the BCL lacks: a square root that never goes through <see cref="double"/>.</summary>
internal static class DecimalMath
{
    /// <summary>
    /// Returns the square root of a non-negative decimal, to decimal's precision (28 significant
    /// digits), computed by Newton's iteration x ← (x + a / x) / 2 in decimal.
    /// </summary>
    /// <remarks>
    /// The iteration starts from a power of ten near √a; after the first step every iterate is at or
    /// above √a (AM-GM), and Newton's sequence then decreases monotonically; it stops as soon as an
    /// iterate no longer decreases, which happens once the last decimal digit is reached (the result is
    /// within one unit of the 28th significant digit). The number of steps is bounded by about
    /// log2 of the starting error plus six (at most about 100 for the largest decimals).
    /// </remarks>
    /// <param name="value">The value, at least 0.</param>
    /// <returns>The square root.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static decimal Sqrt(decimal value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        if (value == 0m)
        {
            return 0m;
        }

        decimal x = 1m;
        if (value > 1m)
        {
            // 10^k with 10^(2k) >= value, so x >= sqrt(value).
            decimal square = 1m;
            while (square < value && x < 1e14m)
            {
                x *= 10m;
                square *= 100m;
            }
        }

        // One step first: by the AM-GM inequality it lands at or above the root even from the
        // under-estimate 10^14 used for values above 10^28.
        x = (x + (value / x)) / 2m;
        for (int i = 0; i < 200; i++)
        {
            decimal next = (x + (value / x)) / 2m;
            if (next >= x)
            {
                break;
            }

            x = next;
        }

        return x;
    }
}
