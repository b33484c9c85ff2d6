using System;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MassMobilization.Core.Ranking;
using MassMobilization.Core.Tests.Infrastructure;
using Xunit;

namespace MassMobilization.Core.Tests.Ranking;

public sealed class RankingTests
{
    private sealed record Team(string Commune, decimal Score, decimal SectionB, int AbsentJudges, bool WomenLed);

    private static readonly RankingRule<Team> Rule = new(
        new[]
        {
            RankingCriterion.HigherFirst("Score", (Team t) => t.Score, s => s.ToString("0.00", CultureInfo.InvariantCulture)),
            RankingCriterion.HigherFirst("Section B score", (Team t) => t.SectionB, s => s.ToString("0.##", CultureInfo.InvariantCulture)),
            RankingCriterion.LowerFirst("Fewer absent judges", (Team t) => t.AbsentJudges, n => n.ToString(CultureInfo.InvariantCulture)),
            RankingCriterion.PreferWhen("Women priority (Decree 152/2025/NĐ-CP art. 4)", (Team t) => t.WomenLed),
        },
        t => t.Commune);

    private static readonly Team[] Teams =
    {
        new("Xã Tả Thanh Oai", 90m, 30m, 0, false),
        new("Xã Tân Triều", 95.5m, 28m, 0, false),
        new("Xã Vĩnh Quỳnh", 95.5m, 30m, 0, false),
        new("Xã Ngũ Hiệp", 90m, 30m, 1, false),
        new("Xã Đông Mỹ", 88m, 20m, 0, true),
        new("Xã Yên Mỹ", 88m, 20m, 0, false),
        new("Xã Liên Ninh", 80m, 10m, 0, false),
        new("Xã Duyên Hà", 80m, 10m, 0, false),
    };

    [Fact]
    public void Every_tie_break_step_decides_where_it_should()
    {
        var ranking = Rule.Rank(Teams);
        Assert.Equal(
            new[] { "Xã Vĩnh Quỳnh", "Xã Tân Triều", "Xã Tả Thanh Oai", "Xã Ngũ Hiệp", "Xã Đông Mỹ", "Xã Yên Mỹ", "Xã Duyên Hà", "Xã Liên Ninh" },
            ranking.Select(r => r.Item.Commune).ToArray());
        Assert.Equal(new int[] { 1, 2, 3, 4, 5, 6, 7, 7 }, ranking.Select(r => r.Rank).ToArray());
        Assert.Equal(new string?[] { null, "Section B score", "Score", "Fewer absent judges", "Score", "Women priority (Decree 152/2025/NĐ-CP art. 4)", "Score", null }, ranking.Select(r => r.DecidedBy).ToArray());
        Assert.True(ranking[6].IsTied && ranking[7].IsTied && !ranking[5].IsTied);
    }

    [Fact]
    public void Competition_and_dense_ranking_differ_after_a_tie()
    {
        var teams = new[] { new Team("A", 10, 0, 0, false), new Team("B", 9, 0, 0, false), new Team("C", 9, 0, 0, false), new Team("D", 8, 0, 0, false) };
        var scoreOnly = new RankingRule<Team>(new[] { RankingCriterion.HigherFirst("Score", (Team t) => t.Score, s => s.ToString(CultureInfo.InvariantCulture)) }, t => t.Commune);
        Assert.Equal(new[] { 1, 2, 2, 4 }, scoreOnly.Rank(teams).Select(r => r.Rank).ToArray());
        Assert.Equal(new[] { 1, 2, 2, 3 }, scoreOnly.WithStyle(RankingStyle.Dense).Rank(teams).Select(r => r.Rank).ToArray());
        Assert.Equal(3, scoreOnly.Rank(teams).AtOrAbove(2).Count);
    }

    [Fact]
    public void Explanations_say_why()
    {
        Snapshot.Verify(Rule.Rank(Teams).Select(r => new { r.Rank, r.Item.Commune, r.Explanation }).ToArray());
    }

    [Fact]
    public void Duplicate_identities_are_refused()
    {
        var error = Assert.Throws<DomainRuleException>(() => Rule.Rank(new[] { Teams[0], Teams[0] with { } }));
        Assert.Equal("RANK-DUPLICATE-IDENTITY", error.RuleCode);
    }

