using System;
using System.Linq;
using System.Threading.Tasks;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Documents;
using MassMobilization.Core.EntityFrameworkCore;
using MassMobilization.Core.Reporting;
using MassMobilization.Samples;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Xunit;

namespace MassMobilization.Core.Tests.Persistence;

/// <summary>Unique indexes where the domain has uniqueness, bad rows named by table, row and column, and the migrations.</summary>
[Collection(PostgresGroup.Name)]
public sealed class PersistenceRuleTests(PostgresFixture fixture)
{
    public static TheoryData<Provider> Providers => new() { Provider.PostgreSql, Provider.Sqlite };

    private static readonly ReportingPeriod Year = ReportingPeriod.Year(2024);
    private static readonly LocalDate AsOf = new(2024, 12, 31);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_unit_code_is_unique_per_validity_start(Provider provider)
    {
        using var database = TestDatabase.Create(provider, fixture);
        var unit = StoredUnit.From(SampleProvince.Instance.Chart.Units[0]);
        using var context = database.NewContext();
        context.Units.Add(unit);
        context.Units.Add(StoredUnit.From(SampleProvince.Instance.Chart.Units[0]));
        await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());

        using var other = database.NewContext();
        other.Units.Add(StoredUnit.From(SampleProvince.Instance.Chart.Units[0]));
        other.Units.Add(new StoredUnit { Code = unit.Code, VietnameseName = unit.VietnameseName, EnglishName = unit.EnglishName, KindCode = unit.KindCode, ValidFrom = unit.ValidFrom.PlusYears(100) });
        Assert.Equal(2, await other.SaveChangesAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_document_number_is_unique_per_registry(Provider provider)
    {
        using var database = TestDatabase.Create(provider, fixture);
        var number = DocumentNumber.Party(18, "NQ", "TW");
        using (var context = database.NewContext())
        {
            context.Documents.Add(StoredDocument.From("TW/XI", number, new LocalDate(2013, 6, 3), "Nghị quyết 25"));
            context.Documents.Add(StoredDocument.From("TW/XII", number, new LocalDate(2017, 10, 25), "Nghị quyết 18"));
            Assert.Equal(2, await context.SaveChangesAsync());
        }

        using var again = database.NewContext();
        again.Documents.Add(StoredDocument.From("TW/XII", number, new LocalDate(2017, 10, 25), "Nghị quyết 18"));
        await Assert.ThrowsAsync<DbUpdateException>(() => again.SaveChangesAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_unknown_unit_code_written_by_another_app_is_named_not_reported(Provider provider)
    {
        using var database = TestDatabase.Create(provider, fixture);
        long id = await Seed(database, "99999", StandardIndicators.Gifts.Code, 5, null);

        var error = await AssertBothPathsFail(database);
        AssertNames(error, id, "unit_code", "'99999' is not a unit of the chart");
        var malformed = await Seed(database, "bad code!", StandardIndicators.Gifts.Code, 5, null, fresh: true);
        AssertNames(await AssertBothPathsFail(database), malformed, "unit_code", "not a valid unit code");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_negative_count_written_by_another_app_is_named_not_reported(Provider provider)
    {
        using var database = TestDatabase.Create(provider, fixture);
        long id = await Seed(database, SampleProvince.Instance.OldCommunes[0].Value, StandardIndicators.Gifts.Code, -5, null);

        AssertNames(await AssertBothPathsFail(database), id, "value", "negative");
        using var context = database.NewContext();
        var row = await context.IndicatorRecords.SingleAsync(r => r.Id == id);
        AssertNames(Assert.Throws<StoredDataException>(() => row.ToRecord(IndicatorLayout.Standard)), id, "value", "negative");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_unknown_indicator_and_a_ratio_without_denominator_are_named(Provider provider)
    {
        using var database = TestDatabase.Create(provider, fixture);
        long id = await Seed(database, SampleProvince.Instance.OldCommunes[0].Value, "NO-SUCH-INDICATOR", 1, null);
        AssertNames(await AssertBothPathsFail(database), id, "indicator_code", "NO-SUCH-INDICATOR");

        long ratio = await Seed(database, SampleProvince.Instance.OldCommunes[0].Value, StandardIndicators.CitizensReceived.Code, 3, null, fresh: true);
        AssertNames(await AssertBothPathsFail(database), ratio, "denominator", "no denominator");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_negative_denominator_and_a_denominator_on_a_count_are_named_among_good_rows(Provider provider)
    {
        using var database = TestDatabase.Create(provider, fixture);
        string commune = SampleProvince.Instance.OldCommunes[0].Value;
        long negative = await Seed(database, commune, StandardIndicators.CitizensReceived.Code, 3, -4);
        AssertNames(await AssertBothPathsFail(database), negative, "denominator", "the denominator -4 is negative");

        // The grouped path finds the bad group by its aggregates, then names the group's first bad row by id.
        await Seed(database, commune, StandardIndicators.Gifts.Code, 2, null, fresh: true);
        long first = await Seed(database, commune, StandardIndicators.Gifts.Code, 4, 1);
        await Seed(database, commune, StandardIndicators.Gifts.Code, 6, 2);
        AssertNames(await AssertBothPathsFail(database), first, "denominator", "a record that is not a ratio has a denominator");
    }

    [Fact]
    public async Task The_copy_report_path_needs_a_PostgreSQL_connection()
    {
        using var database = TestDatabase.Create(Provider.Sqlite, fixture);
        using var context = database.NewContext();
        StoredCharts.Add(context, SampleProvince.Instance.Chart);
        await context.SaveChangesAsync();
        var request = ReportRequest.Create(await StoredCharts.LoadAsync(context), SampleProvince.District, Year, AsOf);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => DatabaseReports.CopyReportAsync(context, request));
        Assert.Contains("PostgreSQL", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_malformed_document_number_and_an_unknown_unit_kind_are_named(Provider provider)
    {
        using var database = TestDatabase.Create(provider, fixture);
        using (var context = database.NewContext())
        {
            context.Documents.Add(StoredDocument.From("TW/XII", DocumentNumber.Party(18, "NQ", "TW"), new LocalDate(2017, 10, 25), "Nghị quyết 18"));
            StoredCharts.Add(context, SampleProvince.Instance.Chart);
            await context.SaveChangesAsync();
            await context.Database.ExecuteSqlRawAsync("UPDATE documents SET number = '18-NQ/' WHERE registry = 'TW/XII'");
            await context.Database.ExecuteSqlRawAsync("UPDATE units SET kind_code = 'galaxy' WHERE id = (SELECT MAX(id) FROM units)");
        }

        using var reader = database.NewContext();
        var document = await reader.Documents.AsNoTracking().SingleAsync();
        var error = Assert.Throws<StoredDataException>(() => document.ToNumber());
        Assert.Equal(("documents", "id=" + document.Id, "number"), (error.Table, error.RowKey, error.Column));
        Assert.Contains("'18-NQ/' is not a document number", error.Message, StringComparison.Ordinal);
        long last = await reader.Units.MaxAsync(u => u.Id);
        var kind = await Assert.ThrowsAsync<StoredDataException>(() => StoredCharts.LoadAsync(reader));
        Assert.Equal(("units", "id=" + last, "kind_code"), (kind.Table, kind.RowKey, kind.Column));
        Assert.Contains("'galaxy' is not a unit kind", kind.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_migrations_apply_to_an_empty_database_and_again_without_change(Provider provider)
    {
        using var database = TestDatabase.Create(provider, fixture, migrate: false);
        using (var context = database.NewContext())
        {
            Assert.Empty(await context.Database.GetAppliedMigrationsAsync());
            await context.Database.MigrateAsync();
            Assert.Equal(context.Database.GetMigrations(), await context.Database.GetAppliedMigrationsAsync());
            Assert.NotEmpty(context.Database.GetMigrations());
            Assert.False(context.Database.HasPendingModelChanges(), "The model differs from the migrations' snapshot: add a migration (docs/persistence.md).");
        }

        using (var again = database.NewContext())
        {
            await again.Database.MigrateAsync();
            Assert.Empty(await again.Database.GetPendingMigrationsAsync());
            foreach (string table in new[] { MassMobilizationTables.Units, MassMobilizationTables.UnitSuccessions, MassMobilizationTables.UnitSuccessionParts, MassMobilizationTables.IndicatorRecords, MassMobilizationTables.Documents, MassMobilizationTables.PartialEntries, MassMobilizationTables.Committees, MassMobilizationTables.AwardDecisions, MassMobilizationTables.AwardRecipients, MassMobilizationTables.MobilizationModels, MassMobilizationTables.ModelRegistrationItems, MassMobilizationTables.ModelTransitions, MassMobilizationTables.SupportDeliveries })
            {
#pragma warning disable EF1003 // the table names are the library's constants, not input
                Assert.Equal(0, await again.Database.SqlQueryRaw<int>("SELECT CAST(COUNT(*) AS INTEGER) AS \"Value\" FROM " + table).SingleAsync());
#pragma warning restore EF1003
            }
        }
    }

    [Fact]
    public void Missing_server_binaries_fail_with_one_line_saying_what_to_install()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ThrowawayPostgres.Start("/nonexistent/postgresql", usePgConfig: false));
        Assert.DoesNotContain('\n', error.Message);
        Assert.EndsWith("apt-get install postgresql", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Stores the sample chart (once) and one raw row as another application would write it; returns the row's id.</summary>
    private static async Task<long> Seed(TestDatabase database, string unit, string indicator, long value, long? denominator, bool fresh = false)
    {
        using var context = database.NewContext();
        if (fresh)
        {
            await context.Database.ExecuteSqlRawAsync("DELETE FROM indicator_records");
        }

        if (!await context.Units.AnyAsync())
        {
            StoredCharts.Add(context, SampleProvince.Instance.Chart);
            StoredRecords.Add(context, Year, SampleProvince.Instance.Records);
            await context.SaveChangesAsync();
        }

        if (denominator is { } given)
        {
            await context.Database.ExecuteSqlAsync($"INSERT INTO indicator_records (period, unit_code, indicator_code, value, denominator) VALUES ('2024', {unit}, {indicator}, {value}, {given})");
        }
        else
        {
            await context.Database.ExecuteSqlAsync($"INSERT INTO indicator_records (period, unit_code, indicator_code, value) VALUES ('2024', {unit}, {indicator}, {value})");
        }

        return await context.IndicatorRecords.Where(r => r.UnitCode == unit && r.IndicatorCode == indicator).MaxAsync(r => r.Id);
    }

    private static async Task<StoredDataException> AssertBothPathsFail(TestDatabase database)
    {
        using var context = database.NewContext();
        var chart = await StoredCharts.LoadAsync(context);
        var request = ReportRequest.Create(chart, SampleProvince.District, Year, AsOf);
        var streamed = await Assert.ThrowsAsync<StoredDataException>(() => DatabaseReports.StreamReportAsync(context, request));
        var grouped = await Assert.ThrowsAsync<StoredDataException>(() => DatabaseReports.GroupedReportAsync(context, request));
        Assert.Equal((streamed.Table, streamed.RowKey, streamed.Column, streamed.Detail), (grouped.Table, grouped.RowKey, grouped.Column, grouped.Detail));
        if (database.Provider == Provider.PostgreSql)
        {
            var copied = await Assert.ThrowsAsync<StoredDataException>(() => DatabaseReports.CopyReportAsync(context, request));
            Assert.Equal((streamed.Table, streamed.RowKey, streamed.Column, streamed.Detail), (copied.Table, copied.RowKey, copied.Column, copied.Detail));
        }

        return streamed;
    }

    private static void AssertNames(StoredDataException error, long id, string column, string detail)
    {
        Assert.Equal(MassMobilizationTables.IndicatorRecords, error.Table);
        Assert.Equal("id=" + id.ToString(System.Globalization.CultureInfo.InvariantCulture), error.RowKey);
        Assert.Equal(column, error.Column);
        Assert.Contains(detail, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"Bad data in table indicator_records, row id={id}, column {column}: ", error.Message, StringComparison.Ordinal);
    }
}
