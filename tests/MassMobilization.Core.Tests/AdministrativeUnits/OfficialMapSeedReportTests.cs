using System.Linq;
using MassMobilization.Core.AdministrativeUnits;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Reporting;
using MassMobilization.Samples.Generators;
using NodaTime;
using Xunit;

namespace MassMobilization.Core.Tests.AdministrativeUnits;

/// <summary>
/// A seed report kept at the real communes of the official map, reported after the 2025 reform: Bình
/// Thuận's 2024 activities as part of the new Lâm Đồng (Resolution 202/2025/QH15 merges Lâm Đồng, Đắk
/// Nông and Bình Thuận), conserved, with what divided communes held shown as unallocated.
/// </summary>
public sealed class OfficialMapSeedReportTests
{
    private static readonly OfficialMap Map = OfficialMap.Instance;
    private static readonly UnitCode BinhThuan = new("60");
    private static readonly UnitCode NewLamDong = new("68");

    [Fact]
    public void Binh_Thuan_2024_reported_as_part_of_the_new_Lam_Dong_is_conserved_and_shows_its_divided_communes()
    {
        var before = Map.LastDayBeforeReform;
        var oldCommunes = Map.Chart.At(before).Descendants(BinhThuan).Where(u => u.Kind.Tier == UnitTier.Commune).Select(u => u.Code).ToList();
        Assert.NotEmpty(oldCommunes);
        var activities = ActivitySeeds.BinhThuan2024(oldCommunes);
        var asOf = new LocalDate(2025, 12, 31);
        var request = ReportRequest.Create(Map.Chart, NewLamDong, ReportingPeriod.Year(2024), asOf).WithLayout(ReportLayouts.WithActivities);

        var report = ReportBuilder.Build(request, [], activities, []);
        var atHome = ReportBuilder.Build(ReportRequest.Create(Map.Chart, BinhThuan, ReportingPeriod.Year(2024), before).WithLayout(ReportLayouts.WithActivities), [], activities, []);

        Assert.True(report.IsRebased);
        Assert.Equal(before, report.RecordsAsOf);
        Assert.Equal("Tỉnh Lâm Đồng", report.Unit.VietnameseName);
        foreach (var indicator in new[] { StandardIndicators.DialoguesHeld, StandardIndicators.Gifts, StandardIndicators.Scholarships, StandardIndicators.HousesBuiltOrRepaired })
        {
            Assert.Equal(atHome.Tally.Count(indicator), report.Tally.Count(indicator) + report.UnallocatedSum(indicator));
        }

        Assert.Equal(140, atHome.Tally.Count(StandardIndicators.DialoguesHeld));
        Assert.Equal(ActivitySeeds.BinhThuan2024SupportDong, report.Tally.Get(StandardIndicators.SupportValue).Amount.Dong + report.UnallocatedSum(StandardIndicators.SupportValue));

        // What was left out came from Bình Thuận's divided communes, each named with its reason.
        var divided = Map.DividedCommunes.Intersect(oldCommunes).ToHashSet();
        var entries = report.Unallocated.SelectMany(u => u.Entries).ToList();
        Assert.All(entries, e => Assert.Contains(e.Origin, divided));
        Assert.All(entries, e => Assert.Equal(UnallocatedReason.UnweightedSplit, e.Reason));
        var recordsAtDivided = activities.Count(a => divided.Contains(a.Unit));
        Assert.Equal(recordsAtDivided > 0, entries.Count > 0);

        // The new province's communes that took Bình Thuận's communes whole carry their figures.
        var afterSnapshot = Map.Chart.At(asOf);
        Assert.All(report.Units.Skip(1), row => Assert.True(afterSnapshot.Contains(row.Unit.Code)));
        Assert.True(report.Units.Count(row => row.Tally.Count(StandardIndicators.DialoguesHeld) > 0) > 1);
    }
}
