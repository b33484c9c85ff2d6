using NodaTime;
using Xunit;

namespace MassMobilization.Core.Tests.Infrastructure;

public sealed class FakeClockTests
{
    [Fact]
    public void Moves_only_when_told()
    {
        var clock = FakeClock.AtStartOf(2025, 6, 30);
        Assert.Equal(new LocalDate(2025, 6, 30), clock.TodayInVietnam());
        clock.Advance(Duration.FromHours(17));
        Assert.Equal(new LocalDate(2025, 7, 1), clock.TodayInVietnam());
        clock.AdvanceDays(-1);
        Assert.Equal(new LocalDate(2025, 6, 30), clock.TodayInVietnam());
    }
}
