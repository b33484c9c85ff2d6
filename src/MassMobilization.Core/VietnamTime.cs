using System;
using Ardalis.GuardClauses;
using NodaTime;

namespace MassMobilization.Core;

/// <summary>
/// "Today" in Vietnam (giờ Việt Nam): documents, reports and schedules are dated with calendar dates in
/// Vietnam, UTC+07:00 all year. The one place every area and the applications read today's date from
/// an <see cref="IClock"/>.
/// </summary>
public static class VietnamTime
{
    /// <summary>Gets Vietnam's time zone: a fixed offset of UTC+07:00 (no daylight saving time).</summary>
    public static DateTimeZone Zone { get; } = DateTimeZone.ForOffset(Offset.FromHours(7));

    /// <summary>Returns the current date in Vietnam according to a clock.</summary>
    /// <param name="clock">The clock, for example <see cref="SystemClock.Instance"/> or a fake clock in tests.</param>
    /// <returns>The calendar date in Vietnam at the clock's current instant.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public static LocalDate Today(IClock clock)
    {
        Guard.Against.Null(clock);
        return clock.GetCurrentInstant().InZone(Zone).Date;
    }
}
