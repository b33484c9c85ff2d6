using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using MassMobilization.Cli.Output;
using MassMobilization.Core.Emulation;
using MassMobilization.Core.Serialization.SystemTextJson;
using MassMobilization.Samples.Generators;

namespace MassMobilization.Cli.Commands;

/// <summary><c>massmob contest</c>: scores, ranks and advances the rounds of a contest.</summary>
internal static class ContestCommand
{
    /// <summary>Creates the command.</summary>
    /// <returns>The command.</returns>
    internal static Command Create()
    {
        var format = CliOptions.Format();
        var seed = new Option<ulong>("--seed")
        {
            Description = "Seed of the built-in judges' score sheets (the same seed always gives the same contest).",
            DefaultValueFactory = _ => 2024UL,
        };
        var input = CliOptions.Input("An interchange document of kind 'contest' (docs/interchange.md): rounds, teams and the judges' sheets of each round.");
        var command = new Command("contest", "Score, rank and advance every round of a contest; by default the built-in Thanh Trì \"Dân vận khéo\" contest (93 teams from 16 communes; the best team of each commune goes on to the district round).")
        {
            input, format, seed,
        };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(input);
            var report = file is null
                ? Run(parse.GetValue(seed))
                : Run(InterchangeFormats.Contest.Read(CliOptions.ReadAllBytes(file)));
            report.Write(parse.InvocationConfiguration.Output, parse.GetValue(format));
            return CliApplication.Ok;
        });
        return command;
    }

    /// <summary>Judges every round of a contest read from an interchange document.</summary>
    /// <param name="record">The contest, its teams and the sheets of each round.</param>
    /// <returns>The report.</returns>
    internal static CliReport Run(ContestRecord record)
    {
        var contest = record.Contest;
        if (record.SheetsByRound.Count == 0)
        {
            throw new CliInputException("the contest has no score sheets to judge.");
        }

        var results = new List<RoundResult> { contest.JudgeRound(0, record.Teams, record.SheetsByRound[0]) };
        for (int round = 1; round < record.SheetsByRound.Count; round++)
        {
            results.Add(contest.JudgeNextRound(results[^1], record.SheetsByRound[round]));
        }

        return Report(contest, record.Teams.Count, results, new Dictionary<string, string>(StringComparer.Ordinal));
    }

    /// <summary>Judges every round of the sample contest.</summary>
    /// <param name="seed">The seed of the score sheets.</param>
    /// <returns>The report.</returns>
    internal static CliReport Run(ulong seed)
    {
        var contest = ContestDataGenerator.ThanhTriContest();
        var teams = ContestDataGenerator.ThanhTriTeams();
        var results = new List<RoundResult>();
        var result = contest.JudgeRound(0, teams, ContestDataGenerator.Sheets(contest.Rounds[0], teams, seed));
        results.Add(result);
        for (int round = 1; round < contest.Rounds.Count; round++)
        {
            var advancing = result.AdvancingTeams;
            result = contest.JudgeNextRound(result, ContestDataGenerator.Sheets(contest.Rounds[round], advancing, seed + (ulong)round));
            results.Add(result);
        }

        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, name) in ContestDataGenerator.ThanhTriCommunes)
        {
            names[code.Value] = name;
        }

        return Report(contest, teams.Count, results, names);
    }

    private static CliReport Report(Contest contest, int teamCount, List<RoundResult> results, Dictionary<string, string> names)
    {
        var report = new CliReport(contest.Name)
            .Fact("rounds", contest.Rounds.Count)
            .Fact("teams", teamCount)
            .Fact("communes", contest.Area.Count);
        for (int r = 0; r < results.Count; r++)
        {
            report.Table($"round{r + 1}", RoundTable(results[r], names));
            var round = results[r].Round;
            report.Note($"{round.Name}: {round.Method}, {round.Panel.Count} judges, ties broken by {string.Join(", then ", round.TieBreaks)}"
                + (round.Advancement is null ? "." : $"; advancement: {round.Advancement}."));
        }

        var winner = results[^1].Ranking[0];
        report.Fact("winner", $"{winner.Item.Team.Name} ({winner.Item})");
        return report;
    }

    private static CliTable RoundTable(RoundResult result, Dictionary<string, string> names)
    {
        var table = new CliTable(
            $"{result.Round.Name} ({result.Round.Level})",
            "rank", "team", "name", "commune", "score", "judgesPresent", "outcome", "explanation")
            .HideInTable("name", "explanation");
        var decisions = new Dictionary<string, AdvancementDecision>(System.StringComparer.Ordinal);
        if (result.Advancement is not null)
        {
            foreach (var decision in result.Advancement.Decisions)
            {
                decisions[decision.Team.Id] = decision;
            }
        }

        foreach (var ranked in result.Ranking)
        {
            var score = ranked.Item;
            string outcome = decisions.TryGetValue(score.Team.Id, out var d) ? d.Reason : ranked.Explanation;
            table.Add(
                ranked.IsTied ? ranked.Rank.ToString(CultureInfo.InvariantCulture) + "=" : ranked.Rank.ToString(CultureInfo.InvariantCulture),
                score.Team.Id,
                score.Team.Name,
                names.TryGetValue(score.Team.Unit.Value, out string? commune) ? commune : score.Team.Unit.Value,
                decimal.Parse(result.Round.Rounding.Format(score.Score), CultureInfo.InvariantCulture),
                score.JudgesPresent,
                outcome,
                score.Explanation);
        }

        return table;
    }
}
