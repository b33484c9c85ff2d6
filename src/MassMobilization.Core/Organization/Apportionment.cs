using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Organization;

/// <summary>
/// Divides a whole count among shares by weight without losing or creating a unit (phân bổ theo tỷ lệ),
/// using the largest-remainder method (Hamilton's method).
/// </summary>
/// <remarks>
/// Each share first receives the whole part of its quota <c>total × weight ÷ Σweights</c> (computed in
/// <see cref="decimal"/>); the units still missing, <c>total − Σ whole parts</c>, then go one each to the
/// shares with the largest fractional parts, ties going to the share listed first. The parts therefore
/// always sum to exactly <c>total</c>, and the result depends only on the inputs.
/// </remarks>
public static class Apportionment
{
    /// <summary>Divides a count among weighted shares.</summary>
    /// <param name="total">The non-negative count to divide.</param>
    /// <param name="weights">The non-negative weights, at least one of them positive.</param>
    /// <returns>The part of each share, in the order of <paramref name="weights"/>, summing to <paramref name="total"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="weights"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="total"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="weights"/> is empty, holds a negative weight, or sums to zero.</exception>
    public static IReadOnlyList<long> LargestRemainder(long total, IReadOnlyList<decimal> weights)
    {
        Guard.Against.Null(weights);
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        var array = new decimal[weights.Count];
        for (int i = 0; i < array.Length; i++)
        {
            array[i] = weights[i];
        }

        var parts = new long[array.Length];
        Divide(total, array, parts);
        return parts;
    }

    /// <summary>Divides a count of either sign: a negative count is divided by magnitude and the parts negated.</summary>
    internal static void DivideSigned(long total, ReadOnlySpan<decimal> weights, Span<long> parts)
    {
        if (total >= 0)
        {
            Divide(total, weights, parts);
            return;
        }

        Preconditions.CheckArgument(total != long.MinValue, nameof(total), "The count is too large to divide.");
        Divide(-total, weights, parts);
        for (int i = 0; i < parts.Length; i++)
        {
            parts[i] = -parts[i];
        }
    }

    /// <summary>The allocation-free kernel behind <see cref="LargestRemainder"/>.</summary>
    internal static void Divide(long total, ReadOnlySpan<decimal> weights, Span<long> parts)
    {
        Preconditions.CheckArgument(weights.Length > 0, nameof(weights), "At least one weight is needed.");
        decimal sum = 0m;
        foreach (decimal weight in weights)
        {
            Preconditions.CheckArgument(weight >= 0m, nameof(weights), $"The weight {weight} is negative.");
            sum += weight;
        }

        Preconditions.CheckArgument(sum > 0m, nameof(weights), "The weights sum to zero.");
        long assigned = 0;
        Span<decimal> fractions = weights.Length <= 64 ? stackalloc decimal[weights.Length] : new decimal[weights.Length];
        for (int i = 0; i < weights.Length; i++)
        {
            decimal quota = sum == 1m ? total * weights[i] : total * (weights[i] / sum);
            decimal whole = decimal.Floor(quota);
            parts[i] = (long)whole;
            fractions[i] = quota - whole;
            assigned += parts[i];
        }

        // Rounding in decimal can only leave a few units over; hand them out by largest remainder, ties to the first share.
        long missing = total - assigned;
        while (missing > 0)
        {
            int best = 0;
            for (int i = 1; i < fractions.Length; i++)
            {
                if (fractions[i] > fractions[best])
                {
                    best = i;
                }
            }

            parts[best]++;
            fractions[best] = -1m;
            missing--;
            if (missing > 0 && fractions[best] < 0m && AllTaken(fractions))
            {
                fractions.Clear();
            }
        }

        while (missing < 0)
        {
            // Defensive: a quota rounded up past its exact value; take back from the largest part.
            int largest = 0;
            for (int i = 1; i < parts.Length; i++)
            {
                if (parts[i] > parts[largest])
                {
                    largest = i;
                }
            }

            parts[largest]--;
            missing++;
        }
    }

    private static bool AllTaken(ReadOnlySpan<decimal> fractions)
    {
        foreach (decimal fraction in fractions)
        {
            if (fraction >= 0m)
            {
                return false;
            }
        }

        return true;
    }
}
