using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using MassMobilization.Core.Emulation;
using MassMobilization.Core.Ranking;
using MassMobilization.Samples.Generators;

namespace MassMobilization.Core.Benchmarks.Emulation;

/// <summary>
/// Scoring and ranking 100,000 teams × 7 judges with a trimmed mean (drop the highest and the lowest
/// judge), rounded to 2 decimals half away from zero, competition ranks, from the team × judge matrix
/// of weighted totals: the <see cref="JudgingKernel"/> spans against the LINQ a user would write, with
/// a floor that only adds every total once.
/// </summary>
[MemoryDiagnoser]
public class JudgingBenchmarks
{
    private const int Teams = 100_000;
    private const int Judges = 7;

    private ContestRound round = null!;
    private IReadOnlyList<Team> teams = [];
    private IReadOnlyList<JudgeScoreSheet> sheets = [];
    private decimal[] totals = [];
    private decimal[] means = [];
    private int[] order = [];
    private int[] ranks = [];

    [GlobalSetup]
    public void Setup()
    {
        (round, teams, sheets) = ContestDataGenerator.LargeRound(Teams, Judges, 42);
        totals = ContestDataGenerator.Totals(round, teams, sheets);
        means = new decimal[Teams];
        order = new int[Teams];
        ranks = new int[Teams];
    }

    /// <summary>What a user would write from the totals matrix.</summary>
    /// <returns>A checksum of the ranking.</returns>
    [Benchmark(Baseline = true)]
    public long LinqFromTotals()
    {
        var scored = Enumerable.Range(0, Teams)
            .Select(t =>
            {
                decimal mean = totals.Skip(t * Judges).Take(Judges).OrderBy(x => x).Skip(1).Take(Judges - 2).Average();
                return (Id: teams[t].Id, Score: Math.Round(mean, 2, MidpointRounding.AwayFromZero));
            })
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Id, StringComparer.Ordinal)
            .ToList();
        return Checksum(scored);
    }

    /// <summary>The library's span kernel: trimmed means, one rounding, competition ranks, no allocation.</summary>
    /// <returns>A checksum of the ranking.</returns>
    [Benchmark]
    public long Kernel()
    {
        JudgingKernel.TrimmedMeans(totals, Judges, 1, means);
        JudgingKernel.Round(means, round.Rounding);
        JudgingKernel.RankDescending(means, order, ranks, RankingStyle.Competition);
        long sum = 0;
        for (int p = 0; p < order.Length; p++)
        {
            sum += (long)ranks[order[p]] * (p + 1);
        }

        return sum;
    }

    /// <summary>The physical floor: read and add every total once.</summary>
    /// <returns>The sum of the totals.</returns>
    [Benchmark]
    public decimal Floor()
    {
        decimal sum = 0m;
        foreach (decimal total in totals)
        {
            sum += total;
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
