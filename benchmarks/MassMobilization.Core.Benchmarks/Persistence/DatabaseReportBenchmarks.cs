using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.EntityFrameworkCore;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Reporting;
using MassMobilization.Core.Tests.Persistence;
using MassMobilization.Samples.Generators;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using Npgsql;

namespace MassMobilization.Core.Benchmarks.Persistence;

/// <summary>
/// A province's report from 2,000,000 indicator records stored in PostgreSQL, kept at the communes of the
/// generated national chart (as of 2025-06-30), generated as in <c>NationalReportBenchmarks</c>. (a) The
/// baseline: PostgreSQL computes the hierarchy itself, joining the records to the unit versions in force
/// and grouping by ROLLUP over province, district and commune; (b) the hybrid path: the database's leaf
/// GROUP BY (unit, indicator), the library rolls the groups up the chart as of the date
/// (<c>DatabaseReports.GroupedPartialAsync</c>: four cheap aggregates per group, read in index order from
/// the covering index the migrations create); (c) every row streamed into the library's roll-up by the lean
/// reader loop (<c>DatabaseReports.StreamPartialAsync</c>; the binary COPY path,
/// <c>DatabaseReports.CopyPartialAsync</c>, was slower on this data when measured with psql and a stopwatch,
/// because its join to the key tables costs the database more than the reader's lookups cost the library).
/// GlobalSetup starts a throwaway cluster (the tests' <c>ThrowawayPostgres</c>), applies the migrations and
/// loads the rows with binary COPY.
/// </summary>
[MemoryDiagnoser]
public class DatabaseReportBenchmarks
{
    private const int RecordCount = 2_000_000;

    private static readonly Indicator[] Indicators =
    [
        StandardIndicators.DialoguesHeld, StandardIndicators.Gifts, StandardIndicators.Scholarships,
        StandardIndicators.HousesBuiltOrRepaired, StandardIndicators.CollectivesAwarded, StandardIndicators.IndividualsAwarded,
    ];

    private readonly ReportingPeriod period = ReportingPeriod.HalfYear(2025, 1);
    private readonly LocalDate asOf = NationalChartGenerator.LastDayBefore;
    private ThrowawayPostgres cluster = null!;
    private NpgsqlConnection connection = null!;
    private OrganizationChart chart = null!;
    private ReportRequest request = null!;
    private UnitCode province;
    private string rollUpSql = string.Empty;

    /// <summary>Starts the cluster, creates the schema with the migrations, stores the chart and copies the records in.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var national = NationalChartGenerator.Generate(7);
        chart = national.Chart;
        province = national.ProvincesBefore[0];
        request = ReportRequest.Create(chart, province, period, asOf);
        cluster = ThrowawayPostgres.Start();
        using (var admin = new NpgsqlConnection(cluster.ConnectionString()))
        {
            admin.Open();
            using var create = admin.CreateCommand();
            create.CommandText = "CREATE DATABASE bench ENCODING 'UTF8' TEMPLATE template0";
            create.ExecuteNonQuery();
        }

        using (var context = new PostgreSqlMassMobilizationDbContext(MassMobilizationDbContextOptions.ForPostgreSql(cluster.ConnectionString("bench"))))
        {
            context.Database.Migrate();
            StoredCharts.Add(context, chart);
            context.SaveChanges();
        }

        var communes = national.CommunesBefore;
        var records = new IndicatorRecord[RecordCount];
        for (int i = 0; i < RecordCount; i++)
        {
            records[i] = IndicatorRecord.Count(communes[(int)((i * 2_654_435_761L) % communes.Count)], Indicators[i % Indicators.Length], 1 + (i % 7));
        }

        connection = new NpgsqlConnection(cluster.ConnectionString("bench"));
        connection.Open();
        StoredRecords.CopyToPostgreSqlAsync(connection, period, records).GetAwaiter().GetResult();
        using (var analyze = connection.CreateCommand())
        {
            analyze.CommandText = "VACUUM ANALYZE";
            analyze.ExecuteNonQuery();
        }

        string date = "DATE '" + LocalDatePattern.Iso.Format(asOf) + "'";
        string InForce(string alias) => $"{alias}.valid_from <= {date} AND ({alias}.valid_to IS NULL OR {alias}.valid_to >= {date})";
        rollUpSql =
            $"""
            SELECT p.code, d.code, c.code, r.indicator_code, SUM(r.value)::bigint, COUNT(*)
            FROM indicator_records r
            JOIN units c ON c.code = r.unit_code AND {InForce("c")}
            JOIN units d ON d.code = c.parent_code AND {InForce("d")}
            JOIN units p ON p.code = d.parent_code AND {InForce("p")}
            WHERE r.period = '{ReportingPeriodPattern.Compact.Format(period)}'
            GROUP BY r.indicator_code, ROLLUP (p.code, d.code, c.code)
            """;
    }

    /// <summary>Closes the connection and removes the cluster.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        connection.Dispose();
        NpgsqlConnection.ClearAllPools();
        cluster.Dispose();
    }

    /// <summary>(a) What a user would write: PostgreSQL joins to the units in force and rolls up with GROUP BY ROLLUP.</summary>
    /// <returns>The province's gifts, as a checksum.</returns>
    [Benchmark(Baseline = true)]
    public async Task<long> PostgreSqlRollUp()
    {
        long gifts = 0;
        using var command = connection.CreateCommand();
        command.CommandText = rollUpSql;
        using var reader = await command.ExecuteReaderAsync();
        string provinceCode = province.Value;
        while (await reader.ReadAsync())
        {
            // The province's own line: district and commune rolled up (null).
            if (!reader.IsDBNull(0) && reader.IsDBNull(1) && reader.GetString(0) == provinceCode && reader.GetString(3) == StandardIndicators.Gifts.Code)
            {
                gifts = reader.GetInt64(4);
            }
        }

        return gifts;
    }

    /// <summary>(b) The hybrid path: the database groups the leaves, the library rolls up the chart as of the date.</summary>
    /// <returns>The province's gifts, as a checksum.</returns>
    [Benchmark]
    public async Task<long> HybridGroupBy()
    {
        var partial = await DatabaseReports.GroupedPartialAsync(connection, chart, request.Layout.Indicators, period);
        return ReportBuilder.Build(request, partial).Tally.Count(StandardIndicators.Gifts);
    }

    /// <summary>(c) Every row streamed into the library's roll-up.</summary>
    /// <returns>The province's gifts, as a checksum.</returns>
    [Benchmark]
    public async Task<long> Streaming()
    {
        var partial = await DatabaseReports.StreamPartialAsync(connection, chart, request.Layout.Indicators, period);
        return ReportBuilder.Build(request, partial).Tally.Count(StandardIndicators.Gifts);
    }
}
