using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Reporting;
using MassMobilization.Samples.Generators;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace MassMobilization.Core.Benchmarks.Reporting;

/// <summary>
/// The main job end to end: 2,000,000 indicator records kept at the communes of the generated national
/// chart (as of 2025-06-30) to the report of one province (every unit's figures rolled up, the
/// province's subtree tallied). (a) LINQ: GroupBy (unit, indicator) then, for each unit of the province,
/// the sum of its descendants' groups found by walking up the parents with a dictionary; (b) in-memory
/// SQLite: leaf GROUP BY with a covering index, then propagation up the parent ordinals; (c) the library
/// (<c>ReportBuilder.Build(request, models, records)</c>).
/// </summary>
[MemoryDiagnoser]
public class NationalReportBenchmarks
{
    private const int RecordCount = 2_000_000;

    private static readonly Indicator[] Indicators =
    [
        StandardIndicators.DialoguesHeld, StandardIndicators.Gifts, StandardIndicators.Scholarships,
        StandardIndicators.HousesBuiltOrRepaired, StandardIndicators.CollectivesAwarded, StandardIndicators.IndividualsAwarded,
    ];

    private readonly ReportingPeriod period = ReportingPeriod.HalfYear(2025, 1);
    private readonly LocalDate asOf = NationalChartGenerator.LastDayBefore;
    private NationalChart national = null!;
    private ChartSnapshot snapshot = null!;
    private ReportRequest request = null!;
    private IndicatorRecord[] records = [];
    private UnitCode province;
    private SqliteConnection connection = null!;

    /// <summary>Builds the chart, the records and the SQLite table.</summary>
    [GlobalSetup]
    public void Setup()
    {
        national = NationalChartGenerator.Generate(7);
        snapshot = national.Chart.At(asOf);
        province = national.ProvincesBefore[0];
        request = ReportRequest.Create(national.Chart, province, period, asOf);
        var communes = national.CommunesBefore;
        records = new IndicatorRecord[RecordCount];
        for (int i = 0; i < RecordCount; i++)
        {
            records[i] = IndicatorRecord.Count(communes[(int)((i * 2_654_435_761L) % communes.Count)], Indicators[i % Indicators.Length], 1 + (i % 7));
        }

        connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        Execute("CREATE TABLE records (unit INTEGER NOT NULL, indicator INTEGER NOT NULL, amount INTEGER NOT NULL)");
        using (var transaction = connection.BeginTransaction())
        using (var insert = connection.CreateCommand())
        {
            insert.CommandText = "INSERT INTO records VALUES ($u, $i, $a)";
            var u = insert.Parameters.Add("$u", SqliteType.Integer);
            var s = insert.Parameters.Add("$i", SqliteType.Integer);
            var a = insert.Parameters.Add("$a", SqliteType.Integer);
            insert.Prepare();
            for (int i = 0; i < RecordCount; i++)
            {
                u.Value = snapshot.OrdinalOf(records[i].Unit);
                s.Value = i % Indicators.Length;
                a.Value = records[i].Value.Count;
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        Execute("CREATE INDEX records_covering ON records (unit, indicator, amount)");
        Execute("ANALYZE");
    }

    /// <summary>Closes the database.</summary>
    [GlobalCleanup]
    public void Cleanup() => connection.Dispose();

    /// <summary>(a) What a user would write: LINQ groups, then a dictionary walk up the parents for the province's units.</summary>
    /// <returns>The province's registered gifts, as a checksum.</returns>
    [Benchmark(Baseline = true)]
    public long Linq()
    {
        var leaves = records
            .GroupBy(r => (r.Unit, r.Value.Indicator.Code))
            .Select(g => (g.Key.Unit, g.Key.Code, Sum: g.Sum(r => r.Value.Count), Count: g.LongCount()))
            .ToList();
        var parentOf = snapshot.Units.ToDictionary(u => u.Code, u => u.Parent);
        var inProvince = snapshot.Descendants(province).Select(u => u.Code).Append(province).ToHashSet();
        var totals = new Dictionary<(UnitCode, string), (long Sum, long Count)>();
        foreach (var (unit, code, sum, count) in leaves)
        {
            for (UnitCode? at = unit; at is { } current; at = parentOf[current])
            {
                if (inProvince.Contains(current))
                {
                    var old = totals.GetValueOrDefault((current, code));
                    totals[(current, code)] = (old.Sum + sum, old.Count + count);
                }
            }
        }

        return totals.GetValueOrDefault((province, StandardIndicators.Gifts.Code)).Sum;
    }

    /// <summary>(b) In-memory SQLite: leaf GROUP BY, then propagation up the snapshot's parent ordinals.</summary>
    /// <returns>The province's gifts, as a checksum.</returns>
    [Benchmark]
    public long Sqlite()
    {
        int width = Indicators.Length;
        var sums = new long[snapshot.Count * width];
        var counts = new long[sums.Length];
        using (var query = connection.CreateCommand())
        {
            query.CommandText = "SELECT unit, indicator, SUM(amount), COUNT(*) FROM records GROUP BY unit, indicator";
            using var reader = query.ExecuteReader();
            while (reader.Read())
            {
                int cell = (reader.GetInt32(0) * width) + reader.GetInt32(1);
                sums[cell] = reader.GetInt64(2);
                counts[cell] = reader.GetInt64(3);
            }
        }

        var parents = snapshot.ParentOrdinals;
        for (int unit = parents.Length - 1; unit > 0; unit--)
        {
            int parent = parents[unit];
            for (int slot = 0; parent >= 0 && slot < width; slot++)
            {
                sums[(parent * width) + slot] += sums[(unit * width) + slot];
                counts[(parent * width) + slot] += counts[(unit * width) + slot];
            }
        }

        return sums[(snapshot.OrdinalOf(province) * width) + Array.IndexOf(Indicators, StandardIndicators.Gifts)];
    }

    /// <summary>(c) The library: records to an explained report of the province.</summary>
    /// <returns>The province's gifts, as a checksum.</returns>
    [Benchmark]
    public long Library() => ReportBuilder.Build(request, [], records).Tally.Count(StandardIndicators.Gifts);

    private void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
