using System;
using NodaTime;

namespace MassMobilization.Core.Tests.Infrastructure;

/// <summary>
/// A clock for tests (NodaTime.Testing is not served by the registry here): it reads a fixed instant
/// that only moves when a test moves it, so no test depends on the real time.
/// </summary>
public sealed class FakeClock : IClock
{
    private Instant now;

    /// <summary>Creates a clock that reads <paramref name="initial"/>.</summary>
    public FakeClock(Instant initial) => now = initial;

    /// <summary>Creates a clock reading midnight UTC at the start of a date.</summary>
    public static FakeClock AtStartOf(LocalDate date) => new(date.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant());

    /// <summary>Creates a clock reading midnight UTC at the start of a date in ISO form, for example "2025-07-01".</summary>
    public static FakeClock AtStartOf(int year, int month, int day) => AtStartOf(new LocalDate(year, month, day));

    /// <inheritdoc />
    public Instant GetCurrentInstant() => now;

    /// <summary>Moves the clock forward (or back, with a negative duration).</summary>
    public void Advance(Duration duration) => now += duration;

    /// <summary>Moves the clock forward by whole days.</summary>
    public void AdvanceDays(int days) => now += Duration.FromDays(days);

    /// <summary>Sets the clock to an instant.</summary>
    public void Reset(Instant instant) => now = instant;

    /// <summary>Today's date in the zone Vietnam uses (UTC+7), where "today" is decided.</summary>
    public LocalDate TodayInVietnam() => now.InZone(DateTimeZone.ForOffset(Offset.FromHours(7))).Date;

    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant($"FakeClock({now})");
}
