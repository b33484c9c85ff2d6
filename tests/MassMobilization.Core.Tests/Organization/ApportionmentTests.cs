using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MassMobilization.Core.Organization;
using Xunit;

namespace MassMobilization.Core.Tests.Organization;

public sealed class ApportionmentTests
{
    [Fact]
    public void Divides_by_largest_remainder_with_ties_to_the_first_share()
    {
        Assert.Equal(new long[] { 2, 5 }, Apportionment.LargestRemainder(7, new[] { 0.25m, 0.75m }));
        Assert.Equal(new long[] { 4, 3, 3 }, Apportionment.LargestRemainder(10, new[] { 1m, 1m, 1m }));
        Assert.Equal(new long[] { 0, 0 }, Apportionment.LargestRemainder(0, new[] { 1m, 2m }));
        Assert.Throws<ArgumentException>(() => Apportionment.LargestRemainder(5, Array.Empty<decimal>()));
        Assert.Throws<ArgumentException>(() => Apportionment.LargestRemainder(5, new[] { 0m, 0m }));
        Assert.Throws<ArgumentException>(() => Apportionment.LargestRemainder(5, new[] { -1m, 2m }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Apportionment.LargestRemainder(-1, new[] { 1m }));
    }

    [Property]
    public Property Parts_sum_to_the_total_and_stay_within_one_of_the_quota()
    {
        var gen =
            from total in Gen.Choose(0, int.MaxValue).Select(t => (long)t * 3)
            from weights in Gen.Choose(0, 1000).ArrayOf().Where(w => w.Length > 0 && w.Any(x => x > 0))
            select (total, weights);
        return Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var weights = input.weights.Select(w => (decimal)w).ToArray();
            var parts = Apportionment.LargestRemainder(input.total, weights);
            decimal sum = weights.Sum();
            return parts.Sum() == input.total
                && parts.Select((p, i) => Math.Abs(p - (input.total * weights[i] / sum))).All(d => d < 1m);
        });
    }
}
