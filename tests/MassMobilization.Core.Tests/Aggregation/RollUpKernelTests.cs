using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MassMobilization.Core.Aggregation;
using MassMobilization.Samples.Generators;
using Xunit;

namespace MassMobilization.Core.Tests.Aggregation;

public sealed class RollUpKernelTests
{
    private sealed record Case(int[] Parents, int SlotCount, int[] Units, int[] Slots, long[] Amounts);

    private static readonly Gen<Case> Cases =
        from unitCount in Gen.Choose(1, 30)
        from parentSeeds in Gen.ArrayOf(Gen.Choose(0, 1000), unitCount)
        from slotCount in Gen.Choose(1, 4)
        from recordCount in Gen.Choose(0, 60)
        from units in Gen.ArrayOf(Gen.Choose(0, unitCount - 1), recordCount)
        from slots in Gen.ArrayOf(Gen.Choose(0, slotCount - 1), recordCount)
        from amounts in Gen.ArrayOf(Gen.Choose(-1000, 1_000_000).Select(a => (long)a), recordCount)
        select new Case(
            parentSeeds.Select((s, i) => i == 0 || s % 7 == 0 ? -1 : s % i).ToArray(),
            slotCount, units, slots, amounts);

    /// <summary>The simple version: every record walks up its ancestors.</summary>
    private static (long[] Sums, long[] Counts) Naive(Case c)
    {
        var sums = new long[c.Parents.Length * c.SlotCount];
        var counts = new long[sums.Length];
        for (int r = 0; r < c.Units.Length; r++)
        {
            for (int unit = c.Units[r]; unit >= 0; unit = c.Parents[unit])
            {
                sums[(unit * c.SlotCount) + c.Slots[r]] += c.Amounts[r];
                counts[(unit * c.SlotCount) + c.Slots[r]]++;
            }
        }

        return (sums, counts);
    }

    private static (long[] Sums, long[] Counts) Kernel(Case c)
    {
        var sums = new long[c.Parents.Length * c.SlotCount];
        var counts = new long[sums.Length];
        RollUpKernel.RollUp(c.Parents, c.Units, c.Slots, c.Amounts, c.SlotCount, sums, counts);
        return (sums, counts);
    }

