using System.Linq;
using System.Threading.Tasks;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.EntityFrameworkCore;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Quantities;
using MassMobilization.Core.Reporting;
using MassMobilization.Samples;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Xunit;

namespace MassMobilization.Core.Tests.Docs;

// sample: persistence-own-context
public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options)
{
    public DbSet<Meeting> Meetings => Set<Meeting>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.AddMassMobilizationConversions(forSqlite: Database.IsSqlite());

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyMassMobilizationConfiguration(); // units, committees, successions, records, documents, partials, awards, models, support deliveries
}

public sealed class Meeting
{
    public int Id { get; set; }
    public UnitCode Commune { get; set; }   // text, validated by UnitCode when read
    public LocalDate HeldOn { get; set; }   // date on PostgreSQL, ISO text on SQLite
    public VndAmount Budget { get; set; }   // whole đồng, bigint
}
// end sample

/// <summary>The compiled samples of docs/persistence.md.</summary>
public sealed class PersistenceDocSamples
{
    [Fact]
    public async Task Migrate_store_and_report()
    {
        var sample = SampleProvince.Instance;
        var period = ReportingPeriod.Year(2024);
        var records = sample.Records;

        // sample: persistence-report
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var context = new SqliteMassMobilizationDbContext(MassMobilizationDbContextOptions.ForSqlite(connection));
        context.Database.Migrate();                             // the shipped migrations; a no-op when up to date

        StoredCharts.Add(context, sample.Chart);                // unit versions and successions
        StoredRecords.Add(context, period, records);            // or StoredRecords.CopyToPostgreSqlAsync
        await context.SaveChangesAsync();

        var chart = await StoredCharts.LoadAsync(context);
        var request = ReportRequest.Create(chart, SampleProvince.District, period, new LocalDate(2024, 12, 31));
        var grouped = await DatabaseReports.GroupedReportAsync(context, request);   // database GROUP BY, library roll-up
        var streamed = await DatabaseReports.StreamReportAsync(context, request);   // every row into the library's roll-up
        // end sample

        Assert.Equal(grouped.Figures, streamed.Figures);
        Assert.Equal(ReportBuilder.Build(ReportRequest.Create(sample.Chart, SampleProvince.District, period, new LocalDate(2024, 12, 31)), [], records).Figures, grouped.Figures);
        Assert.Contains(grouped.Figures, f => f.RecordCount > 0);
        Assert.NotEmpty(records.Select(r => r.Unit).Distinct());
    }

    [Fact]
    public async Task An_applications_own_context()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using (var context = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite(connection).Options))
        {
            await context.Database.EnsureCreatedAsync();
            context.Meetings.Add(new Meeting { Commune = new UnitCode("26740"), HeldOn = new LocalDate(2024, 5, 1), Budget = VndAmount.FromDong(5_000_000) });
            await context.SaveChangesAsync();
        }

        using var reader = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite(connection).Options);
        var meeting = await reader.Meetings.AsNoTracking().SingleAsync();
        Assert.Equal((new UnitCode("26740"), new LocalDate(2024, 5, 1), VndAmount.FromDong(5_000_000)), (meeting.Commune, meeting.HeldOn, meeting.Budget));
        Assert.Equal(0, await reader.Set<StoredIndicatorRecord>().CountAsync());
    }
}
