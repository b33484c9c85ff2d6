using System;
using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace MassMobilization.Core.Aggregation;

/// <summary>
/// The roll-up kernel over plain columns: records are (unit ordinal, slot, amount) triples, the
/// hierarchy is a parent-ordinal array in which every parent comes before its children, and the output
/// is a dense unit × slot matrix of sums and record counts (index <c>unit * slotCount + slot</c>).
/// One pass over the records aggregates them at the unit they belong to; one pass over the units, from
/// the last ordinal to the first, adds each unit's row into its parent's. No dictionary, LINQ or
/// allocation: the caller owns every buffer (the one scratch buffer, below, is rented from
/// <see cref="ArrayPool{T}.Shared"/>), so the work is O(records + units × slots) time and
/// O(units × slots) memory. Arithmetic is checked: a sum that does not fit in 64 bits throws
/// <see cref="CellOverflowException"/> (naming the cell) instead of wrapping; the public entry points turn it
/// into rule <c>AGG-SUM-OVERFLOW</c> naming the unit and slot.
/// </summary>
/// <remarks>
/// Every method <em>adds</em> into its output buffers and never clears them, so records can be fed in
/// chunks, and chunks aggregated in separate buffers (on other threads or machines) can be added
/// together before <see cref="Propagate"/>: roll-up is linear. See docs/aggregation.md.
/// When a call to <see cref="AggregateLeaves"/> has at least as many records as cells, it aggregates
/// into a rented scratch buffer that keeps each cell's sum and record count side by side (a record then
/// touches one cache line instead of two), and adds the scratch into the caller's buffers at the end;
/// the result is the same, and the caller's buffers are left unchanged if a record is out of range.
/// </remarks>
internal static class RollUpKernel
{
    /// <summary>Checks that a parent-ordinal array puts every parent before its children.</summary>
    /// <param name="parentOrdinals">For each unit ordinal, its parent's ordinal, or -1 for a root.</param>
    /// <exception cref="ArgumentException">A parent ordinal is not -1 and not smaller than its child's ordinal.</exception>
    public static void ValidateParents(ReadOnlySpan<int> parentOrdinals)
    {
        for (int i = 0; i < parentOrdinals.Length; i++)
        {
            int parent = parentOrdinals[i];
            if (parent < -1 || parent >= i)
            {
                throw new ArgumentException($"Unit {i} has parent {parent}; a parent must be -1 (a root) or a smaller ordinal.", nameof(parentOrdinals));
            }
        }
    }

