using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using MassMobilization.Core.Evaluation;
using MassMobilization.Samples.Generators;

namespace MassMobilization.Core.Benchmarks.Evaluation;

/// <summary>
/// Scoring 100,000 units' sheets against the Cần Thơ 2025 preset: final score and grade. Baseline: the
/// LINQ a user would write over the public rubric and sheet (<see cref="LinqScoring"/>); the library's
/// allocation-free kernel (<see cref="Rubric.SummarizeAll"/>); and a physical floor that only adds up
/// the counted criterion points from one flat array.
/// </summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private const int Units = 100_000;
    private readonly Rubric rubric = RubricPresets.CanTho2025;
    private IReadOnlyList<ScoreSheet> sheets = [];
    private decimal[] flatPoints = [];
    private int criteria;

    [GlobalSetup]
    public void Setup()
    {
        sheets = EvaluationData.Sheets(rubric, Units, seed: 2025);
        criteria = rubric.ScoredCriteria.Count;
        flatPoints = new decimal[Units * criteria];
        for (int i = 0; i < Units; i++)
        {
            var scores = sheets[i].Review ?? sheets[i].SelfAssessment;
            for (int c = 0; scores is not null && c < criteria; c++)
            {
                flatPoints[(i * criteria) + c] = scores[c].Points;
            }
        }
    }

    [Benchmark(Baseline = true)]
    public decimal Linq()
    {
        decimal total = 0m;
        for (int i = 0; i < sheets.Count; i++)
        {
            total += LinqScoring.Score(rubric, sheets[i]).FinalScore;
        }

        return total;
    }

    [Benchmark]
    public decimal Library()
    {
        var results = rubric.SummarizeAll(sheets);
        decimal total = 0m;
        for (int i = 0; i < results.Count; i++)
        {
            total += results[i].FinalScore;
        }

        return total;
    }

    [Benchmark]
    public decimal FloorSumPoints()
    {
        decimal total = 0m;
        var points = flatPoints;
        for (int i = 0; i < points.Length; i++)
        {
            total += points[i];
        }

        return total;
    }
}
