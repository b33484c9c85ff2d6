using System;

namespace MassMobilization.Core.Emulation;

/// <summary>
/// Weighs valid score sheets in integers: each section's weight and the sheet's points are scaled to
/// integers (points at 6 decimals), multiplied and summed in a <see cref="long"/>, and the sum is turned
/// back into the very decimal that <c>Σ weight × points</c> gives (value and scale). A sheet that is not
/// plainly valid (a missing, unknown or repeated section, a negative point, a point above the section's
/// maximum or with more than 6 decimals) is left to the round's decimal path, which reports the error or
/// weighs it exactly; so are all sheets of a round whose weights or maxima do not fit.
/// </summary>
internal sealed class SheetWeigher
{
    private const int PointScale = 6;

    private static readonly long[] PowersOfTen = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000, 10_000_000_000, 100_000_000_000, 1_000_000_000_000];

    private readonly string[] codes;
    private readonly long[] weights;
    private readonly byte[] weightScales;
    private readonly ulong[] maxima;
    private readonly int weightScale;

    private SheetWeigher(string[] codes, long[] weights, byte[] weightScales, ulong[] maxima, int weightScale)
    {
        this.codes = codes;
        this.weights = weights;
        this.weightScales = weightScales;
        this.maxima = maxima;
        this.weightScale = weightScale;
    }

    /// <summary>Returns the weigher of a round's sections (sorted by code), or null when their weights or maxima do not fit in integers with room for every valid sheet's sum.</summary>
    /// <param name="sectionsByCode">The sections in ordinal order of their codes.</param>
    /// <returns>The weigher, or null.</returns>
    internal static SheetWeigher? TryCreate(ScoreSection[] sectionsByCode)
    {
        int n = sectionsByCode.Length;
        var codes = new string[n];
        var weightScales = new byte[n];
        int weightScale = 0;
        for (int k = 0; k < n; k++)
        {
            codes[k] = sectionsByCode[k].Code;
            weightScales[k] = sectionsByCode[k].Weight.Scale;
            weightScale = Math.Max(weightScale, weightScales[k]);
        }

        if (weightScale > PointScale)
        {
            return null;
        }

        var weights = new long[n];
        var maxima = new ulong[n];
        UInt128 largest = 0;
        for (int k = 0; k < n; k++)
        {
            if (!TryScale(sectionsByCode[k].Weight, weightScale, out ulong weight) || !TryScale(sectionsByCode[k].Maximum, PointScale, out ulong maximum))
            {
                return null;
            }

            weights[k] = (long)weight;
            maxima[k] = maximum;
            largest += (UInt128)weight * maximum;
        }

        return largest <= long.MaxValue ? new SheetWeigher(codes, weights, weightScales, maxima, weightScale) : null;
    }

    /// <summary>Weighs a sheet when it is plainly valid.</summary>
    /// <param name="sheetCodes">The sheet's section codes, in ordinal order.</param>
    /// <param name="values">The sheet's points, in the order of <paramref name="sheetCodes"/>.</param>
    /// <param name="total">Receives <c>Σ weight × points</c>, exactly as decimal arithmetic gives it.</param>
    /// <returns><see langword="false"/> when the sheet must go through the decimal path.</returns>
    internal bool TryWeigh(string[] sheetCodes, decimal[] values, out decimal total)
    {
        total = 0m;
        if (sheetCodes.Length != codes.Length)
        {
            return false;
        }

        Span<int> bits = stackalloc int[4];
        long sum = 0;
        int scale = 0;
        for (int k = 0; k < codes.Length; k++)
        {
            if (!ReferenceEquals(sheetCodes[k], codes[k]) && !string.Equals(sheetCodes[k], codes[k], StringComparison.Ordinal))
            {
                return false;
            }

            decimal.GetBits(values[k], bits);
            int own = (bits[3] >> 16) & 0xFF;
            ulong mantissa = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
            if (bits[3] < 0 || bits[2] != 0 || own > PointScale)
            {
                return false;
            }

            ulong factor = (ulong)PowersOfTen[PointScale - own];
            if (mantissa > maxima[k] / factor)
            {
                return false;
            }

            ulong points = mantissa * factor;
            sum += weights[k] * (long)points;

            // The decimal product weight × points has the sum of their scales; the decimal sum the greatest.
            scale = Math.Max(scale, weightScales[k] + own);
        }

        long atScale = sum / PowersOfTen[weightScale + PointScale - scale];
        total = new decimal((int)(uint)atScale, (int)(uint)((ulong)atScale >> 32), 0, false, (byte)scale);
        return true;
    }

    private static bool TryScale(decimal value, int scale, out ulong scaled)
    {
        scaled = 0;
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        int own = (bits[3] >> 16) & 0xFF;
        ulong mantissa = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
        if (bits[3] < 0 || bits[2] != 0 || own > scale || mantissa > (ulong)(long.MaxValue / PowersOfTen[scale - own]))
        {
            return false;
        }

        scaled = mantissa * (ulong)PowersOfTen[scale - own];
        return true;
    }
}