    /// <summary>
    /// Adds each record's amount to its unit's row in <paramref name="sums"/> and one to the same cell
    /// of <paramref name="counts"/>, without propagating to parents.
    /// </summary>
    /// <param name="unitOrdinals">The unit ordinal of each record.</param>
    /// <param name="slots">The slot (category) of each record, 0 to <paramref name="slotCount"/> − 1.</param>
    /// <param name="amounts">The amount of each record (1 for a counted item, a count, or đồng).</param>
    /// <param name="slotCount">The number of slots per unit.</param>
    /// <param name="sums">The unit × slot sums to add into; its length is a multiple of <paramref name="slotCount"/>.</param>
    /// <param name="counts">The unit × slot record counts to add into; the same length as <paramref name="sums"/>.</param>
    /// <exception cref="ArgumentException">The columns differ in length, the buffers do not match, or a record's unit or slot is out of range.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="slotCount"/> is not positive.</exception>
    /// <exception cref="CellOverflowException">A sum overflows 64 bits.</exception>
    public static void AggregateLeaves(
        ReadOnlySpan<int> unitOrdinals, ReadOnlySpan<int> slots, ReadOnlySpan<long> amounts, int slotCount, Span<long> sums, Span<long> counts)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(slotCount);
        Preconditions.CheckArgument(slots.Length == unitOrdinals.Length, nameof(slots), "Every record needs a slot.");
        Preconditions.CheckArgument(amounts.Length == unitOrdinals.Length, nameof(amounts), "Every record needs an amount.");
        Preconditions.CheckArgument(sums.Length % slotCount == 0, nameof(sums), "The sums must hold a whole number of unit rows.");
        Preconditions.CheckArgument(counts.Length == sums.Length, nameof(counts), "The counts must have the length of the sums.");
        try
        {
            if (unitOrdinals.Length >= sums.Length)
            {
                AggregateLeavesInterleaved(unitOrdinals, slots, amounts, slotCount, sums, counts);
                return;
            }

            AggregateLeavesDirect(unitOrdinals, slots, amounts, slotCount, sums, counts);
        }
        catch (OverflowException exception) when (exception is not CellOverflowException)
        {
            // The loops use plain checked arithmetic (nothing else in the hot path); find the cell again.
            throw new CellOverflowException(LocateLeafOverflow(unitOrdinals, slots, amounts, slotCount, sums.Length), -1);
        }
    }

    /// <summary>
    /// Finds the first cell, in record order, whose running sum of amounts leaves the range of
    /// <see cref="long"/> (with 128-bit sums), or -1. The cold path of an overflow in <see cref="AggregateLeaves"/>.
    /// </summary>
    private static long LocateLeafOverflow(ReadOnlySpan<int> unitOrdinals, ReadOnlySpan<int> slots, ReadOnlySpan<long> amounts, int slotCount, int cellCount)
    {
        var totals = new Int128[cellCount];
        for (int r = 0; r < unitOrdinals.Length; r++)
        {
            long cell = ((long)unitOrdinals[r] * slotCount) + slots[r];
            totals[cell] += amounts[r];
            if (totals[cell] > long.MaxValue || totals[cell] < long.MinValue)
            {
                return cell;
            }
        }

        return -1;
    }

    /// <summary>
    /// Adds every record's amount and one to its cell of two separate buffers: two random writes per
    /// record, but no work per cell, for inputs with fewer records than cells.
    /// </summary>
    private static void AggregateLeavesDirect(
        ReadOnlySpan<int> unitOrdinals, ReadOnlySpan<int> slots, ReadOnlySpan<long> amounts, int slotCount, Span<long> sums, Span<long> counts)
    {
        uint unitCount = (uint)(sums.Length / slotCount);
        ref long sum0 = ref MemoryMarshal.GetReference(sums);
        ref long count0 = ref MemoryMarshal.GetReference(counts);
        ref int unit0 = ref MemoryMarshal.GetReference(unitOrdinals);
        ref int slot0 = ref MemoryMarshal.GetReference(slots);
        ref long amount0 = ref MemoryMarshal.GetReference(amounts);
        for (int r = 0; r < unitOrdinals.Length; r++)
        {
            int unit = Unsafe.Add(ref unit0, r);
            int slot = Unsafe.Add(ref slot0, r);
            if ((uint)unit >= unitCount || (uint)slot >= (uint)slotCount)
            {
                throw new ArgumentException(OutOfRange(r, unit, slot, unitCount, slotCount), nameof(unitOrdinals));
            }

            nint cell = ((nint)unit * slotCount) + slot;
            ref long sum = ref Unsafe.Add(ref sum0, cell);
            sum = checked(sum + Unsafe.Add(ref amount0, r));
            Unsafe.Add(ref count0, cell)++;
        }
    }

    /// <summary>
    /// Aggregates the records into a pooled scratch buffer in which each cell's sum and count sit side
    /// by side (index <c>2 × cell</c> and <c>2 × cell + 1</c>), so that a record touches one cache line
    /// instead of two, then adds the scratch into the caller's two buffers. The extra O(cells) pass pays
    /// for itself once there are at least as many records as cells.
    /// </summary>
    private static void AggregateLeavesInterleaved(
        ReadOnlySpan<int> unitOrdinals, ReadOnlySpan<int> slots, ReadOnlySpan<long> amounts, int slotCount, Span<long> sums, Span<long> counts)
    {
        int cellCount = sums.Length;
        long[] rented = ArrayPool<long>.Shared.Rent(checked(cellCount * 2));
        try
        {
            var cells = rented.AsSpan(0, cellCount * 2);
            cells.Clear();
            uint unitCount = (uint)(cellCount / slotCount);
            ref long cell0 = ref MemoryMarshal.GetReference(cells);
            ref int unit0 = ref MemoryMarshal.GetReference(unitOrdinals);
            ref int slot0 = ref MemoryMarshal.GetReference(slots);
            ref long amount0 = ref MemoryMarshal.GetReference(amounts);
            for (int r = 0; r < unitOrdinals.Length; r++)
            {
                int unit = Unsafe.Add(ref unit0, r);
                int slot = Unsafe.Add(ref slot0, r);
                if ((uint)unit >= unitCount || (uint)slot >= (uint)slotCount)
                {
                    throw new ArgumentException(OutOfRange(r, unit, slot, unitCount, slotCount), nameof(unitOrdinals));
                }

                ref long sum = ref Unsafe.Add(ref cell0, (((nint)unit * slotCount) + slot) * 2);
                sum = checked(sum + Unsafe.Add(ref amount0, r));
                Unsafe.Add(ref sum, 1)++;
            }

            for (int cell = 0; cell < cellCount; cell++)
            {
                sums[cell] = CellOverflowException.Add(sums[cell], cells[cell * 2], cell);
                counts[cell] = CellOverflowException.Add(counts[cell], cells[(cell * 2) + 1], cell);
            }
        }
        finally
        {
            ArrayPool<long>.Shared.Return(rented);
        }
    }

    private static string OutOfRange(int record, int unit, int slot, uint unitCount, int slotCount) =>
        $"Record {record} has unit {unit} and slot {slot}, outside {unitCount} units × {slotCount} slots.";

    /// <summary>
    /// Adds every unit's row into its parent's, from the last ordinal to the first, so that each row
    /// ends up holding its whole subtree.
    /// </summary>
    /// <param name="parentOrdinals">For each unit ordinal, its parent's ordinal or -1; parents come first (see <see cref="ValidateParents"/>).</param>
    /// <param name="slotCount">The number of slots per unit.</param>
    /// <param name="sums">The unit × slot sums; length = units × <paramref name="slotCount"/>.</param>
    /// <param name="counts">The unit × slot record counts; the same length.</param>
    /// <exception cref="ArgumentException">The buffers do not match the units, or a parent is not before its child.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="slotCount"/> is not positive.</exception>
    /// <exception cref="CellOverflowException">A sum overflows 64 bits.</exception>
    public static void Propagate(ReadOnlySpan<int> parentOrdinals, int slotCount, Span<long> sums, Span<long> counts)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(slotCount);
        Preconditions.CheckArgument(sums.Length == parentOrdinals.Length * slotCount, nameof(sums), "The sums must hold one row per unit.");
        Preconditions.CheckArgument(counts.Length == sums.Length, nameof(counts), "The counts must have the length of the sums.");
        ValidateParents(parentOrdinals);
        for (int unit = parentOrdinals.Length - 1; unit > 0; unit--)
        {
            int parent = parentOrdinals[unit];
            if (parent < 0)
            {
                continue;
            }

            var childSums = sums.Slice(unit * slotCount, slotCount);
            var parentSums = sums.Slice(parent * slotCount, slotCount);
            var childCounts = counts.Slice(unit * slotCount, slotCount);
            var parentCounts = counts.Slice(parent * slotCount, slotCount);
            for (int slot = 0; slot < childSums.Length; slot++)
            {
                long cell = ((long)parent * slotCount) + slot;
                parentSums[slot] = CellOverflowException.Add(parentSums[slot], childSums[slot], cell, unit);
                parentCounts[slot] = CellOverflowException.Add(parentCounts[slot], childCounts[slot], cell, unit);
            }
        }
    }

    /// <summary>Aggregates records at their units, then propagates up the hierarchy (<see cref="AggregateLeaves"/> then <see cref="Propagate"/>).</summary>
    /// <param name="parentOrdinals">For each unit ordinal, its parent's ordinal or -1; parents come first.</param>
    /// <param name="unitOrdinals">The unit ordinal of each record.</param>
    /// <param name="slots">The slot of each record.</param>
    /// <param name="amounts">The amount of each record.</param>
    /// <param name="slotCount">The number of slots per unit.</param>
    /// <param name="sums">The unit × slot sums to add into.</param>
    /// <param name="counts">The unit × slot record counts to add into.</param>
    /// <exception cref="ArgumentException">The columns or buffers do not match, a record is out of range, or a parent is not before its child.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="slotCount"/> is not positive.</exception>
    /// <exception cref="CellOverflowException">A sum overflows 64 bits.</exception>
    public static void RollUp(
        ReadOnlySpan<int> parentOrdinals, ReadOnlySpan<int> unitOrdinals, ReadOnlySpan<int> slots, ReadOnlySpan<long> amounts, int slotCount, Span<long> sums, Span<long> counts)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(slotCount);
        Preconditions.CheckArgument(sums.Length == parentOrdinals.Length * slotCount, nameof(sums), "The sums must hold one row per unit.");
        ValidateParents(parentOrdinals);
        AggregateLeaves(unitOrdinals, slots, amounts, slotCount, sums, counts);
        Propagate(parentOrdinals, slotCount, sums, counts);
    }
}