    [Property]
    public Property Kernel_equals_the_simple_walk_up_the_ancestors()
    {
        return Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var (sums, counts) = Kernel(c);
            var (expectedSums, expectedCounts) = Naive(c);
            return sums.SequenceEqual(expectedSums) && counts.SequenceEqual(expectedCounts);
        });
    }

    [Property]
    public Property Root_totals_equal_the_sum_of_all_records()
    {
        return Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var (sums, counts) = Kernel(c);
            bool ok = true;
            for (int slot = 0; slot < c.SlotCount; slot++)
            {
                long rootSum = 0;
                long rootCount = 0;
                for (int unit = 0; unit < c.Parents.Length; unit++)
                {
                    if (c.Parents[unit] < 0)
                    {
                        rootSum += sums[(unit * c.SlotCount) + slot];
                        rootCount += counts[(unit * c.SlotCount) + slot];
                    }
                }

                long recordSum = 0;
                long recordCount = 0;
                for (int r = 0; r < c.Units.Length; r++)
                {
                    if (c.Slots[r] == slot)
                    {
                        recordSum += c.Amounts[r];
                        recordCount++;
                    }
                }

                ok &= rootSum == recordSum && rootCount == recordCount;
            }

            return ok;
        });
    }

    [Fact]
    public void Chunks_aggregated_separately_then_added_equal_one_pass()
    {
        var shape = AggregationData.Shape(3, 10, 100);
        var (units, slots, amounts) = AggregationData.Records(10_000, shape.Count, 100, 5, 1000, 42);
        var whole = RollUpEngine.RollUp(shape, Layout5, ReportingPeriod.Year(2024), units, slots, amounts);

        var a = new long[shape.Count * 5];
        var aCounts = new long[a.Length];
        var b = new long[a.Length];
        var bCounts = new long[a.Length];
        RollUpKernel.AggregateLeaves(units.AsSpan(0, 4000), slots.AsSpan(0, 4000), amounts.AsSpan(0, 4000), 5, a, aCounts);
        RollUpKernel.AggregateLeaves(units.AsSpan(4000), slots.AsSpan(4000), amounts.AsSpan(4000), 5, b, bCounts);
        for (int i = 0; i < a.Length; i++)
        {
            a[i] += b[i];
            aCounts[i] += bCounts[i];
        }

        RollUpKernel.Propagate(shape.ParentOrdinalSpan, 5, a, aCounts);
        Assert.Equal(whole.SumsSpan().ToArray(), a);
        Assert.Equal(whole.RecordCountsSpan().ToArray(), aCounts);
        Assert.Equal(amounts.Sum(), Enumerable.Range(0, 5).Sum(s => whole.Sum(0, s)));
    }

    [Fact]
    public void Rejects_parents_after_children_and_records_out_of_range()
    {
        Assert.Throws<ArgumentException>(() => RollUpKernel.ValidateParents(new[] { -1, 2, 0 }));
        Assert.Throws<ArgumentException>(() => RollUpKernel.ValidateParents(new[] { 0 }));
        Assert.Throws<ArgumentException>(() => RollUpKernel.ValidateParents(new[] { -2 }));
        RollUpKernel.ValidateParents(new[] { -1, 0, 1, -1, 3 });

        var sums = new long[4];
        var counts = new long[4];
        var error = Assert.Throws<ArgumentException>(() =>
            RollUpKernel.RollUp(new[] { -1, 0 }, new[] { 0, 2 }, new[] { 0, 0 }, new long[] { 1, 1 }, 2, sums, counts));
        Assert.Contains("Record 1", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => RollUpKernel.RollUp(new[] { -1, 0 }, new[] { 0 }, new[] { 2 }, new long[] { 1 }, 2, sums, counts));
        Assert.Throws<ArgumentException>(() => RollUpKernel.RollUp(new[] { -1, 0 }, new[] { 0 }, new[] { 0, 1 }, new long[] { 1 }, 2, sums, counts));
        Assert.Throws<ArgumentException>(() => RollUpKernel.RollUp(new[] { -1, 0 }, new[] { 0 }, new[] { 0 }, new long[] { 1 }, 2, new long[3], new long[3]));
        Assert.Throws<ArgumentOutOfRangeException>(() => RollUpKernel.RollUp(new[] { -1 }, new[] { 0 }, new[] { 0 }, new long[] { 1 }, 0, sums, counts));
    }

    [Fact]
    public void Interleaved_and_direct_leaf_paths_add_the_same_into_existing_buffers()
    {
        // 12 cells: 40 records take the interleaved scratch path, 5 records the direct one.
        var (units, slots, amounts) = AggregationData.Records(40, 4, 4, 3, 1000, 7);
        var interleaved = new long[12];
        var interleavedCounts = new long[12];
        var direct = new long[12];
        var directCounts = new long[12];
        for (int i = 0; i < 12; i++)
        {
            interleaved[i] = direct[i] = i * 10;
            interleavedCounts[i] = directCounts[i] = i;
        }

        RollUpKernel.AggregateLeaves(units, slots, amounts, 3, interleaved, interleavedCounts);
        for (int start = 0; start < 40; start += 5)
        {
            RollUpKernel.AggregateLeaves(units.AsSpan(start, 5), slots.AsSpan(start, 5), amounts.AsSpan(start, 5), 3, direct, directCounts);
        }

        Assert.Equal(direct, interleaved);
        Assert.Equal(directCounts, interleavedCounts);
        Assert.Equal(Enumerable.Range(0, 12).Sum(i => i * 10L) + amounts.Sum(), interleaved.Sum());
        Assert.Equal(Enumerable.Range(0, 12).Sum() + 40L, interleavedCounts.Sum());
    }

    [Fact]
    public void Interleaved_path_leaves_the_buffers_unchanged_when_a_record_is_out_of_range()
    {
        var units = Enumerable.Repeat(0, 10).Append(5).ToArray();
        var slots = new int[units.Length];
        var amounts = Enumerable.Repeat(3L, units.Length).ToArray();
        var sums = new long[] { 1, 2, 3, 4 };
        var counts = new long[] { 5, 6, 7, 8 };
        var error = Assert.Throws<ArgumentException>(() => RollUpKernel.AggregateLeaves(units, slots, amounts, 2, sums, counts));
        Assert.Contains("Record 10", error.Message, StringComparison.Ordinal);
        Assert.Equal(new long[] { 1, 2, 3, 4 }, sums);
        Assert.Equal(new long[] { 5, 6, 7, 8 }, counts);
        var overflow = Assert.Throws<CellOverflowException>(() =>
            RollUpKernel.AggregateLeaves(new[] { 0, 0, 0, 0, 0 }, new int[5], new[] { long.MaxValue, 1, -1, 0, 0 }, 1, new long[2], new long[2]));
        Assert.Equal(0, overflow.Cell);
    }

    [Fact]
    public void Overflow_throws_instead_of_wrapping()
    {
        // The overflow is in the parent's cell (0) while adding a child; the public entry points name both (SumOverflowTests).
        var overflow = Assert.Throws<CellOverflowException>(() =>
            RollUpKernel.RollUp(new[] { -1, 0, 0 }, new[] { 1, 2 }, new[] { 0, 0 }, new[] { long.MaxValue, 1L }, 1, new long[3], new long[3]));
        Assert.Equal(0, overflow.Cell);
        Assert.Equal(1, overflow.Subunit);
    }

    internal static IndicatorLayout Layout5 { get; } = IndicatorLayout.Create(
    [
        StandardIndicators.ModelsRegistered, StandardIndicators.ModelsImplementing, StandardIndicators.ModelsCompleted,
        StandardIndicators.ModelsRecognised, StandardIndicators.ModelsTypical,
    ]);
}
