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
}
