using System;
using System.Collections.Generic;

namespace MassMobilization.Core.Evaluation;

/// <summary>
/// Exact fixed-point points for the fast scoring kernel: a value with at most <see cref="Decimals"/>
/// decimals and at most <see cref="MaxValue"/> in size is stored as <c>value × Scale</c> in a long. Values
/// that do not fit are not rounded: the kernel falls back to <see cref="decimal"/> arithmetic.
/// </summary>
internal static class FixedPoint
{
    internal const int Decimals = 4;
    internal const long Scale = 10_000;

    /// <summary>The largest magnitude converted; sums of up to a million such values stay far inside a long.</summary>
    internal const decimal MaxValue = 1_000_000_000m;

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

    /// <summary>Converts back without trailing zeros beyond the value's own decimals (95.5 rather than 95.5000).</summary>
    internal static decimal ToDecimal(long value)
    {
        byte scale = Decimals;
        while (scale > 0 && value % 10 == 0)
        {
            value /= 10;
            scale--;
        }

        bool negative = value < 0;
        ulong magnitude = negative ? (ulong)(-value) : (ulong)value;
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, negative, scale);
    }
}

/// <summary>A score sheet's points in <see cref="FixedPoint"/> form, built once with the sheet.</summary>
internal sealed class SheetFixedPoint
{
    private SheetFixedPoint(long[]? basis, long[] bonus, long[] penalty)
    {
        Basis = basis;
        Bonus = bonus;
        Penalty = penalty;
    }

    internal long[]? Basis { get; }

    internal long[] Bonus { get; }

    internal long[] Penalty { get; }

    internal static SheetFixedPoint? TryCreate(CriterionScore[]? basis, decimal[] bonus, decimal[] penalty)
    {
        // A million entries keep every sum inside a long (see FixedPoint.MaxValue).
        if (bonus.Length + penalty.Length > 1_000_000)
        {
            return null;
        }

        long[]? basisFixed = null;
        if (basis is not null)
        {
            basisFixed = new long[basis.Length];
            for (int i = 0; i < basis.Length; i++)
            {
                if (!FixedPoint.TryConvert(basis[i].Points, out basisFixed[i]))
                {
                    return null;
                }
            }
        }

        long[]? bonusFixed = FixedPoint.TryConvertAll(bonus, v => v);
        long[]? penaltyFixed = FixedPoint.TryConvertAll(penalty, v => v);
        return bonusFixed is null || penaltyFixed is null ? null : new SheetFixedPoint(basisFixed, bonusFixed, penaltyFixed);
    }
}
