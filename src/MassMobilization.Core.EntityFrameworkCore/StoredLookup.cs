using System;
using System.Collections.Generic;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Organization;

namespace MassMobilization.Core.EntityFrameworkCore;

/// <summary>
/// Finds the unit ordinal and the indicator of a stored row from the characters of its codes, without
/// allocating: every unit code of the chart (of any date) in a flat <see cref="RollUpShape"/> (no parents,
/// because the partial is keyed by unit and the report builder rolls it up as of the report date), and the
/// layout's indicators.
/// </summary>
internal sealed class StoredLookup
{
    private readonly Dictionary<string, int> units = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> unitsBySpan;
    private readonly Dictionary<string, int> indicators = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> indicatorsBySpan;
    private readonly IndicatorUnit[] indicatorUnits;
    private readonly int[] firstSlots;

    public StoredLookup(OrganizationChart chart, IndicatorLayout layout)
    {
        var codes = new List<UnitCode>();
        foreach (var unit in chart.Units)
        {
            if (units.TryAdd(unit.Code.Value, codes.Count))
            {
                codes.Add(unit.Code);
            }
        }

        var parents = new int[codes.Count];
        Array.Fill(parents, -1);
        Shape = RollUpShape.Create(codes, parents);
        unitsBySpan = units.GetAlternateLookup<ReadOnlySpan<char>>();
        indicatorUnits = new IndicatorUnit[layout.Indicators.Count];
        firstSlots = new int[indicatorUnits.Length];
        for (int i = 0; i < indicatorUnits.Length; i++)
        {
            var indicator = layout.Indicators[i];
            indicators.Add(indicator.Code, i);
            indicatorUnits[i] = indicator.Unit;
            firstSlots[i] = layout.SlotOf(indicator);
        }

        indicatorsBySpan = indicators.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Gets the flat shape of every unit code of the chart.</summary>
    public RollUpShape Shape { get; }

    public bool TryGetUnit(ReadOnlySpan<char> code, out int ordinal) => unitsBySpan.TryGetValue(code, out ordinal);

    public bool TryGetIndicator(ReadOnlySpan<char> code, out int index) => indicatorsBySpan.TryGetValue(code, out index);

    public IndicatorUnit UnitOf(int indicatorIndex) => indicatorUnits[indicatorIndex];

    public int SlotOf(int indicatorIndex) => firstSlots[indicatorIndex];

    public static StoredDataException UnknownUnit(long id, string text) => StoredDataException.ForRow(
        MassMobilizationTables.IndicatorRecords,
        id,
        "unit_code",
        UnitCode.TryCreate(text, out _) ? $"'{text}' is not a unit of the chart on any date." : $"'{text}' is not a valid unit code.");

    public static StoredDataException UnknownIndicator(long id, string text) => StoredDataException.ForRow(
        MassMobilizationTables.IndicatorRecords, id, "indicator_code", $"'{text}' is not an indicator of the report's layout.");
}
