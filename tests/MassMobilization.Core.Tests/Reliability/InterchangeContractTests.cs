using System;
using System.Text.Json.Nodes;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Serialization.SystemTextJson;
using MassMobilization.Core.Tests.Interchange;
using Xunit;

namespace MassMobilization.Core.Tests.Reliability;

/// <summary>
/// The failures of issue 21 in the interchange formats: out-of-range and inexact values and dangling references
/// are an <see cref="InterchangeException"/> with a code and the JSON path, never another exception, never a
/// silent rounding (docs/reliability.md, "The library contract").
/// </summary>
public sealed class InterchangeContractTests
{
    private static string Edit(string kind, Action<JsonNode> edit)
    {
        var root = JsonNode.Parse(DocumentedExampleTests.Examples()[kind])!;
        edit(root);
        return root.ToJsonString();
    }

    private static InterchangeException Rejected<T>(InterchangeFormat<T> format, string json)
        where T : class => Assert.Throws<InterchangeException>(() => format.Read(json));

    [Fact]
    public void A_contest_section_maximum_of_7_9e28_with_weight_2_is_an_invalid_value_at_its_round_not_an_overflow()
    {
        string json = Edit("contest", root =>
        {
            root["rounds"]![0]!["sections"]![0]!["maximum"] = JsonNode.Parse("7.9e28");
            root["rounds"]![0]!["sections"]![0]!["weight"] = 2;
        });

        var exception = Rejected(InterchangeFormats.Contest, json);

        Assert.Equal(InterchangeErrorCodes.InvalidValue, exception.ErrorCode);
        Assert.StartsWith("$.rounds[0]", exception.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void A_contest_whose_weighted_maxima_reach_the_limit_exactly_is_read()
    {
        string json = Edit("contest", root =>
        {
            root["rounds"]![0]!["sections"]![0]!["maximum"] = JsonNode.Parse("999999999925");
            root["rounds"]![0]!["sections"]![0]!["weight"] = 1;
        });

        var contest = InterchangeFormats.Contest.Read(json);

        Assert.Equal(1_000_000_000_000m, contest.Contest.Rounds[0].MaximumTotal);
    }

    [Theory]
    [InlineData("1e-30")]
    [InlineData("0.12345678901234567890123456789012")]
    [InlineData("79228162514264337593543950336")]
    [InlineData("1e400")]
    public void A_section_maximum_that_a_decimal_cannot_hold_exactly_is_rejected_at_its_path_never_rounded(string maximum)
    {
        string json = Edit("contest", root => root["rounds"]![0]!["sections"]![0]!["maximum"] = JsonNode.Parse(maximum));

        var exception = Rejected(InterchangeFormats.Contest, json);

        Assert.Equal(InterchangeErrorCodes.InvalidValue, exception.ErrorCode);
        Assert.Equal("$.rounds[0].sections[0].maximum", exception.Path);
    }

    [Theory]
    [InlineData("20.000", 20)]
    [InlineData("2e1", 20)]
    [InlineData("0.2E+2", 20)]
    [InlineData("0.0000000000000000000000000020e28", 20)]
    public void A_section_maximum_written_with_trailing_zeros_or_an_exponent_is_read_exactly(string maximum, int expected)
    {
        string json = Edit("contest", root => root["rounds"]![0]!["sections"]![0]!["maximum"] = JsonNode.Parse(maximum));

        var contest = InterchangeFormats.Contest.Read(json);

        Assert.Equal(expected, contest.Contest.Rounds[0].Sections[0].Maximum);
    }

    [Theory]
    [InlineData("sum", "-991")]
    [InlineData("count", "-991")]
    [InlineData("sum", "9223372036854775808")]
    public void A_partial_entry_with_a_negative_or_too_large_figure_is_rejected_at_its_path(string property, string value)
    {
        string json = Edit("partial", root => root["entries"]![1]![property] = JsonNode.Parse(value));

        var exception = Rejected(InterchangeFormats.Partial, json);

        Assert.Equal(InterchangeErrorCodes.InvalidValue, exception.ErrorCode);
        Assert.Equal($"$.entries[1].{property}", exception.Path);
    }

    [Fact]
    public void A_partial_with_long_max_in_one_commune_and_one_in_its_sibling_is_read_and_its_roll_up_is_rule_AGG_SUM_OVERFLOW()
    {
        string json = Edit("partial", root =>
        {
            root["entries"]![0]!["slot"] = "MODELS-REGISTERED";
            root["entries"]![0]!["sum"] = long.MaxValue;
            root["entries"]![2]!["sum"] = 1;
        });
        var partial = InterchangeFormats.Partial.Read(json);
        var shape = RollUpShape.Create([new("020"), new("00640"), new("00643")], [-1, 0, 0]);

        var exception = Assert.Throws<DomainRuleException>(() => RollUpEngine.RollUp(shape, IndicatorLayout.Standard, partial));

        Assert.Equal(AggregationRuleCodes.SumOverflow, exception.RuleCode);
        Assert.Contains("020", exception.Message, StringComparison.Ordinal);
        Assert.Contains("MODELS-REGISTERED", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_unit_whose_parent_is_not_in_the_chart_is_an_unknown_reference_at_the_parent()
    {
        string json = Edit("chart", root => root["units"]![0]!["parent"] = "99999");

        var exception = Rejected(InterchangeFormats.Chart, json);

        Assert.Equal(InterchangeErrorCodes.UnknownReference, exception.ErrorCode);
        Assert.Equal("$.units[0].parent", exception.Path);
    }

    [Fact]
    public void A_succession_to_a_unit_that_is_not_in_the_chart_is_an_unknown_reference_at_the_successor()
    {
        string json = Edit("chart", root => root["unitSuccessions"]![0]!["to"]![0]!["successor"] = "99999");

        var exception = Rejected(InterchangeFormats.Chart, json);

        Assert.Equal(InterchangeErrorCodes.UnknownReference, exception.ErrorCode);
        Assert.Equal("$.unitSuccessions[0].to[0].successor", exception.Path);
    }

    [Fact]
    public void A_succession_from_a_body_that_is_not_in_the_chart_is_an_unknown_reference_at_the_predecessor()
    {
        string json = Edit("chart", root => root["committeeSuccessions"]![0]!["from"]![0] = "999-BDV");

        var exception = Rejected(InterchangeFormats.Chart, json);

        Assert.Equal(InterchangeErrorCodes.UnknownReference, exception.ErrorCode);
        Assert.Equal("$.committeeSuccessions[0].from[0]", exception.Path);
    }
}
