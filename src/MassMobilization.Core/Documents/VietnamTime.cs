using System;
using NodaTime;

namespace MassMobilization.Core.Documents;

/// <summary>"Today" for document dates, which are calendar dates in Vietnam.</summary>
internal static class VietnamTime
{
    /// <summary>Vietnam's time zone offset: UTC+07:00 all year (no daylight saving time).</summary>
    internal static DateTimeZone Zone { get; } = DateTimeZone.ForOffset(Offset.FromHours(7));

    /// <summary>Returns the current date in Vietnam according to <paramref name="clock"/>.</summary>
    internal static LocalDate Today(IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return clock.GetCurrentInstant().InZone(Zone).Date;
    }
}
