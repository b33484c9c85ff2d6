using System.Collections.Generic;
using System.Collections.ObjectModel;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Organization;

namespace MassMobilization.Core.AdministrativeUnits;

/// <summary>
/// A row of the open mapping that the official map corrects (đính chính), with the resolution that
/// decides it and the reason, as recorded in <c>tools/administrative-units/corrections.tsv</c>.
/// </summary>
public sealed class MapCorrection
{
    internal MapCorrection(UnitCode commune, UnitCode[] recordedAs, UnitCode[] correctedTo, DocumentNumber source, string reason)
    {
        Commune = commune;
        RecordedAs = new ReadOnlyCollection<UnitCode>(recordedAs);
        CorrectedTo = new ReadOnlyCollection<UnitCode>(correctedTo);
        Source = source;
        Reason = reason;
    }

    /// <summary>Gets the old commune whose mapping is corrected.</summary>
    public UnitCode Commune { get; }

    /// <summary>Gets the new communes the open mapping put it into.</summary>
    public IReadOnlyList<UnitCode> RecordedAs { get; }

    /// <summary>Gets the new communes it goes into according to <see cref="Source"/>.</summary>
    public IReadOnlyList<UnitCode> CorrectedTo { get; }

    /// <summary>Gets the resolution that decides it, for example <c>1654/NQ-UBTVQH15</c>.</summary>
    public DocumentNumber Source { get; }

    /// <summary>Gets why, with the article of <see cref="Source"/>.</summary>
    public string Reason { get; }

    /// <summary>Describes the correction.</summary>
    /// <returns>For example <c>30622: 30259 → 30604 (1654/NQ-UBTVQH15)</c>.</returns>
    public override string ToString() => $"{Commune}: {string.Join(", ", RecordedAs)} → {string.Join(", ", CorrectedTo)} ({Source})";
}
