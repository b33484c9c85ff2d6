using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MassMobilization.Core.Quantities;
using Xunit;

namespace MassMobilization.Core.Tests.Quantities;

public sealed class VndAmountTests
{
    private static readonly VndAmount BinhThuan = VndAmount.FromDong(165_340_000_000);

    [Fact]
    public void Formats_in_dong_and_in_billions()
    {
        Assert.Equal("165.340.000.000 đồng", VndAmountPattern.VietnameseDong.Format(BinhThuan));
        Assert.Equal("165,340,000,000 VND", VndAmountPattern.InvariantDong.Format(BinhThuan));
        Assert.Equal("165,340,000,000 VND", BinhThuan.ToString());
        Assert.Equal("165,34 tỷ đồng", BinhThuan.ToString(VndAmountPattern.VietnameseBillions));
        Assert.Equal("165.34 billion VND", VndAmountPattern.InvariantBillions.Format(BinhThuan));
        Assert.Equal("165.340 triệu đồng", VndAmountPattern.VietnameseMillions.WithDecimals(0).Format(BinhThuan));
        Assert.Equal("2,34 triệu đồng", VndAmountPattern.VietnameseMillions.Format(VndAmount.FromDong(2_340_000)));
        Assert.Equal("2.34 million VND", VndAmountPattern.InvariantMillions.Format(VndAmount.FromDong(2_340_000)));
        Assert.Equal("0 đồng", VndAmountPattern.VietnameseDong.Format(VndAmount.Zero));
        Assert.Equal("-1.500 đồng", VndAmountPattern.VietnameseDong.Format(VndAmount.FromDong(-1500)));
        Assert.Equal("1.234,5 nghìn đồng", VndAmountPattern.Create(VndUnit.Thousand, NumberNotation.Vietnamese, 1, RoundingMode.Truncate).Format(VndAmount.FromDong(1_234_567)));
    }

