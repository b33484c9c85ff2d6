using System;
using System.Text;
using MassMobilization.Core.Quantities;
using Xunit;

namespace MassMobilization.Core.Tests.Quantities;

public sealed class PercentageFormatTests
{
    [Fact]
    public void Thanh_Tri_writes_185_of_261_as_70_percent()
    {
        Assert.Equal("70%", PercentageFormat.WholePercentTruncated.Format(Ratio.Of(185, 261)));
        Assert.Equal(70m, PercentageFormat.WholePercentTruncated.Percentage(Ratio.Of(185, 261)));
    }

    [Fact]
    public void Writes_each_policy()
    {
        var ratio = Ratio.Of(185, 261);
        Assert.Equal("71%", PercentageFormat.WholePercentRounded.Format(ratio));
        Assert.Equal("70,9%", PercentageFormat.VietnameseOneDecimal.Format(ratio));
        Assert.Equal("70,88%", PercentageFormat.VietnameseTwoDecimals.Format(ratio));
        Assert.Equal("70.9%", PercentageFormat.InvariantOneDecimal.Format(ratio));
        Assert.Equal("70.88%", PercentageFormat.InvariantTwoDecimals.Format(ratio));
        Assert.Equal("95,86%", PercentageFormat.VietnameseTwoDecimals.Format(Ratio.Of(301, 314)));
        Assert.Equal("100,00%", PercentageFormat.VietnameseTwoDecimals.Format(Ratio.Of(360, 360)));
        Assert.Equal("0,50%", PercentageFormat.VietnameseTwoDecimals.Format(Ratio.Of(1, 200)));
        Assert.Equal("1500%", PercentageFormat.WholePercentTruncated.Format(Ratio.Of(15, 1)));
        Assert.Equal("-6,3%", PercentageFormat.VietnameseOneDecimal.Format(Ratio.Of(-1, 16)));
        Assert.Equal("70,8812%", PercentageFormat.VietnameseTwoDecimals.WithDecimals(4).Format(ratio));
    }

    [Fact]
    public void With_methods_return_new_equal_by_value_formats()
    {
        var format = PercentageFormat.WholePercentTruncated.WithDecimals(2).WithRounding(RoundingMode.HalfAwayFromZero);
        Assert.Equal(PercentageFormat.VietnameseTwoDecimals, format);
        Assert.True(format == PercentageFormat.VietnameseTwoDecimals);
        Assert.Equal(PercentageFormat.VietnameseTwoDecimals.GetHashCode(), format.GetHashCode());
        Assert.NotEqual(format, format.WithNotation(NumberNotation.Invariant));
        Assert.Equal("—", format.WithNotApplicableText("—").Format(Ratio.NotApplicable));
        Assert.Equal(0, PercentageFormat.WholePercentTruncated.Decimals);
        Assert.Throws<ArgumentOutOfRangeException>(() => format.WithDecimals(7));
        Assert.Throws<ArgumentOutOfRangeException>(() => format.WithRounding((RoundingMode)42));
        Assert.Throws<ArgumentException>(() => format.WithNotApplicableText(" "));
        Assert.Equal("x: 70%", PercentageFormat.WholePercentTruncated.AppendFormat(Ratio.Of(185, 261), new StringBuilder("x: ")).ToString());
    }
}
