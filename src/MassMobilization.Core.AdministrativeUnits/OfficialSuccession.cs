using MassMobilization.Core.Documents;
using MassMobilization.Core.Organization;

namespace MassMobilization.Core.AdministrativeUnits;

/// <summary>A succession of the official map with the resolution that decided it.</summary>
public sealed class OfficialSuccession
{
    internal OfficialSuccession(Succession<UnitCode> succession, DocumentNumber resolution)
    {
        Succession = succession;
        Resolution = resolution;
    }

    /// <summary>Gets the succession, as added to <see cref="OfficialMap.Chart"/>.</summary>
    public Succession<UnitCode> Succession { get; }

    /// <summary>Gets the resolution that decided it: <c>202/2025/QH15</c> for provinces, the province's Standing Committee resolution (1654 to 1687/NQ-UBTVQH15) for communes.</summary>
    public DocumentNumber Resolution { get; }

    /// <summary>Describes the succession and its resolution.</summary>
    /// <returns>For example <c>Merge 2025-07-01: 60, 67, 68 → 68 (202/2025/QH15)</c>.</returns>
    public override string ToString() => $"{Succession} ({Resolution})";
}
