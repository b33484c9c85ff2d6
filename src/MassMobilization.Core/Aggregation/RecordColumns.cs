using System.Collections.Generic;

namespace MassMobilization.Core.Aggregation;

/// <summary>
/// Adds readable records straight into the kernel's cells (unit × slot sums and record counts; a ratio
/// fills two cells), so the readable path allocates O(units × slots), never O(records).
/// </summary>
internal static class RecordColumns
{
    internal static void Accumulate(RollUpShape shape, IndicatorLayout layout, IEnumerable<IndicatorRecord> records, long[] sums, long[] counts)
    {
        int width = layout.SlotCount;
        foreach (var record in records)
        {
            Preconditions.CheckArgument(!record.Unit.IsDefault, nameof(records), "A record is the default value.");
            int cell = (shape.OrdinalOf(record.Unit) * width) + layout.SlotOf(record.Value.Indicator);
            var value = record.Value;
            switch (value.Indicator.Unit)
            {
                case IndicatorUnit.Count:
                    Add(cell, value.Count);
                    break;
                case IndicatorUnit.VndAmount:
                    Add(cell, value.Amount.Dong);
                    break;
                default:
                    Add(cell, value.Ratio.Numerator);
                    Add(cell + 1, value.Ratio.Denominator);
                    break;
            }
        }

        void Add(int cell, long amount)
        {
            sums[cell] = checked(sums[cell] + amount);
            counts[cell]++;
        }
    }
}
