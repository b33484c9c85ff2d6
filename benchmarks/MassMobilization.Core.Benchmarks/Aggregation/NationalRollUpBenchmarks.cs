using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using MassMobilization.Core.Aggregation;
using MassMobilization.Samples.Generators;
using Microsoft.Data.Sqlite;

namespace MassMobilization.Core.Benchmarks.Aggregation;

/// <summary>
/// Rolling 2,000,000 model records (unit, state slot, amount) up the national chart (10,035 communes →
/// 700 districts → 63 provinces → the country): the sum and record count of every slot at every unit.
/// (a) LINQ GroupBy at every level, (b) a Dictionary walk up the ancestors, (c) in-memory SQLite with a
/// covering index (leaf GROUP BY, then roll-up), (d) the physical floor (a plain unchecked loop over the
/// same arrays into separate sum and count matrices; d′ the same with each cell's sum and count side by
/// side), (e) the library (<see cref="RollUpEngine"/>).
/// </summary>
[MemoryDiagnoser]
public class NationalRollUpBenchmarks
{
    private const int RecordCount = 2_000_000;

    private readonly IndicatorLayout layout = IndicatorLayout.Create(
    [
        StandardIndicators.ModelsRegistered, StandardIndicators.ModelsImplementing, StandardIndicators.ModelsCompleted,
        StandardIndicators.ModelsRecognised, StandardIndicators.ModelsTypical, StandardIndicators.ModelsWithdrawn,
        StandardIndicators.ModelsByCollectives, StandardIndicators.ModelsByIndividuals,
    ]);

    private readonly ReportingPeriod period = ReportingPeriod.Year(2024);
    private RollUpShape shape = null!;
    private int[] parents = [];
    private int[] units = [];
    private int[] slots = [];
    private long[] amounts = [];
    private ModelRecord[] records = [];
    private SqliteConnection connection = null!;

