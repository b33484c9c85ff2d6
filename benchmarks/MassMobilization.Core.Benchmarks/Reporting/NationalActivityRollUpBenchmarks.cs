using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using MassMobilization.Core.Activities;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Quantities;
using MassMobilization.Core.Reporting;
using MassMobilization.Samples.Generators;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace MassMobilization.Core.Benchmarks.Reporting;

/// <summary>
/// The national roll-up of 5,000,000 mixed activity records (dialogues, periodic citizen receptions, gift
/// deliveries and supervisions, a quarter each) kept at the 10,035 communes of the generated national chart
/// and dated over the first half of 2025, as of 2025-05-31 (the records dated later are left out): every
/// unit's figures of the activity layout, the provinces' gifts summed as a checksum. (a) LINQ (baseline):
/// filter by date, flatten each record's quantities, GroupBy (unit, type, measure), then a dictionary walk
/// up the parents; (b) in-memory SQLite: one row per record with its measures, a covering index led by the
/// date, GROUP BY (unit, type) over the date range, then propagation up the parent ordinals; (c) the plain
/// loop floor over the same records as columns (unit ordinal, day, type, three measures); (d) the library's
/// direct path over the record objects
/// (<see cref="ActivityIndicators.RollUp(RollUpShape, IndicatorLayout, ReportingPeriod, LocalDate, IEnumerable{IActivityRecord})"/>);
/// (e) the library over an <see cref="ActivityLedger"/>, the records as columns, built in the setup as the
/// SQLite table is (<see cref="ActivityIndicators.RollUp(RollUpShape, IndicatorLayout, ReportingPeriod, LocalDate, ActivityLedger)"/>).
/// Until f56195a (d) made one <see cref="IndicatorRecord"/> per figure with
/// <see cref="ActivityIndicators.Records(IEnumerable{IActivityRecord}, ReportingPeriod, LocalDate)"/> and rolled those up.
/// </summary>
/// <remarks>
/// Memory: the records share their ids (a pool of 65,536), topics and reception heads (one per commune), so
/// the setup holds about 5,000,000 small objects with their quantity arrays (roughly 1.5 GB with SQLite's table),
/// as the persistence benchmarks' generated records do (commune by a multiplicative hash of the index).
/// </remarks>
[MemoryDiagnoser]
public class NationalActivityRollUpBenchmarks
{
    private const int RecordCount = 5_000_000;
    private const int IdPool = 65_536;

    private readonly ReportingPeriod period = ReportingPeriod.HalfYear(2025, 1);
    private readonly LocalDate asOf = new(2025, 5, 31);
    private readonly IndicatorLayout layout = ReportLayouts.WithActivities.Indicators;
    private RollUpShape shape = null!;
    private int[] parents = [];
    private IActivityRecord[] activities = [];
    private ActivityLedger ledger = null!;
    private int[] unitColumn = [];
    private int[] dayColumn = [];
    private byte[] typeColumn = [];
    private long[] first = [];
    private long[] second = [];
    private long[] third = [];
    private Dictionary<UnitCode, UnitCode?> parentOf = null!;
    private UnitCode[] roots = [];
    private SqliteConnection connection = null!;

    /// <summary>Builds the chart, the records, their columns, the ledger and the SQLite table.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var national = NationalChartGenerator.Generate(7);
        shape = RollUpShape.At(national.Chart, asOf);
        parents = shape.ParentOrdinals.ToArray();
        var snapshot = national.Chart.At(asOf);
        parentOf = snapshot.Units.ToDictionary(u => u.Code, u => u.Parent);
        roots = snapshot.Units.Where(u => u.Parent is null).Select(u => u.Code).ToArray();
        var communes = national.CommunesBefore;
        var heads = new ReceptionHead[communes.Count];
        for (int c = 0; c < heads.Length; c++)
        {
            heads[c] = new ReceptionHead(new ActivityId("HEAD-" + communes[c].Value), "Bí thư Đảng ủy", CommitteeKind.PartyCommittee, ReceptionLevel.Commune, communes[c]);
        }

