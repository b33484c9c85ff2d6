using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MassMobilization.Core.Quantities;
using Xunit;

namespace MassMobilization.Core.Tests.Quantities;

public sealed class RatioTests
{
    [Fact]
    public void Keeps_the_reported_pair_and_reduces_on_request()
    {
        var completed = Ratio.Of(185, 261);
        Assert.Equal(185, completed.Numerator);
        Assert.Equal(261, completed.Denominator);
        Assert.Equal("185/261", completed.ToString());
        Assert.Equal(Ratio.Of(185, 261), completed.Reduce());
        Assert.Equal(Ratio.Of(1, 1), Ratio.Of(360, 360).Reduce());
        Assert.Equal(Ratio.Of(-1, 2), Ratio.Of(-3, 6).Reduce());
        Assert.NotEqual(Ratio.Of(185, 261), Ratio.Of(370, 522));
        Assert.True(Ratio.Of(185, 261).HasSameValue(Ratio.Of(370, 522)));
    }

    [Fact]
    public void Zero_denominator_is_not_applicable_not_an_error()
    {
        Assert.False(default(Ratio).IsApplicable);
        Assert.Equal(Ratio.NotApplicable, Ratio.Of(0, 0));
        var odd = Ratio.Of(5, 0);
        Assert.False(odd.IsApplicable);
        Assert.Null(odd.ToPercentage(2, RoundingMode.HalfAwayFromZero));
        Assert.Equal("không áp dụng", PercentageFormat.WholePercentTruncated.Format(odd));
        Assert.Equal("n/a", PercentageFormat.InvariantTwoDecimals.Format(Ratio.NotApplicable));
        Assert.Equal(odd, odd.Reduce());
        Assert.True(Ratio.NotApplicable < Ratio.Of(0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Ratio.Of(1, -2));
    }

    [Fact]
    public void Pools_and_complements()
    {
        Assert.Equal(Ratio.Of(195, 281), Ratio.Of(185, 261).Pool(Ratio.Of(10, 20)));
        Assert.Equal(Ratio.Of(185, 261), Ratio.Of(185, 261).Pool(Ratio.NotApplicable));
        Assert.Equal(Ratio.Of(76, 261), Ratio.Of(185, 261).Complement());
        Assert.Throws<OverflowException>(() => Ratio.Of(1, long.MaxValue).Pool(Ratio.Of(1, 1)));
    }

    [Theory]
    [InlineData(185, 261, 0, RoundingMode.Truncate, "70")]
    [InlineData(185, 261, 0, RoundingMode.HalfAwayFromZero, "71")]
    [InlineData(185, 261, 2, RoundingMode.HalfAwayFromZero, "70.88")]
    [InlineData(301, 314, 2, RoundingMode.HalfAwayFromZero, "95.86")]
    [InlineData(1, 8, 1, RoundingMode.HalfAwayFromZero, "12.5")]
    [InlineData(1, 16, 1, RoundingMode.HalfAwayFromZero, "6.3")]
    [InlineData(1, 16, 1, RoundingMode.HalfToEven, "6.2")]
    [InlineData(-1, 16, 1, RoundingMode.HalfAwayFromZero, "-6.3")]
    [InlineData(-1, 16, 1, RoundingMode.Floor, "-6.3")]
    [InlineData(-1, 16, 1, RoundingMode.Ceiling, "-6.2")]
    [InlineData(-1, 16, 1, RoundingMode.Truncate, "-6.2")]
    [InlineData(1, 16, 1, RoundingMode.Ceiling, "6.3")]
    [InlineData(360, 360, 2, RoundingMode.Truncate, "100")]
    public void Computes_percentages_exactly(long numerator, long denominator, int decimals, RoundingMode rounding, string expected)
    {
        decimal? percentage = Ratio.Of(numerator, denominator).ToPercentage(decimals, rounding);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), percentage);
    }

    [Fact]
    public void Huge_values_do_not_overflow()
    {
        var ratio = Ratio.Of(long.MaxValue, long.MaxValue - 1);
        Assert.True(ratio > Ratio.Of(1, 1));
        Assert.Equal(100.000000m, ratio.ToPercentage(6, RoundingMode.Truncate));
        Assert.True(Ratio.Of(long.MaxValue - 1, long.MaxValue) < Ratio.Of(1, 1));
    }

    [Property]
    public Property Ordering_by_cross_multiplication_agrees_with_decimal_division_and_with_equality()
    {
        var gen = Gen.Choose(0, 1000).SelectMany(n => Gen.Choose(1, 1000).Select(d => Ratio.Of(n, d)));
        return Prop.ForAll(gen.ToArbitrary(), gen.ToArbitrary(), (a, b) =>
        {
            int expected = ((decimal)a.Numerator / a.Denominator).CompareTo((decimal)b.Numerator / b.Denominator);
            bool valueAgrees = Math.Sign(a.CompareValue(b)) == Math.Sign(expected) || (expected != 0 && a.HasSameValue(b));
            bool orderAgreesWithEquality = (a.CompareTo(b) == 0) == (a == b);
            bool antisymmetric = Math.Sign(a.CompareTo(b)) == -Math.Sign(b.CompareTo(a));
            return valueAgrees && orderAgreesWithEquality && antisymmetric && a.Reduce().HasSameValue(a);
        });
    }

    [Property]
    public Property Pooling_is_associative_and_commutative()
    {
        var gen = Gen.Choose(0, 1000).SelectMany(n => Gen.Choose(0, 1000).Select(d => Ratio.Of(d == 0 ? 0 : n, d)));
        return Prop.ForAll(gen.ToArbitrary(), gen.ToArbitrary(), gen.ToArbitrary(), (a, b, c) =>
            a.Pool(b) == b.Pool(a) && a.Pool(b).Pool(c) == a.Pool(b.Pool(c)));
    }

    [Fact]
    public void Operators_follow_compare_to()
    {
        var low = Ratio.Of(1, 3);
        var high = Ratio.Of(1, 2);
        Assert.True(low < high && low <= high && high > low && high >= low && low != high);
        Assert.True(Ratio.Of(1, 2) < Ratio.Of(2, 4));
        Assert.True(Ratio.Of(2, 4) == Ratio.Of(2, 4));
    }
}
