using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MassMobilization.Cli.Output;
using MassMobilization.Core.Tests.Infrastructure;
using Xunit;

namespace MassMobilization.Core.Tests.Cli;

/// <summary>
/// Issue #20: every command in Vietnamese and English tables and in the language-free formats, one
/// spelling, word-boundary wrapping, a summary that agrees with its table, and the workbook.
/// </summary>
public sealed class OutputTests : IDisposable
{
    private static readonly Dictionary<string, string[]> Commands = new(StringComparer.Ordinal)
    {
        ["report"] = ["report"],
        ["report-year"] = ["report", "--period", "2024"],
        ["evaluate"] = ["evaluate", "--unit", "00649"],
        ["contest"] = ["contest"],
        ["eligibility"] = ["eligibility", "--explain", "N2:CSTDCS"],
        ["parse"] = ["parse"],
        ["rebase"] = ["rebase", "--to", "2025-07-01"],
    };

    private readonly string directory = Path.Combine(Path.GetTempPath(), "massmob-output-" + Guid.NewGuid().ToString("N"));

    public OutputTests() => Directory.CreateDirectory(directory);

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Theory]
    [InlineData("report")]
    [InlineData("report-year")]
    [InlineData("evaluate")]
    [InlineData("contest")]
    [InlineData("eligibility")]
    [InlineData("parse")]
    [InlineData("rebase")]
    public void Every_command_in_every_format(string command)
    {
        foreach (var (format, language) in new[] { ("table", "vi"), ("table", "en"), ("json", "vi"), ("csv", "vi") })
        {
            var (exit, output, error) = CliTests.Run([.. Commands[command], "--format", format, "--lang", language]);
            Assert.True(exit == 0, error);
            Snapshot.VerifyText(output, $"{command}-{format}-{language}");
            if (format == "table")
            {
                ReadsInOneLanguage(output, language);
            }
        }
    }

    [Theory]
    [InlineData("report")]
    [InlineData("evaluate")]
    [InlineData("contest")]
    [InlineData("eligibility")]
    [InlineData("parse")]
    [InlineData("rebase")]
    public void Json_and_csv_are_language_free(string command)
    {
        foreach (string format in new[] { "json", "csv" })
        {
            var (_, vietnamese, _) = CliTests.Run([.. Commands[command], "--format", format, "--lang", "vi"]);
            var (_, english, _) = CliTests.Run([.. Commands[command], "--format", format, "--lang", "en"]);
            Assert.Equal(vietnamese, english);
            Assert.DoesNotContain("\"  ", vietnamese, StringComparison.Ordinal);
            Assert.DoesNotContain(",  ", vietnamese, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Output_does_not_depend_on_the_current_culture()
    {
        var before = (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture);
        try
        {
            var outputs = new List<string>();
            foreach (string culture in new[] { string.Empty, "tr-TR", "vi-VN", "en-US" })
            {
                System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo(culture);
                outputs.Add(CliTests.Run("report", "--period", "2024").Output + CliTests.Run("evaluate", "--format", "json").Output + CliTests.Run("rebase", "--to", "2025-07-01", "--lang", "en").Output);
            }

            Assert.All(outputs, output => Assert.Equal(outputs[0], output));
        }
        finally
        {
            (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture) = before;
        }
    }

    [Fact]
    public void Json_writes_codes_and_exact_numbers_with_their_precision()
    {
        var (_, output, _) = CliTests.Run("evaluate", "--format", "json");
        Assert.Contains("\"final\": 97.00", output, StringComparison.Ordinal);
        Assert.Contains("\"bonus\": 1.00", output, StringComparison.Ordinal);
        Assert.Contains("\"grade\": \"Excellent\"", output, StringComparison.Ordinal);
        var (_, card, _) = CliTests.Run("evaluate", "--unit", "00649", "--format", "json");
        Assert.Contains("\"points\": 14.50", card, StringComparison.Ordinal);
        Assert.DoesNotContain("\"points\": 14.5,", card, StringComparison.Ordinal);
    }

    [Fact]
    public void A_score_column_never_mixes_precisions()
    {
        var (_, output, _) = CliTests.Run("evaluate", "--unit", "00649", "--lang", "en");
        Assert.Contains(" 14.50 ", output, StringComparison.Ordinal);
        Assert.DoesNotContain(" 14.5 ", output, StringComparison.Ordinal);
        Assert.Contains(" 1.00 ", output, StringComparison.Ordinal);
        var (_, vietnamese, _) = CliTests.Run("evaluate", "--unit", "00649");
        Assert.Contains(" 97,00 ", vietnamese, StringComparison.Ordinal);
        Assert.Contains("Hoàn thành xuất sắc nhiệm vụ", vietnamese, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_reads_as_a_Vietnamese_report()
    {
        var (_, output, _) = CliTests.Run("report", "--period", "2024");
        Assert.Contains("Huyện Thanh Trì: Năm 2024", output, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("165,34 tỷ đồng", output, StringComparison.Ordinal);
        Assert.Contains("Tỷ lệ hoàn thành", output, StringComparison.Ordinal);
        Assert.Contains("31/12/2024", output, StringComparison.Ordinal);
        Assert.Contains("Xã Hữu Hòa", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Hữu Hoà", output, StringComparison.Ordinal);
        var (_, english, _) = CliTests.Run("report", "--period", "2024", "--lang", "en");
        Assert.Contains("165.34 billion VND", english, StringComparison.Ordinal);
        Assert.Contains("2024-12-31", english, StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_agrees_with_the_table_for_the_docs_partial_example()
    {
        string file = Path.Combine(directory, "partial.json");
        File.WriteAllText(file, """
            {
              "format": "massmob", "version": 1, "kind": "partial",
              "period": { "kind": "half-year", "year": 2024, "half": 1 },
              "entries": [
                { "unit": "00640", "slot": "MODELS-REGISTERED", "sum": 12, "count": 12 },
                { "unit": "00643", "slot": "MODELS-COMPLETED", "sum": 7, "count": 7 },
                { "unit": "00643", "slot": "MODELS-REGISTERED", "sum": 9, "count": 9 }
              ]
            }
            """);
        var (exit, output, error) = CliTests.Run("report", "--input", file);
        Assert.True(exit == 0, error);
        string text = CliTests.Unwrap(output);
        Assert.DoesNotContain("0/0 mô hình", text, StringComparison.Ordinal);
        Assert.Contains("đăng ký 21 mô hình", text, StringComparison.Ordinal);
        Assert.Contains("7 mô hình hoàn thành", text, StringComparison.Ordinal);
        var (_, json, _) = CliTests.Run("report", "--input", file, "--format", "json");
        using var document = JsonDocument.Parse(json);
        var top = document.RootElement.GetProperty("units")[0];
        Assert.Equal(21, top.GetProperty("registered").GetInt64());
        Assert.Equal(7, top.GetProperty("completed").GetInt64());
        Assert.Equal("Huyện Thanh Trì", top.GetProperty("name").GetString());
        Assert.Equal(0, top.GetProperty("level").GetInt32());
    }

    [Fact]
    public void Wide_tables_wrap_at_spaces_or_fall_back_to_one_block_per_row()
    {
        var table = new CliTable(CliFormat.English, "Wide", "a", "b", "c");
        table.Add("StateOfficialLetter", "hoàn thành", "a very long explanation that goes on and on");
        using var output = new StringWriter { NewLine = "\n" };
        table.Render(MassMobilization.Cli.CliApplication.CreateConsole(output), output, 30);
        string text = output.ToString();
        Assert.Contains("StateOfficialLetter", text, StringComparison.Ordinal);
        Assert.Contains("hoàn thành", text, StringComparison.Ordinal);
        Assert.Equal(["a very long", "explanation", "that goes on", "and on"], CliTable.Wrap("a very long explanation that goes on and on", 12));
        Assert.Equal(["StateOfficialLetter"], CliTable.Wrap("StateOfficialLetter", 5));
    }

    [Fact]
    public void The_workbook_holds_the_report_figures_as_numbers_equal_to_the_json()
    {
        string file = Path.Combine(directory, "report.xlsx");
        var (exit, message, error) = CliTests.Run("report", "--period", "2024", "--format", "xlsx", "--output", file);
        Assert.True(exit == 0, error);
        Assert.Contains("report.xlsx", message, StringComparison.Ordinal);
        var (_, json, _) = CliTests.Run("report", "--period", "2024", "--format", "json");
        using var document = JsonDocument.Parse(json);

        using var workbook = SpreadsheetDocument.Open(file, false);
        var sheets = Sheets(workbook);
        Assert.Equal(["Tóm tắt", "Chỉ tiêu", "Khen thưởng theo cơ quan", "Đơn vị"], sheets.Keys.ToArray());

        var figures = sheets["Chỉ tiêu"];
        var expectedFigures = document.RootElement.GetProperty("figures").EnumerateArray().ToList();
        Assert.Equal(expectedFigures.Count + 1, figures.Count);
        Assert.Equal(new[] { "Mã chỉ tiêu", "Loại số liệu", "Giá trị", "Tử số", "Mẫu số", "Tỷ lệ (%)" }, figures[0].Select(c => c.Text ?? string.Empty).ToArray());
        for (int i = 0; i < expectedFigures.Count; i++)
        {
            var row = figures[i + 1];
            var expected = expectedFigures[i];
            Assert.Equal(expected.GetProperty("indicator").GetString(), row[0].Text);
            Assert.True(row[2].IsNumber, $"{row[0].Text}: the value is not a number");
            decimal value = expected.GetProperty("value").GetDecimal();
            Assert.Equal(expected.GetProperty("measure").GetString() == "Ratio" ? value / 100m : value, row[2].Number);
        }

        var units = sheets["Đơn vị"];
        var expectedUnits = document.RootElement.GetProperty("units").EnumerateArray().ToList();
        Assert.Equal(expectedUnits.Count + 1, units.Count);
        for (int i = 0; i < expectedUnits.Count; i++)
        {
            var row = units[i + 1];
            var expected = expectedUnits[i];
            Assert.Equal(expected.GetProperty("unit").GetString(), row[0].Text);
            Assert.Equal(expected.GetProperty("name").GetString(), row[1].Text);
            Assert.Equal(expected.GetProperty("level").GetInt32(), (int)row[2].Number!.Value);
            Assert.Equal(expected.GetProperty("registered").GetInt64(), (long)row[3].Number!.Value);
            Assert.Equal(expected.GetProperty("completed").GetInt64(), (long)row[4].Number!.Value);
            Assert.Equal(expected.GetProperty("completedRate").GetDecimal() / 100m, row[5].Number);
            Assert.Equal("0%", row[5].NumberFormat);
        }

        Assert.Equal(0, units[1][2].Number);
        Assert.Equal(1, units[2][2].Number);
    }

    [Fact]
    public void Xlsx_without_an_output_file_is_bad_input()
    {
        var (exit, _, error) = CliTests.Run("report", "--format", "xlsx", "--lang", "en");
        Assert.Equal(2, exit);
        Assert.StartsWith("massmob: error: --format xlsx: give the workbook's file with --output", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_command_writes_a_workbook()
    {
        foreach (var (name, args) in Commands)
        {
            string file = Path.Combine(directory, name + ".xlsx");
            var (exit, _, error) = CliTests.Run([.. args, "--format", "xlsx", "--output", file, "--lang", "en"]);
            Assert.True(exit == 0, error);
            using var workbook = SpreadsheetDocument.Open(file, false);
            Assert.Equal("Summary", Sheets(workbook).Keys.First());
        }
    }

    private static void ReadsInOneLanguage(string output, string language)
    {
        // Raw enum names and English words in a Vietnamese table, or the reverse, are the slips of issue #20.
        string[] english = ["NeedsReview", "StateOfficialLetter", "UnweightedSplit", "AwayFromZero", "Eligible ", "Figures", "Units", " advance", "no in "];
        string[] vietnamese = ["không áp dụng", "mô hình hoàn thành", "Cần xem xét", "Đủ điều kiện"];
        foreach (string word in language == "vi" ? english : vietnamese)
        {
            Assert.DoesNotContain(word, output, StringComparison.Ordinal);
        }
    }

    private sealed record SheetCell(string? Text, decimal? Number, string? NumberFormat)
    {
        public bool IsNumber => Number is not null;
    }

    private static Dictionary<string, List<List<SheetCell>>> Sheets(SpreadsheetDocument workbook)
    {
        var part = workbook.WorkbookPart!;
        var formats = part.WorkbookStylesPart!.Stylesheet.NumberingFormats?.Elements<NumberingFormat>()
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!) ?? [];
        var cellFormats = part.WorkbookStylesPart.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var result = new Dictionary<string, List<List<SheetCell>>>(StringComparer.Ordinal);
        foreach (var sheet in part.Workbook.Sheets!.Elements<Sheet>())
        {
            var worksheet = ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet;
            var rows = new List<List<SheetCell>>();
            foreach (var row in worksheet.GetFirstChild<SheetData>()!.Elements<Row>())
            {
                var cells = new List<SheetCell>();
                foreach (var cell in row.Elements<Cell>())
                {
                    string? format = cell.StyleIndex is { } style && cellFormats[(int)style.Value].NumberFormatId is { } id && formats.TryGetValue(id.Value, out var code) ? code : null;
                    cells.Add(cell.DataType?.Value == CellValues.InlineString
                        ? new SheetCell(cell.InlineString!.Text!.Text, null, format)
                        : cell.DataType is null && cell.CellValue is not null
                            ? new SheetCell(null, decimal.Parse(cell.CellValue.Text, System.Globalization.CultureInfo.InvariantCulture), format)
                            : new SheetCell(cell.CellValue?.Text, null, format));
                }

                rows.Add(cells);
            }

            result.Add(sheet.Name!.Value!, rows);
        }

        return result;
    }
}
