using System;
using System.Linq;
using MassMobilization.Core.Documents;
using NodaTime;
using NodaTime.Testing;
using Xunit;
using static MassMobilization.Core.Tests.Documents.DocumentGraphFixtures;

namespace MassMobilization.Core.Tests.Documents;

public sealed class ReviewScheduleTests
{
    [Fact]
    public void The_standard_schedule_reviews_after_five_and_ten_years()
    {
        var milestones = ReviewSchedule.Standard.MilestonesFor(Resolution25());
        Assert.Equal(
            [(ReviewKind.Interim, new LocalDate(2018, 6, 3)), (ReviewKind.Final, new LocalDate(2023, 6, 3))],
            milestones.Select(m => (m.Kind, m.DueOn)).ToList());
        Assert.Equal("Final review of 25-NQ/TW (P10Y) due 2023-06-03", milestones[1].ToString());
        Assert.All(milestones, m => Assert.Equal(new LocalDate(2013, 6, 3), m.IssuedOn));
    }

    [Fact]
    public void Offsets_are_configuration_and_must_be_positive()
    {
        foreach (var bad in new[] { Period.Zero, Period.FromYears(-5), Period.FromYears(1) + Period.FromMonths(-13), Period.FromDays(-1) })
        {
            var error = Assert.Throws<DomainRuleException>(() => new ReviewOffset(ReviewKind.Interim, bad));
            Assert.Equal(DocumentRuleCodes.ReviewOffsetNotPositive, error.RuleCode);
        }

        Assert.Equal("offset", Assert.Throws<ArgumentException>(() => new ReviewOffset(ReviewKind.Final, Period.FromHours(5))).ParamName);
        Assert.Equal("kind", Assert.Throws<ArgumentException>(() => new ReviewOffset((ReviewKind)7, Period.FromYears(1))).ParamName);
        Assert.Equal("offsets", Assert.Throws<ArgumentException>(() => new ReviewSchedule([])).ParamName);
        Assert.Equal("offsets", Assert.Throws<ArgumentException>(() => new ReviewSchedule([new ReviewOffset(ReviewKind.Interim, Period.FromYears(3)), new ReviewOffset(ReviewKind.Interim, Period.FromYears(3))])).ParamName);

        // A programme reviewed every half term (2.5 years) and at its end.
        var custom = new ReviewSchedule([new ReviewOffset(ReviewKind.Final, Period.FromYears(5)), new ReviewOffset(ReviewKind.Interim, Period.FromMonths(30))]);
        Assert.Equal(
            [new LocalDate(2020, 4, 25), new LocalDate(2022, 10, 25)],
            custom.MilestonesFor(Resolution18()).Select(m => m.DueOn).ToList());
    }

    [Fact]
    public void Reviews_due_within_a_reporting_period_include_both_ends()
    {
        var documents = All();
        var bothEnds = new DateInterval(new LocalDate(2023, 6, 3), new LocalDate(2024, 1, 7));
        Assert.Equal([R25, C43], ReviewSchedule.Standard.DueWithin(documents, bothEnds).Select(m => m.Document));
        var justInside = new DateInterval(new LocalDate(2023, 6, 4), new LocalDate(2024, 1, 6));
        Assert.Empty(ReviewSchedule.Standard.DueWithin(documents, justInside));

        // Party term XIII (2021–2026): the five-year review of Resolution 18 (2022-10-25), the ten-year review
        // of Resolution 25 (2023-06-03) and the five-year review of Conclusion 43 (2024-01-07).
        var term = new DateInterval(new LocalDate(2021, 2, 2), new LocalDate(2026, 1, 23));
        Assert.Equal([R18, R25, C43], ReviewSchedule.Standard.DueWithin(documents, term).Select(m => m.Document));
    }

    [Fact]
    public void Reviews_as_of_today_come_from_the_clock()
    {
        var documents = All();
        Assert.Equal([R25], ReviewSchedule.Standard.DueThisYear(documents, FakeClock.FromUtc(2023, 12, 31)).Select(m => m.Document));

        // 2023-12-31 17:00 UTC is already 2024-01-01 in Vietnam; 2022-12-31 17:00 UTC is 2023-01-01.
        Assert.Equal([C43], ReviewSchedule.Standard.DueThisYear(documents, new FakeClock(Instant.FromUtc(2023, 12, 31, 17, 0))).Select(m => m.Document));
        Assert.Equal([R25], ReviewSchedule.Standard.DueThisYear(documents, new FakeClock(Instant.FromUtc(2023, 12, 31, 16, 59))).Select(m => m.Document));
        Assert.Equal([R25], ReviewSchedule.Standard.DueThisYear(documents, new FakeClock(Instant.FromUtc(2022, 12, 31, 17, 0))).Select(m => m.Document));
        Assert.Equal([R18], ReviewSchedule.Standard.DueThisYear(documents, new FakeClock(Instant.FromUtc(2022, 12, 31, 16, 59))).Select(m => m.Document));

        var next = ReviewSchedule.Standard.NextFor(Conclusion43(), FakeClock.FromUtc(2024, 1, 8));
        Assert.Equal((ReviewKind.Final, new LocalDate(2029, 1, 7)), (next!.Value.Kind, next.Value.DueOn));
        Assert.Equal(new LocalDate(2024, 1, 7), ReviewSchedule.Standard.NextFor(Conclusion43(), new LocalDate(2024, 1, 7))!.Value.DueOn);
        Assert.Null(ReviewSchedule.Standard.NextFor(Resolution25(), new LocalDate(2023, 6, 4)));
    }

    [Fact]
    public void Milestones_order_by_due_date_then_document()
    {
        var a = ReviewSchedule.Standard.MilestonesFor(Resolution25())[1];
        var b = ReviewSchedule.Standard.MilestonesFor(Conclusion43())[0];
        Assert.True(a < b);
        Assert.True(b > a && b >= a && a <= b && a != b);
        Assert.Equal(a, ReviewSchedule.Standard.MilestonesFor(Resolution25())[1]);
    }

    [Fact]
    public void The_95th_anniversary_of_the_tradition_day_falls_on_2025_10_15()
    {
        var anniversary = Anniversary.Of(Anniversary.MassMobilizationTraditionDay, 95);
        Assert.Equal(new LocalDate(2025, 10, 15), anniversary.Date);
        Assert.Equal("95 years of 1930-10-15 on 2025-10-15", anniversary.ToString());

        var in2025 = Anniversary.Within(Anniversary.MassMobilizationTraditionDay, new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31)));
        Assert.Equal([95], in2025.Select(x => x.Years));
        var term = Anniversary.Within(Anniversary.MassMobilizationTraditionDay, new DateInterval(new LocalDate(2025, 10, 16), new LocalDate(2030, 10, 15)));
        Assert.Equal([96, 97, 98, 99, 100], term.Select(x => x.Years));
        Assert.Empty(Anniversary.Within(Anniversary.MassMobilizationTraditionDay, new DateInterval(new LocalDate(1900, 1, 1), new LocalDate(1931, 10, 14))));
        Assert.Equal("years", Assert.Throws<ArgumentOutOfRangeException>(() => Anniversary.Of(Anniversary.MassMobilizationTraditionDay, 0)).ParamName);

        // A 29 February origin falls on 28 February in common years (NodaTime's PlusYears).
        Assert.Equal(new LocalDate(2025, 2, 28), Anniversary.Of(new LocalDate(2024, 2, 29), 1).Date);
    }
}
