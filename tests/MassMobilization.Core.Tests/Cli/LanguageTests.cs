using System;
using Xunit;

namespace MassMobilization.Core.Tests.Cli;

/// <summary>Help and one-line errors follow <c>--lang</c> (Vietnamese by default), and never name the CLI's internal types.</summary>
public sealed class LanguageTests
{
    [Theory]
    [InlineData("--format", "pdf", "massmob: error: --format: 'pdf' không phải là giá trị hợp lệ; chọn một trong: table, json, csv, xlsx. (see 'massmob --help')\n")]
    [InlineData("--map", "world", "massmob: error: --map: 'world' không phải là giá trị hợp lệ; chọn một trong: sample, official. (see 'massmob --help')\n")]
    [InlineData("--lang", "fr", "massmob: error: --lang: 'fr' không phải là giá trị hợp lệ; chọn một trong: vi, en. (see 'massmob --help')\n")]
    public void A_bad_choice_lists_the_allowed_values_in_Vietnamese(string option, string value, string expected)
    {
        var (exit, _, error) = CliTests.Run("report", option, value);
        Assert.Equal(2, exit);
        Assert.Equal(expected, error);
    }

    [Theory]
    [InlineData("report", "--format", "pdf", "table, json, csv, xlsx")]
    [InlineData("rebase", "--map", "world", "sample, official")]
    public void A_bad_choice_in_English_lists_the_allowed_values_and_no_internal_type(string command, string option, string value, string allowed)
    {
        var (exit, _, error) = CliTests.Run(command, "--lang", "en", option, value);
        Assert.Equal(2, exit);
        Assert.Contains($"{option}: '{value}' is not allowed; use one of: {allowed}.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("MassMobilization", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void A_bad_number_names_the_option_and_its_range_not_a_type()
    {
        var (exit, _, error) = CliTests.Run("eligibility", "--year", "abc");
        Assert.Equal(2, exit);
        Assert.Contains("--year: 'abc' không phải là số nguyên từ -2147483648 đến 2147483647.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.Int32", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_of_the_commands_are_in_Vietnamese_by_default_and_in_English_with_lang_en()
    {
        var (exit, _, vietnamese) = CliTests.Run("eligibility", "--nominees", "0");
        Assert.Equal(2, exit);
        Assert.Equal("massmob: error: --nominees: 0 không nằm trong khoảng từ 1 đến 1000.\n", vietnamese);
        var (_, _, english) = CliTests.Run("eligibility", "--nominees", "0", "--lang=en");
        Assert.Equal("massmob: error: --nominees: 0 is not between 1 and 1000.\n", english);
    }

    [Fact]
    public void An_unrecognized_argument_is_reported_in_the_chosen_language()
    {
        var (exit, _, error) = CliTests.Run("report", "--no-such-option");
        Assert.Equal(2, exit);
        Assert.Contains("không nhận ra lệnh hoặc đối số '--no-such-option'.", error, StringComparison.Ordinal);
        var (_, _, english) = CliTests.Run("report", "-l", "en", "--no-such-option");
        Assert.Contains("unrecognized command or argument '--no-such-option'.", english, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_is_in_Vietnamese_by_default_and_in_English_with_lang_en()
    {
        var (exit, vietnamese, _) = CliTests.Run("eligibility", "--help");
        Assert.Equal(0, exit);
        Assert.Contains("Xét hồ sơ công tác mười năm của người mẫu", vietnamese, StringComparison.Ordinal);
        Assert.Contains("Năm xét thành tích", vietnamese, StringComparison.Ordinal);
        Assert.Contains("Định dạng kết quả", vietnamese, StringComparison.Ordinal);
        Assert.DoesNotContain("The achievement year", vietnamese, StringComparison.Ordinal);

        var (_, english, _) = CliTests.Run("eligibility", "--help", "--lang", "en");
        Assert.Contains("Check the sample nominees' ten-year service records", english, StringComparison.Ordinal);
        Assert.Contains("The achievement year", english, StringComparison.Ordinal);
        Assert.DoesNotContain("Năm xét thành tích", english, StringComparison.Ordinal);

        var (_, root, _) = CliTests.Run("--help");
        Assert.Contains("các quy định của công tác dân vận", root, StringComparison.Ordinal);
        Assert.Contains("In phiên bản của thư viện.", root, StringComparison.Ordinal);
    }
}
