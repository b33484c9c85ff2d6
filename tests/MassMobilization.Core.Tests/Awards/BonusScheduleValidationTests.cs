using System;
using MassMobilization.Core.Awards;
using MassMobilization.Core.Quantities;
using NodaTime;
using Xunit;

namespace MassMobilization.Core.Tests.Awards;

/// <summary>
/// The validation of legal data that mutation testing found unexercised (issue 21): base-salary schedules and
/// bonus multiples, the day a new base salary starts, and the overflow check of a bonus.
/// </summary>
public sealed class BonusScheduleValidationTests
{
    private static readonly LegalCitation Source = BonusSchedule.DefaultRoundingSource;

    private static BaseSalaryPeriod Period(int year, int month, int day, long dong) =>
        new(new LocalDate(year, month, day), VndAmount.FromDong(dong), "Decree");

    [Fact]
    public void A_base_salary_schedule_with_no_period_is_rejected()
    {
        var exception = Assert.Throws<ArgumentException>(() => new BaseSalarySchedule([]));

        Assert.Equal("periods", exception.ParamName);
    }

    [Fact]
    public void A_base_salary_schedule_with_two_periods_starting_on_one_day_is_rejected()
    {
        var exception = Assert.Throws<ArgumentException>(() => new BaseSalarySchedule([Period(2024, 7, 1, 2_340_000), Period(2023, 7, 1, 1_800_000), Period(2024, 7, 1, 2_000_000)]));

        Assert.Equal("periods", exception.ParamName);
        Assert.Contains("2024-07-01", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_base_salary_that_is_not_positive_is_rejected(long dong)
    {
        Assert.Throws<ArgumentException>(() => new BaseSalarySchedule([Period(2024, 7, 1, 2_340_000), Period(2025, 1, 1, dong)]));
    }

    [Fact]
    public void Periods_given_in_any_order_are_kept_by_start_date_and_the_one_in_force_is_the_latest_started()
    {
        var schedule = new BaseSalarySchedule([Period(2024, 7, 1, 2_340_000), Period(2019, 7, 1, 1_490_000), Period(2023, 7, 1, 1_800_000)]);

        Assert.Equal([new LocalDate(2019, 7, 1), new LocalDate(2023, 7, 1), new LocalDate(2024, 7, 1)], [schedule.Periods[0].From, schedule.Periods[1].From, schedule.Periods[2].From]);
        Assert.Null(schedule.PeriodOn(new LocalDate(2019, 6, 30)));
        Assert.Equal(1_490_000, schedule.PeriodOn(new LocalDate(2019, 7, 1))!.Monthly.Dong);
        Assert.Equal(1_800_000, schedule.PeriodOn(new LocalDate(2024, 6, 30))!.Monthly.Dong);
        Assert.Equal(2_340_000, schedule.PeriodOn(new LocalDate(2024, 7, 1))!.Monthly.Dong);
        Assert.Equal(2_340_000, schedule.PeriodOn(new LocalDate(2030, 1, 1))!.Monthly.Dong);
    }

    [Fact]
    public void A_decision_dated_exactly_on_the_day_a_new_base_salary_starts_uses_the_new_salary()
    {
        var schedule = BonusSchedule.Default;

        var onTheDay = schedule.BonusFor(AwardKind.AdvancedWorker, RecipientKinds.Individual, new LocalDate(2024, 7, 1));
        var dayBefore = schedule.BonusFor(AwardKind.AdvancedWorker, RecipientKinds.Individual, new LocalDate(2024, 6, 30));

        Assert.Equal(2_340_000, onTheDay.BaseSalary.Monthly.Dong);
        Assert.Equal(702_000m, onTheDay.Exact);
        Assert.Equal(710_000, onTheDay.Amount.Dong);
        Assert.Equal(1_800_000, dayBefore.BaseSalary.Monthly.Dong);
        Assert.Equal(540_000, dayBefore.Amount.Dong);
    }

    [Fact]
    public void A_decision_before_the_first_base_salary_has_no_bonus()
    {
        var exception = Assert.Throws<DomainRuleException>(() => BonusSchedule.Default.BonusFor(AwardKind.AdvancedWorker, RecipientKinds.Individual, new LocalDate(2018, 6, 30)));

        Assert.Equal(AwardRuleCodes.NoBaseSalary, exception.RuleCode);
        Assert.Contains("2018-06-30", exception.Message, StringComparison.Ordinal);
        Assert.Equal(1_390_000, BonusSchedule.Default.BonusFor(AwardKind.GrassrootsEmulationFighter, RecipientKinds.Individual, new LocalDate(2018, 7, 1)).Amount.Dong);
    }

    [Fact]
    public void A_negative_multiple_is_rejected_and_a_zero_multiple_is_allowed()
    {
        var negative = Assert.Throws<ArgumentException>(() => new BonusSchedule(BaseSalarySchedule.Vietnam, [new BonusCoefficient(AwardKind.AdvancedWorker, RecipientKinds.Individual, -0.1m, "test", false)], RoundingPolicy.UpToTenThousand, Source));
        var zero = new BonusSchedule(BaseSalarySchedule.Vietnam, [new BonusCoefficient(AwardKind.AdvancedWorker, RecipientKinds.Individual, 0m, "test", false)], RoundingPolicy.UpToTenThousand, Source);

        Assert.Equal("coefficients", negative.ParamName);
        Assert.Contains(AwardKind.AdvancedWorker.Code, negative.Message, StringComparison.Ordinal);
        Assert.Equal(0, zero.BonusFor(AwardKind.AdvancedWorker, RecipientKinds.Individual, new LocalDate(2025, 1, 1)).Amount.Dong);
    }

    [Fact]
    public void Two_multiples_for_one_kind_and_recipient_are_rejected_but_one_per_recipient_is_allowed()
    {
        BonusCoefficient Multiple(RecipientKinds recipient, decimal multiple) => new(AwardKind.CertificateOfCommendation, recipient, multiple, "test", false);

        var twice = Assert.Throws<ArgumentException>(() => new BonusSchedule(BaseSalarySchedule.Vietnam, [Multiple(RecipientKinds.Collective, 0.6m), Multiple(RecipientKinds.Individual, 0.3m), Multiple(RecipientKinds.Collective, 1m)], RoundingPolicy.UpToTenThousand, Source));
        var both = new BonusSchedule(BaseSalarySchedule.Vietnam, [Multiple(RecipientKinds.Collective, 0.6m), Multiple(RecipientKinds.Individual, 0.3m)], RoundingPolicy.UpToTenThousand, Source);

        Assert.Equal("coefficients", twice.ParamName);
        Assert.Equal(0.3m, both.CoefficientFor(AwardKind.CertificateOfCommendation, RecipientKinds.Individual)!.Multiple);
        Assert.Equal(0.6m, both.CoefficientFor(AwardKind.CertificateOfCommendation, RecipientKinds.Collective)!.Multiple);
        Assert.Null(both.CoefficientFor(AwardKind.CertificateOfCommendation, RecipientKinds.Household));
    }

    [Fact]
    public void A_multiple_for_more_than_one_kind_of_recipient_is_rejected()
    {
        var exception = Assert.Throws<ArgumentException>(() => new BonusSchedule(BaseSalarySchedule.Vietnam, [new BonusCoefficient(AwardKind.AdvancedWorker, RecipientKinds.Individual | RecipientKinds.Collective, 1m, "test", false)], RoundingPolicy.UpToTenThousand, Source));

        Assert.Equal("coefficients", exception.ParamName);
    }

    [Fact]
    public void A_rounding_to_decimals_is_rejected_because_bonuses_are_whole_dong()
    {
        var exception = Assert.Throws<ArgumentException>(() => new BonusSchedule(BaseSalarySchedule.Vietnam, [], RoundingPolicy.TwoDecimalsHalfAwayFromZero, Source));

        Assert.Equal("rounding", exception.ParamName);
        Assert.NotNull(new BonusSchedule(BaseSalarySchedule.Vietnam, [], RoundingPolicy.WholeNumberFloor, Source));
    }

    [Fact]
    public void A_bonus_that_does_not_fit_in_64_bits_of_dong_is_an_overflow_not_a_wrapped_amount()
    {
        var huge = new BonusSchedule(BaseSalarySchedule.Vietnam, [new BonusCoefficient(AwardKind.AdvancedWorker, RecipientKinds.Individual, 10_000_000_000_000m, "test", false)], RoundingPolicy.WholeNumberFloor, Source);
        var large = new BonusSchedule(BaseSalarySchedule.Vietnam, [new BonusCoefficient(AwardKind.AdvancedWorker, RecipientKinds.Individual, 1_000_000_000m, "test", false)], RoundingPolicy.WholeNumberFloor, Source);

        Assert.Throws<OverflowException>(() => huge.BonusFor(AwardKind.AdvancedWorker, RecipientKinds.Individual, new LocalDate(2025, 1, 1)));
        Assert.Equal(2_340_000_000_000_000, large.BonusFor(AwardKind.AdvancedWorker, RecipientKinds.Individual, new LocalDate(2025, 1, 1)).Amount.Dong);
    }

    [Fact]
    public void Adding_a_period_keeps_the_schedule_valid_and_rejects_a_second_start_on_one_day()
    {
        var schedule = BaseSalarySchedule.Vietnam.With(Period(2026, 7, 1, 2_530_000));

        Assert.Equal(2_530_000, schedule.PeriodOn(new LocalDate(2026, 7, 1))!.Monthly.Dong);
        Assert.Equal(5, schedule.Periods.Count);
        Assert.Throws<ArgumentException>(() => schedule.With(Period(2026, 7, 1, 2_600_000)));
        Assert.Equal(4, BaseSalarySchedule.Vietnam.Periods.Count);
    }
}
