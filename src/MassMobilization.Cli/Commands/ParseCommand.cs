using System;
using System.Collections.Generic;
using System.CommandLine;
using MassMobilization.Cli.Output;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Text;

namespace MassMobilization.Cli.Commands;

/// <summary><c>massmob parse</c>: reads Party and State document numbers and prints what they mean.</summary>
internal static class ParseCommand
{
    /// <summary>Built-in examples parsed when no number and no file is given.</summary>
    internal static readonly IReadOnlyList<string> Samples =
    [
        "18-NQ/TW",
        "Số: 04-KH/BCĐ",
        "09-KL/BCĐ",
        "3406/QĐ-UBND",
        "2579/QĐ-UBND",
        "9086/BNV-CTTN&BĐG",
        "98/2023/NĐ-CP",
        "15/2025/TT-BNV",
        "06/2022/QH15",
        "152/2025/NĐ-CP",
        "18-NQ/",
    ];

    /// <summary>Creates the command.</summary>
    /// <param name="globals">The shared options and the language of help texts.</param>
    /// <returns>The command.</returns>
    internal static Command Create(CliGlobals globals)
    {
        var t = globals.Text;
        var numbers = new Argument<string[]>("numbers") { Description = t.T("Số hiệu văn bản như 18-NQ/TW hoặc 98/2023/NĐ-CP.", "Document numbers such as 18-NQ/TW or 98/2023/NĐ-CP."), Arity = ArgumentArity.ZeroOrMore };
        var input = CliOptions.Input(t.T("Một tệp văn bản (UTF-8, hoặc UTF-16 có dấu thứ tự byte), mỗi dòng một số hiệu văn bản (bỏ qua dòng trống); tệp rỗng thì không đọc số hiệu nào.", "A text file (UTF-8, or UTF-16 with a byte order mark) with one document number per line (blank lines are skipped); an empty file parses nothing."), t);
        var format = CliOptions.Format(globals.Text);
        var command = new Command("parse", t.T("Đọc số hiệu văn bản của Đảng và Nhà nước, in các thành phần và dạng chuẩn; mã thoát 2 (dữ liệu sai) nếu có số hiệu không hợp lệ, sau khi đã in cả bảng.", "Parse Party and State document numbers and print their parts and canonical form; exit code 2 (bad input) if any is invalid, after printing the whole table."))
        {
            numbers, input, format,
        };
        command.SetAction(parse =>
        {
            string[] given = parse.GetValue(numbers) ?? [];
            var file = parse.GetValue(input);
            var lines = file is null ? null : CliInput.ReadLines(file, globals.Text);
            bool sample = given.Length == 0 && file is null;
            var language = globals.FormatOf(parse);
            var texts = Texts(sample ? Samples : given, lines, file?.Name, language);
            var report = Parse(texts, language, out int invalid, out string? firstInvalid);
            if (sample)
            {
                report.Note(language.T(
                    "Không có số hiệu nào được nhập: đã đọc các ví dụ có sẵn (ví dụ cuối cùng cố ý không hợp lệ).",
                    "No numbers given: parsed the built-in examples (the last one is invalid on purpose)."));
            }

            report.Write(parse.InvocationConfiguration.Output, parse.GetValue(format), parse.GetValue(globals.OutputFile));
            if (invalid > 0 && !sample)
            {
                // Bad input is exit 2 (docs/reliability.md, "The CLI contract"), after the table that lists every number.
                throw new CliInputException(firstInvalid!);
            }

            return CliApplication.Ok;
        });
        return command;
    }

