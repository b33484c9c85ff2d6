using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MassMobilization.Core.Aggregation;
using NodaTime;
using Xunit;

namespace MassMobilization.Core.Tests.Aggregation;

public sealed class ReportingPeriodPatternTests
{
    private static readonly ReportingPeriodPattern Pattern = ReportingPeriodPattern.Compact;

    [Theory]
    [InlineData("2024", "Năm 2024")]
    [InlineData("2024-H1", "6 tháng đầu năm 2024")]
    [InlineData("2024-H2", "6 tháng cuối năm 2024")]
    [InlineData("2024-Q3", "Quý III/2024")]
    [InlineData("2024-05", "Tháng 5/2024")]
    [InlineData("2020-2025", "Nhiệm kỳ 2020–2025")]
    [InlineData("2024-01-15..2024-03-31", "Từ ngày 15/01/2024 đến ngày 31/03/2024")]
    [InlineData("9999-Q4", "Quý IV/9999")]
    public void Parses_and_formats_every_form(string text, string label)
    {
        var period = Pattern.Parse(text).Value;
        Assert.Equal(label, period.Label);
        Assert.Equal(text, Pattern.Format(period));
    }

    [Fact]
    public void Parses_to_the_factories_values()
    {
        Assert.Equal(ReportingPeriod.Quarter(2024, 3), Pattern.Parse("2024-Q3").Value);
        Assert.Equal(ReportingPeriod.PartyTerm(2020, 2025), Pattern.Parse("2020-2025").Value);
        Assert.Equal(new DateInterval(new LocalDate(2024, 5, 1), new LocalDate(2024, 5, 31)), Pattern.Parse("2024-05").Value.Interval);
        Assert.Equal(new LocalDate(9999, 12, 31), Pattern.Parse("9999-Q4").Value.End);
        Assert.Equal("2024-02-01..2024-02-29", Pattern.Format(ReportingPeriod.Custom(new DateInterval(new LocalDate(2024, 2, 1), new LocalDate(2024, 2, 29)), "Tháng Hai", "February")));
    }

    [Theory]
    [InlineData(null, 0)]
    [InlineData("", 0)]
    [InlineData("2024-H3", 6)]
    [InlineData("2024-Q0", 6)]
    [InlineData("2024-13", 5)]
    [InlineData("2025-2020", 5)]
    [InlineData("0999", 0)]
    [InlineData("2024x", 4)]
    [InlineData("2024-03-31..2024-01-15", 12)]
    [InlineData("2024-02-30..2024-03-01", 0)]
    [InlineData("20245", 4)]
    public void Bad_text_is_a_failure_with_a_position_never_an_exception(string? text, int position)
    {
        var result = Pattern.Parse(text);
        Assert.False(result.Success);
        Assert.Equal(position, result.ErrorPosition);
        Assert.Contains("was expected", result.ErrorMessage, System.StringComparison.Ordinal);
        Assert.Throws<System.FormatException>(() => result.GetValueOrThrow());
    }

    [Property]
    public Property Parse_never_throws_and_round_trips_what_it_accepts()
    {
        var chars = Gen.Elements('0', '1', '2', '4', '5', '9', '-', 'H', 'Q', '.', 'x');
        var texts = Gen.ArrayOf(chars).Select(c => new string(c));
        return Prop.ForAll(texts.ToArbitrary(), text =>
        {
            var result = Pattern.Parse(text);
            return !result.Success || Pattern.Parse(Pattern.Format(result.Value)).Value.Equals(result.Value);
        });
    }

    [Property]
    public Property Every_quarter_round_trips()
    {
        return Prop.ForAll(Gen.Choose(1900, 9999).ToArbitrary(), Gen.Choose(1, 4).ToArbitrary(), (year, quarter) =>
            Pattern.Parse(Pattern.Format(ReportingPeriod.Quarter(year, quarter))).Value.Equals(ReportingPeriod.Quarter(year, quarter)))
            ;
    }
}
