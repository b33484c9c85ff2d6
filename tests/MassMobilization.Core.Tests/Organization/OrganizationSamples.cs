using MassMobilization.Core.Organization;
using MassMobilization.Core.Tests.Conventions;
using NodaTime;

namespace MassMobilization.Core.Tests.Organization;

/// <summary>Sample values of the Organization types for the null-argument convention test.</summary>
public sealed class OrganizationSamples : ISampleProvider
{
    public void Register(SampleValues samples)
    {
        var chart = TinyChart();
        samples
            .Add(() => UnitKind.Ward)
            .Add(() => CommitteeKind.MassMobilizationCommission)
            .Add(() => new UnitCode("01"))
            .Add(() => new CommitteeId("01-BDV"))
            .Add(() => new AdministrativeUnit(new UnitCode("01"), "Thành phố Hà Nội", "Ha Noi City", UnitKind.CentrallyRunCity, null, ValidityPeriod.From(new LocalDate(2008, 8, 1))))
            .Add(() => new Committee(new CommitteeId("01-BDV"), "Ban Dân vận Thành ủy Hà Nội", "Ha Noi Party Committee's Mass Mobilization Commission", CommitteeKind.MassMobilizationCommission, new UnitCode("01"), ValidityPeriod.From(new LocalDate(2008, 8, 1))))
            .Add(() => chart)
            .Add(() => chart.At(new LocalDate(2020, 1, 1)))
            .Add(() => Succession.Rename(new LocalDate(2020, 1, 1), new UnitCode("01"), new UnitCode("01")))
            .Add(() => Succession.Rename(new LocalDate(2020, 1, 1), new CommitteeId("a"), new CommitteeId("b")))
            .Add(() => new ClusterLeadership(2024, new UnitCode("01"), new UnitCode("02")))
            .Add(() => new EmulationCluster("cum-1", "Cụm thi đua số 1", "Emulation cluster 1", EmulationClusterKind.Territorial, new[] { new UnitCode("01"), new UnitCode("02") }, new[] { new ClusterLeadership(2024, new UnitCode("01"), new UnitCode("02")) }))
            .Add(() => chart.Rebase(new System.Collections.Generic.Dictionary<UnitCode, long>(), new LocalDate(2020, 1, 1), new LocalDate(2020, 1, 1)));
    }

    internal static OrganizationChart TinyChart() => OrganizationChart.CreateBuilder()
        .AddUnit(new AdministrativeUnit(new UnitCode("01"), "Thành phố Hà Nội", "Ha Noi City", UnitKind.CentrallyRunCity, null, ValidityPeriod.From(new LocalDate(2008, 8, 1))))
        .AddUnit(new AdministrativeUnit(new UnitCode("00640"), "Thị trấn Văn Điển", "Van Dien Township", UnitKind.Township, new UnitCode("01"), ValidityPeriod.From(new LocalDate(2008, 8, 1))))
        .Build();
}
