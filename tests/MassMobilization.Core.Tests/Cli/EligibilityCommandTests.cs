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

    [Fact]
    public void The_commemorative_medals_need_review_until_the_years_of_service_are_configured()
    {
        var (exit, output, _) = CliTests.Run("eligibility", "--nominees", "3", "--explain", "N0:KNC-DV", "--format", "json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var medals = json.RootElement.GetProperty("medals").EnumerateArray().ToArray();
        Assert.Equal(3, medals.Length);
        Assert.All(medals, m => Assert.Equal("NeedsReview", m.GetProperty("KNC-DV").GetString()));
        Assert.All(medals, m => Assert.Equal("NeedsReview", m.GetProperty("KNC-DDK").GetString()));
        var criteria = json.RootElement.GetProperty("explanation").EnumerateArray().ToArray();
        var years = criteria.Single(c => c.GetProperty("criterion").GetString() == "AWD-KNC-SERVICE-YEARS");
        Assert.Equal("Unknown", years.GetProperty("outcome").GetString());
        var pending = criteria.Single(c => c.GetProperty("criterion").GetString() == "AWD-KNC-PENDING");
        Assert.Equal("Met", pending.GetProperty("outcome").GetString());
        Assert.Contains("(unconfirmed)", pending.GetProperty("citation").GetString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_nominee_under_pending_discipline_is_ineligible_for_the_medals_with_the_clause()
    {
        var records = new[]
        {
            new MassMobilization.Core.Awards.ServiceRecord("P1", MassMobilization.Core.Awards.RecipientKinds.Individual, 2000, [new MassMobilization.Core.Awards.ServiceYear(2025, MassMobilization.Core.Awards.TaskRating.Good)], [], [], [], MassMobilization.Core.Awards.PendingProceedings.Discipline),
        };
        string file = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "massmob-pending-" + System.Guid.NewGuid().ToString("N") + ".json");
        System.IO.File.WriteAllText(file, MassMobilization.Core.Serialization.SystemTextJson.InterchangeFormats.ServiceRecords.WriteString(records));
        try
        {
            var (exit, output, _) = CliTests.Run("eligibility", "--input", file, "--explain", "P1:KNC-DDK", "--format", "json");
            Assert.Equal(0, exit);
            using var json = JsonDocument.Parse(output);
            var row = Assert.Single(json.RootElement.GetProperty("medals").EnumerateArray().ToArray());
            Assert.Equal("Ineligible", row.GetProperty("KNC-DV").GetString());
            Assert.Equal("Ineligible", row.GetProperty("KNC-DDK").GetString());
            var pending = json.RootElement.GetProperty("explanation").EnumerateArray().Single(c => c.GetProperty("criterion").GetString() == "AWD-KNC-PENDING");
            Assert.Equal("NotMet", pending.GetProperty("outcome").GetString());
            Assert.Contains("152/2025/NĐ-CP art. 4, applied to KNC-DDK", pending.GetProperty("citation").GetString(), System.StringComparison.Ordinal);
            Assert.Contains("(unconfirmed)", pending.GetProperty("citation").GetString(), System.StringComparison.Ordinal);
        }
        finally
        {
            System.IO.File.Delete(file);
        }
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
