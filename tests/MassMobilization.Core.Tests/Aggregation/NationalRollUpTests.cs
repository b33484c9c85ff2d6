using System.Linq;
using MassMobilization.Core.Aggregation;
using MassMobilization.Samples.Generators;
using Xunit;

namespace MassMobilization.Core.Tests.Aggregation;

/// <summary>Roll-ups and rebasing over the generated national chart across the 2025-07-01 restructuring.</summary>
public sealed class NationalRollUpTests
{
    private static readonly NationalChart National = NationalChartGenerator.Generate(7);
    private static readonly IndicatorLayout Layout = IndicatorLayout.Create([StandardIndicators.Gifts, StandardIndicators.SupportValue]);
    private static readonly ReportingPeriod Year = ReportingPeriod.Year(2025);

    [Fact]
    public void Commune_records_of_the_old_chart_are_carried_onto_the_new_one_without_loss()
    {
        var before = RollUpShape.At(National.Chart, NationalChartGenerator.LastDayBefore);
        var after = RollUpShape.At(National.Chart, NationalChartGenerator.FirstDayAfter);
        Assert.Equal(63 + National.DistrictsBefore.Count + 10_035, before.Count);
        Assert.Equal(34 + 3_321, after.Count);

        // Records at every old commune, and one at a district (which ends without a successor).
        var records = National.CommunesBefore
            .Select((c, i) => IndicatorRecord.Count(c, StandardIndicators.Gifts, 1 + (i % 97)))
            .Append(IndicatorRecord.Count(National.DistrictsBefore[0], StandardIndicators.Gifts, 1_000))
            .ToArray();
        long total = records.Sum(r => r.Value.Count);
        var partial = PartialAggregate.FromRecords(before, Layout, Year, records);
        var oldResult = RollUpEngine.RollUp(before, Layout, partial);
        Assert.Equal(total, National.ProvincesBefore.Sum(p => oldResult.Value(p, StandardIndicators.Gifts).Count));

        var rebased = partial.Rebase(National.Chart, NationalChartGenerator.LastDayBefore, NationalChartGenerator.FirstDayAfter);
        var newResult = RollUpEngine.RollUp(after, Layout, rebased.Partial);
        long carried = National.ProvincesAfter.Sum(p => newResult.Value(p, StandardIndicators.Gifts).Count);
        long unallocated = rebased.Unallocated.Entries.Sum(e => e.Sum);
        Assert.Equal(total, carried + unallocated);
        Assert.Contains(rebased.Unallocated.Entries, e => e.Unit == National.DistrictsBefore[0] && e.Sum == 1_000);
        Assert.All(rebased.Partial.Entries, e => Assert.True(after.TryGetOrdinal(e.Unit, out _)));
    }

    [Fact]
    public void The_shape_of_a_chart_keeps_its_ordinals_and_parents()
    {
        var snapshot = National.Chart.At(NationalChartGenerator.LastDayBefore);
        var shape = RollUpShape.FromSnapshot(snapshot);
        Assert.Equal(snapshot.Count, shape.Count);
        for (int i = 0; i < shape.Count; i += 97)
        {
            Assert.Equal(snapshot.CodeAt(i), shape.Codes[i]);
            Assert.Equal(snapshot.ParentOrdinalAt(i), shape.ParentOrdinals[i]);
            Assert.Equal(i, shape.OrdinalOf(snapshot.CodeAt(i)));
        }
    }
}
