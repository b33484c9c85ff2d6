using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using MassMobilization.Cli.Output;
using MassMobilization.Core.Emulation;
using MassMobilization.Core.Serialization.SystemTextJson;
using MassMobilization.Core.Text;
using MassMobilization.Samples.Generators;

namespace MassMobilization.Cli.Commands;

/// <summary><c>massmob contest</c>: scores, ranks and advances the rounds of a contest.</summary>
internal static class ContestCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="globals">The shared options and the language of help texts.</param>
    /// <returns>The command.</returns>
    internal static Command Create(CliGlobals globals)
    {
        var format = CliOptions.Format(globals.Text);
        var t = globals.Text;
        var seed = CliOptions.Integer("--seed", null, t, t.T("Hạt giống của các phiếu chấm có sẵn của giám khảo (cùng một hạt giống luôn cho cùng một hội thi).", "Seed of the built-in judges' score sheets (the same seed always gives the same contest)."), 2024UL);
        var input = CliOptions.Input(t.T("Một tài liệu trao đổi loại 'contest' (docs/interchange.md): các vòng thi, các đội và phiếu chấm của giám khảo ở mỗi vòng.", "An interchange document of kind 'contest' (docs/interchange.md): rounds, teams and the judges' sheets of each round."), t);
        var command = new Command("contest", t.T("Chấm điểm, xếp hạng và chọn đội vào vòng sau ở mọi vòng của một hội thi; mặc định là hội thi \"Dân vận khéo\" có sẵn của Thanh Trì (93 đội của 16 xã; đội đứng đầu mỗi xã vào vòng huyện).", "Score, rank and advance every round of a contest; by default the built-in Thanh Trì \"Dân vận khéo\" contest (93 teams from 16 communes; the best team of each commune goes on to the district round)."))
        {
            input, format, seed,
        };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(input);
            var language = globals.FormatOf(parse);
            var report = file is null
                ? Run(parse.GetValue(seed), language)
                : Run(InterchangeFormats.Contest.Read(CliInput.ReadAllBytes(file, globals.Text)), language);
            report.Write(parse.InvocationConfiguration.Output, parse.GetValue(format), parse.GetValue(globals.OutputFile));
            return CliApplication.Ok;
        });
        return command;
    }

    /// <summary>Judges every round of a contest read from an interchange document.</summary>
    /// <param name="record">The contest, its teams and the sheets of each round.</param>
    /// <param name="format">The output's language and notation.</param>
    /// <returns>The report.</returns>
    internal static CliReport Run(ContestRecord record, CliFormat format)
    {
        var contest = record.Contest;
        if (record.SheetsByRound.Count == 0)
        {
            throw new CliInputException(CliMessages.Of(format, "noContestSheets"));
        }

        var results = new List<RoundResult> { contest.JudgeRound(0, record.Teams, record.SheetsByRound[0]) };
        for (int round = 1; round < record.SheetsByRound.Count; round++)
        {
            results.Add(contest.JudgeNextRound(results[^1], record.SheetsByRound[round]));
        }

        return Report(contest, record.Teams.Count, results, new Dictionary<string, string>(StringComparer.Ordinal), format);
    }

    /// <summary>Judges every round of the sample contest.</summary>
    /// <param name="seed">The seed of the score sheets.</param>
    /// <param name="format">The output's language and notation.</param>
    /// <returns>The report.</returns>
    internal static CliReport Run(ulong seed, CliFormat format)
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

        return Report(contest, teams.Count, results, names, format);
    }

    private static CliReport Report(Contest contest, int teamCount, List<RoundResult> results, Dictionary<string, string> names, CliFormat format)
    {
        var report = new CliReport(format, contest.Name)
            .Fact("rounds", contest.Rounds.Count)
            .Fact("teams", teamCount)
            .Fact("communes", contest.Area.Count);
        for (int r = 0; r < results.Count; r++)
        {
            report.Table($"round{r + 1}", RoundTable(results[r], names, format));
            report.Note(RoundNote(results[r].Round, format));
        }

        var winner = results[^1].Ranking[0];
        var last = results[^1].Round;
        report.Fact("winner", new CliCell(winner.Item.Team.Id, $"{winner.Item.Team.Name} ({winner.Item.Team.Id}, {format.Fixed(winner.Item.Score, last.Rounding).Display} {format.T("điểm", "points")})"));
        return report;
    }

    private static string RoundNote(ContestRound round, CliFormat format)
    {
        if (format.Language == DisplayLanguage.English)
        {
            return $"{round.Name}: {round.Method}, {round.Panel.Count} judges, ties broken by {string.Join(", then ", round.TieBreaks)}"
                + (round.Advancement is null ? "." : $"; advancement: {round.Advancement}.");
        }

        var tieBreaks = new List<string>();
        foreach (var tieBreak in round.TieBreaks)
        {
            string name = tieBreak.Kind.ToDisplayString(format.Language);
            tieBreaks.Add(tieBreak.SectionCode is null ? name.ToLowerInvariant() : $"{name.ToLowerInvariant()} {tieBreak.SectionCode}");
        }

        string method = round.Method.Aggregation.ToDisplayString(format.Language);
        if (round.Method.Aggregation == ScoreAggregation.TrimmedMean)
        {
            method = $"trung bình sau khi bỏ {round.Method.TrimCount} điểm cao nhất và {round.Method.TrimCount} điểm thấp nhất";
        }

        string advancement = string.Empty;
        if (round.Advancement is not null)
        {
            var steps = new List<string>();
            foreach (var step in round.Advancement.Steps)
            {
                steps.Add(format.Explain(step.DescriptionExplanation));
            }

            advancement = $"; vào vòng sau: {string.Join(", sau đó ", steps)}";
        }

        return $"{round.Name}: điểm là {method.ToLowerInvariant()} của {round.Panel.Count} giám khảo; đồng điểm thì xét lần lượt {string.Join(", ", tieBreaks)}{advancement}.";
    }

    private static CliTable RoundTable(RoundResult result, Dictionary<string, string> names, CliFormat format)
    {
        var round = result.Round;
        var table = new CliTable(
            format,
            string.Equals(round.Name, round.Level.ToDisplayString(format.Language), System.StringComparison.OrdinalIgnoreCase)
                ? round.Name
                : $"{round.Name} ({round.Level.ToDisplayString(format.Language)})",
            "rank", "team", "name", "commune", "score", "judgesPresent", "outcome", "explanation")
            .HideInTable("name")
            .TableOnly("explanation");
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
            var shown = format.Fixed(score.Score, round.Rounding);
            string rank = ranked.Rank.ToString(CultureInfo.InvariantCulture) + (ranked.IsTied ? "=" : string.Empty);
            CliCell? outcome = null;
            string explanation;
            if (decisions.TryGetValue(score.Team.Id, out var d))
            {
                outcome = format.Enum(d.Outcome);
                explanation = format.Explain(d.ReasonExplanation);
            }
            else
            {
                explanation = format.Language == DisplayLanguage.English ? ranked.Explanation
                    : $"hạng {rank}{(ranked.IsTied ? " (đồng hạng)" : string.Empty)} với {shown.Display} điểm";
            }

            table.Add(
                rank,
                score.Team.Id,
                score.Team.Name,
                names.TryGetValue(score.Team.Unit.Value, out string? commune) ? commune : score.Team.Unit.Value,
                shown,
                score.JudgesPresent,
                outcome,
                explanation);
        }

        return table;
    }
}
