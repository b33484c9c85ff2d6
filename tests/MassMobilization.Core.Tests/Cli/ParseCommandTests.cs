using System;
using System.IO;
using System.Linq;
using MassMobilization.Core.Tests.Infrastructure;
using Xunit;

namespace MassMobilization.Core.Tests.Cli;

public sealed class ParseCommandTests
{
    [Fact]
    public void Parse_without_arguments_prints_the_built_in_examples_as_a_table()
    {
        var (exit, output, _) = CliTests.Run("parse");
        Assert.Equal(0, exit);
        Snapshot.VerifyText(output);
    }

    [Fact]
    public void Parse_prints_json_with_every_part_and_fails_when_a_number_is_invalid()
    {
        var (exit, output, error) = CliTests.Run("parse", "Số: 04-KH/BCĐ", "98/2023/NĐ-CP", "06/2022/QH15", "18-NQ/", "--format", "json", "--lang", "en");
        Assert.Equal(2, exit);
        Assert.StartsWith("massmob: error: argument 4: '18-NQ/' is not a document number (", error, StringComparison.Ordinal);
        Assert.EndsWith("at position 6); 1 of 4 numbers did not parse, each listed in the output.\n", error, StringComparison.Ordinal);
        Snapshot.VerifyText(output);
    }

    [Fact]
    public void Parse_of_a_file_with_an_invalid_number_exits_2_naming_its_line_after_writing_every_row()
    {
        string file = Path.Combine(Path.GetTempPath(), $"massmob-parse-{Guid.NewGuid():N}.txt");
        File.WriteAllText(file, "18-NQ/TW\n\nnot a number\n3406/QĐ-UBND\n18-NQ/\n");
        try
        {
            var (exit, output, error) = CliTests.Run("parse", "--input", file, "--format", "csv", "--lang", "en");
            Assert.Equal(2, exit);
            Assert.StartsWith($"massmob: error: --input '{Path.GetFileName(file)}' line 3: 'not a number' is not a document number (", error, StringComparison.Ordinal);
            Assert.EndsWith("; 2 of 4 numbers did not parse, each listed in the output.\n", error, StringComparison.Ordinal);
            Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            string[] rows = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(5, rows.Length);
            Assert.StartsWith("not a number,,", rows[2], StringComparison.Ordinal);
            Assert.StartsWith("18-NQ/,,", rows[4], StringComparison.Ordinal);

            var (vietnamese, _, loi) = CliTests.Run("parse", "--input", file, "--format", "json");
            Assert.Equal(2, vietnamese);
            Assert.StartsWith($"massmob: error: --input '{Path.GetFileName(file)}' dòng 3: 'not a number' không phải là số hiệu văn bản", loi, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Parse_quotes_at_most_80_characters_of_an_invalid_number_in_its_error_line()
    {
        var (exit, _, error) = CliTests.Run("parse", new string('x', 5000), "--format", "csv", "--lang", "en");
        Assert.Equal(2, exit);
        Assert.StartsWith($"massmob: error: argument 1: '{new string('x', 80)}…' is not a document number", error, StringComparison.Ordinal);
        Assert.True(error.Length < 300, error);
    }

    [Fact]
    public void Parse_gives_the_same_rows_in_json_and_csv_whether_the_numbers_come_from_arguments_or_a_utf16_file()
    {
        string file = Path.Combine(Path.GetTempPath(), $"massmob-parse-{Guid.NewGuid():N}.txt");
        File.WriteAllText(file, "Số: 04-KH/BCĐ\r\n  98/2023/NĐ-CP\r\n\r\n06/2022/QH15", new System.Text.UnicodeEncoding(bigEndian: true, byteOrderMark: true));
        try
        {
            foreach (string format in new[] { "json", "csv" })
            {
                var (fromArguments, expected, _) = CliTests.Run("parse", "Số: 04-KH/BCĐ", "98/2023/NĐ-CP", "06/2022/QH15", "--format", format);
                var (fromFile, actual, _) = CliTests.Run("parse", "--input", file, "--format", format);
                Assert.Equal(0, fromArguments);
                Assert.Equal(0, fromFile);
                Assert.Equal(expected, actual);
                Assert.Contains("98/2023/NĐ-CP", actual, StringComparison.Ordinal);
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Parse_reads_one_number_per_line_and_writes_csv()
    {
        string file = Path.Combine(Path.GetTempPath(), $"massmob-parse-{Guid.NewGuid():N}.txt");
        File.WriteAllText(file, "3406/QĐ-UBND\n\n  9086/BNV-CTTN&BĐG  \r\n15/2025/TT-BNV\n");
        try
        {
            var (exit, output, _) = CliTests.Run("parse", "--input", file, "--format", "csv");
            Assert.Equal(0, exit);
            Snapshot.VerifyText(output);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Parse_reports_a_missing_file_on_one_line_with_exit_code_2()
    {
        var (exit, _, error) = CliTests.Run("parse", "--input", "/no/such/dir/numbers.txt", "--lang", "en");
        Assert.Equal(2, exit);
        Assert.StartsWith("massmob: error: --input: cannot read 'numbers.txt'", error, StringComparison.Ordinal);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Parse_lays_out_a_long_table_for_people_a_thousand_rows_at_a_time_and_keeps_every_row()
    {
        string[] numbers = [.. Enumerable.Range(1, 1500).Select(i => $"{i}/QĐ-UBND")];
        var (exit, output, _) = CliTests.Run(["parse", .. numbers, "--lang", "en"]);
        Assert.Equal(0, exit);
        Assert.Contains("1500/QĐ-UBND", output, StringComparison.Ordinal);
        Assert.Contains(" 1/QĐ-UBND ", output, StringComparison.Ordinal);
        Assert.Equal(2, output.Split('╭').Length - 1);
        Assert.True(output.IndexOf("1000/QĐ-UBND", StringComparison.Ordinal) < output.LastIndexOf('╭'));
        Assert.True(output.IndexOf("1001/QĐ-UBND", StringComparison.Ordinal) > output.LastIndexOf('╭'));
    }
}
