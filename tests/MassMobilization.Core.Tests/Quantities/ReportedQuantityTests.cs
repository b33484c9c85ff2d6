using System;
using FsCheck;
using FsCheck.Fluent;
using MassMobilization.Core.Quantities;
using Xunit;

namespace MassMobilization.Core.Tests.Quantities;

public sealed class ReportedQuantityTests
{
    private static readonly Gen<ReportedQuantity> Quantities =
        Gen.Choose(0, 1_000_000).SelectMany(n => Gen.Elements(QuantityQualifier.Exact, QuantityQualifier.MoreThan, QuantityQualifier.AtLeast, QuantityQualifier.About)
            .Select(q => new ReportedQuantity(n, q)));

    [Theory]
    [InlineData(QuantityQualifier.Exact, QuantityQualifier.Exact, QuantityQualifier.Exact)]
    [InlineData(QuantityQualifier.Exact, QuantityQualifier.MoreThan, QuantityQualifier.MoreThan)]
    [InlineData(QuantityQualifier.Exact, QuantityQualifier.AtLeast, QuantityQualifier.AtLeast)]
    [InlineData(QuantityQualifier.AtLeast, QuantityQualifier.MoreThan, QuantityQualifier.MoreThan)]
    [InlineData(QuantityQualifier.About, QuantityQualifier.Exact, QuantityQualifier.About)]
    [InlineData(QuantityQualifier.MoreThan, QuantityQualifier.About, QuantityQualifier.About)]
    [InlineData(QuantityQualifier.AtLeast, QuantityQualifier.AtLeast, QuantityQualifier.AtLeast)]
    public void Sums_keep_the_weakest_true_qualifier(QuantityQualifier a, QuantityQualifier b, QuantityQualifier expected)
    {
        var sum = new ReportedQuantity(395_000, a) + new ReportedQuantity(1_000, b);
        Assert.Equal(396_000, sum.Figure);
        Assert.Equal(expected, sum.Qualifier);
        Assert.Equal(expected, ReportedQuantity.Combine(b, a));
    }

    [Fact]
    public void Formats_in_Vietnamese_and_invariant_wording()
    {
        Assert.Equal("hơn 395.000", ReportedQuantity.MoreThan(395_000).ToString(ReportedQuantityPattern.Vietnamese));
        Assert.Equal("trên 3.500", ReportedQuantity.MoreThan(3_500).ToString(ReportedQuantityPattern.VietnameseOver));
        Assert.Equal("khoảng 300", ReportedQuantity.About(300).ToString(ReportedQuantityPattern.Vietnamese));
        Assert.Equal("ít nhất 1.000", ReportedQuantity.AtLeast(1_000).ToString(ReportedQuantityPattern.Vietnamese));
        Assert.Equal("305", ReportedQuantity.Exact(305).ToString(ReportedQuantityPattern.Vietnamese));
        Assert.Equal("more than 395,000", ReportedQuantity.MoreThan(395_000).ToString());
        Assert.Equal("at least 1,000", ReportedQuantity.AtLeast(1_000).ToString());
        Assert.Equal("about 300", ReportedQuantity.About(300).ToString());
        Assert.Equal("6,000", ReportedQuantity.Exact(6_000).ToString());
    }

    [Theory]
    [InlineData("hơn 395.000", 395_000, QuantityQualifier.MoreThan)]
    [InlineData("trên 3.500", 3_500, QuantityQualifier.MoreThan)]
    [InlineData("Hơn 6.000", 6_000, QuantityQualifier.MoreThan)]
    [InlineData("khoảng 300", 300, QuantityQualifier.About)]
    [InlineData("ít nhất 5", 5, QuantityQualifier.AtLeast)]
    [InlineData("305", 305, QuantityQualifier.Exact)]
    [InlineData("1000", 1_000, QuantityQualifier.Exact)]
    public void Parses_Vietnamese(string text, long figure, QuantityQualifier qualifier)
    {
        var result = ReportedQuantityPattern.Vietnamese.Parse(text);
        Assert.True(result.Success, result.ErrorMessage);
        Assert.Equal(new ReportedQuantity(figure, qualifier), result.Value);
        Assert.Equal(result.Value, ReportedQuantityPattern.VietnameseOver.Parse(text).Value);
    }

