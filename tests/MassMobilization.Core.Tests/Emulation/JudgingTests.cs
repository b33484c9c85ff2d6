using System;
using System.Collections.Generic;
using System.Linq;
using MassMobilization.Core.Emulation;
using MassMobilization.Core.Quantities;
using MassMobilization.Core.Ranking;
using MassMobilization.Samples.Generators;
using Xunit;
using static MassMobilization.Core.Tests.Emulation.EmulationTestData;

namespace MassMobilization.Core.Tests.Emulation;

public sealed class JudgingTests
{
    private static readonly ScoreSection[] Weighted = { new("A", "Chào hỏi", 10m), new("B", "Tình huống", 10m, 2m) };

    private static readonly JudgeScoreSheet[] WeightedSheets =
    {
        Sheet("J1", "X", ("A", 8m), ("B", 9m)),
        Sheet("J2", "X", ("A", 7m), ("B", 8m)),
        Sheet("J3", "X", ("A", 10m), ("B", 10m)),
    };

    [Fact]
    public void Mean_of_weighted_totals_is_exact_and_rounded_once()
    {
        var round = Round(ScoringMethod.Mean, Weighted);
        Assert.Equal(30m, round.MaximumTotal);
        var score = round.Judge(new[] { Team("X") }, WeightedSheets).Scores[0];
        Assert.Equal(new[] { 26m, 23m, 30m }, score.Marks.Select(m => m.Total));
        Assert.Equal(79m / 3m, score.ExactScore);
        Assert.Equal(26.33m, score.Score);
        Assert.Equal(8.33m, score.SectionScore("A"));
        Assert.Equal(9m, score.SectionScores["B"]);
    }

