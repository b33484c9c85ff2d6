using MassMobilization.Core.AdministrativeUnits;
using MassMobilization.Core.Organization;

namespace MassMobilization.Core.Tests.AdministrativeUnits;

/// <summary>Questions other test folders ask of the official map.</summary>
internal static class OfficialMapTestsAccess
{
    /// <summary>Whether a code is a unit in force on the day of the 2025 reform.</summary>
    internal static bool IsNewUnit(string code) =>
        UnitCode.TryCreate(code, out var unit) && OfficialMap.Instance.Chart.At(OfficialMap.Instance.ReformDate).Contains(unit);
}
