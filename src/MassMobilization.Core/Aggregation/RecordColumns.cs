using System.Collections.Generic;

namespace MassMobilization.Core.Aggregation;

/// <summary>Turns readable records into the kernel's columns (a ratio becomes two cells).</summary>
internal sealed class RecordColumns
{
    private RecordColumns(int[] units, int[] slots, long[] amounts)
    {
        Units = units;
        Slots = slots;
        Amounts = amounts;
    }

    internal int[] Units { get; }

    internal int[] Slots { get; }

    internal long[] Amounts { get; }

    internal static RecordColumns From(RollUpShape shape, IndicatorLayout layout, IEnumerable<IndicatorRecord> records)
    {
        var units = new List<int>();
        var slots = new List<int>();
        var amounts = new List<long>();
        foreach (var record in records)
        {
            Preconditions.CheckArgument(!record.Unit.IsDefault, nameof(records), "A record is the default value.");
            int unit = shape.OrdinalOf(record.Unit);
            var value = record.Value;
            int slot = layout.SlotOf(value.Indicator);
            switch (value.Indicator.Unit)
            {
                case IndicatorUnit.Count:
                    Add(unit, slot, value.Count);
                    break;
                case IndicatorUnit.VndAmount:
                    Add(unit, slot, value.Amount.Dong);
                    break;
                default:
                    Add(unit, slot, value.Ratio.Numerator);
                    Add(unit, slot + 1, value.Ratio.Denominator);
                    break;
            }
        }

        return new RecordColumns(units.ToArray(), slots.ToArray(), amounts.ToArray());

        void Add(int unit, int slot, long amount)
        {
            units.Add(unit);
            slots.Add(slot);
            amounts.Add(amount);
        }
    }
}
