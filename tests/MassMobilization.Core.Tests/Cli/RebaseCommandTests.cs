using System.IO;
using System.Text.Json;
using MassMobilization.Cli;

using MassMobilization.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace MassMobilization.Core.Tests.Cli;

public sealed class RebaseCommandTests
{
    [Fact]
    public void Rebase_prints_the_counts_on_the_new_communes_with_every_move()
    {
        var (exit, output, _) = CliTests.Run("rebase", "--to", "2025-07-01");
        Assert.Equal(0, exit);
        Snapshot.VerifyText(output);
    }

    [Fact]
    public void Rebase_on_the_official_map_conserves_the_total_and_names_the_real_new_communes()
    {
        var (exit, output, error) = CliTests.Run("rebase", "--map", "official", "--to", "2025-07-01", "--format", "json");
        Assert.Equal(0, exit);
        Assert.Empty(error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(261, root.GetProperty("total").GetInt64());
        Assert.Equal(root.GetProperty("total").GetInt64(), root.GetProperty("allocatedTotal").GetInt64() + root.GetProperty("unallocatedTotal").GetInt64());
        long rebased = 0;
        foreach (var row in root.GetProperty("rebased").EnumerateArray())
        {
            rebased += row.GetProperty("models").GetInt64();
            Assert.True(AdministrativeUnits.OfficialMapTestsAccess.IsNewUnit(row.GetProperty("unit").GetString()!));
        }

        Assert.Equal(root.GetProperty("allocatedTotal").GetInt64(), rebased);
    }

    [Fact]
    public void Rebase_json_conserves_the_total()
    {
        var (exit, output, _) = CliTests.Run("rebase", "--to", "2025-07-01", "--format", "json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        long total = json.RootElement.GetProperty("total").GetInt64();
        long sum = 0;
        foreach (var row in json.RootElement.GetProperty("rebased").EnumerateArray())
        {
            sum += row.GetProperty("models").GetInt64();
        }

        foreach (var row in json.RootElement.GetProperty("unallocated").EnumerateArray())
        {
            sum += row.GetProperty("models").GetInt64();
        }

        Assert.Equal(261, total);
        Assert.Equal(total, sum);
    }

    [Fact]
    public void Rebase_defaults_to_today_from_the_registered_clock()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 23, 2, 0));
        using var services = new ServiceCollection().AddSingleton<IClock>(clock).AddMassMobilization().BuildServiceProvider();
        var output = new StringWriter { NewLine = "\n" };
        int exit = CliApplication.Run(["rebase", "--lang", "en"], output, new StringWriter(), services);
        Assert.Equal(0, exit);
        Assert.Contains("Rebase from 2025-06-30 to 2026-11-23", output.ToString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_backwards_rebase_is_one_line_with_its_rule_code_and_exit_code_2()
    {
        var (exit, output, error) = CliTests.Run("rebase", "--from", "2025-06-30", "--to", "2024-01-01");
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Equal("massmob: error: [ORG-REBASE-BACKWARDS] Cannot rebase counts of 2025-06-30 onto the earlier structure of 2024-01-01.\n", error);
    }

    [Fact]
    public void A_bad_date_is_one_line_with_exit_code_2()
    {
        var (exit, _, error) = CliTests.Run("rebase", "--to", "2025-13-01", "--lang", "en");
        Assert.Equal(2, exit);
        Assert.Equal("massmob: error: --to: '2025-13-01' is not a date in the form uuuu-MM-dd. (see 'massmob --help')\n", error);
    }
}
