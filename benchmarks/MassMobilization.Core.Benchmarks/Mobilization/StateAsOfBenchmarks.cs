using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Attributes;
using MassMobilization.Core.Mobilization;
using MassMobilization.Core.Organization;
using MassMobilization.Samples.Generators;
using NodaTime;

namespace MassMobilization.Core.Benchmarks.Mobilization;

/// <summary>
/// The state as of a date of one million models with dated histories, counted per state (the numbers
/// behind "185/261 completed"): the LINQ a user would write over the dated histories, against the
/// library's packed timelines (one array per model, and all of them packed once into a
/// <see cref="StateTimelineColumn"/>), plus a floor that only counts precomputed states.
/// </summary>
[MemoryDiagnoser]
public class StateAsOfBenchmarks
{
    private const int Models = 1_000_000;
    private static readonly LocalDate AsOf = new(2023, 10, 31);
    private (LocalDate Date, ModelState State)[][] histories = [];
    private StateTimeline[] timelines = [];
    private StateTimelineColumn column = null!;
    private ModelState[] states = [];
    private byte[] precomputed = [];

    [GlobalSetup]
    public void Setup()
    {
        var units = new UnitCode[1_000];
        for (int u = 0; u < units.Length; u++)
        {
            units[u] = new UnitCode(string.Create(CultureInfo.InvariantCulture, $"U{u:0000}"));
        }

        var records = MobilizationDataGenerator.Records(units, Models, new LocalDate(2023, 1, 1), seed: 1);
        timelines = records.Timelines.ToArray();
        column = StateTimelineColumn.Create(timelines);
        histories = new (LocalDate, ModelState)[Models][];
        precomputed = new byte[Models];
        for (int i = 0; i < Models; i++)
        {
            var timeline = timelines[i];
            var history = new (LocalDate, ModelState)[timeline.Count];
            for (int s = 0; s < history.Length; s++)
            {
                history[s] = (timeline.DateAt(s), timeline.StateAt(s));
            }

            histories[i] = history;
            precomputed[i] = (byte)timeline.StateAsOf(AsOf);
        }

        states = new ModelState[Models];
    }

    /// <summary>What a user would write: for each model the last dated entry on or before the date, grouped by state.</summary>
    /// <returns>The count per state.</returns>
    [Benchmark(Baseline = true)]
    public Dictionary<ModelState, int> Linq() =>
        histories
            .Select(h => h.Where(e => e.Date <= AsOf).Select(e => e.State).LastOrDefault())
            .GroupBy(s => s)
            .ToDictionary(g => g.Key, g => g.Count());

    /// <summary>The library's tally over packed timelines (state and "reached" counts).</summary>
    /// <returns>The tally.</returns>
    [Benchmark]
    public ModelStateTally Tally() => ModelStateTally.Count(timelines, AsOf);

    /// <summary>The library's tally over the timelines packed once into a column (state and "reached" counts).</summary>
    /// <returns>The tally.</returns>
    [Benchmark]
    public ModelStateTally TallyColumn() => ModelStateTally.Count(column, AsOf);

    /// <summary>The library's per-model state as of the date, into a reused array.</summary>
    /// <returns>The state of the last model.</returns>
    [Benchmark]
    public ModelState StatePerModel()
    {
        var target = states;
        var source = timelines;
        for (int i = 0; i < source.Length; i++)
        {
            target[i] = source[i].StateAsOf(AsOf);
        }

        return target[^1];
    }

    /// <summary>Floor: counting states already computed (one byte per model), no history read at all.</summary>
    /// <returns>The number of models in the completed state.</returns>
    [Benchmark]
    public int FloorCountPrecomputed()
    {
        var counts = new int[9];
        foreach (byte state in precomputed)
        {
            counts[state]++;
        }

        return counts[(int)ModelState.Completed];
    }
}
