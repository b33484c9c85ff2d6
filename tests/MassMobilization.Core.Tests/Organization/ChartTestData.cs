using MassMobilization.Core.Organization;
using NodaTime;

namespace MassMobilization.Core.Tests.Organization;

/// <summary>Terse constructors for hand-written charts in tests.</summary>
internal static class ChartTestData
{
    internal static readonly LocalDate Origin = new(2008, 8, 1);
    internal static readonly LocalDate LastOld = new(2025, 6, 30);
    internal static readonly LocalDate FirstNew = new(2025, 7, 1);

    internal static UnitCode C(string code) => new(code);

    internal static AdministrativeUnit Unit(string code, UnitKind kind, string? parent, LocalDate start, LocalDate? end = null) =>
        new(new UnitCode(code), $"Đơn vị {code}", $"Unit {code}", kind, parent is null ? null : new UnitCode(parent), new ValidityPeriod(start, end));

    /// <summary>Province 01 (open); district 001 until 2025-06-30 with communes 00001..00003; from 2025-07-01 commune 00001 (merged) directly under 01.</summary>
    internal static OrganizationChartBuilder ThreeToTwoLevels() => OrganizationChart.CreateBuilder()
        .AddUnit(Unit("01", UnitKind.CentrallyRunCity, null, Origin))
        .AddUnit(Unit("001", UnitKind.RuralDistrict, "01", Origin, LastOld))
        .AddUnit(Unit("00001", UnitKind.Township, "001", Origin, LastOld))
        .AddUnit(Unit("00002", UnitKind.Commune, "001", Origin, LastOld))
        .AddUnit(Unit("00003", UnitKind.Commune, "001", Origin, LastOld))
        .AddUnit(Unit("00001", UnitKind.Commune, "01", FirstNew))
        .AddUnit(Unit("00004", UnitKind.Ward, "01", FirstNew))
        .AddSuccession(Succession.Merge(FirstNew, new[] { C("00001"), C("00002") }, C("00001")))
        .AddSuccession(Succession.Split(FirstNew, C("00003"), new[] { new SuccessorShare<UnitCode>(C("00001"), 0.25m), new SuccessorShare<UnitCode>(C("00004"), 0.75m) }));
}