    [Fact]
    public void Rounds_large_units_by_the_explicit_policy()
    {
        var amount = VndAmount.FromDong(165_345_000_000);
        Assert.Equal("165,35 tỷ đồng", VndAmountPattern.VietnameseBillions.Format(amount));
        Assert.Equal("165,34 tỷ đồng", VndAmountPattern.VietnameseBillions.WithRounding(RoundingMode.Truncate).Format(amount));
        Assert.Equal("165,34 tỷ đồng", VndAmountPattern.VietnameseBillions.WithRounding(RoundingMode.HalfToEven).Format(amount));
        Assert.Equal("166 tỷ đồng", VndAmountPattern.VietnameseBillions.WithDecimals(0).WithRounding(RoundingMode.Ceiling).Format(amount));
        Assert.Throws<ArgumentOutOfRangeException>(() => VndAmountPattern.VietnameseDong.WithDecimals(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => VndAmountPattern.VietnameseBillions.WithDecimals(10));
    }

    [Theory]
    [InlineData("165,34 tỷ đồng", 165_340_000_000)]
    [InlineData("165,34 tỉ đồng", 165_340_000_000)]
    [InlineData("0,000000001 tỷ đồng", 1)]
    [InlineData("1.000 tỷ đồng", 1_000_000_000_000)]
    [InlineData("-2 tỷ đồng", -2_000_000_000)]
    public void Parses_vietnamese_billions(string text, long dong)
    {
        var result = VndAmountPattern.VietnameseBillions.Parse(text);
        Assert.True(result.Success, result.ErrorMessage);
        Assert.Equal(dong, result.Value.Dong);
    }

    [Fact]
    public void Parses_other_forms_and_text_not_in_nfc()
    {
        Assert.Equal(BinhThuan, VndAmountPattern.VietnameseDong.Parse("165.340.000.000 đồng").Value);
        Assert.Equal(BinhThuan, VndAmountPattern.VietnameseDong.Parse("165340000000 đồng").Value);
        Assert.Equal(BinhThuan, VndAmountPattern.InvariantDong.Parse("165,340,000,000 VND").Value);
        Assert.Equal(BinhThuan, VndAmountPattern.InvariantBillions.Parse("165.34 billion VND").Value);
        Assert.Equal(VndAmount.FromDong(2_340_000), VndAmountPattern.VietnameseMillions.Parse("2,34 triệu đồng").Value);
        string decomposed = "165,34 tỷ đồng".Normalize(System.Text.NormalizationForm.FormD);
        Assert.Equal(BinhThuan, VndAmountPattern.VietnameseBillions.Parse(decomposed).Value);
        Assert.Equal(BinhThuan, VndAmountPattern.VietnameseBillions.Parse("165,34\u00A0tỷ đồng").Value);
    }

    [Theory]
    [InlineData("1,2345678901 tỷ đồng", "not a whole number of đồng", 0)]
    [InlineData("165,34 tỷ", "Expected \"tỷ đồng\"", 7)]
    [InlineData("165,34tỷ đồng", "Expected a space", 6)]
    [InlineData("tỷ đồng", "Expected a digit", 0)]
    [InlineData("1.23 tỷ đồng", "grouped by threes", 4)]
    [InlineData("1.2345 tỷ đồng", "more than three digits", 5)]
    [InlineData("12345.678 tỷ đồng", "grouped by threes", 5)]
    [InlineData("165, tỷ đồng", "after the decimal separator", 4)]
    [InlineData("99999999999999 tỷ đồng", "too large", 0)]
    [InlineData("", "Expected a digit", 0)]
    public void Rejects_bad_text_saying_what_and_where(string text, string message, int position)
    {
        var result = VndAmountPattern.VietnameseBillions.Parse(text);
        Assert.False(result.Success);
        Assert.Contains(message, result.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(position, result.ErrorPosition);
        Assert.Throws<FormatException>(() => result.GetValueOrThrow());
    }

    [Fact]
    public void Null_text_is_a_failure()
    {
        Assert.False(VndAmountPattern.VietnameseDong.Parse((string?)null).Success);
    }

    [Property]
    public Property Format_then_parse_round_trips_in_every_exact_pattern()
    {
        var patterns = new[]
        {
            VndAmountPattern.VietnameseDong, VndAmountPattern.InvariantDong,
            VndAmountPattern.VietnameseBillions.WithDecimals(9), VndAmountPattern.InvariantMillions.WithDecimals(6),
            VndAmountPattern.Create(VndUnit.Thousand, NumberNotation.Vietnamese, 3, RoundingMode.Truncate),
        };
        return Prop.ForAll<long, int>((dong, which) =>
        {
            var pattern = patterns[(int)((uint)which % (uint)patterns.Length)];
            var amount = VndAmount.FromDong(dong);
            return pattern.Parse(pattern.Format(amount)).Value == amount;
        });
    }

    [Property]
    public Property Parse_never_throws()
    {
        return Prop.ForAll<string>(text =>
        {
            _ = VndAmountPattern.VietnameseBillions.Parse(text);
            _ = VndAmountPattern.InvariantDong.Parse(text);
            return true;
        });
    }

    [Theory]
    [InlineData(4_212_345, 4_220_000)]
    [InlineData(4_210_000, 4_210_000)]
    [InlineData(1, 10_000)]
    [InlineData(0, 0)]
    [InlineData(-15_000, -10_000)]
    public void Rounds_up_to_the_next_ten_thousand(long dong, long expected)
    {
        Assert.Equal(VndAmount.FromDong(expected), VndAmount.FromDong(dong).RoundUpToMultipleOf(10_000));
    }

    [Fact]
    public void Rounds_to_multiples_by_policy()
    {
        var amount = VndAmount.FromDong(15_000);
        Assert.Equal(VndAmount.FromDong(20_000), amount.RoundToMultipleOf(10_000, RoundingMode.HalfAwayFromZero));
        Assert.Equal(VndAmount.FromDong(20_000), amount.RoundToMultipleOf(10_000, RoundingMode.HalfToEven));
        Assert.Equal(VndAmount.FromDong(10_000), amount.RoundToMultipleOf(10_000, RoundingMode.Floor));
        Assert.Equal(VndAmount.FromDong(20_000), VndAmount.FromDong(25_000).RoundToMultipleOf(10_000, RoundingMode.HalfToEven));
        Assert.Throws<ArgumentOutOfRangeException>(() => amount.RoundUpToMultipleOf(0));
        Assert.Throws<OverflowException>(() => VndAmount.FromDong(long.MaxValue).RoundUpToMultipleOf(10_000));
    }

    [Fact]
    public void Multiplies_by_a_coefficient_exactly_then_rounds_by_policy()
    {
        var baseSalary = VndAmount.FromDong(2_340_000);
        Assert.Equal(10_530_000m, baseSalary.MultiplyExact(4.5m));
        Assert.Equal(702_000m, baseSalary.MultiplyExact(0.3m));
        Assert.Equal(223_500m, VndAmount.FromDong(1_490_000).MultiplyExact(0.15m));
        Assert.Equal(0.5m, VndAmount.FromDong(1).MultiplyExact(0.5m));
        Assert.Equal(-1.5m, VndAmount.FromDong(-3).MultiplyExact(0.5m));
        Assert.Equal(VndAmount.FromDong(1), VndAmount.FromDong(1).Multiply(0.5m, RoundingMode.HalfAwayFromZero));
        Assert.Equal(VndAmount.FromDong(0), VndAmount.FromDong(1).Multiply(0.5m, RoundingMode.HalfToEven));
        Assert.Equal(VndAmount.FromDong(1), VndAmount.FromDong(1).Multiply(0.1m, RoundingMode.Ceiling));

        // Giấy khen (individual, half of 0.6 unconfirmed): 0.3 × 1,390,000 = 417,000 → 420,000.
        var bonus = VndAmount.FromDong(1_390_000).Multiply(0.3m, RoundingMode.Ceiling).RoundUpToMultipleOf(10_000);
        Assert.Equal(VndAmount.FromDong(420_000), bonus);
        Assert.Throws<OverflowException>(() => VndAmount.FromDong(long.MaxValue).Multiply(2m, RoundingMode.Truncate));
        Assert.Throws<OverflowException>(() => VndAmount.FromDong(long.MaxValue).MultiplyExact(decimal.MaxValue));
    }

    [Property]
    public Property Exact_multiplication_agrees_with_integer_arithmetic()
    {
        return Prop.ForAll<int, short>((dong, hundredths) =>
        {
            decimal exact = VndAmount.FromDong(dong).MultiplyExact(hundredths / 100m);
            return exact * 100m == (decimal)((long)dong * hundredths);
        });
    }
}
