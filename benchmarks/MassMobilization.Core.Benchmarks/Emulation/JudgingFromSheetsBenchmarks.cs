using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using MassMobilization.Core.Emulation;
using MassMobilization.Samples.Generators;

namespace MassMobilization.Core.Benchmarks.Emulation;

/// <summary>
/// Judging a round of 10,000 and of 100,000 teams × 7 judges with a trimmed mean from the judges' score
/// sheets (three weighted sections each): the readable <see cref="ContestRound.Judge"/>, which also
/// validates every sheet, keeps the exact values and explains every rank, against the LINQ a user would
/// write. The two sizes in one run show whether the time grows linearly (docs/benchmarks.md).
/// </summary>
[MemoryDiagnoser]
public class JudgingFromSheetsBenchmarks
{
    private const int Judges = 7;

    private ContestRound round = null!;
    private IReadOnlyList<Team> teams = [];
    private IReadOnlyList<JudgeScoreSheet> sheets = [];

    /// <summary>Gets or sets the number of teams.</summary>
    [Params(10_000, 100_000)]
    public int Teams { get; set; }

    [GlobalSetup]
    public void Setup() => (round, teams, sheets) = ContestDataGenerator.LargeRound(Teams, Judges, 42);

    /// <summary>What a user would write from the sheets: group, weigh, sort, trim, average, round, order, rank.</summary>
    /// <returns>A checksum of the ranking.</returns>
    [Benchmark(Baseline = true)]
    public long LinqFromSheets()
    {
        var sections = round.Sections;
        var scored = sheets
            .GroupBy(s => s.TeamId, StringComparer.Ordinal)
            .Select(g =>
            {
                var marks = g.Select(s => sections.Sum(section => section.Weight * s.Points[section.Code])).OrderBy(x => x).ToList();
                decimal mean = marks.Skip(1).Take(marks.Count - 2).Average();
                return (Id: g.Key, Score: Math.Round(mean, 2, MidpointRounding.AwayFromZero));
            })
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Id, StringComparer.Ordinal)
            .ToList();
        return Checksum(scored);
    }

    /// <summary>The library's readable API: validates every sheet, scores exactly, ranks with the declared chain and explains.</summary>
    /// <returns>A checksum of the ranking.</returns>
    [Benchmark]
    public long LibraryJudge()
    {
        var result = round.Judge(teams, sheets);
        long sum = 0;
        var ranking = result.Ranking;
        for (int p = 0; p < ranking.Count; p++)
        {
            sum += (long)ranking[p].Rank * (p + 1);
        }

        return sum;
    }

    private static long Checksum(List<(string Id, decimal Score)> scored)
    {
        long sum = 0;
        int rank = 0;
        for (int p = 0; p < scored.Count; p++)
        {
            if (p == 0 || scored[p].Score != scored[p - 1].Score)
            {
                rank = p + 1;
            }

            sum += (long)rank * (p + 1);
        }

        return sum;
    }
}
