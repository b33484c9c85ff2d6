using System.Collections.Generic;
using System.CommandLine;
using MassMobilization.Cli.Output;
using MassMobilization.Core.Evaluation;
using MassMobilization.Core.Serialization.SystemTextJson;
using MassMobilization.Samples;

namespace MassMobilization.Cli.Commands;

/// <summary><c>massmob evaluate</c>: scores units against a rubric preset, explains every point and ranks them.</summary>
internal static class EvaluateCommand
{
    /// <summary>Creates the command.</summary>
    /// <returns>The command.</returns>
    internal static Command Create()
    {
        var unit = new Option<string?>("--unit", "-u") { Description = "Explain this unit's score card line by line (default: the first unit)." };
        var format = CliOptions.Format();
        var input = CliOptions.Input("An interchange document of kind 'score-sheets' (docs/interchange.md) on a built-in rubric preset.");
        var command = new Command("evaluate", "Score units on a rubric preset, grade them, rank them and explain a score card; by default the sample's five communes for 2025 on the Cần Thơ 2025 rubric (Decision 2579/QĐ-UBND).")
        {
            input, unit, format,
        };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(input);
            var sheets = file is null ? SampleEvaluations.Sheets() : InterchangeFormats.ScoreSheets.Read(CliOptions.ReadAllBytes(file));
            var report = Run(sheets, parse.GetValue(unit));
            report.Write(parse.InvocationConfiguration.Output, parse.GetValue(format));
            return CliApplication.Ok;
        });
        return command;
    }

    /// <summary>Scores sheets.</summary>
    /// <param name="sheets">The sheets (each names its rubric).</param>
    /// <param name="explain">The unit whose card is explained, or null for the first.</param>
    /// <returns>The report.</returns>
    internal static CliReport Run(IReadOnlyList<ScoreSheet> sheets, string? explain)
    {
        if (sheets.Count == 0)
        {
            throw new CliInputException("there are no score sheets to evaluate.");
        }

        var rubric = sheets[0].Rubric;
        var cards = new List<ScoreCard>();
        foreach (var sheet in sheets)
        {
            cards.Add(sheet.Rubric.Score(sheet));
        }

        var ranking = ClusterRanking.Rank(cards);
        var table = new CliTable("Cluster ranking", "rank", "unit", "name", "base", "bonus", "penalty", "final", "grade", "decidedBy", "mayBeProposed", "decision")
            .HideInTable("decision");
        var grades = new SortedDictionary<EvaluationGrade, long>();
        foreach (var ranked in ranking)
        {
            var card = ranked.Item;
            grades[card.Grade] = grades.GetValueOrDefault(card.Grade) + 1;
            table.Add(ranked.Rank, card.Unit.ToString(), card.UnitName, card.BaseScore, card.Bonus, card.Penalty, card.FinalScore, card.Grade.ToString(), card.DecidedBy.ToString(), card.AwardProposal.IsEligible, card.Decision);
        }

        var chosen = cards[0];
        if (explain is not null)
        {
            chosen = cards.Find(c => c.Unit.Value == explain)
                ?? throw new CliInputException($"--unit: no score sheet for unit '{explain}' in the sample (units: {string.Join(", ", cards.ConvertAll(c => c.Unit.Value))}).");
        }

        var criteria = new CliTable($"Score card of {chosen.Unit} {chosen.UnitName}", "criterion", "title", "max", "self", "review", "difference", "points");
        foreach (var section in chosen.Sections)
        {
            foreach (var criterion in section.Criteria)
            {
                criteria.Add(criterion.Id, criterion.Title, criterion.MaxPoints, criterion.SelfAssessed, criterion.Reviewed, criterion.Difference, criterion.Points);
            }
        }

        var distribution = new List<(string, long)>();
        foreach (var (grade, count) in grades)
        {
            distribution.Add((grade.ToString(), count));
        }

        var report = new CliReport($"{rubric.Name}: scores and grades")
            .Fact("rubric", rubric.Id)
            .Fact("citation", rubric.Citation)
            .Fact("units", cards.Count)
            .Table("ranking", table)
            .Table("card", criteria)
            .Chart("Units by grade", distribution);
        foreach (string line in chosen.Explanation)
        {
            report.Note(line);
        }

        return report;
    }
}
