using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MassMobilization.Core.Quantities;
using Xunit;

namespace MassMobilization.Core.Tests.Quantities;

public sealed class RoundingPolicyTests
{
    [Theory]
    [InlineData(RoundingMode.Truncate, "85.12", "-85.12")]
    [InlineData(RoundingMode.Floor, "85.12", "-85.13")]
    [InlineData(RoundingMode.Ceiling, "85.13", "-85.12")]
    [InlineData(RoundingMode.HalfAwayFromZero, "85.13", "-85.13")]
    [InlineData(RoundingMode.HalfToEven, "85.12", "-85.12")]
    public void Decimal_places_round_each_mode(RoundingMode mode, string positive, string negative)
    {
        var policy = RoundingPolicy.ToDecimals(2, mode);
        Assert.Equal(positive, policy.Format(85.125m));
        Assert.Equal(negative, policy.Format(-85.125m));
        Assert.True(policy.IsDecimalPlaces);
        Assert.Equal(0.01m, policy.Increment);
    }

    [Theory]
    [InlineData(RoundingMode.Truncate, 700_000, -700_000)]
    [InlineData(RoundingMode.Floor, 700_000, -710_000)]
    [InlineData(RoundingMode.Ceiling, 710_000, -700_000)]
    [InlineData(RoundingMode.HalfAwayFromZero, 700_000, -700_000)]
    [InlineData(RoundingMode.HalfToEven, 700_000, -700_000)]
    public void Increments_round_each_mode(RoundingMode mode, long positive, long negative)
    {
        var policy = RoundingPolicy.ToIncrement(10_000m, mode);
        Assert.Equal(positive, policy.Round(702_000.0m));
        Assert.Equal(negative, policy.Round(-702_000.0m));
        Assert.False(policy.IsDecimalPlaces);
        Assert.Equal(0, policy.Decimals);
    }

    [Fact]
    public void Increment_halves_follow_the_mode()
    {
        Assert.Equal(720_000m, RoundingPolicy.ToIncrement(10_000m, RoundingMode.HalfAwayFromZero).Round(715_000m));
        Assert.Equal(720_000m, RoundingPolicy.ToIncrement(10_000m, RoundingMode.HalfToEven).Round(715_000m));
        Assert.Equal(700_000m, RoundingPolicy.ToIncrement(10_000m, RoundingMode.HalfToEven).Round(705_000m));
        Assert.Equal(-720_000m, RoundingPolicy.ToIncrement(10_000m, RoundingMode.HalfAwayFromZero).Round(-715_000m));
        Assert.Equal(3.0m, RoundingPolicy.ToIncrement(0.5m, RoundingMode.HalfToEven).Round(2.75m));
        Assert.Equal(2.0m, RoundingPolicy.ToIncrement(0.5m, RoundingMode.HalfToEven).Round(2.25m));
        Assert.Equal(1, RoundingPolicy.ToIncrement(0.5m, RoundingMode.Ceiling).Decimals);
    }

    [Fact]
    public void Bonus_preset_rounds_up_to_the_next_ten_thousand_dong()
    {
        var policy = RoundingPolicy.UpToTenThousand;
        Assert.Equal(710_000m, policy.Round(702_000m));
        Assert.Equal(4_220_000m, policy.Round(4_212_345m));
        Assert.Equal(4_210_000m, policy.Round(4_210_000m));
        Assert.Equal("710000", policy.Format(702_000.0m));
        Assert.Equal("multiple of 10000, Ceiling", policy.ToString());
    }

    [Fact]
    public void Presets_keep_the_defaults_of_scores_quotas_and_percentages()
    {
        Assert.Equal("85.13", RoundingPolicy.TwoDecimalsHalfAwayFromZero.Format(85.125m));
        Assert.Equal("2 decimals, HalfAwayFromZero", RoundingPolicy.TwoDecimalsHalfAwayFromZero.ToString());
        Assert.Equal(3m, RoundingPolicy.WholeNumberFloor.Round(3.9m));
        Assert.Equal(70m, RoundingPolicy.WholeNumberTruncated.Round(70.88m));
        Assert.Equal(71m, RoundingPolicy.WholeNumberHalfAwayFromZero.Round(70.5m));
    }

    [Fact]
    public void Equal_precisions_are_equal_however_they_are_written()
    {
        Assert.Equal(RoundingPolicy.ToDecimals(2, RoundingMode.Floor), RoundingPolicy.ToIncrement(0.0100m, RoundingMode.Floor));
        Assert.True(RoundingPolicy.ToIncrement(10_000.00m, RoundingMode.Ceiling) == RoundingPolicy.UpToTenThousand);
        Assert.True(RoundingPolicy.ToDecimals(0, RoundingMode.Floor) == RoundingPolicy.ToIncrement(1m, RoundingMode.Floor));
        Assert.True(RoundingPolicy.ToDecimals(2, RoundingMode.Floor) != RoundingPolicy.ToDecimals(2, RoundingMode.Ceiling));
        Assert.Equal(RoundingPolicy.ToIncrement(10_000.00m, RoundingMode.Ceiling).GetHashCode(), RoundingPolicy.UpToTenThousand.GetHashCode());
        Assert.Equal(RoundingPolicy.WholeNumberFloor, RoundingPolicy.WholeNumberTruncated.WithMode(RoundingMode.Floor));
    }

    [Fact]
    public void Bad_arguments_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>("decimals", () => RoundingPolicy.ToDecimals(29, RoundingMode.Floor));
        Assert.Throws<ArgumentOutOfRangeException>("decimals", () => RoundingPolicy.ToDecimals(-1, RoundingMode.Floor));
        Assert.Throws<ArgumentOutOfRangeException>("mode", () => RoundingPolicy.ToDecimals(2, (RoundingMode)42));
        Assert.Throws<ArgumentOutOfRangeException>("increment", () => RoundingPolicy.ToIncrement(0m, RoundingMode.Floor));
        Assert.Throws<ArgumentOutOfRangeException>("mode", () => RoundingPolicy.ToIncrement(1m, (RoundingMode)42));
    }

    [Property]
    public Property Increment_rounding_gives_the_nearest_multiple_in_the_right_direction()
    {
        var values = Gen.Choose(-10_000_000, 10_000_000).SelectMany(whole => Gen.Choose(0, 99).Select(cents => whole + (cents / 100m)));
        var modes = Gen.Elements(RoundingMode.Truncate, RoundingMode.Floor, RoundingMode.Ceiling, RoundingMode.HalfAwayFromZero, RoundingMode.HalfToEven);
        return Prop.ForAll(values.ToArbitrary(), modes.ToArbitrary(), (value, mode) =>
        {
            decimal rounded = RoundingPolicy.ToIncrement(10_000m, mode).Round(value);
            bool direction = mode switch
            {
                RoundingMode.Floor => rounded <= value,
                RoundingMode.Ceiling => rounded >= value,
                RoundingMode.Truncate => Math.Abs(rounded) <= Math.Abs(value),
                _ => Math.Abs(rounded - value) <= 5_000m,
            };
            return rounded % 10_000m == 0m && Math.Abs(rounded - value) < 10_000m && direction;
        });
    }
}
