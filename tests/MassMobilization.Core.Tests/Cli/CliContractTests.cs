using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using MassMobilization.Cli;
using MassMobilization.Cli.Commands;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace MassMobilization.Core.Tests.Cli;

/// <summary>
/// One test for each CLI failure found by hostile input (issue #21; docs/reliability.md, "The CLI contract"):
/// every run ends with exit 0, 2 (one line with the code, the option or JSON path and what was given) or 1
/// (one line and a hint), never a trace, and nothing from the input reaches the terminal raw.
/// </summary>
public sealed partial class CliContractTests : IDisposable
{
    /// <summary>Runs the CLI in English: the contract's texts are checked in English (the Vietnamese ones are LanguageTests').</summary>
    private static (int Exit, string Output, string Error) Run(params string[] args) => CliTests.Run([.. args, "--lang", "en"]);

    private readonly string directory = Path.Combine(Path.GetTempPath(), "massmob-contract-" + Guid.NewGuid().ToString("N"));

    public CliContractTests() => Directory.CreateDirectory(directory);

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Theory]
    [InlineData("2024-H2")]
    [InlineData("2024-Q3")]
    [InlineData("2023")]
    [InlineData("2019")]
    [InlineData("2025-H1")]
    public void Report_of_a_period_with_no_models_prints_an_empty_chart_without_a_trace(string period)
    {
        foreach (string format in new[] { "table", "json", "csv" })
        {
            var (exit, output, error) = Run("report", "--period", period, "--format", format);
            Assert.Equal(0, exit);
            Assert.Empty(error);
            Assert.NotEmpty(output);
        }
    }

    [Fact]
    public void Report_of_the_last_quarter_of_the_calendar_is_one_line_of_bad_input()
    {
        var (exit, output, error) = Run("report", "--period", "9999-Q4");
        Assert.Equal(2, exit);
        Assert.Empty(output);
        AssertOneLine(error, "massmob: error: --unit: no unit 020 on 9999-12-31");
        var (hanoi, _, hanoiError) = Run("report", "--period", "9999-Q4", "--unit", "01", "--format", "json");
        Assert.Equal(0, hanoi);
        Assert.Empty(hanoiError);
    }

    [Fact]
    public void Report_of_the_documented_partial_example_succeeds()
    {
        string file = Write("partial.json", PartialExample());
        var (exit, output, error) = CliTests.Run("report", "--input", file);
        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Contains("6 tháng đầu năm 2024", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_of_an_empty_file_parses_nothing_instead_of_the_built_in_examples()
    {
        string file = Write("empty.txt", string.Empty);
        var (exit, output, error) = Run("parse", "--input", file, "--format", "csv");
        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Equal("input,canonical,system,form,number,year,type,issuer,draftingUnit,term,valid,errorPosition,error\r\n", output);
        var (_, json, _) = Run("parse", "--input", file, "--format", "json");
        Assert.Contains("\"parsed\": 0", json, StringComparison.Ordinal);
        Assert.DoesNotContain("18-NQ/TW", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_of_invalid_utf8_names_the_byte_offset_instead_of_replacing_it()
    {
        string file = Path.Combine(directory, "bad.txt");
        File.WriteAllBytes(file, [.. "18-NQ/TW\n"u8, 0xFF, .. "9/QĐ\n"u8]);
        var (exit, output, error) = Run("parse", "--input", file);
        Assert.Equal(2, exit);
        Assert.Empty(output);
        AssertOneLine(error, "massmob: error: IX-SYNTAX at --input 'bad.txt' byte 9: the text is not valid UTF-8 (byte 0xFF)");
        Assert.DoesNotContain('\uFFFD', error);
    }

    [Fact]
    public void Parse_reads_utf8_with_a_byte_order_mark_and_utf16()
    {
        Assert.Equal("18-NQ/TW", CliInput.Decode([0xEF, 0xBB, 0xBF, .. "18-NQ/TW"u8], "a.txt"));
        Assert.Equal("Số: 04-KH/BCĐ", CliInput.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Số: 04-KH/BCĐ")], "a.txt"));
        var e = Assert.Throws<CliInputException>(() => CliInput.Decode([0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00], "a.txt"));
        Assert.StartsWith("IX-SYNTAX at --input 'a.txt' byte ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_names_the_json_path_and_the_sum_given_for_a_negative_sum()
    {
        string file = Write("negative.json", PartialExample().Replace("\"sum\": 9,", "\"sum\": -991,", StringComparison.Ordinal));
        var (exit, output, error) = Run("report", "--input", file);
        Assert.Equal(2, exit);
        Assert.Empty(output);
        AssertOneLine(error, "massmob: error: IX-INVALID-VALUE at $.entries[2].sum (line ");
        Assert.Contains("-991", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Parameter", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Rebase_rejects_a_negative_sum_instead_of_carrying_it()
    {
        string file = Write("negative.json", PartialExample().Replace("\"sum\": 12,", "\"sum\": -5,", StringComparison.Ordinal));
        var (exit, output, error) = Run("rebase", "--input", file, "--to", "2025-07-01");
        Assert.Equal(2, exit);
        Assert.Empty(output);
        AssertOneLine(error, "massmob: error: IX-INVALID-VALUE at $.entries[0].sum (line ");
        Assert.Contains("-5 ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Rebase_rejects_an_unknown_indicator_slot_and_escapes_it()
    {
        string file = Write("slot.json", PartialExample().Replace("\"MODELS-COMPLETED\"", "\"NO-SUCH\\u001b[31m\"", StringComparison.Ordinal));
        foreach (string command in new[] { "rebase", "report" })
        {
            var (exit, output, error) = Run(command, "--input", file);
            Assert.Equal(2, exit);
            Assert.Empty(output);
            AssertOneLine(error, "massmob: error: AGG-UNKNOWN-INDICATOR at $.entries[1].slot: unit 00643 gives slot 'NO-SUCH\\u001B[31m', which is not a slot");
        }
    }

    [Fact]
    public void Report_and_rebase_reject_sums_that_would_overflow_a_roll_up()
    {
        string file = Write("overflow.json", PartialExample().Replace("\"sum\": 12,", "\"sum\": 9223372036854775807,", StringComparison.Ordinal));
        foreach (string command in new[] { "report", "rebase" })
        {
            var (exit, output, error) = Run(command, "--input", file);
            Assert.Equal(2, exit);
            Assert.Empty(output);
            AssertOneLine(error, "massmob: error: IX-INVALID-VALUE at $.entries[2].sum: unit 00643 gives MODELS-REGISTERED the sum 9,");
        }
    }

    [Fact]
    public void A_contest_section_maximum_that_overflows_is_one_line_without_a_trace()
    {
        string contest = DocumentedExample("contest").Replace("\"maximum\": 50,", "\"maximum\": 79000000000000000000000000000,", StringComparison.Ordinal)
            .Replace("\"weight\": 1.5", "\"weight\": 2", StringComparison.Ordinal);
        string file = Write("contest.json", contest);
        var (exit, output, error) = Run("contest", "--input", file);
        Assert.Contains(exit, new[] { 1, 2 });
        Assert.Empty(output);
        AssertOneLine(error, "massmob: ");
    }

    [Fact]
    public void A_file_larger_than_the_limit_is_rejected_before_it_is_read_even_with_a_progress_bar()
    {
        string file = Path.Combine(directory, "huge.json");
        using (var stream = File.Create(file))
        {
            stream.SetLength(3L << 30);
        }

        var e = Assert.Throws<CliInputException>(() => CliInput.ReadAllBytes(new FileInfo(file), CliInput.Limit, showProgress: true));
        Assert.Equal("IX-TOO-LARGE at --input: 'huge.json' has 3221225472 bytes; the limit is 67108864 bytes (64 MiB).", e.Message);
        var (exit, _, error) = Run("evaluate", "--input", file);
        Assert.Equal(2, exit);
        AssertOneLine(error, "massmob: error: IX-TOO-LARGE at --input: 'huge.json' has 3221225472 bytes");
    }

    [Fact]
    public void A_device_or_pipe_is_read_only_up_to_the_limit()
    {
        if (!File.Exists("/dev/zero"))
        {
            return;
        }

        var e = Assert.Throws<CliInputException>(() => CliInput.ReadAllBytes(new FileInfo("/dev/zero"), 1 << 20, showProgress: false));
        Assert.Equal("IX-TOO-LARGE at --input: 'zero' has more than 1048576 bytes (reading stopped there); the limit is 1048576 bytes (1 MiB).", e.Message);
        var (exit, _, error) = Run("report", "--input", "/dev/zero");
        Assert.Equal(2, exit);
        AssertOneLine(error, "massmob: error: IX-TOO-LARGE at --input: 'zero' has more than 67108864 bytes");
    }

    [Fact]
    public void A_file_at_the_limit_is_read_whole()
    {
        string file = Path.Combine(directory, "exact.bin");
        File.WriteAllBytes(file, new byte[200_000]);
        Assert.Equal(200_000, CliInput.ReadAllBytes(new FileInfo(file), 200_000, showProgress: false).Length);
        Assert.Throws<CliInputException>(() => CliInput.ReadAllBytes(new FileInfo(file), 199_999, showProgress: false));
    }

    [Fact]
    public void A_missing_file_or_a_directory_is_one_line_of_bad_input()
    {
        foreach (string path in new[] { Path.Combine(directory, "missing.json"), directory })
        {
            var (exit, _, error) = Run("evaluate", "--input", path);
            Assert.Equal(2, exit);
            AssertOneLine(error, "massmob: error: --input: cannot read '");
        }
    }

    [Fact]
    public void Control_characters_and_ansi_escapes_from_the_input_are_escaped_in_tables_and_errors()
    {
        var (exit, output, error) = Run("parse", "\u001b[2J\u001b[31mred\u202E\u0007");
        Assert.Equal(2, exit);
        AssertOneLine(error, "massmob: error: argument 1: '\\u001B[2J\\u001B[31mred\\u202E\\u0007' is not a document number (");
        Assert.False(HasRawControl(error));
        Assert.Contains("\\u001B[2J\\u001B[31mred\\u202E\\u0007", output, StringComparison.Ordinal);
        Assert.False(HasRawControl(output));

        var (badExit, _, badError) = Run("report", "--period", "x\u001b]0;title\u0007");
        Assert.Equal(2, badExit);
        AssertOneLine(badError, "massmob: error: --period: 'x\\u001B]0;title\\u0007' is not a year");
    }

    [Fact]
    public void An_internal_error_is_one_line_with_a_hint_and_exit_1_and_the_trace_only_with_verbose()
    {
        using var empty = new ServiceCollection().BuildServiceProvider();
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        int exit = CliApplication.Run(["rebase", "--lang", "en"], output, error, empty);
        Assert.Equal(1, exit);
        AssertOneLine(error.ToString(), "massmob: internal error: InvalidOperationException: ");
        Assert.Contains("run again with --verbose", error.ToString(), StringComparison.Ordinal);

        var verboseError = new StringWriter { NewLine = "\n" };
        Assert.Equal(1, CliApplication.Run(["rebase", "--verbose"], new StringWriter(), verboseError, empty));
        Assert.Contains("   at ", verboseError.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Whether a text holds a character the terminal would act on (other than tab and line breaks).</summary>
    internal static bool HasRawControl(string text) => RawControl().IsMatch(text);

    internal static void AssertOneLine(string error, string start)
    {
        Assert.StartsWith(start, error, StringComparison.Ordinal);
        Assert.EndsWith("\n", error, StringComparison.Ordinal);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.False(HasRawControl(error));
    }

    internal static string PartialExample() => DocumentedExample("partial");

    internal static string DocumentedExample(string kind, [CallerFilePath] string here = "")
    {
        string docs = File.ReadAllText(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "docs", "interchange.md")).ReplaceLineEndings("\n");
        string marker = $"<!-- example: {kind} -->\n```json\n";
        int start = docs.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        return docs[start..docs.IndexOf("\n```", start, StringComparison.Ordinal)];
    }

    [GeneratedRegex("[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069]")]
    private static partial Regex RawControl();

    private string Write(string name, string text)
    {
        string path = Path.Combine(directory, name);
        File.WriteAllText(path, text);
        return path;
    }
}
