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
    /// <returns>The command.</returns>
    internal static Command Create()
    {
        var numbers = new Argument<string[]>("numbers") { Description = "Document numbers such as 18-NQ/TW or 98/2023/NĐ-CP.", Arity = ArgumentArity.ZeroOrMore };
        var input = CliOptions.Input("A text file with one document number per line (blank lines are skipped).");
        var format = CliOptions.Format();
        var command = new Command("parse", "Parse Party and State document numbers and print their parts and canonical form; exit code 1 if any is invalid.")
        {
            numbers, input, format,
        };
        command.SetAction(parse =>
        {
            var texts = new List<string>(parse.GetValue(numbers) ?? []);
            var file = parse.GetValue(input);
            if (file is not null)
            {
                texts.AddRange(ReadLines(CliOptions.ReadAllText(file)));
            }

            bool sample = texts.Count == 0;
            if (sample)
            {
                texts.AddRange(Samples);
            }

            var report = Parse(texts, out int invalid);
            if (sample)
            {
                report.Note("No numbers given: parsed the built-in examples (the last one is invalid on purpose).");
            }

            report.Write(parse.InvocationConfiguration.Output, parse.GetValue(format));
            return invalid == 0 || sample ? CliApplication.Ok : SomeInvalid;
        });
        return command;
    }

    /// <summary>Parses the numbers into a report.</summary>
    /// <param name="texts">The texts.</param>
    /// <param name="invalid">The number of texts that did not parse.</param>
    /// <returns>The report.</returns>
    internal static CliReport Parse(IReadOnlyList<string> texts, out int invalid)
    {
        var table = new CliTable("Document numbers", "input", "canonical", "system", "form", "number", "year", "type", "typeName", "issuer", "draftingUnit", "term", "error")
            .HideInTable("system", "typeName", "draftingUnit");
        invalid = 0;
        foreach (string text in texts)
        {
            ParseResult<DocumentNumber> result = DocumentNumberPattern.Canonical.Parse(text);
            if (!result.Success)
            {
                invalid++;
                table.Add(text, null, null, null, null, null, null, null, null, null, null, $"{result.ErrorMessage} (at position {result.ErrorPosition})");
                continue;
            }

            var number = result.Value;
            string? typeName = number.TypeCode is null ? null : DocumentTypeCatalogue.Default.Find(number.System, number.TypeCode)?.EnglishName;
            table.Add(
                text,
                number.ToString(),
                number.System.ToString(),
                number.Form.ToString(),
                number.Number,
                number.Year,
                number.TypeCode,
                typeName,
                number.Issuer,
                number.DraftingUnit,
                number.NationalAssemblyTerm,
                null);
        }

        return new CliReport("Document numbers")
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
