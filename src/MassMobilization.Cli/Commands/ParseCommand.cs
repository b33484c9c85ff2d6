using System.Collections.Generic;
using System.CommandLine;
using MassMobilization.Cli.Output;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Text;


namespace MassMobilization.Cli.Commands;

/// <summary><c>massmob parse</c>: reads Party and State document numbers and prints what they mean.</summary>
internal static class ParseCommand
{
    /// <summary>Exit code when at least one number did not parse.</summary>
    internal const int SomeInvalid = 1;

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
        var command = new Command("parse", t.T("Đọc số hiệu văn bản của Đảng và Nhà nước, in các thành phần và dạng chuẩn; mã thoát 1 nếu có số hiệu không hợp lệ.", "Parse Party and State document numbers and print their parts and canonical form; exit code 1 if any is invalid."))
        {
            numbers, input, format,
        };
        command.SetAction(parse =>
        {
            var texts = new List<string>(parse.GetValue(numbers) ?? []);
            var file = parse.GetValue(input);
            if (file is not null)
            {
                texts.AddRange(ReadLines(CliInput.ReadAllText(file, globals.Text)));
            }

            bool sample = texts.Count == 0 && file is null;
            if (sample)
            {
                texts.AddRange(Samples);
            }

            var language = globals.FormatOf(parse);
            var report = Parse(texts, out int invalid, language);
            if (sample)
            {
                report.Note(language.T(
                    "Không có số hiệu nào được nhập: đã đọc các ví dụ có sẵn (ví dụ cuối cùng cố ý không hợp lệ).",
                    "No numbers given: parsed the built-in examples (the last one is invalid on purpose)."));
            }

            report.Write(parse.InvocationConfiguration.Output, parse.GetValue(format), parse.GetValue(globals.OutputFile));
            return invalid == 0 || sample ? CliApplication.Ok : SomeInvalid;
        });
        return command;
    }

    /// <summary>Parses the numbers into a report.</summary>
    /// <param name="texts">The texts.</param>
    /// <param name="invalid">The number of texts that did not parse.</param>
    /// <param name="format">The output's language and notation.</param>
    /// <returns>The report.</returns>
    internal static CliReport Parse(IReadOnlyList<string> texts, out int invalid, CliFormat format)
    {
        var table = new CliTable(format, CliText.Label("numbers", format), "input", "canonical", "system", "form", "number", "year", "type", "typeName", "issuer", "draftingUnit", "term", "valid", "errorPosition", "error")
            .HideInTable("system", "type", "draftingUnit", "valid", "errorPosition")
            .TableOnly("typeName");
        invalid = 0;
        foreach (string text in texts)
        {
            ParseResult<DocumentNumber> result = DocumentNumberPattern.Canonical.Parse(text);
            if (!result.Success)
            {
                invalid++;
                string position = result.ErrorPosition.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var error = result.ErrorExplanation;

                // json and csv carry the stable code of what was wrong (what was expected, when the parser names what it found instead).
                string code = error.Code == ExplanationCodes.ParseExpectedFound ? error.Arguments[0] : error.Code;
                table.Add(text, null, null, null, null, null, null, null, null, null, null, false, result.ErrorPosition, new CliCell(code, format.T(
                    $"{format.Explain(error)} (tại vị trí {position})",
                    $"{format.Explain(error)} (at position {position})")));
                continue;
            }

            var number = result.Value;
            var type = number.TypeCode is null ? null : DocumentTypeCatalogue.Default.Find(number.System, number.TypeCode);
            string? typeName = type?.ToDisplayString(format.Language);
            table.Add(
                text,
                number.ToString(),
                format.Enum(number.System),
                format.Enum(number.Form),
                CliFormat.Plain(number.Number),
                CliFormat.Plain(number.Year),
                number.TypeCode,
                typeName,
                number.Issuer,
                number.DraftingUnit,
                CliFormat.Plain(number.NationalAssemblyTerm),
                true,
                null,
                null);
        }

        return new CliReport(format, CliText.Label("numbers", format))
            .Fact("parsed", texts.Count - invalid)
            .Fact("invalid", invalid)
            .Table("numbers", table);
    }

    private static IEnumerable<string> ReadLines(string text)
    {
        foreach (string line in text.Split('\n'))
        {
            string trimmed = line.Trim();
            if (trimmed.Length > 0)
            {
                yield return trimmed;
            }
        }
    }
}
