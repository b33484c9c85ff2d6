using System;
using MassMobilization.Core.Quantities;
using Xunit;

namespace MassMobilization.Core.Tests.Quantities;

public sealed class RoundingPolicyNotationTests
{
    [Theory]
    [InlineData(14.5, NumberNotation.Vietnamese, "14,50")]
    [InlineData(14.5, NumberNotation.Invariant, "14.50")]
    [InlineData(85.125, NumberNotation.Vietnamese, "85,13")]
    [InlineData(-0.5, NumberNotation.Vietnamese, "-0,50")]
    [InlineData(1234567.891, NumberNotation.Vietnamese, "1.234.567,89")]
    [InlineData(1234567.891, NumberNotation.Invariant, "1,234,567.89")]
    public void A_policy_writes_its_precision_in_a_notation(double value, NumberNotation notation, string expected)
    {
        Assert.Equal(expected, RoundingPolicy.TwoDecimalsHalfAwayFromZero.Format((decimal)value, notation));
    }

    [Fact]
    public void Whole_numbers_have_no_separator()
    {
        Assert.Equal("710.000", RoundingPolicy.UpToTenThousand.Format(702_000m, NumberNotation.Vietnamese));
        Assert.Equal("-1.000", RoundingPolicy.WholeNumberTruncated.Format(-1000.9m, NumberNotation.Vietnamese));
        Assert.Throws<ArgumentOutOfRangeException>(() => RoundingPolicy.WholeNumberFloor.Format(1m, (NumberNotation)9));
    }
}
