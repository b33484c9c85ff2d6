using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using MassMobilization.Core.Quantities;
using NodaTime;

namespace MassMobilization.Core.Awards;

/// <summary>The dated schedule of the statutory base salary; the amount that applies is the one in force on the date of the award decision. Data, not constants.</summary>
public sealed class BaseSalarySchedule
{
    private readonly BaseSalaryPeriod[] periods;
    private IReadOnlyList<BaseSalaryPeriod>? periodsView;

    /// <summary>Creates a schedule.</summary>
    /// <param name="periods">The periods; each lasts until the next one starts.</param>
    /// <exception cref="ArgumentNullException"><paramref name="periods"/> is null.</exception>
    /// <exception cref="ArgumentException">Empty, holds null, two periods start on one day, or an amount is not positive.</exception>
    public BaseSalarySchedule(IEnumerable<BaseSalaryPeriod> periods)
    {
        Guard.Against.Null(periods);
        var array = Preconditions.CheckNotNullElements(periods, nameof(periods));
        Preconditions.CheckArgument(array.Length > 0, nameof(periods), "A base salary schedule needs at least one period.");
        Array.Sort(array, (a, b) => a.From.CompareTo(b.From));
        for (int i = 0; i < array.Length; i++)
        {
            Preconditions.CheckArgument(array[i].Monthly.Dong > 0, nameof(periods), $"The base salary from {array[i].From.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)} is not positive.");
            Preconditions.CheckArgument(i == 0 || array[i].From != array[i - 1].From, nameof(periods), $"Two base salaries start on {array[i].From.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}.");
        }

        this.periods = array;
    }

    /// <summary>
    /// Gets the schedule listed in docs/rules.md, "Awards: bonuses": 1,390,000 VND from 2018-07-01 (Decree 72/2018/NĐ-CP); 1,490,000 from
    /// 2019-07-01 (Decree 38/2019/NĐ-CP); 1,800,000 from 2023-07-01 (Decree 24/2023/NĐ-CP); 2,340,000 from
    /// 2024-07-01 (Decree 73/2024/NĐ-CP).
    /// </summary>
    public static BaseSalarySchedule Vietnam { get; } = new(
    [
        new(new LocalDate(2018, 7, 1), VndAmount.FromDong(1_390_000), "Decree 72/2018/NĐ-CP"),
        new(new LocalDate(2019, 7, 1), VndAmount.FromDong(1_490_000), "Decree 38/2019/NĐ-CP"),
        new(new LocalDate(2023, 7, 1), VndAmount.FromDong(1_800_000), "Decree 24/2023/NĐ-CP"),
        new(new LocalDate(2024, 7, 1), VndAmount.FromDong(2_340_000), "Decree 73/2024/NĐ-CP"),
    ]);

    /// <summary>Gets the periods, by start date.</summary>
    public IReadOnlyList<BaseSalaryPeriod> Periods => periodsView ??= ReadOnlyView.Of(periods);

    /// <summary>Returns the period in force on a date.</summary>
    /// <param name="date">The date of the award decision.</param>
    /// <returns>The period, or <see langword="null"/> before the first one.</returns>
    public BaseSalaryPeriod? PeriodOn(LocalDate date)
    {
        BaseSalaryPeriod? found = null;
        foreach (var p in periods)
        {
            if (p.From <= date)
            {
                found = p;
            }
        }

        return found;
    }

    /// <summary>Returns a schedule with one more period (for example a new decree).</summary>
    /// <param name="period">The new period.</param>
    /// <returns>The new schedule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public BaseSalarySchedule With(BaseSalaryPeriod period)
    {
        Guard.Against.Null(period);
        return new BaseSalarySchedule(new List<BaseSalaryPeriod>(periods) { period });
    }
}
