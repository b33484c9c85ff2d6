using System;
using MassMobilization.Core.Aggregation;
using NodaTime;
using Xunit;

namespace MassMobilization.Core.Tests.Aggregation;

public sealed class ReportingPeriodTests
{
    [Fact]
    public void Builds_the_usual_periods_with_labels()
    {
        var year = ReportingPeriod.Year(2024);
        Assert.Equal(new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31)), year.Interval);
        Assert.Equal("Năm 2024", year.Label);

        var h1 = ReportingPeriod.HalfYear(2024, 1);
        Assert.Equal(new LocalDate(2024, 6, 30), h1.End);
        Assert.Equal("6 tháng đầu năm 2024", h1.Label);
        Assert.Equal("H1 2024", h1.EnglishLabel);
        Assert.Equal(new LocalDate(2024, 7, 1), ReportingPeriod.HalfYear(2024, 2).Start);

        var q1 = ReportingPeriod.Quarter(2024, 1);
        Assert.Equal(new LocalDate(2024, 3, 31), q1.End);
        Assert.Equal("Quý I/2024", q1.Label);
        Assert.Equal(new LocalDate(2024, 12, 31), ReportingPeriod.Quarter(2024, 4).End);
        Assert.Equal("Quý IV/2024", ReportingPeriod.Quarter(2024, 4).Label);

        var term = ReportingPeriod.PartyTerm(2020, 2025);
        Assert.Equal("Nhiệm kỳ 2020–2025", term.Label);
        Assert.Equal(ReportingPeriodKind.PartyTerm, term.Kind);
        Assert.True(term.Contains(new LocalDate(2023, 5, 1)));
        Assert.False(term.Contains(new LocalDate(2026, 1, 1)));

        var custom = ReportingPeriod.Custom(new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 10, 31)), "10 tháng năm 2024", "10 months of 2024");
        Assert.Equal(ReportingPeriodKind.Custom, custom.Kind);
    }

    [Fact]
    public void Compares_and_orders()
    {
        Assert.Equal(ReportingPeriod.Year(2024), ReportingPeriod.Year(2024));
        Assert.True(ReportingPeriod.Year(2024) == ReportingPeriod.Year(2024));
        Assert.True(ReportingPeriod.HalfYear(2024, 1) < ReportingPeriod.HalfYear(2024, 2));
        Assert.True(ReportingPeriod.Year(2024) > ReportingPeriod.HalfYear(2024, 1));
        Assert.True(ReportingPeriod.Quarter(2024, 1) <= ReportingPeriod.Quarter(2024, 1));
        Assert.NotEqual(ReportingPeriod.Year(2024), ReportingPeriod.Custom(ReportingPeriod.Year(2024).Interval, "Năm 2024", "2024"));
    }

    [Fact]
    public void Rejects_out_of_range_arguments()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.HalfYear(2024, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Quarter(2024, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.PartyTerm(2025, 2020));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Year(1800));
        Assert.Throws<ArgumentException>(() => ReportingPeriod.Custom(ReportingPeriod.Year(2024).Interval, " ", "x"));
    }

    [Fact]
    public void Create_reads_back_every_kind_and_refuses_parts_that_do_not_fit()
    {
        var periods = new[]
        {
            ReportingPeriod.Year(2024), ReportingPeriod.HalfYear(2024, 1), ReportingPeriod.HalfYear(2024, 2), ReportingPeriod.Quarter(2024, 3),
            ReportingPeriod.PartyTerm(2020, 2025), ReportingPeriod.Custom(new NodaTime.DateInterval(new NodaTime.LocalDate(2024, 3, 5), new NodaTime.LocalDate(2024, 9, 1)), "Đợt thi đua", "Campaign"),
        };
        foreach (var period in periods)
        {
            Assert.Equal(period, ReportingPeriod.Create(period.Kind, period.Interval, period.Label, period.EnglishLabel));
        }

        var year = ReportingPeriod.Year(2024);
        Assert.Throws<System.ArgumentException>("interval", () => ReportingPeriod.Create(ReportingPeriodKind.Year, ReportingPeriod.HalfYear(2024, 1).Interval, year.Label, year.EnglishLabel));
        Assert.Throws<System.ArgumentException>("interval", () => ReportingPeriod.Create(ReportingPeriodKind.Year, year.Interval, "Năm 2025", year.EnglishLabel));
        Assert.Throws<System.ArgumentOutOfRangeException>("kind", () => ReportingPeriod.Create((ReportingPeriodKind)9, year.Interval, year.Label, year.EnglishLabel));
    }
}
