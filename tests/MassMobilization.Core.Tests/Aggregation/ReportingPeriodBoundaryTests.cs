using System;
using MassMobilization.Core.Aggregation;
using NodaTime;
using Xunit;

namespace MassMobilization.Core.Tests.Aggregation;

/// <summary>
/// The edges of every period factory, each side of each bound (mutation testing showed that only values far
/// outside the ranges were tried): the years 1900 and 9999 are in, 1899 and 10000 out; halves 1–2, quarters
/// 1–4, months 1–12; a term of a single year is refused.
/// </summary>
public sealed class ReportingPeriodBoundaryTests
{
    [Theory]
    [InlineData(1900)]
    [InlineData(9999)]
    public void The_first_and_last_years_are_accepted_by_every_factory(int year)
    {
        Assert.Equal(year, ReportingPeriod.Year(year).Start.Year);
        Assert.Equal(new LocalDate(year, 12, 31), ReportingPeriod.HalfYear(year, 2).End);
        Assert.Equal(new LocalDate(year, 10, 1), ReportingPeriod.Quarter(year, 4).Start);
        Assert.Equal(new LocalDate(year, 12, 31), ReportingPeriod.Month(year, 12).End);
    }

    [Theory]
    [InlineData(1899)]
    [InlineData(10000)]
    public void A_year_just_outside_the_range_is_refused_naming_the_parameter(int year)
    {
        Assert.Throws<ArgumentOutOfRangeException>(nameof(year), () => ReportingPeriod.Year(year));
        Assert.Throws<ArgumentOutOfRangeException>(nameof(year), () => ReportingPeriod.HalfYear(year, 1));
        Assert.Throws<ArgumentOutOfRangeException>(nameof(year), () => ReportingPeriod.Quarter(year, 1));
        Assert.Throws<ArgumentOutOfRangeException>(nameof(year), () => ReportingPeriod.Month(year, 1));
        Assert.Throws<ArgumentOutOfRangeException>("firstYear", () => ReportingPeriod.PartyTerm(year, 2025));
        Assert.Throws<ArgumentOutOfRangeException>("lastYear", () => ReportingPeriod.PartyTerm(2020, year));
    }

    [Fact]
    public void Halves_quarters_and_months_are_refused_one_past_each_end()
    {
        Assert.Throws<ArgumentOutOfRangeException>("half", () => ReportingPeriod.HalfYear(2024, 0));
        Assert.Throws<ArgumentOutOfRangeException>("half", () => ReportingPeriod.HalfYear(2024, 3));
        Assert.Throws<ArgumentOutOfRangeException>("quarter", () => ReportingPeriod.Quarter(2024, 0));
        Assert.Throws<ArgumentOutOfRangeException>("quarter", () => ReportingPeriod.Quarter(2024, 5));
        Assert.Throws<ArgumentOutOfRangeException>("month", () => ReportingPeriod.Month(2024, 0));
        Assert.Throws<ArgumentOutOfRangeException>("month", () => ReportingPeriod.Month(2024, 13));
    }

    [Fact]
    public void The_first_half_ends_on_30_June_and_the_second_starts_on_1_July()
    {
        var first = ReportingPeriod.HalfYear(2024, 1);
        var second = ReportingPeriod.HalfYear(2024, 2);
        Assert.Equal(new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 6, 30)), first.Interval);
        Assert.Equal(new DateInterval(new LocalDate(2024, 7, 1), new LocalDate(2024, 12, 31)), second.Interval);
        Assert.Equal(("6 tháng cuối năm 2024", "H2 2024"), (second.Label, second.EnglishLabel));
    }

    [Fact]
    public void A_party_term_must_span_more_than_one_year()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>("lastYear", () => ReportingPeriod.PartyTerm(2020, 2020));
        Assert.Equal(2020, e.ActualValue);
        var shortest = ReportingPeriod.PartyTerm(2020, 2021);
        Assert.Equal(new DateInterval(new LocalDate(2020, 1, 1), new LocalDate(2021, 12, 31)), shortest.Interval);
        Assert.Equal(("Nhiệm kỳ 2020–2021", "Term 2020–2021"), (shortest.Label, shortest.EnglishLabel));
    }

    [Fact]
    public void A_stored_period_is_read_back_by_the_month_its_interval_starts_in()
    {
        foreach (var period in new[] { ReportingPeriod.HalfYear(2024, 1), ReportingPeriod.HalfYear(2024, 2), ReportingPeriod.Quarter(2024, 2), ReportingPeriod.Quarter(2024, 3) })
        {
            Assert.Equal(period, ReportingPeriod.Create(period.Kind, period.Interval, period.Label, period.EnglishLabel));
        }

        var july = ReportingPeriod.Quarter(2024, 3);
        Assert.Throws<ArgumentException>("interval", () => ReportingPeriod.Create(ReportingPeriodKind.HalfYear, july.Interval, july.Label, july.EnglishLabel));
    }
}