    [Fact]
    public void Trimmed_mean_drops_the_highest_and_lowest_totals()
    {
        var score = Round(ScoringMethod.TrimmedMean(1), Weighted).Judge(new[] { Team("X") }, WeightedSheets).Scores[0];
        Assert.Equal(26m, score.Score);
        Assert.Equal(new[] { true, false, false }, score.Marks.Select(m => m.Counted));
        Assert.Equal(8m, score.SectionScore("A"));
        Assert.Contains("J3 30 (dropped)", score.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RoundingMode.HalfAwayFromZero, "85.13")]
    [InlineData(RoundingMode.HalfToEven, "85.12")]
    public void Published_scores_follow_the_rounding_policy(RoundingMode mode, string expected)
    {
        var round = Round(ScoringMethod.Mean, judges: 2, rounding: RoundingPolicy.ToDecimals(2, mode));
        var score = round.Judge(new[] { Team("X") }, Single(("J1", "X", 85.25m), ("J2", "X", 85m))).Scores[0];
        Assert.Equal(85.125m, score.ExactScore);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), score.Score);
    }

    /// <summary>J1 and J2 score all four teams; J3 scores only A and B, with an offset (harsh or lenient).</summary>
    private static string[] Order(ScoringMethod method, decimal offset)
    {
        var round = Round(method);
        var teams = new[] { Team("A"), Team("B"), Team("C"), Team("D") };
        var sheets = new List<JudgeScoreSheet>();
        foreach (var judge in new[] { "J1", "J2" })
        {
            sheets.AddRange(Single((judge, "A", 90m), (judge, "B", 85m), (judge, "C", 88m), (judge, "D", 80m)));
        }

        sheets.AddRange(Single(("J3", "A", 90m + offset), ("J3", "B", 85m + offset)));
        return round.Judge(teams, sheets).Ranking.Select(r => r.Item.Team.Id).ToArray();
    }

    [Fact]
    public void A_harsh_or_lenient_judge_changes_the_mean_ranking_but_not_the_z_score_ranking()
    {
        var neutral = new[] { "A", "C", "B", "D" };
        Assert.Equal(neutral, Order(ScoringMethod.Mean, 0m));
        Assert.NotEqual(neutral, Order(ScoringMethod.Mean, -15m));
        Assert.Equal("C", Order(ScoringMethod.Mean, -15m)[0]);
        Assert.NotEqual(neutral, Order(ScoringMethod.Mean, 10m));
        Assert.Equal(neutral, Order(ScoringMethod.ZScore, 0m));
        Assert.Equal(neutral, Order(ScoringMethod.ZScore, -15m));
        Assert.Equal(neutral, Order(ScoringMethod.ZScore, 10m));
    }

    [Fact]
    public void Z_scores_map_back_onto_the_scale()
    {
        var round = Round(ScoringMethod.ZScore, judges: 2);
        var result = round.Judge(new[] { Team("A"), Team("B") }, Single(("J1", "A", 90m), ("J1", "B", 80m), ("J2", "A", 70m), ("J2", "B", 60m)));

        // Judge means 85 and 65 average to 75; spreads 5 and 5 average to 5; z = ±1.
        Assert.Equal(80m, result.Scores[0].Score);
        Assert.Equal(70m, result.Scores[1].Score);
        Assert.Equal(new decimal?[] { 80m, 80m }, result.Scores[0].Marks.Select(m => m.Normalized));
    }

    private static readonly TieBreak[] Chain = { TieBreak.SectionScore("C"), TieBreak.FewerAbsentJudges(), TieBreak.WomenPriority() };

    private static RoundResult TieBreakRound(RankingStyle style)
    {
        var sections = new[] { new ScoreSection("A", "Kiến thức", 50m), new ScoreSection("C", "Tình huống", 50m) };
        var round = Round(ScoringMethod.Mean, sections, tieBreaks: Chain, style: style);
        var teams = new[]
        {
            Team("T1"), Team("T2"), Team("T3"), Team("T4"), Team("T5", women: 3), Team("T6", women: 2), Team("T7"), Team("T8"),
        };
        var sheets = new List<JudgeScoreSheet>();
        void Add(string team, decimal a, decimal c, params string[] judges)
        {
            foreach (var judge in judges.Length == 0 ? new[] { "J1", "J2", "J3" } : judges)
            {
                sheets.Add(Sheet(judge, team, ("A", a), ("C", c)));
            }
        }

        Add("T2", 45m, 40m);
        Add("T1", 40m, 45m);
        Add("T3", 40m, 40m);
        Add("T4", 40m, 40m, "J1", "J2");
        Add("T6", 35m, 40m);
        Add("T5", 35m, 40m);
        Add("T8", 30m, 40m);
        Add("T7", 30m, 40m);
        return round.Judge(teams.Reverse(), sheets);
    }

    [Fact]
    public void Every_tie_break_step_decides_in_turn()
    {
        var ranking = TieBreakRound(RankingStyle.Competition).Ranking;
        Assert.Equal(new[] { "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8" }, ranking.Select(r => r.Item.Team.Id));
        Assert.Equal(new[] { 1, 2, 3, 4, 5, 6, 7, 7 }, ranking.Select(r => r.Rank));
        Assert.Equal(
            new string?[] { null, "Section C score", "Score", "Fewer absent judges", "Score", Chain[2].Name, "Score", null },
            ranking.Select(r => r.DecidedBy));
        Assert.Contains("(40.00 vs 45.00)", ranking[1].Explanation, StringComparison.Ordinal);
        Assert.Contains("(1 vs 0)", ranking[3].Explanation, StringComparison.Ordinal);
        Assert.Contains("(no vs yes)", ranking[5].Explanation, StringComparison.Ordinal);
        Assert.True(ranking[6].IsTied && ranking[7].IsTied);
    }

    [Fact]
    public void Tie_break_explanations()
    {
        var result = TieBreakRound(RankingStyle.Competition);
        Infrastructure.Snapshot.Verify(new
        {
            Chain = result.Round.TieBreaks.Select(t => t.Name),
            Ranking = result.Ranking.Select(r => new { r.Rank, r.Item.Team.Id, r.Item.Score, Absent = r.Item.JudgesAbsent, r.DecidedBy, r.IsTied, r.Explanation }),
        });
    }

    [Fact]
    public void Dense_ranking_is_available()
    {
        Assert.Equal(new[] { 1, 2, 3, 4, 5, 6, 7, 7 }, TieBreakRound(RankingStyle.Dense).Ranking.Select(r => r.Rank));
        var round = Round(ScoringMethod.Mean, judges: 1, style: RankingStyle.Dense);
        var result = round.Judge(new[] { Team("A"), Team("B"), Team("C"), Team("D") }, Single(("J1", "A", 9m), ("J1", "B", 8m), ("J1", "C", 8m), ("J1", "D", 7m)));
        Assert.Equal(new[] { 1, 2, 2, 3 }, result.Ranking.Select(r => r.Rank));
        var competition = Round(ScoringMethod.Mean, judges: 1).Judge(new[] { Team("A"), Team("B"), Team("C"), Team("D") }, Single(("J1", "A", 9m), ("J1", "B", 8m), ("J1", "C", 8m), ("J1", "D", 7m)));
        Assert.Equal(new[] { 1, 2, 2, 4 }, competition.Ranking.Select(r => r.Rank));
    }

    [Fact]
    public void Women_priority_uses_the_configured_share()
    {
        Assert.True(Team("X", members: 10, women: 7).HasWomenShareAtLeast(0.70m));
        Assert.False(Team("X", members: 10, women: 6).HasWomenShareAtLeast(0.70m));
        Assert.True(TieBreak.WomenPriority(0.5m).IsPreferred(Team("X", members: 4, women: 2)));
        Assert.False(TieBreak.WomenPriority().IsPreferred(Team("X", members: 0, women: 0)));
    }

    [Fact]
    public void Decimal_square_root_is_exact_to_28_digits()
    {
        Assert.Equal(1.4142135623730950488016887242m, DecimalMath.Sqrt(2m));
        Assert.Equal(0m, DecimalMath.Sqrt(0m));
        Assert.Equal(12m, DecimalMath.Sqrt(144m));
        Assert.Equal(0.1m, DecimalMath.Sqrt(0.01m));
        decimal big = DecimalMath.Sqrt(decimal.MaxValue);
        // decimal.MaxValue = 2^96 - 1, so its root is 2^48 - 2^-49 - … = 281474976710655.99999999999999822…
        Assert.True(Math.Abs(big - 281474976710656m) < 1e-12m, big.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Throws<ArgumentOutOfRangeException>(() => DecimalMath.Sqrt(-1m));
    }

    [Fact]
    public void The_fast_kernel_matches_the_readable_path()
    {
        var (round, teams, sheets) = ContestDataGenerator.LargeRound(2_000, 7, 11);
        var result = round.Judge(teams, sheets);
        var totals = ContestDataGenerator.Totals(round, teams, sheets);
        var means = new decimal[teams.Count];
        JudgingKernel.TrimmedMeans(totals, 7, 1, means);
        JudgingKernel.Round(means, round.Rounding);
        var order = new int[teams.Count];
        var ranks = new int[teams.Count];
        JudgingKernel.RankDescending(means, order, ranks);
        Assert.Equal(result.Scores.Select(s => s.Score), means);
        Assert.Equal(result.Ranking.Select(r => r.Item.Team.Id), order.Select(i => teams[i].Id));
        Assert.Equal(result.Ranking.Select(r => r.Rank), order.Select(i => ranks[i]));
    }

    [Fact]
    public void The_z_score_and_mean_kernels_match_a_direct_computation()
    {
        decimal[] totals = { 90m, 70m, 80m, 60m };
        var means = new decimal[2];
        JudgingKernel.Means(totals, default, 2, means);
        Assert.Equal(new[] { 80m, 70m }, means);
        JudgingKernel.ZScores(totals, default, 2, 100m, means, default);
        Assert.Equal(new[] { 80m, 70m }, means);
        Assert.Throws<ArgumentException>(() => JudgingKernel.TrimmedMeans(totals, 2, 1, means));
    }
}
