using System.Linq;
using System.Text.Json;
using MassMobilization.Core.Tests.Infrastructure;
using Xunit;

namespace MassMobilization.Core.Tests.Cli;

public sealed class EligibilityCommandTests
{
    [Fact]
    public void Eligibility_prints_verdicts_and_explains_one_with_its_articles()
    {
        var (exit, output, _) = CliTests.Run("eligibility", "--explain", "N2:CSTDCS");
        Assert.Equal(0, exit);
        Snapshot.VerifyText(output);
    }

    [Fact]
    public void The_rule_set_follows_the_achievement_year()
    {
        var (_, before, _) = CliTests.Run("eligibility", "--year", "2023", "--nominees", "3", "--format", "json");
        var (_, after, _) = CliTests.Run("eligibility", "--year", "2024", "--nominees", "3", "--format", "json");
        using var old = JsonDocument.Parse(before);
        using var current = JsonDocument.Parse(after);
        Assert.Equal("VN-2003", old.RootElement.GetProperty("ruleSet").GetString());
        Assert.Equal("VN-2024", current.RootElement.GetProperty("ruleSet").GetString());
        Assert.Equal(3, current.RootElement.GetProperty("verdicts").EnumerateArray().Count());
    }

    [Theory]
    [InlineData("--explain", "N999:CSTDCS", "massmob: error: --explain: 'N999:CSTDCS' is not NOMINEE:AWARD for one of the checked nominees and an award code such as CSTDCS.\n")]
    [InlineData("--nominees", "0", "massmob: error: --nominees: 0 is not between 1 and 1000.\n")]
    public void Bad_options_are_one_line_with_exit_code_2(string option, string value, string expected)
    {
        var (exit, _, error) = CliTests.Run("eligibility", option, value, "--lang", "en");
        Assert.Equal(2, exit);
        Assert.Equal(expected, error);
    }
}
