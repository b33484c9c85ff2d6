using System.Linq;
using System.Text.Json;
using MassMobilization.Core.Tests.Infrastructure;
using Xunit;

namespace MassMobilization.Core.Tests.Cli;

public sealed class ContestCommandTests
{
    [Fact]
    public void Contest_prints_every_round_with_ranks_and_reasons()
    {
        var (exit, output, _) = CliTests.Run("contest");
        Assert.Equal(0, exit);
        Snapshot.VerifyText(output);
    }

    [Fact]
    public void Contest_json_sends_one_team_per_commune_to_the_district_round()
    {
        var (exit, output, _) = CliTests.Run("contest", "--format", "json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var grassroots = json.RootElement.GetProperty("round1").EnumerateArray().ToList();
        var district = json.RootElement.GetProperty("round2").EnumerateArray().ToList();
        Assert.Equal(93, grassroots.Count);
        Assert.Equal(16, district.Count);
        Assert.Equal(16, district.Select(t => t.GetProperty("commune").GetString()).Distinct().Count());
        Assert.All(district, t => Assert.Contains(grassroots, g => g.GetProperty("team").GetString() == t.GetProperty("team").GetString()
            && g.GetProperty("outcome").GetString() == "Advanced"));
    }

    [Fact]
    public void Another_seed_gives_another_contest()
    {
        var (_, first, _) = CliTests.Run("contest", "--format", "csv");
        var (_, second, _) = CliTests.Run("contest", "--format", "csv", "--seed", "7");
        Assert.NotEqual(first, second);
        Assert.Equal(94, second.Split("\r\n", System.StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
