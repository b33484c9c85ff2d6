using System.Linq;
using System.Text.Json;
using MassMobilization.Core.Tests.Infrastructure;
using Xunit;

namespace MassMobilization.Core.Tests.Cli;

public sealed class EvaluateCommandTests
{
    [Fact]
    public void Evaluate_ranks_the_units_and_explains_a_card()
    {
        var (exit, output, _) = CliTests.Run("evaluate", "--unit", "00649");
        Assert.Equal(0, exit);
        Snapshot.VerifyText(output);
    }

    [Fact]
    public void Evaluate_json_shows_each_decision_rule_once()
    {
        var (exit, output, _) = CliTests.Run("evaluate", "--format", "json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var ranking = json.RootElement.GetProperty("ranking").EnumerateArray().ToList();
        Assert.Equal(5, ranking.Count);
        var byUnit = ranking.ToDictionary(r => r.GetProperty("unit").GetString()!, r => r);
        Assert.Equal("Excellent", byUnit["00646"].GetProperty("grade").GetString());
        Assert.Equal("DisciplineCap", byUnit["00649"].GetProperty("decidedBy").GetString());
        Assert.Equal("NoZeroCriterion", byUnit["00679"].GetProperty("decidedBy").GetString());
        Assert.False(byUnit["00670"].GetProperty("mayBeProposed").GetBoolean());
        Assert.Equal(79.25m, byUnit["00670"].GetProperty("final").GetDecimal());
    }

    [Fact]
    public void An_unknown_unit_is_one_line_with_exit_code_2()
    {
        var (exit, _, error) = CliTests.Run("evaluate", "--unit", "99999", "--lang", "en");
        Assert.Equal(2, exit);
        Assert.Equal("massmob: error: --unit: no score sheet for unit '99999' in the sample (units: 00646, 00649, 00658, 00670, 00679).\n", error);
    }
}
