using System.Collections.Generic;
using System.Globalization;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Organization;

namespace MassMobilization.Samples.Generators;

/// <summary>
/// Deterministic data for aggregation tests and benchmarks: synthetic hierarchies in dense ordinals
/// (parents before children) and record columns. Until the organization chart generator is merged,
/// the national shape is synthetic with the real pre-2025 sizes (63 provinces, 700 districts,
/// 10,035 communes, the domain notes (docs/domain.md)) under one national root.
/// </summary>
public static class AggregationData
{
    /// <summary>Number of provinces before 2025-07-01.</summary>
    public const int Provinces = 63;

    /// <summary>Number of district-level units (approximate, unconfirmed).</summary>
    public const int Districts = 700;

    /// <summary>Number of commune-level units before 2025-07-01.</summary>
    public const int Communes = 10_035;

    /// <summary>
    /// A tree with one root, <paramref name="provinces"/> provinces, <paramref name="districts"/>
    /// districts spread round-robin over the provinces, and <paramref name="communes"/> communes spread
    /// round-robin over the districts. Ordinal 0 is the root; communes are the last ordinals.
    /// </summary>
    public static RollUpShape Shape(int provinces, int districts, int communes)
    {
        var codes = new List<UnitCode>(1 + provinces + districts + communes);
        var parents = new List<int>(codes.Capacity);
        codes.Add(new UnitCode("VN"));
        parents.Add(-1);
        for (int p = 0; p < provinces; p++)
        {
            codes.Add(new UnitCode("P" + (p + 1).ToString("D2", CultureInfo.InvariantCulture)));
            parents.Add(0);
        }

        int firstDistrict = codes.Count;
        for (int d = 0; d < districts; d++)
        {
            codes.Add(new UnitCode("D" + (d + 1).ToString("D3", CultureInfo.InvariantCulture)));
            parents.Add(1 + (d % provinces));
        }

        for (int c = 0; c < communes; c++)
        {
            codes.Add(new UnitCode("C" + (c + 1).ToString("D5", CultureInfo.InvariantCulture)));
            parents.Add(firstDistrict + (c % districts));
        }

        return RollUpShape.Create(codes, parents);
    }

    /// <summary>The national shape: 1 + 63 + 700 + 10,035 units.</summary>
    public static RollUpShape NationalShape() => Shape(Provinces, Districts, Communes);

    /// <summary>The ordinal of the first commune in a shape made by <see cref="Shape"/>.</summary>
    public static int FirstCommune(int provinces, int districts) => 1 + provinces + districts;

    /// <summary>
    /// Record columns: <paramref name="count"/> records on random communes (the last
    /// <paramref name="communes"/> ordinals of a shape of <paramref name="unitCount"/> units), each in a
    /// random slot below <paramref name="slotCount"/>, with amount 1 (one model in one state) or a random
    /// amount up to <paramref name="maxAmount"/>.
    /// </summary>
    public static (int[] Units, int[] Slots, long[] Amounts) Records(int count, int unitCount, int communes, int slotCount, long maxAmount, ulong seed)
    {
        var units = new int[count];
        var slots = new int[count];
        var amounts = new long[count];
        ulong state = seed == 0 ? 0x9E3779B97F4A7C15UL : seed;
        int firstCommune = unitCount - communes;
        for (int i = 0; i < count; i++)
        {
            units[i] = firstCommune + (int)(Next(ref state) % (ulong)communes);
            slots[i] = (int)(Next(ref state) % (ulong)slotCount);
            amounts[i] = maxAmount <= 1 ? 1 : 1 + (long)(Next(ref state) % (ulong)maxAmount);
        }

        return (units, slots, amounts);
    }

    private static ulong Next(ref ulong state)
    {
        // xorshift64*: fast, deterministic, good enough to spread records.
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        return state * 0x2545F4914F6CDD1DUL;
    }
}
