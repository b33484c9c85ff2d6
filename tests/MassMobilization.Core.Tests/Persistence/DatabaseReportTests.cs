using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using MassMobilization.Core.Activities;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.EntityFrameworkCore;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Quantities;
using MassMobilization.Core.Reporting;
using MassMobilization.Samples;
using MassMobilization.Samples.Generators;
using NodaTime;
using Npgsql;
using Xunit;

namespace MassMobilization.Core.Tests.Persistence;

/// <summary>
/// The seeds' reports computed from records stored in the database (the streaming, the grouped and, on
/// PostgreSQL, the binary COPY path) equal the reports computed from the same records in memory, including a rebased report.
/// </summary>
[Collection(PostgresGroup.Name)]
public sealed class DatabaseReportTests(PostgresFixture fixture)
{
    public static TheoryData<Provider> Providers => new() { Provider.PostgreSql, Provider.Sqlite };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Dak_Lak_2024_from_stored_records_equals_the_report_in_memory(Provider provider)
    {
        var province = AggregationSeeds.DakLak();
        var asOf = new LocalDate(2024, 12, 31);
        var period = ReportingPeriod.Year(2024);
        var models = AggregationSeeds.DakLakModels(province.Communes);
        var decision = AggregationSeeds.DakLakAwardDecision(province, models);
        var records = ModelIndicators.Records(models.Models, period, asOf, models.Typical)
            .Concat(AwardIndicators.Records([decision], period, asOf, province.Chart)).ToList();
        var layout = ReportLayout.Create(ModelIndicators.StandardFields, [AwardIndicators.ModelsCommended]);
        var request = ReportRequest.Create(province.Chart, province.Province, period, asOf).WithLayout(layout);

        var report = await AssertSameFromDatabase(provider, province.Chart, request, records, ReportBuilder.Build(request, [], records));
        Assert.Equal(360, report.Tally.Count(StandardIndicators.ModelsRegistered));
        Assert.Equal(51, report.Tally.Count(AwardIndicators.ModelsCommended));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Thanh_Tri_H1_2024_from_stored_records_equals_the_report_in_memory(Provider provider)
    {
        var province = AggregationSeeds.ThanhTri();
        var asOf = new LocalDate(2024, 6, 30);
        var period = ReportingPeriod.HalfYear(2024, 1);
        var models = AggregationSeeds.ThanhTriModels(province.Communes);
        var records = ModelIndicators.Records(models.Models, period, asOf).ToList();
        var request = ReportRequest.Create(province.Chart, province.Province, period, asOf).WithLayout(ReportLayout.Create(ModelIndicators.StandardFields, []));

        var report = await AssertSameFromDatabase(provider, province.Chart, request, records, ReportBuilder.Build(request, [], records));
        var completed = report.For(province.Districts[0]).Get(StandardIndicators.ModelsCompletedRate).Ratio;
        Assert.Equal("185/261", completed.ToString());
        Assert.Equal("70%", PercentageFormat.WholePercentTruncated.Format(completed));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Binh_Thuan_2024_activities_from_stored_records_equal_the_report_in_memory(Provider provider)
    {
        var province = AggregationSeeds.BinhThuan();
        var asOf = new LocalDate(2024, 12, 31);
        var period = ReportingPeriod.Year(2024);
        IReadOnlyList<IActivityRecord> activities = ActivitySeeds.BinhThuan2024(province.Communes);
        var records = ActivityIndicators.Records(activities, period, asOf).ToList();
        var request = ReportRequest.Create(province.Chart, province.Province, period, asOf).WithLayout(ReportLayouts.WithActivities);

        var report = await AssertSameFromDatabase(provider, province.Chart, request, records, ReportBuilder.Build(request, [], activities, []));
        Assert.Equal(ActivitySeeds.BinhThuan2024SupportDong, report.Tally.Get(StandardIndicators.SupportValue).Amount.Dong);
        Assert.Equal("301/314", report.Tally.Get(StandardIndicators.CitizensReceived).Ratio.ToString());
        Assert.Equal(ActivitySeeds.BinhThuan2024GiftCount, report.Tally.Count(StandardIndicators.Gifts));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_report_after_the_2025_restructuring_rebases_stored_records_like_the_report_in_memory(Provider provider)
    {
        var sample = SampleProvince.Instance;
        var year = ReportingPeriod.Year(2024);
        var asOf = new LocalDate(2025, 12, 31);
        var records = ModelIndicators.Records(sample.Models, year, asOf).Concat(sample.RecordsFor(year)).ToList();
        var request = ReportRequest.Create(sample.Chart, SampleProvince.City, year, asOf);

        var report = await AssertSameFromDatabase(provider, sample.Chart, request, records, ReportBuilder.Build(request, [], records));
        Assert.True(report.IsRebased);
        Assert.NotEmpty(report.Unallocated);
    }

    /// <summary>
    /// Stores the chart and the records, reads the chart back, builds the report both ways from the
    /// database and compares every unit's tally, the figures, fields, summary and what was not carried.
    /// </summary>
    private async Task<ProgressReport> AssertSameFromDatabase(Provider provider, OrganizationChart chart, ReportRequest inMemoryRequest, List<IndicatorRecord> records, ProgressReport expected)
    {
        using var database = TestDatabase.Create(provider, fixture);
        using (var context = database.NewContext())
        {
            StoredCharts.Add(context, chart);
            if (provider == Provider.Sqlite)
            {
                StoredRecords.Add(context, inMemoryRequest.Period, records);
            }

            await context.SaveChangesAsync();
        }

        if (provider == Provider.PostgreSql)
        {
            await using var connection = new NpgsqlConnection(database.PostgresConnectionString);
            await connection.OpenAsync();
            Assert.Equal((ulong)records.Count, await StoredRecords.CopyToPostgreSqlAsync(connection, inMemoryRequest.Period, records));
        }

        using var reader = database.NewContext();
        var stored = await StoredCharts.LoadAsync(reader);
        var request = ReportRequest.Create(stored, inMemoryRequest.Unit, inMemoryRequest.Period, inMemoryRequest.AsOf).WithLayout(inMemoryRequest.Layout);
        var streamed = await DatabaseReports.StreamReportAsync(reader, request);
        var grouped = await DatabaseReports.GroupedReportAsync(reader, request);
        var paths = new List<ProgressReport> { streamed, grouped };
        if (provider == Provider.PostgreSql)
        {
            paths.Add(await DatabaseReports.CopyReportAsync(reader, request));
        }

        foreach (var actual in paths)
        {
            Assert.Equal(expected.RecordsAsOf, actual.RecordsAsOf);
            Assert.Equal(expected.Units.Select(u => (u.Unit, u.Depth)), actual.Units.Select(u => (u.Unit, u.Depth)));
            for (int i = 0; i < expected.Units.Count; i++)
            {
                Assert.Equal(expected.Units[i].Tally.Values, actual.Units[i].Tally.Values);
            }

            Assert.Equal(expected.Figures, actual.Figures);
            Assert.Equal(expected.Fields, actual.Fields);
            Assert.Equal(expected.Summary, actual.Summary);
            Assert.Equal(
                expected.Unallocated.Select(u => (u.Indicator.Code, u.Sum, u.Entries.Count)),
                actual.Unallocated.Select(u => (u.Indicator.Code, u.Sum, u.Entries.Count)));
            Assert.Equal(
                expected.Lines(expected.Unit.Code, PercentageFormat.WholePercentTruncated, VndAmountPattern.VietnameseBillions),
                actual.Lines(actual.Unit.Code, PercentageFormat.WholePercentTruncated, VndAmountPattern.VietnameseBillions));
        }

        return streamed;
    }
}