        var ids = new ActivityId[IdPool];
        for (int i = 0; i < ids.Length; i++)
        {
            ids[i] = new ActivityId("A" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture));
        }

        var start = period.Start;
        int days = Period.DaysBetween(period.Start, period.End) + 1;
        activities = new IActivityRecord[RecordCount];
        unitColumn = new int[RecordCount];
        dayColumn = new int[RecordCount];
        typeColumn = new byte[RecordCount];
        first = new long[RecordCount];
        second = new long[RecordCount];
        third = new long[RecordCount];
        for (int i = 0; i < RecordCount; i++)
        {
            int c = (int)((i * 2_654_435_761L) % communes.Count);
            var unit = communes[c];
            int day = (int)((i * 40_503L) % days);
            var date = start.PlusDays(day);
            var id = ids[i % IdPool];
            byte type = (byte)(i % 4);
            long n = 1 + (i % 7);
            activities[i] = type switch
            {
                0 => new Dialogue(id, unit, date, "Đối thoại", "Bí thư", (int)(20 * n), []),
                1 => new CitizenReception(id, heads[c], date, ReceptionKind.Periodic, AdHocTrigger.None, (int)n, (int)n - (i % 2), []),
                2 => new SupportDelivery(id, unit, date, SupportKind.Gift, BeneficiaryGroup.PoorHousehold, 10 * n, VndAmount.FromDong(3_000_000 * n), FundingSource.SocialMobilization, "Quà"),
                _ => new SupervisionSession(id, unit, date, CommitteeKind.FatherlandFront, "An sinh xã hội", SupervisionForm.DocumentReview, []),
            };
            unitColumn[i] = shape.OrdinalOf(unit);
            dayColumn[i] = day;
            typeColumn[i] = type;
            // The measures each type feeds: one session; or one reception with the received and asked; or the gifts and their value.
            first[i] = type == 2 ? 10 * n : 1;
            second[i] = type == 1 ? n - (i % 2) : type == 2 ? 3_000_000 * n : 0;
            third[i] = type == 1 ? n : 0;
        }

        ledger = ActivityLedger.Create(activities);
        connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        Execute("CREATE TABLE activities (unit INTEGER NOT NULL, day INTEGER NOT NULL, type INTEGER NOT NULL, first INTEGER NOT NULL, second INTEGER NOT NULL, third INTEGER NOT NULL)");
        using (var transaction = connection.BeginTransaction())
        using (var insert = connection.CreateCommand())
        {
            insert.CommandText = "INSERT INTO activities VALUES ($u, $d, $t, $a, $b, $c)";
            var u = insert.Parameters.Add("$u", SqliteType.Integer);
            var d = insert.Parameters.Add("$d", SqliteType.Integer);
            var t = insert.Parameters.Add("$t", SqliteType.Integer);
            var a = insert.Parameters.Add("$a", SqliteType.Integer);
            var b = insert.Parameters.Add("$b", SqliteType.Integer);
            var c = insert.Parameters.Add("$c", SqliteType.Integer);
            insert.Prepare();
            for (int i = 0; i < RecordCount; i++)
            {
                u.Value = unitColumn[i];
                d.Value = dayColumn[i];
                t.Value = (int)typeColumn[i];
                a.Value = first[i];
                b.Value = second[i];
                c.Value = third[i];
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        Execute("CREATE INDEX activities_covering ON activities (day, unit, type, first, second, third)");
        Execute("ANALYZE");
    }

    /// <summary>Closes the database.</summary>
    [GlobalCleanup]
    public void Cleanup() => connection.Dispose();

    /// <summary>(a) What a user would write: filter by date, flatten the quantities, GroupBy, then a dictionary walk up the parents.</summary>
    /// <returns>The country's gifts, as a checksum.</returns>
    [Benchmark(Baseline = true)]
    public long Linq()
    {
        var last = asOf < period.End ? asOf : period.End;
        var leaves = activities
            .Where(a => a.Date >= period.Start && a.Date <= last)
            .SelectMany(a => a.Quantities.Select(q => (a.Unit, Type: a.GetType().Name, q.Measure, q.Amount)))
            .GroupBy(x => (x.Unit, x.Type, x.Measure))
            .Select(g => (g.Key.Unit, g.Key.Type, g.Key.Measure, Sum: g.Sum(x => x.Amount)))
            .ToList();
        var totals = new Dictionary<(UnitCode, string, string), long>();
        foreach (var (unit, type, measure, sum) in leaves)
        {
            for (UnitCode? at = unit; at is { } current; at = parentOf[current])
            {
                totals[(current, type, measure)] = totals.GetValueOrDefault((current, type, measure)) + sum;
            }
        }

        return roots.Sum(r => totals.GetValueOrDefault((r, nameof(SupportDelivery), ActivityMeasures.UnitsDelivered)));
    }

    /// <summary>(b) In-memory SQLite: GROUP BY unit and type over the date range (covering index), then propagation up the parent ordinals.</summary>
    /// <returns>The country's gifts, as a checksum.</returns>
    [Benchmark]
    public long Sqlite()
    {
        const int Width = 4 * 3;
        var sums = new long[shape.Count * Width];
        using (var query = connection.CreateCommand())
        {
            query.CommandText = "SELECT unit, type, SUM(first), SUM(second), SUM(third) FROM activities WHERE day BETWEEN 0 AND $last GROUP BY unit, type";
            query.Parameters.AddWithValue("$last", Period.DaysBetween(period.Start, asOf));
            using var reader = query.ExecuteReader();
            while (reader.Read())
            {
                int cell = (reader.GetInt32(0) * Width) + (reader.GetInt32(1) * 3);
                sums[cell] = reader.GetInt64(2);
                sums[cell + 1] = reader.GetInt64(3);
                sums[cell + 2] = reader.GetInt64(4);
            }
        }

        Propagate(sums, Width);
        return Roots(sums, Width, (2 * 3) + 0);
    }

    /// <summary>(c) The plain-loop floor: one unchecked pass over the same records as columns, then the same propagation.</summary>
    /// <returns>The country's gifts, as a checksum.</returns>
    [Benchmark]
    public long Floor()
    {
        const int Width = 4 * 3;
        var sums = new long[shape.Count * Width];
        int lastDay = Period.DaysBetween(period.Start, asOf);
        for (int r = 0; r < unitColumn.Length; r++)
        {
            if (dayColumn[r] > lastDay)
            {
                continue;
            }

            int cell = (unitColumn[r] * Width) + (typeColumn[r] * 3);
            sums[cell] += first[r];
            sums[cell + 1] += second[r];
            sums[cell + 2] += third[r];
        }

        Propagate(sums, Width);
        return Roots(sums, Width, (2 * 3) + 0);
    }

    /// <summary>(d) The library's direct path over the record objects, rolled up the chart as of the date.</summary>
    /// <returns>The country's gifts, as a checksum.</returns>
    [Benchmark]
    public long Library() => Gifts(ActivityIndicators.RollUp(shape, layout, period, asOf, activities));

    /// <summary>(e) The library over the ledger (the records as columns), rolled up the chart as of the date.</summary>
    /// <returns>The country's gifts, as a checksum.</returns>
    [Benchmark]
    public long LibraryLedger() => Gifts(ActivityIndicators.RollUp(shape, layout, period, asOf, ledger));

    private long Gifts(RollUpResult result)
    {
        int slot = layout.SlotOf(StandardIndicators.Gifts);
        long total = 0;
        for (int unit = 0; unit < parents.Length; unit++)
        {
            total += parents[unit] < 0 ? result.Sum(unit, slot) : 0;
        }

        return total;
    }

    private void Propagate(long[] sums, int width)
    {
        for (int unit = parents.Length - 1; unit > 0; unit--)
        {
            int parent = parents[unit];
            for (int slot = 0; parent >= 0 && slot < width; slot++)
            {
                sums[(parent * width) + slot] += sums[(unit * width) + slot];
            }
        }
    }

    private long Roots(long[] sums, int width, int slot)
    {
        long total = 0;
        for (int unit = 0; unit < parents.Length; unit++)
        {
            total += parents[unit] < 0 ? sums[(unit * width) + slot] : 0;
        }

        return total;
    }

    private void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
