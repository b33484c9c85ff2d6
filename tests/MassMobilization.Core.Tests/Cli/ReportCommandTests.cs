using System.Linq;
using System.Text.Json;
using MassMobilization.Core.Tests.Infrastructure;
using Xunit;

namespace MassMobilization.Core.Tests.Cli;

public sealed class ReportCommandTests
{
    [Fact]
    public void The_main_job_prints_the_Thanh_Tri_first_half_2024_report()
    {
        var (exit, output, error) = CliTests.Run("report");
        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Contains("185/261 (70%)", output, System.StringComparison.Ordinal);
        Snapshot.VerifyText(output);

        Assert.Contains("185/261 mô hình hoàn thành, đạt 70%", CliTests.Unwrap(output), System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_yearly_report_as_json_reproduces_the_seed_figures_rolled_up_from_communes()
    {
        var (exit, output, _) = CliTests.Run("report", "--period", "2024", "--format", "json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var figures = json.RootElement.GetProperty("figures").EnumerateArray()
            .ToDictionary(f => f.GetProperty("indicator").GetString()!, f => f);
        Assert.Equal(261, figures["MODELS-REGISTERED"].GetProperty("value").GetInt64());
        Assert.Equal(140, figures["DIALOGUES-HELD"].GetProperty("value").GetInt64());
        Assert.Equal(301, figures["CITIZENS-RECEIVED"].GetProperty("numerator").GetInt64());
        Assert.Equal(314, figures["CITIZENS-RECEIVED"].GetProperty("denominator").GetInt64());
        Assert.Equal(165.34m, decimal.Round(figures["SUPPORT-VALUE"].GetProperty("value").GetInt64() / 1_000_000_000m, 2));
        Assert.Equal(18, figures["AWARDS-COLLECTIVES"].GetProperty("value").GetInt64());
        var units = json.RootElement.GetProperty("units").EnumerateArray().ToList();
        Assert.Equal(17, units.Count);
        Assert.Equal(units[0].GetProperty("registered").GetInt64(), units.Skip(1).Sum(u => u.GetProperty("registered").GetInt64()));
        Snapshot.VerifyText(output);

        var (_, table, _) = CliTests.Run("report", "--period", "2024");
        Assert.Contains("165,34 tỷ đồng", table, System.StringComparison.Ordinal);
        Assert.Contains("146 tập thể và 18 cá nhân đăng ký 261 mô hình (7 cấp tỉnh/thành phố, 254 cấp huyện", CliTests.Unwrap(table), System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_yearly_report_lists_the_awards_by_authority_and_form_counted_from_the_decision()
    {
        var (exit, output, _) = CliTests.Run("report", "--period", "2024", "--format", "json");
        Assert.Equal(0, exit);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        var rows = json.RootElement.GetProperty("awards").EnumerateArray()
            .Select(r => $"{r.GetProperty("authority").GetString()} {r.GetProperty("awardForm").GetString()} {r.GetProperty("recipient").GetString()} {r.GetProperty("count").GetInt64()}")
            .ToArray();
        Assert.Equal(["BDV-TINH GK-CTXH collective 18", "BDV-TINH GK-CTXH individual 18"], rows);
        var (_, english, _) = CliTests.Run("report", "--period", "2024", "--lang", "en");
        Assert.Contains("Mass Mobilization Commission (province level)", english, System.StringComparison.Ordinal);

        // The decision of 2024-12-20 counts in the second half-year, not in the first.
        var (_, secondHalf, _) = CliTests.Run("report", "--period", "2024-H2", "--format", "json");
        using var h2 = System.Text.Json.JsonDocument.Parse(secondHalf);
        Assert.Equal(2, h2.RootElement.GetProperty("awards").GetArrayLength());
        var (_, firstHalf, _) = CliTests.Run("report", "--format", "json");
        using var h1 = System.Text.Json.JsonDocument.Parse(firstHalf);
        Assert.False(h1.RootElement.TryGetProperty("awards", out _));
    }

    [Fact]
    public void A_report_after_the_restructuring_rebases_the_records_onto_the_new_communes()
    {
        var (exit, output, _) = CliTests.Run("report", "--unit", "01", "--period", "2024", "--as-of", "2025-12-31", "--format", "csv");
        Assert.Equal(0, exit);
        Snapshot.VerifyText(output);
    }

    [Fact]
    public void The_official_map_reports_the_sample_records_kept_at_their_real_codes_across_the_reform()
    {
        var (exit, output, error) = CliTests.Run("report", "--map", "official", "--unit", "01", "--period", "2024", "--as-of", "2025-12-31", "--format", "json");
        Assert.Equal(0, exit);
        Assert.Empty(error);
        using var json = JsonDocument.Parse(output);
        var (_, sampleOutput, _) = CliTests.Run("report", "--unit", "01", "--period", "2024", "--as-of", "2025-12-31", "--format", "json");
        using var sample = JsonDocument.Parse(sampleOutput);
        Assert.Equal(sample.RootElement.GetProperty("records").GetInt64(), json.RootElement.GetProperty("records").GetInt64());
        var units = json.RootElement.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("unit").GetString()).ToList();
        Assert.Equal("01", units[0]);
        Assert.True(units.Count > 100, "the official Hà Nội holds 126 communes after the reform");

        var (failed, _, message) = CliTests.Run("report", "--map", "official", "--lang", "en");
        Assert.Equal(2, failed);
        Assert.Contains("the official map holds the units of 2025", message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-H3", "01", "massmob: error: --period: '2024-H3' is not a year (2024), a half-year (2024-H1), a quarter (2024-Q3) or a term (2020-2025).\n")]
    [InlineData("2025", "020", "massmob: error: --unit: no unit 020 on 2025-12-31 in the sample map (try 01 Hà Nội, or 020 Thanh Trì until 2025-06-30).\n")]
    public void Bad_options_are_one_line_with_exit_code_2(string period, string unit, string expected)
    {
        var (exit, _, error) = CliTests.Run("report", "--period", period, "--unit", unit, "--as-of", "2025-12-31", "--lang", "en");
        Assert.Equal(2, exit);
        Assert.Equal(expected, error);
    }
}
