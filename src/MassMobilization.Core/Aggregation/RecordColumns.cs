using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace MassMobilization.Core.Aggregation;

/// <summary>
/// Adds readable records straight into the kernel's cells (unit × slot sums and record counts; a ratio
/// fills two cells), so the readable path allocates O(units × slots), never O(records). Arrays and lists
/// are read as spans; each record costs one unit lookup and one indicator lookup.
/// </summary>
internal static class RecordColumns
{
    /// <summary>Adds every record; a unit that is not in the shape breaks rule <c>AGG-UNKNOWN-UNIT</c>.</summary>
    internal static void Accumulate(RollUpShape shape, IndicatorLayout layout, IEnumerable<IndicatorRecord> records, long[] sums, long[] counts) =>
        TryAccumulate(shape, layout, records, sums, counts, stopAtUnknownUnit: false, out _);

    /// <summary>
    /// Adds the records while their units are in the shape; returns <see langword="false"/> at the first
    /// record whose unit is not (the cells are then partly filled and are to be thrown away).
    /// </summary>
    internal static bool TryAccumulate(RollUpShape shape, IndicatorLayout layout, IEnumerable<IndicatorRecord> records, long[] sums, long[] counts, out long count)
        => TryAccumulate(shape, layout, records, sums, counts, stopAtUnknownUnit: true, out count);

    private static bool TryAccumulate(RollUpShape shape, IndicatorLayout layout, IEnumerable<IndicatorRecord> records, long[] sums, long[] counts, bool stopAtUnknownUnit, out long count)
    {
        int width = layout.SlotCount;
        count = 0;
        if (records is IndicatorRecord[] or List<IndicatorRecord>)
        {
            var span = records is List<IndicatorRecord> list ? CollectionsMarshal.AsSpan(list) : (IndicatorRecord[])records;
            foreach (ref readonly var record in span)
            {
                if (!Add(shape, layout, width, in record, sums, counts, stopAtUnknownUnit))
                {
                    return false;
                }

                count++;
            }

            return true;
        }

        foreach (var record in records)
        {
            if (!Add(shape, layout, width, in record, sums, counts, stopAtUnknownUnit))
            {
                return false;
            }

            count++;
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Add(RollUpShape shape, IndicatorLayout layout, int width, in IndicatorRecord record, long[] sums, long[] counts, bool stopAtUnknownUnit)
    {
        Preconditions.CheckArgument(!record.Unit.IsDefault, "records", "A record is the default value.");
        int unit;
        if (stopAtUnknownUnit)
        {
            if (!shape.TryGetOrdinal(record.Unit, out unit))
            {
                return false;
            }
        }
        else
        {
            unit = shape.OrdinalOf(record.Unit);
        }

        var value = record.Value;
        int cell = (unit * width) + layout.SlotOf(value.Indicator);
        switch (value.Indicator.Unit)
        {
            case IndicatorUnit.Count:
                AddTo(cell, value.Count, sums, counts);
                break;
            case IndicatorUnit.VndAmount:
                AddTo(cell, value.Amount.Dong, sums, counts);
                break;
            default:
                AddTo(cell, value.Ratio.Numerator, sums, counts);
                AddTo(cell + 1, value.Ratio.Denominator, sums, counts);
                break;
        }

        return true;
    }

    /// <summary>Adds one record's amount to a cell and one to its record count: the one accumulator of the readable paths (also the activity roll-up's).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void AddTo(int cell, long amount, long[] sums, long[] counts)
    {
        sums[cell] = CellOverflowException.Add(sums[cell], amount, cell);
        counts[cell]++;
    }
}
