using System;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MassMobilization.Core.Emulation;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Tests.Infrastructure;
using static MassMobilization.Core.Tests.Emulation.EmulationTestData;

namespace MassMobilization.Core.Tests.Emulation;

[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class JudgingPropertyTests
{
    [Property]
    public Property Trimmed_mean_lies_between_the_lowest_and_highest_total()
    {
        var marks =
            from values in Gen.Choose(0, 200).Select(h => h / 2m).ArrayOf().Where(a => a.Length >= 3 && a.Length <= 11)
            from trim in Gen.Choose(1, (values.Length - 1) / 2)
            select (values, trim);
        return Prop.ForAll(Arb.From(marks, input => DomainArbitraries.ShrinkList(input.values, _ => []).Where(v => v.Count >= 3).Select(v => (values: v.ToArray(), trim: Math.Min(input.trim, (v.Count - 1) / 2)))), input =>
        {
            var means = new decimal[1];
            JudgingKernel.TrimmedMeans(input.values, input.values.Length, input.trim, means);
            return means[0] >= input.values.Min() && means[0] <= input.values.Max();
        });
    }

    [Property]
    public bool Ranking_is_a_permutation_and_results_do_not_depend_on_input_order(JudgeMarks input)
    {
        var sections = new[] { new ScoreSection("A", "Kiến thức", 10m), new ScoreSection("C", "Tình huống", 10m, 3m) };
        var method = input.Method switch { 0 => ScoringMethod.Mean, 1 => ScoringMethod.TrimmedMean(1), _ => ScoringMethod.ZScore };
        var round = Round(method, sections, tieBreaks: new[] { TieBreak.SectionScore("C"), TieBreak.WomenPriority() });
        var teams = Enumerable.Range(0, input.Teams).Select(t => Team("T" + t.ToString("D2", CultureInfo.InvariantCulture), new UnitCode("U" + (t % 3)), 4, t % 5)).ToArray();
        var sheets = (from t in Enumerable.Range(0, input.Teams)
                      from j in Enumerable.Range(0, 3)
                      let cell = ((t * 3) + j) * 2
                      select Sheet("J" + (j + 1), teams[t].Id, ("A", input.Points[cell]), ("C", input.Points[cell + 1]))).ToArray();
        var a = round.Judge(teams, sheets);
        var b = round.Judge(
            teams.Select((team, i) => (team, i)).OrderBy(p => input.TeamOrder[p.i]).Select(p => p.team).ToArray(),
            sheets.Select((sheet, i) => (sheet, i)).OrderBy(p => input.SheetOrder[p.i]).Select(p => p.sheet).ToArray());
        bool permutation = a.Ranking.Select(r => r.Item.Team.Id).Order(StringComparer.Ordinal).SequenceEqual(teams.Select(t => t.Id));
        bool same = a.Ranking.Select(r => (r.Item.Team.Id, r.Rank, r.Item.Score, r.Item.ExactScore))
            .SequenceEqual(b.Ranking.Select(r => (r.Item.Team.Id, r.Rank, r.Item.Score, r.Item.ExactScore)));
        bool positionsValid = a.Ranking.Select((r, i) => r.Position == i && r.Rank >= 1 && r.Rank <= i + 1).All(x => x);
        bool withinScale = a.Scores.All(s => s.ExactScore >= 0m && s.ExactScore <= round.MaximumTotal);
        return permutation && same && positionsValid && withinScale;
    }

    [Property]
    public Property Judges_totals_are_the_decimal_weighted_sums_with_their_scale()
    {
        // Weights of 0 to 3 decimals, points of 0 to 8 decimals (above 6 they leave the integer path), and
        // sheets given judge by judge, team by team or shuffled: every judge's total is exactly
        // Σ weight × points as decimal arithmetic gives it, value and scale.
        var point = Gen.Choose(0, 2000).Zip(Gen.Choose(0, 6), (m, e) => new decimal(m, 0, 0, false, 2) * new decimal((int)Math.Pow(10, e), 0, 0, false, (byte)e));
        var gen = point.ArrayOf(3 * 4 * 3).Zip(Gen.Choose(0, 2), (points, order) => (points, order));
        return Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var sections = new[] { new ScoreSection("B", "Kiến thức", 40m, 1.5m), new ScoreSection("A", "Chào hỏi", 20m), new ScoreSection("C", "Tình huống", 40m, 0.125m) };
            var round = Round(ScoringMethod.Mean, sections, judges: 3);
            var teams = Enumerable.Range(0, 4).Select(t => Team("T" + t)).ToArray();
            var cells = (from j in Enumerable.Range(0, 3) from t in Enumerable.Range(0, 4) select (j, t)).ToArray();
            var ordered = input.order switch
            {
                0 => cells,
                1 => cells.OrderBy(c => c.t).ThenBy(c => c.j).ToArray(),
                _ => cells.OrderBy(c => ((c.t * 31) + (c.j * 17)) % 7).ThenBy(c => c.t).ThenBy(c => c.j).ToArray(),
            };
            var sheets = ordered.Select(c =>
            {
                int k = ((c.j * 4) + c.t) * 3;
                return Sheet("J" + (c.j + 1), teams[c.t].Id, ("A", input.points[k]), ("B", input.points[k + 1]), ("C", input.points[k + 2]));
            }).ToArray();
            var result = round.Judge(teams, sheets);
            return cells.All(c =>
            {
                int k = ((c.j * 4) + c.t) * 3;
                decimal expected = 0m;
                expected += 1m * input.points[k];
                expected += 1.5m * input.points[k + 1];
                expected += 0.125m * input.points[k + 2];
                var mark = result.Scores.Single(s => s.Team.Id == teams[c.t].Id).Marks.Single(m => m.Judge == "J" + (c.j + 1));
                return mark.Total == expected && mark.Total.Scale == expected.Scale;
            });
        });
    }
}