    [Theory]
    [InlineData("more than 395,000", 395_000, QuantityQualifier.MoreThan)]
    [InlineData("over 3,500", 3_500, QuantityQualifier.MoreThan)]
    [InlineData("about 300", 300, QuantityQualifier.About)]
    [InlineData("At least 5", 5, QuantityQualifier.AtLeast)]
    public void Parses_invariant(string text, long figure, QuantityQualifier qualifier)
    {
        Assert.Equal(new ReportedQuantity(figure, qualifier), ReportedQuantity.Parse(text, ReportedQuantityPattern.Invariant));
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("gần 300", 0)]
    [InlineData("hơn", 0)]
    [InlineData("hơn  300", 4)]
    [InlineData("hơn 395.000,5", 4)]
    [InlineData("hơn 39.50", 9)]
    [InlineData("hơn -5", 4)]
    [InlineData("300 người", 3)]
    [InlineData("99999999999999999999", 0)]
    public void Bad_text_is_a_failed_result_with_a_position(string text, int position)
    {
        var result = ReportedQuantityPattern.Vietnamese.Parse(text);
        Assert.False(result.Success);
        Assert.Equal(position, result.ErrorPosition);
        Assert.Throws<FormatException>(() => result.GetValueOrThrow());
        Assert.Throws<FormatException>(() => ReportedQuantity.Parse(text, ReportedQuantityPattern.Vietnamese));
        Assert.False(ReportedQuantityPattern.Vietnamese.Parse((string?)null).Success);
    }

    [Fact]
    public void Is_never_silently_exact()
    {
        Assert.False(ReportedQuantity.MoreThan(5).TryGetExact(out long none));
        Assert.Equal(0, none);
        Assert.True(ReportedQuantity.Exact(5).TryGetExact(out long five));
        Assert.Equal(5, five);
        Assert.NotEqual(ReportedQuantity.Exact(5), ReportedQuantity.MoreThan(5));
        Assert.True(ReportedQuantity.Exact(5) < ReportedQuantity.MoreThan(5));
        Assert.True(ReportedQuantity.MoreThan(5) < ReportedQuantity.Exact(6));
        Assert.True(ReportedQuantity.Exact(6) >= ReportedQuantity.About(5) && ReportedQuantity.About(5) <= ReportedQuantity.About(5) && ReportedQuantity.Exact(6) > ReportedQuantity.Exact(5));
        Assert.Equal(ReportedQuantity.Zero, default);
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportedQuantity.Exact(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReportedQuantity(1, (QuantityQualifier)9));
        Assert.Throws<OverflowException>(() => ReportedQuantity.Exact(long.MaxValue) + ReportedQuantity.Exact(1));
    }

    [Fact]
    public void The_Binh_Thuan_figures_add_up_with_their_qualifiers()
    {
        var gifts = ReportedQuantity.Parse("hơn 395.000", ReportedQuantityPattern.Vietnamese);
        var total = ReportedQuantity.Sum([gifts, ReportedQuantity.Exact(1_000), ReportedQuantity.Exact(305)]);
        Assert.Equal("hơn 396.305", total.ToString(ReportedQuantityPattern.Vietnamese));
        Assert.Equal(ReportedQuantity.Zero, ReportedQuantity.Sum([]));
    }

    [Fact]
    public void Qualifiers_are_never_lost_through_sums()
    {
        Prop.ForAll(Quantities.ArrayOf().ToArbitrary(), items =>
        {
            var sum = ReportedQuantity.Sum(items);
            bool anyAbout = Array.Exists(items, q => q.Qualifier == QuantityQualifier.About);
            bool anyMore = Array.Exists(items, q => q.Qualifier == QuantityQualifier.MoreThan);
            bool anyLeast = Array.Exists(items, q => q.Qualifier == QuantityQualifier.AtLeast);
            var expected = anyAbout ? QuantityQualifier.About : anyMore ? QuantityQualifier.MoreThan : anyLeast ? QuantityQualifier.AtLeast : QuantityQualifier.Exact;
            long figures = 0;
            foreach (var q in items)
            {
                figures += q.Figure;
            }

            return sum.Qualifier == expected && sum.Figure == figures && sum.IsExact == Array.TrueForAll(items, q => q.IsExact);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Addition_is_associative_and_commutative_with_zero_as_identity()
    {
        Prop.ForAll(Quantities.ToArbitrary(), Quantities.ToArbitrary(), Quantities.ToArbitrary(), (a, b, c) =>
            a + b == b + a && (a + b) + c == a + (b + c) && a + ReportedQuantity.Zero == a).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Formatting_round_trips_in_every_pattern()
    {
        Prop.ForAll(Quantities.ToArbitrary(), q =>
            ReportedQuantityPattern.Vietnamese.Parse(ReportedQuantityPattern.Vietnamese.Format(q)).Value == q
            && ReportedQuantityPattern.VietnameseOver.Parse(ReportedQuantityPattern.VietnameseOver.Format(q)).Value == q
            && ReportedQuantityPattern.Invariant.Parse(q.ToString()).Value == q).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Parsing_never_throws()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
        {
            _ = ReportedQuantityPattern.Vietnamese.Parse(text);
            _ = ReportedQuantityPattern.Invariant.Parse(text);
            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Patterns_compare_by_settings()
    {
        Assert.True(ReportedQuantityPattern.Vietnamese != ReportedQuantityPattern.VietnameseOver);
        Assert.True(ReportedQuantityPattern.Vietnamese == ReportedQuantityPattern.Vietnamese);
        Assert.Equal("Invariant, more than = more than", ReportedQuantityPattern.Invariant.ToString());
    }
}
