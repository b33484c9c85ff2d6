using System;
using MassMobilization.Core.Tests.Text;
using Xunit;

namespace MassMobilization.Core.Tests.Cli;

/// <summary>Issue #20: no Vietnamese output of a command holds the English text of an explanation code, and the English output holds no Vietnamese one.</summary>
public sealed class LocalisedOutputTests
{
    [Theory]
    [InlineData("report")]
    [InlineData("report", "--period", "2024")]
    [InlineData("evaluate", "--unit", "00649")]
    [InlineData("evaluate", "--unit", "00679")]
    [InlineData("contest")]
    [InlineData("eligibility", "--explain", "N2:CSTDCS")]
    [InlineData("parse", "18-NQ/", "18-NQ/TW x", "98/1900/NĐ-CP", "3406/QĐ-UBND")]
    [InlineData("rebase", "--to", "2025-07-01")]
    public void A_Vietnamese_table_holds_no_English_text_of_a_code(params string[] command)
    {
        var (_, output, error) = CliTests.Run([.. command, "--lang", "vi"]);
        Assert.True(error.Length == 0 || command[0] == "parse", error);
        foreach (string fragment in LocalisedReasonTests.EnglishFragments())
        {
            Assert.False(output.Contains(fragment, StringComparison.Ordinal), $"'{fragment}' in the Vietnamese output of {string.Join(' ', command)}");
        }
    }

    [Fact]
    public void The_reasons_of_evaluate_contest_and_parse_are_in_the_output_language()
    {
        var (_, evaluate, _) = CliTests.Run("evaluate", "--unit", "00649");
        Assert.Contains("Xếp loại: Hoàn thành tốt nhiệm vụ: theo điểm được xếp loại Hoàn thành xuất sắc nhiệm vụ", evaluate, StringComparison.Ordinal);
        var (_, english, _) = CliTests.Run("evaluate", "--unit", "00649", "--lang", "en");
        Assert.Contains("Grade: Good: the score gives Excellent", english, StringComparison.Ordinal);
        var (_, contest, _) = CliTests.Run("contest");
        Assert.Contains("Vào vòng sau: hạng 1 với", contest, StringComparison.Ordinal);
        var (_, parse, _) = CliTests.Run("parse", "18-NQ/");
        Assert.Contains("Sau dấu '/'", parse, StringComparison.Ordinal);
        Assert.DoesNotContain("Expected", parse, StringComparison.Ordinal);
        var (_, json, _) = CliTests.Run("parse", "18-NQ/", "--format", "json");
        Assert.Contains("\"DOC-PARSE-ISSUER-AFTER-SLASH\"", json, StringComparison.Ordinal);
    }
}