    [Property]
    public Property Ranking_is_a_permutation_independent_of_input_order()
    {
        var gen = Gen.Choose(0, 5).Select(s => (decimal)s).ArrayOf().Select(scores =>
            scores.Select((s, i) => new Team("T" + i.ToString("000", CultureInfo.InvariantCulture), s, s % 2, i % 3, i % 2 == 0)).ToArray());
        return Prop.ForAll(gen.ToArbitrary(), Gen.Choose(0, 1000).ToArbitrary(), (teams, seed) =>
        {
            var shuffled = teams.OrderBy(t => (t.Commune.GetHashCode(StringComparison.Ordinal) ^ seed) & 0x7fff).ThenBy(t => t.Commune, StringComparer.Ordinal).ToArray();
            var a = Rule.Rank(teams);
            var b = Rule.Rank(shuffled);
            bool samePermutation = a.Select(r => r.Item.Commune).OrderBy(c => c, StringComparer.Ordinal).SequenceEqual(teams.Select(t => t.Commune).OrderBy(c => c, StringComparer.Ordinal));
            bool sameResult = a.Select(r => (r.Item.Commune, r.Rank)).SequenceEqual(b.Select(r => (r.Item.Commune, r.Rank)));
            bool ranksValid = a.Select((r, i) => r.Rank >= 1 && r.Rank <= i + 1).All(x => x);
            return samePermutation && sameResult && ranksValid;
        });
    }

    [Property]
    public Property Integer_keys_and_the_comparison_chain_rank_alike()
    {
        // Scores of 0 to 2 decimals take the integer sort; one score with 12 decimals sends the whole
        // ranking through the comparison chain. Both must give what sorting by the declared chain gives.
        var gen = Gen.Choose(0, 400).ArrayOf().Select(raw => raw.Select((r, i) => new Team(
            "T" + ((i * 7919) % 1000).ToString("000", CultureInfo.InvariantCulture) + "-" + i.ToString(CultureInfo.InvariantCulture),
            r == 400 ? 3.000000000001m : r / 100m,
            r % 3,
            r % 2,
            r % 5 == 0)).ToArray());
        return Prop.ForAll(gen.ToArbitrary(), teams =>
        {
            var scoreOnly = new RankingRule<Team>(new[] { RankingCriterion.HigherFirst("Score", (Team t) => t.Score, s => s.ToString(CultureInfo.InvariantCulture)) }, t => t.Commune);
            return Agrees(Rule, teams) && Agrees(scoreOnly, teams) && Agrees(scoreOnly, teams.OrderBy(t => t.Commune, StringComparer.Ordinal).ToArray());
        });

        static bool Agrees(RankingRule<Team> rule, Team[] teams)
        {
            var expected = teams.ToList();
            expected.Sort((a, b) =>
            {
                int c = rule.CompareByCriteria(a, b, out _);
                return c != 0 ? c : string.CompareOrdinal(a.Commune, b.Commune);
            });
            var ranking = rule.Rank(teams);
            var ranks = new int[expected.Count];
            for (int i = 0; i < ranks.Length; i++)
            {
                ranks[i] = i > 0 && rule.CompareByCriteria(expected[i - 1], expected[i], out _) == 0 ? ranks[i - 1] : i + 1;
            }

            return ranking.Select(r => r.Item.Commune).SequenceEqual(expected.Select(t => t.Commune))
                && ranking.Select(r => r.Rank).SequenceEqual(ranks);
        }
    }

    [Fact]
    public void A_lower_first_primary_key_ranks_lowest_first_with_ties_by_identity()
    {
        var fewerAbsent = new RankingRule<Team>(new[] { RankingCriterion.LowerFirst("Absent judges", (Team t) => (decimal)t.AbsentJudges, n => n.ToString(CultureInfo.InvariantCulture)) }, t => t.Commune);
        var teams = new[] { new Team("C", 0, 0, 2, false), new Team("A", 0, 0, 1, false), new Team("B", 0, 0, 1, false), new Team("D", 0, 0, 0, false) };
        var ranking = fewerAbsent.Rank(teams);
        Assert.Equal(new[] { "D", "A", "B", "C" }, ranking.Select(r => r.Item.Commune).ToArray());
        Assert.Equal(new[] { 1, 2, 2, 4 }, ranking.Select(r => r.Rank).ToArray());
    }

    [Fact]
    public void An_explanation_written_when_read_equals_one_given_up_front()
    {
        var ranking = Rule.Rank(Teams);
        var lazy = ranking[1];
        var given = new RankedItem<Team>(lazy.Item, lazy.Rank, lazy.Position, lazy.IsTied, lazy.DecidedBy, "Rank 2: Score 95.50; behind 'Xã Vĩnh Quỳnh' on tie-break 'Section B score' (28 vs 30)");
        Assert.Equal(given.Explanation, lazy.Explanation);
        Assert.Equal(given, lazy);
        Assert.Equal(given.GetHashCode(), lazy.GetHashCode());
        Assert.NotEqual(given with { }, ranking[2]);
        var (item, rank, _, _, decidedBy, explanation) = lazy;
        Assert.Equal(("Xã Tân Triều", 2, "Section B score"), (item.Commune, rank, decidedBy));
        Assert.StartsWith("Rank 2", explanation, StringComparison.Ordinal);
    }
}