    /// <summary>
    /// Parses the numbers into a report whose table is written as it is produced: the texts are read twice, once
    /// to count what did not parse (the counts come first in every format) and once to write the rows, so no
    /// row is kept and memory does not grow with the number of texts (docs/reliability.md, "Memory and time").
    /// </summary>
    /// <param name="texts">The texts and where each was given; enumerated once per pass.</param>
    /// <param name="format">The output's language and notation.</param>
    /// <param name="invalid">The number of texts that did not parse.</param>
    /// <param name="firstInvalid">One line naming the first text that did not parse, where it was given and why, with the counts; null when all parsed.</param>
    /// <returns>The report.</returns>
    internal static CliReport Parse(IEnumerable<(string Text, string Where)> texts, CliFormat format, out int invalid, out string? firstInvalid)
    {
        int total = 0;
        invalid = 0;
        (string Text, string Where, ParseResult<DocumentNumber> Result)? first = null;
        foreach (var (text, where) in texts)
        {
            total++;
            var result = DocumentNumberPattern.Canonical.Parse(text);
            if (!result.Success)
            {
                invalid++;
                first ??= (text, where, result);
            }
        }

        firstInvalid = first is var (firstText, firstWhere, firstResult) ? Describe(firstText, firstWhere, firstResult, invalid, total, format) : null;
        var table = new CliTable(format, CliText.Label("numbers", format), "input", "canonical", "system", "form", "number", "year", "type", "typeName", "issuer", "draftingUnit", "term", "valid", "errorPosition", "error")
            .HideInTable("system", "type", "draftingUnit", "valid", "errorPosition")
            .TableOnly("typeName")
            .Stream(Rows(texts, format));
        return new CliReport(format, CliText.Label("numbers", format))
            .Fact("parsed", total - invalid)
            .Fact("invalid", invalid)
            .Table("numbers", table);
    }

    /// <summary>The texts to parse with where each was given: the arguments, then the file's lines that are not blank.</summary>
    private static IEnumerable<(string Text, string Where)> Texts(IReadOnlyList<string> arguments, CliTextLines? lines, string? file, CliFormat format)
    {
        for (int i = 0; i < arguments.Count; i++)
        {
            yield return (arguments[i], format.T($"đối số {i + 1}", $"argument {i + 1}"));
        }

        if (lines is not null)
        {
            foreach (var (line, text) in lines)
            {
                yield return (text, format.T($"--input '{file}' dòng {line}", $"--input '{file}' line {line}"));
            }
        }
    }

    private static string Describe(string text, string where, ParseResult<DocumentNumber> result, int invalid, int total, CliFormat format)
    {
        const int Shown = 80;
        string quoted = text.Length > Shown ? string.Concat(text.AsSpan(0, Shown), "…") : text;
        string position = result.ErrorPosition.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string reason = format.Explain(result.ErrorExplanation!);
        return format.T(
            $"{where}: '{quoted}' không phải là số hiệu văn bản ({reason}, tại vị trí {position}); {invalid} trong {total} số hiệu không hợp lệ, đều có trong bảng.",
            $"{where}: '{quoted}' is not a document number ({reason}, at position {position}); {invalid} of {total} numbers did not parse, each listed in the output.");
    }

    private static IEnumerable<object?[]> Rows(IEnumerable<(string Text, string Where)> texts, CliFormat format)
    {
        foreach (var (text, _) in texts)
        {
            ParseResult<DocumentNumber> result = DocumentNumberPattern.Canonical.Parse(text);
            if (!result.Success)
            {
                string position = result.ErrorPosition.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var error = result.ErrorExplanation;

                // json and csv carry the stable code of what was wrong (what was expected, when the parser names what it found instead).
                string code = error.Code == ExplanationCodes.ParseExpectedFound ? error.Arguments[0] : error.Code;
                yield return [text, null, null, null, null, null, null, null, null, null, null, false, result.ErrorPosition, new CliCell(code, format.T(
                    $"{format.Explain(error)} (tại vị trí {position})",
                    $"{format.Explain(error)} (at position {position})"))];
                continue;
            }

            var number = result.Value;
            var type = number.TypeCode is null ? null : DocumentTypeCatalogue.Default.Find(number.System, number.TypeCode);
            yield return
            [
                text,
                number.ToString(),
                format.Enum(number.System),
                format.Enum(number.Form),
                CliFormat.Plain(number.Number),
                CliFormat.Plain(number.Year),
                number.TypeCode,
                type?.ToDisplayString(format.Language),
                number.Issuer,
                number.DraftingUnit,
                CliFormat.Plain(number.NationalAssemblyTerm),
                true,
                null,
                null,
            ];
        }
    }
}
