using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MassMobilization.Core.Emulation;
using MassMobilization.Core.Ranking;
using Xunit;

namespace MassMobilization.Core.Tests.Emulation;

/// <summary>
/// The judging kernel's integer path gives the very decimals (value and scale) and the very ranking of
/// the plain decimal computation, and values that do not fit take the decimal path.
/// </summary>
public sealed class JudgingKernelExactnessTests
{
    // Totals of mixed scales (0 to 3 decimals), sometimes absent.
    private static Gen<(decimal[] Totals, bool[] Present, int Judges, int Trim)> Panels() =>
        from judges in Gen.Choose(3, 9)
        from teams in Gen.Choose(1, 8)
        from trim in Gen.Choose(0, 1)
        from mantissas in Gen.Choose(-5000, 100_000).ArrayOf(teams * judges)
        from scales in Gen.Choose(0, 3).ArrayOf(teams * judges)
        from absent in Gen.Choose(0, 9).ArrayOf(teams * judges)
        select (
            mantissas.Select((m, i) => new decimal(Math.Abs(m), 0, 0, m < 0, (byte)scales[i])).ToArray(),
            absent.Select((a, i) => a != 0 || i % judges < (2 * trim) + 1).ToArray(),
            judges,
            trim);

    private static decimal[] Reference(decimal[] totals, bool[] present, int judges, int trim)
    {
        var means = new decimal[totals.Length / judges];
        for (int t = 0; t < means.Length; t++)
        {
            var kept = Enumerable.Range(0, judges).Where(j => present[(t * judges) + j]).Select(j => totals[(t * judges) + j]).OrderBy(v => v).ToList();
            decimal sum = 0m;
            foreach (var value in kept.Skip(trim).Take(kept.Count - (2 * trim)))
            {
                sum += value;
            }

            means[t] = sum / (kept.Count - (2 * trim));
        }

        return means;
    }

    [Property(MaxTest = 300)]
    public Property Trimmed_means_are_the_decimal_means_to_the_last_digit_and_scale() =>
        Prop.ForAll(Arb.From(Panels()), panel =>
        {
            var means = new decimal[panel.Totals.Length / panel.Judges];
            JudgingKernel.TrimmedMeans(panel.Totals, panel.Present, panel.Judges, panel.Trim, means, default);
            var expected = Reference(panel.Totals, panel.Present, panel.Judges, panel.Trim);
            Assert.Equal(expected.Select(m => m.ToString(System.Globalization.CultureInfo.InvariantCulture)), means.Select(m => m.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        });

    [Property(MaxTest = 300)]
    public Property Ranks_are_those_of_the_decimal_order() =>
        // Scores over a few hundred quarters take the counting sort.
        Prop.ForAll(Arb.From(Gen.Choose(-300, 300).Select(v => v / 4m).ArrayOf().Where(a => a.Length > 0)), Arb.From(Gen.Elements(RankingStyle.Competition, RankingStyle.Dense)), (scores, style) =>
        {
            var order = new int[scores.Length];
            var ranks = new int[scores.Length];
            JudgingKernel.RankDescending(scores, order, ranks, style);
            var expected = Enumerable.Range(0, scores.Length).OrderByDescending(i => scores[i]).ThenBy(i => i).ToArray();
            var distinct = scores.Distinct().OrderByDescending(v => v).ToList();
            Assert.Equal(expected, order);
            Assert.All(Enumerable.Range(0, scores.Length), i => Assert.Equal(
                style == RankingStyle.Dense ? 1 + distinct.IndexOf(scores[i]) : 1 + scores.Count(s => s > scores[i]),
                ranks[i]));
        });

    [Property(MaxTest = 300)]
    public Property Ranks_of_widely_spread_scores_are_those_of_the_decimal_order() =>
        // Scores spread over millions of hundredths take the sort of 64-bit keys rather than the counting sort.
        Prop.ForAll(Arb.From(Gen.Choose(-2_000_000, 2_000_000).Select(v => v / 100m).ArrayOf().Where(a => a.Length > 0)), Arb.From(Gen.Elements(RankingStyle.Competition, RankingStyle.Dense)), (scores, style) =>
        {
            var order = new int[scores.Length];
            var ranks = new int[scores.Length];
            JudgingKernel.RankDescending(scores, order, ranks, style);
            var expected = Enumerable.Range(0, scores.Length).OrderByDescending(i => scores[i]).ThenBy(i => i).ToArray();
            var distinct = scores.Distinct().OrderByDescending(v => v).ToList();
            Assert.Equal(expected, order);
            Assert.All(Enumerable.Range(0, scores.Length), i => Assert.Equal(
                style == RankingStyle.Dense ? 1 + distinct.IndexOf(scores[i]) : 1 + scores.Count(s => s > scores[i]),
                ranks[i]));
        });

    [Fact]
    public void Scores_too_large_to_pack_with_their_index_keep_the_order_and_ties()
    {
        // Keys beyond ±2^42 units, spread wider than a counting sort takes: the sort of keys with runs put back in index order.
        var scores = new[] { 1m, 5_000_000_000_000m, -5_000_000_000_000m, 5_000_000_000_000m, 1m, 0.5m };
        var order = new int[scores.Length];
        var ranks = new int[scores.Length];
        JudgingKernel.RankDescending(scores, order, ranks, RankingStyle.Competition);
        Assert.Equal(new[] { 1, 3, 0, 4, 5, 2 }, order);
        Assert.Equal(new[] { 3, 1, 6, 1, 3, 5 }, ranks);
    }

    [Fact]
    public void Values_beyond_the_integer_path_take_the_decimal_path()
    {
        decimal tiny = 0.0000000001m; // scale 10
        decimal huge = 7_000_000_000_000_000_000m;
        var totals = new[] { 1m, tiny, 2m, huge, huge, 3m };
        var means = new decimal[2];
        JudgingKernel.TrimmedMeans(totals, 3, 1, means);
        Assert.Equal(1m, means[0]);
        Assert.Equal(huge, means[1]);

        var order = new int[3];
        var ranks = new int[3];
        JudgingKernel.RankDescending([tiny, huge, tiny], order, ranks, RankingStyle.Dense);
        Assert.Equal([1, 0, 2], order);
        Assert.Equal([2, 1, 2], ranks);
    }
}
