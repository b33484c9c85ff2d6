using System;
using MassMobilization.Core.Aggregation;

namespace MassMobilization.Core.EntityFrameworkCore;

/// <summary>
/// A row of <see cref="MassMobilizationTables.PartialEntries"/>: one entry (<see cref="PartialEntry"/>) of a
/// stored mergeable partial (kết quả tổng hợp bộ phận), keyed by the partial's key, the unit and the slot
/// (see docs/persistence.md, "Mergeable partials").
/// </summary>
public sealed class StoredPartialEntry
{
    /// <summary>The longest partial key stored.</summary>
    public const int KeyMaxLength = 64;

    /// <summary>Gets the key of the partial, chosen by the application (for example the sending unit and the period).</summary>
    public string PartialKey { get; init; } = string.Empty;

    /// <summary>Gets the reporting period, as written by <see cref="ReportingPeriodPattern.Compact"/>.</summary>
    public string Period { get; init; } = string.Empty;

    /// <summary>Gets the unit code.</summary>
    public string UnitCode { get; init; } = string.Empty;

    /// <summary>Gets the slot code (<see cref="IndicatorLayout.SlotCodes"/>).</summary>
    public string SlotCode { get; init; } = string.Empty;

    /// <summary>Gets the sum of the records.</summary>
    public long Sum { get; init; }

    /// <summary>Gets the number of records.</summary>
    public long Count { get; init; }

    internal string Key => $"partial_key={PartialKey}, unit_code={UnitCode}, slot_code={SlotCode}";

    /// <summary>Reads the row back as an entry, validated by the library.</summary>
    /// <returns>The entry.</returns>
    /// <exception cref="StoredDataException">A column breaks a rule of <see cref="PartialEntry"/>; the message names the row and the column.</exception>
    public PartialEntry ToEntry()
    {
        if (!Organization.UnitCode.TryCreate(UnitCode, out var unit))
        {
            throw new StoredDataException(MassMobilizationTables.PartialEntries, Key, "unit_code", $"'{UnitCode}' is not a valid unit code.");
        }

        try
        {
            return new PartialEntry(unit, SlotCode, Sum, Count);
        }
        catch (ArgumentException e)
        {
            throw new StoredDataException(MassMobilizationTables.PartialEntries, Key, e.ParamName == "count" ? "count" : "slot_code", e.Message, e);
        }
    }
}
