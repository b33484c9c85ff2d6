using System.Collections.Generic;
using System.CommandLine;
using MassMobilization.Cli.Output;
using MassMobilization.Core.Evaluation;
using MassMobilization.Core.Quantities;
using MassMobilization.Core.Serialization.SystemTextJson;
using MassMobilization.Samples;

namespace MassMobilization.Cli.Commands;

/// <summary><c>massmob evaluate</c>: scores units against a rubric preset, explains every point and ranks them.</summary>
internal static class EvaluateCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="globals">The shared options and the language of help texts.</param>
    /// <returns>The command.</returns>
    internal static Command Create(CliGlobals globals)
    {
        var t = globals.Text;
        var unit = new Option<string?>("--unit", "-u") { Description = t.T("Giải thích từng dòng phiếu điểm của đơn vị này (mặc định: đơn vị đầu tiên).", "Explain this unit's score card line by line (default: the first unit).") };
        var format = CliOptions.Format(globals.Text);
        var input = CliOptions.Input(t.T("Một tài liệu trao đổi loại 'score-sheets' (docs/interchange.md) theo một bộ tiêu chí có sẵn.", "An interchange document of kind 'score-sheets' (docs/interchange.md) on a built-in rubric preset."), t);
        var command = new Command("evaluate", t.T("Chấm điểm các đơn vị theo một bộ tiêu chí có sẵn, xếp loại, xếp hạng và giải thích một phiếu điểm; mặc định là năm xã mẫu năm 2025 theo bộ tiêu chí Cần Thơ 2025 (Quyết định 2579/QĐ-UBND).", "Score units on a rubric preset, grade them, rank them and explain a score card; by default the sample's five communes for 2025 on the Cần Thơ 2025 rubric (Decision 2579/QĐ-UBND)."))
        {
            input, unit, format,
        };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(input);
            var sheets = file is null ? SampleEvaluations.Sheets() : InterchangeFormats.ScoreSheets.Read(CliInput.ReadAllBytes(file, globals.Text));
            var report = Run(sheets, parse.GetValue(unit), globals.FormatOf(parse));
            report.Write(parse.InvocationConfiguration.Output, parse.GetValue(format), parse.GetValue(globals.OutputFile));
            return CliApplication.Ok;
        });
        return command;
    }

    /// <summary>Scores sheets.</summary>
    /// <param name="sheets">The sheets (each names its rubric).</param>
    /// <param name="explain">The unit whose card is explained, or null for the first.</param>
    /// <param name="format">The output's language and notation.</param>
    /// <returns>The report.</returns>
    internal static CliReport Run(IReadOnlyList<ScoreSheet> sheets, string? explain, CliFormat format)
    {
        if (sheets.Count == 0)
        {
            throw new CliInputException(CliMessages.Of(format, "noScoreSheets"));
        }

        var rubric = sheets[0].Rubric;
        var cards = new List<ScoreCard>();
        foreach (var sheet in sheets)
        {
            cards.Add(sheet.Rubric.Score(sheet));
        }

        // Points are shown with the rubric's precision: at least two places, more only if a rubric
        // awards finer points; every score column uses the same places, so 14.5 never sits beside 14.50.
        int places = 2;
        foreach (var card in cards)
        {
            places = System.Math.Max(places, Places(card.BaseScore, card.Bonus, card.Penalty, card.FinalScore));
            foreach (var section in card.Sections)
            {
                foreach (var criterion in section.Criteria)
                {
                    places = System.Math.Max(places, Places(criterion.MaxPoints, criterion.SelfAssessed ?? 0, criterion.Reviewed ?? 0, criterion.Points));
                }
            }
        }

        var points = RoundingPolicy.ToDecimals(places, RoundingMode.HalfAwayFromZero);
        CliCell? P(decimal? value) => value is { } v ? format.Fixed(v, points) : null;

        var ranking = ClusterRanking.Rank(cards);
        var table = new CliTable(format, format.T("Xếp hạng trong cụm", "Cluster ranking"), "rank", "unit", "name", "base", "bonus", "penalty", "final", "grade", "decidedBy", "mayBeProposed");
        var grades = new SortedDictionary<EvaluationGrade, long>();
        foreach (var ranked in ranking)
        {
            var card = ranked.Item;
            grades[card.Grade] = grades.GetValueOrDefault(card.Grade) + 1;
            table.Add(ranked.Rank, card.Unit.ToString(), card.UnitName, P(card.BaseScore), P(card.Bonus), P(card.Penalty), P(card.FinalScore), format.Enum(card.Grade), format.Enum(card.DecidedBy), card.AwardProposal.IsEligible);
        }

        var chosen = cards[0];
        if (explain is not null)
        {
            chosen = cards.Find(c => c.Unit.Value == explain)
                ?? throw new CliInputException(CliMessages.Of(format, "noUnitSheet", explain, string.Join(", ", cards.ConvertAll(c => c.Unit.Value))));
        }

        var criteria = new CliTable(format, format.T($"Phiếu điểm của {chosen.Unit} {chosen.UnitName}", $"Score card of {chosen.Unit} {chosen.UnitName}"), "criterion", "title", "max", "self", "review", "difference", "points");
        foreach (var section in chosen.Sections)
        {
            foreach (var criterion in section.Criteria)
            {
                criteria.Add(criterion.Id, criterion.Title, P(criterion.MaxPoints), P(criterion.SelfAssessed), P(criterion.Reviewed), P(criterion.Difference), P(criterion.Points));
            }
        }

        if (format.Language != Core.Text.DisplayLanguage.English)
        {
            // The built-in rubric's criterion titles exist in English only: a Vietnamese table shows the ids.
            criteria.HideInTable("title");
        }

        var distribution = new List<(string, string, long)>();
        foreach (var (grade, count) in grades)
        {
            distribution.Add((grade.ToString(), format.Enum(grade).Display, count));
        }

        string source = rubric.Decision is { } decision ? Citations.Of(decision, format) : rubric.Citation;
        var report = new CliReport(format, format.T($"Kết quả chấm điểm, xếp loại theo {source}", $"{rubric.Name}: scores and grades"))
            .Fact("rubric", rubric.Id)
            .Fact("citation", new CliCell(rubric.Decision?.ToString() ?? rubric.Citation, format.T(source, rubric.Citation)))
            .Fact("unitCount", cards.Count)
            .Table("ranking", table)
            .Table("card", criteria)
            .Chart("grades", format.T("Số đơn vị theo xếp loại", "Units by grade"), distribution);
        // The card's explanation, line by line, in the output's language (the library's sentences: docs/display.md).
        foreach (var line in chosen.ExplanationLines)
        {
            report.Note(format.Explain(line));
        }

        return report;
    }

    private static int Places(params decimal[] values)
    {
        int places = 0;
        foreach (decimal value in values)
        {
            places = System.Math.Max(places, (value / 1.000000000000000000000000000000000m).Scale);
        }

        return places;
    }
}
