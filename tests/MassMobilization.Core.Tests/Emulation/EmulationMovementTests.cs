using System;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Emulation;
using MassMobilization.Core.Organization;
using NodaTime;
using Xunit;

namespace MassMobilization.Core.Tests.Emulation;

public sealed class EmulationMovementTests
{
    private static EmulationMovement Movement(LocalDate start, LocalDate end, MovementKind kind, LaunchingAuthority authority) =>
        new("Dân vận khéo", DocumentNumber.State(3406, "QĐ", "UBND"), authority == LaunchingAuthority.PrimeMinister ? "Thủ tướng Chính phủ" : "UBND thành phố Hà Nội", authority, new DateInterval(start, end), kind, new[] { new UnitCode("00646"), new UnitCode("00643"), new UnitCode("00646") });

    [Theory]
    [InlineData(2021, 1, 1, 2025, 12, 31, 5)]
    [InlineData(2021, 3, 1, 2024, 2, 29, 3)]
    [InlineData(2021, 3, 1, 2024, 2, 28, 2)]
    [InlineData(2022, 3, 1, 2025, 2, 28, 3)]
    [InlineData(2024, 1, 1, 2024, 12, 31, 1)]
    [InlineData(2024, 1, 1, 2024, 6, 30, 0)]
    public void Length_counts_whole_years_including_the_last_day(int y1, int m1, int d1, int y2, int m2, int d2, int years)
    {
        var movement = Movement(new LocalDate(y1, m1, d1), new LocalDate(y2, m2, d2), MovementKind.Thematic, LaunchingAuthority.MinistryOrProvince);
        Assert.Equal(years, movement.LengthInWholeYears);
    }

    [Fact]
    public void Participating_units_are_deduplicated_and_ordered()
    {
        var movement = Movement(new LocalDate(2021, 1, 1), new LocalDate(2025, 12, 31), MovementKind.Thematic, LaunchingAuthority.MinistryOrProvince);
        Assert.Equal(new[] { new UnitCode("00643"), new UnitCode("00646") }, movement.ParticipatingUnits);
        Assert.True(movement.Includes(new UnitCode("00643")));
        Assert.False(movement.Includes(new UnitCode("00640")));
    }

    [Fact]
    public void A_five_year_campaign_of_the_Prime_Minister_allows_both_flags()
    {
        var facts = Movement(new LocalDate(2021, 1, 1), new LocalDate(2025, 12, 31), MovementKind.Thematic, LaunchingAuthority.PrimeMinister).FlagFacts();
        Assert.True(facts.LeaderMayReceiveProvincialFlag);
        Assert.True(facts.LeaderMayReceiveGovernmentFlag);
        Assert.Contains("art. 25", facts.GovernmentFlagReason, StringComparison.Ordinal);
        Assert.Contains("5 whole years ≥ 5", facts.GovernmentFlagReason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_provincial_campaign_of_three_years_allows_only_the_provincial_flag()
    {
        var facts = Movement(new LocalDate(2022, 1, 1), new LocalDate(2024, 12, 31), MovementKind.Thematic, LaunchingAuthority.MinistryOrProvince).FlagFacts();
        Assert.Equal(3, facts.LengthInWholeYears);
        Assert.True(facts.LeaderMayReceiveProvincialFlag);
        Assert.False(facts.LeaderMayReceiveGovernmentFlag);
        Assert.Contains("not the Prime Minister", facts.GovernmentFlagReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Short_or_regular_movements_allow_no_flag_by_length()
    {
        var shortOne = Movement(new LocalDate(2023, 1, 1), new LocalDate(2024, 12, 31), MovementKind.Thematic, LaunchingAuthority.PrimeMinister).FlagFacts();
        Assert.False(shortOne.LeaderMayReceiveProvincialFlag);
        Assert.False(shortOne.LeaderMayReceiveGovernmentFlag);
        Assert.Contains("2 whole years < 3", shortOne.ProvincialFlagReason, StringComparison.Ordinal);
        var regular = Movement(new LocalDate(2015, 1, 1), new LocalDate(2025, 12, 31), MovementKind.Regular, LaunchingAuthority.PrimeMinister).FlagFacts();
        Assert.False(regular.LeaderMayReceiveProvincialFlag);
        Assert.False(regular.LeaderMayReceiveGovernmentFlag);
    }

    [Fact]
    public void Thresholds_are_configuration()
    {
        var movement = Movement(new LocalDate(2022, 1, 1), new LocalDate(2025, 12, 31), MovementKind.Thematic, LaunchingAuthority.PrimeMinister);
        Assert.False(movement.FlagFacts().LeaderMayReceiveGovernmentFlag);
        Assert.True(movement.FlagFacts(new MovementFlagPolicy(2, 4)).LeaderMayReceiveGovernmentFlag);
        Assert.Throws<ArgumentOutOfRangeException>(() => MovementFlagPolicy.Law06of2022 with { GovernmentFlagMinimumYears = 0 });
    }
}