    /// <summary>Builds the chart, the records and the SQLite table.</summary>
    [GlobalSetup]
    public void Setup()
    {
        shape = AggregationData.NationalShape();
        parents = shape.ParentOrdinals.ToArray();
        (units, slots, amounts) = AggregationData.Records(RecordCount, shape.Count, AggregationData.Communes, layout.SlotCount, 1, 2024);
        records = new ModelRecord[RecordCount];
        for (int i = 0; i < records.Length; i++)
        {
            records[i] = new ModelRecord(units[i], slots[i], amounts[i]);
        }

        connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        Execute("CREATE TABLE records (unit INTEGER NOT NULL, slot INTEGER NOT NULL, amount INTEGER NOT NULL)");
        using (var transaction = connection.BeginTransaction())
        using (var insert = connection.CreateCommand())
        {
            insert.CommandText = "INSERT INTO records VALUES ($u, $s, $a)";
            var u = insert.Parameters.Add("$u", SqliteType.Integer);
            var s = insert.Parameters.Add("$s", SqliteType.Integer);
            var a = insert.Parameters.Add("$a", SqliteType.Integer);
            insert.Prepare();
            for (int i = 0; i < RecordCount; i++)
            {
                u.Value = units[i];
                s.Value = slots[i];
                a.Value = amounts[i];
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        Execute("CREATE INDEX records_covering ON records (unit, slot, amount)");
        Execute("ANALYZE");
    }

    /// <summary>Closes the database.</summary>
    [GlobalCleanup]
    public void Cleanup() => connection.Dispose();

    /// <summary>(a) What a user would write: LINQ GroupBy at the communes, then again at each level above.</summary>
    /// <returns>The root's total.</returns>
    [Benchmark(Baseline = true)]
    public long LinqGroupBy()
    {
        var level = records
            .GroupBy(r => (r.Unit, r.Slot))
            .Select(g => new Cell(g.Key.Unit, g.Key.Slot, g.Sum(r => r.Amount), g.LongCount()))
            .ToList();
        var all = new List<Cell>(level);
        while (level.Count > 0)
        {
            level = level
                .Where(c => parents[c.Unit] >= 0)
                .GroupBy(c => (Unit: parents[c.Unit], c.Slot))
                .Select(g => new Cell(g.Key.Unit, g.Key.Slot, g.Sum(c => c.Sum), g.Sum(c => c.Count)))
                .ToList();
            all.AddRange(level);
        }

        return all.Where(c => c.Unit == 0).Sum(c => c.Sum);
    }

    /// <summary>(b) A Dictionary keyed by (unit, slot), each record added to its unit and every ancestor.</summary>
    /// <returns>The root's total.</returns>
    [Benchmark]
    public long DictionaryLoop()
    {
        var cells = new Dictionary<(int Unit, int Slot), (long Sum, long Count)>();
        for (int r = 0; r < units.Length; r++)
        {
            for (int unit = units[r]; unit >= 0; unit = parents[unit])
            {
                ref var cell = ref CollectionsMarshal.GetValueRefOrAddDefault(cells, (unit, slots[r]), out _);
                cell = (cell.Sum + amounts[r], cell.Count + 1);
            }
        }

        long total = 0;
        for (int slot = 0; slot < layout.SlotCount; slot++)
        {
            total += cells.TryGetValue((0, slot), out var root) ? root.Sum : 0;
        }

        return total;
    }

    /// <summary>(c) In-memory SQLite: GROUP BY unit, slot over a covering index, then the same roll-up up the parents.</summary>
    /// <returns>The root's total.</returns>
    [Benchmark]
    public long Sqlite()
    {
        int slotCount = layout.SlotCount;
        var sums = new long[shape.Count * slotCount];
        var counts = new long[sums.Length];
        using (var query = connection.CreateCommand())
        {
            query.CommandText = "SELECT unit, slot, SUM(amount), COUNT(*) FROM records GROUP BY unit, slot";
            using var reader = query.ExecuteReader();
            while (reader.Read())
            {
                int cell = (reader.GetInt32(0) * slotCount) + reader.GetInt32(1);
                sums[cell] = reader.GetInt64(2);
                counts[cell] = reader.GetInt64(3);
            }
        }

        for (int unit = parents.Length - 1; unit > 0; unit--)
        {
            int parent = parents[unit];
            for (int slot = 0; slot < slotCount; slot++)
            {
                sums[(parent * slotCount) + slot] += sums[(unit * slotCount) + slot];
                counts[(parent * slotCount) + slot] += counts[(unit * slotCount) + slot];
            }
        }

        return Root(sums);
    }

    /// <summary>(d) The physical floor: an unchecked loop over the same arrays, then the same propagation.</summary>
    /// <returns>The root's total.</returns>
    [Benchmark]
    public long Floor()
    {
        int slotCount = layout.SlotCount;
        var sums = new long[shape.Count * slotCount];
        var counts = new long[sums.Length];
        for (int r = 0; r < units.Length; r++)
        {
            int cell = (units[r] * slotCount) + slots[r];
            sums[cell] += amounts[r];
            counts[cell]++;
        }

        for (int unit = parents.Length - 1; unit > 0; unit--)
        {
            int parent = parents[unit];
            for (int slot = 0; slot < slotCount; slot++)
            {
                sums[(parent * slotCount) + slot] += sums[(unit * slotCount) + slot];
                counts[(parent * slotCount) + slot] += counts[(unit * slotCount) + slot];
            }
        }

        return Root(sums);
    }

    /// <summary>(d′) The physical floor with each cell's sum and count side by side (one cache line per record), then the same propagation.</summary>
    /// <returns>The root's total.</returns>
    [Benchmark]
    public long FloorInterleaved()
    {
        int slotCount = layout.SlotCount;
        var cells = new long[shape.Count * slotCount * 2];
        for (int r = 0; r < units.Length; r++)
        {
            int cell = ((units[r] * slotCount) + slots[r]) * 2;
            cells[cell] += amounts[r];
            cells[cell + 1]++;
        }

        for (int unit = parents.Length - 1; unit > 0; unit--)
        {
            int parent = parents[unit];
            for (int i = 0; i < slotCount * 2; i++)
            {
                cells[(parent * slotCount * 2) + i] += cells[(unit * slotCount * 2) + i];
            }
        }

        long total = 0;
        for (int slot = 0; slot < slotCount; slot++)
        {
            total += cells[slot * 2];
        }

        return total;
    }

    /// <summary>(e) The library: one checked pass over the records, one pass up the parent ordinals.</summary>
    /// <returns>The root's total.</returns>
    [Benchmark]
    public long Library()
    {
        var result = RollUpEngine.RollUp(shape, layout, period, units, slots, amounts);
        return Root(result.SumsSpan());
    }

    private long Root(ReadOnlySpan<long> sums)
    {
        long total = 0;
        for (int slot = 0; slot < layout.SlotCount; slot++)
        {
            total += sums[slot];
        }

        return total;
    }

    private void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private readonly record struct ModelRecord(int Unit, int Slot, long Amount);

    private readonly record struct Cell(int Unit, int Slot, long Sum, long Count);
}
