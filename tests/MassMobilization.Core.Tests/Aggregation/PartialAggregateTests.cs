using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Quantities;
using MassMobilization.Core.Tests.Infrastructure;
using MassMobilization.Samples.Generators;
using Xunit;

namespace MassMobilization.Core.Tests.Aggregation;

[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]
public sealed class PartialAggregateTests
{
    private static readonly RollUpShape Shape = AggregationData.Shape(2, 5, 40);
    private static readonly IndicatorLayout Layout = IndicatorLayout.Create(
        [StandardIndicators.ModelsRegistered, StandardIndicators.CitizensReceived, StandardIndicators.SupportValue]);

    private static readonly ReportingPeriod Year = ReportingPeriod.Year(2024);

    /// <summary>A batch of records as columns: each cell on one of the shape's 40 communes.</summary>
    private static (int[] Units, int[] Slots, long[] Amounts) Columns(RecordCell[] batch)
    {
        int firstCommune = Shape.Count - 40;
        return (
            batch.Select(r => firstCommune + (r.Commune % 40)).ToArray(),
            batch.Select(r => r.Slot % Layout.SlotCount).ToArray(),
            batch.Select(r => r.Amount).ToArray());
    }

    private static PartialAggregate PartialOf(RecordCell[] batch)
    {
        var (units, slots, amounts) = Columns(batch);
        return PartialAggregate.FromRecords(Shape, Layout, Year, units, slots, amounts);
    }

    [Property]
    public bool Merge_is_associative_and_commutative_with_empty_as_identity(RecordCell[] first, RecordCell[] second, RecordCell[] third)
    {
        var (a, b, c) = (PartialOf(first), PartialOf(second), PartialOf(third));
        return a.Merge(b) == b.Merge(a)
            && a.Merge(b).Merge(c) == a.Merge(b.Merge(c))
            && a.Merge(PartialAggregate.Empty(Year)) == a;
    }

    [Property]
    public bool Rolling_up_merged_partials_equals_the_one_shot_roll_up(RecordCell[] batch, PositiveInt pieceCount)
    {
        var (units, slots, amounts) = Columns(batch);
        int total = batch.Length;
        int pieces = 1 + ((pieceCount.Get - 1) % 5);
        var oneShot = RollUpEngine.RollUp(Shape, Layout, Year, units, slots, amounts);
        var merged = PartialAggregate.Empty(Year);
        int size = Math.Max(1, (total + pieces - 1) / pieces);
        for (int start = 0; start < total; start += size)
        {
            int length = Math.Min(size, total - start);
            merged = merged.Merge(PartialAggregate.FromRecords(Shape, Layout, Year, units.AsSpan(start, length), slots.AsSpan(start, length), amounts.AsSpan(start, length)));
        }

        var fromPartials = RollUpEngine.RollUp(Shape, Layout, merged);
        return oneShot.SumsSpan().SequenceEqual(fromPartials.SumsSpan())
            && oneShot.RecordCountsSpan().SequenceEqual(fromPartials.RecordCountsSpan());
    }

    [Fact]
    public void A_commune_partial_travels_up_and_merges_at_the_district()
    {
        var commune1 = new UnitCode("C00001");
        var commune2 = new UnitCode("C00002");
        var p1 = PartialAggregate.FromRecords(Shape, Layout, Year,
            [IndicatorRecord.Count(commune1, StandardIndicators.ModelsRegistered, 3), new IndicatorRecord(commune1, IndicatorValue.ForRatio(StandardIndicators.CitizensReceived, Ratio.Of(10, 11)))]);
        var p2 = PartialAggregate.FromRecords(Shape, Layout, Year,
            [IndicatorRecord.Count(commune2, StandardIndicators.ModelsRegistered, 4), new IndicatorRecord(commune2, IndicatorValue.ForAmount(StandardIndicators.SupportValue, VndAmount.FromDong(5_000_000)))]);
        var result = RollUpEngine.RollUp(Shape, Layout, p1.Merge(p2));
        var root = result.Tally(new UnitCode("VN"));
        Assert.Equal(7, root.Count(StandardIndicators.ModelsRegistered));
        Assert.Equal(Ratio.Of(10, 11), root.Get(StandardIndicators.CitizensReceived).Ratio);
        Assert.Equal(VndAmount.FromDong(5_000_000), root.Get(StandardIndicators.SupportValue).Amount);
        Assert.Equal(
            ["C00001/CITIZENS-RECEIVED:denominator: 11 (1 records)", "C00001/CITIZENS-RECEIVED:numerator: 10 (1 records)", "C00001/MODELS-REGISTERED: 3 (1 records)", "C00002/MODELS-REGISTERED: 4 (1 records)", "C00002/SUPPORT-VALUE: 5000000 (1 records)"],
            p1.Merge(p2).Entries.Select(e => e.ToString()).ToArray());
    }

    [Fact]
    public void Create_puts_entries_in_canonical_form()
    {
        var a = new PartialEntry(new UnitCode("C00002"), "MODELS-REGISTERED", 2, 1);
        var b = new PartialEntry(new UnitCode("C00001"), "MODELS-REGISTERED", 3, 2);
        var c = new PartialEntry(new UnitCode("C00002"), "MODELS-REGISTERED", 5, 1);
        var zero = new PartialEntry(new UnitCode("C00003"), "MODELS-REGISTERED", 0, 0);
        var partial = PartialAggregate.Create(Year, [a, zero, b, c]);
        Assert.Equal([b, new PartialEntry(new UnitCode("C00002"), "MODELS-REGISTERED", 7, 2)], partial.Entries.ToArray());
        Assert.Equal(partial, PartialAggregate.Create(Year, [c, b, a]));
        Assert.Equal(partial.GetHashCode(), PartialAggregate.Create(Year, [c, b, a]).GetHashCode());
    }

    [Fact]
    public void Refuses_to_mix_periods_or_unknown_units_and_slots()
    {
        var h1 = PartialAggregate.Empty(ReportingPeriod.HalfYear(2024, 1));
        Assert.Equal("AGG-PARTIAL-PERIOD", Assert.Throws<DomainRuleException>(() => PartialAggregate.Empty(Year).Merge(h1)).RuleCode);

        var unknownUnit = PartialAggregate.Create(Year, [new PartialEntry(new UnitCode("X1"), "MODELS-REGISTERED", 1, 1)]);
        Assert.Equal("AGG-UNKNOWN-UNIT", Assert.Throws<DomainRuleException>(() => RollUpEngine.RollUp(Shape, Layout, unknownUnit)).RuleCode);

        var unknownSlot = PartialAggregate.Create(Year, [new PartialEntry(new UnitCode("C00001"), "GIFTS", 1, 1)]);
        Assert.Equal("AGG-UNKNOWN-INDICATOR", Assert.Throws<DomainRuleException>(() => RollUpEngine.RollUp(Shape, Layout, unknownSlot)).RuleCode);

        Assert.Throws<ArgumentException>(() => new PartialEntry(default, "GIFTS", 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartialEntry(new UnitCode("C1"), "GIFTS", 1, -1));
    }
}

public sealed class SpanOverloadNullTests
{
    [Fact]
    public void Span_overloads_reject_null_reference_arguments_by_name()
    {
        var shape = AggregationData.Shape(1, 1, 1);
        var layout = IndicatorLayout.Standard;
        var year = ReportingPeriod.Year(2024);
        Assert.Equal("shape", Assert.Throws<ArgumentNullException>(() => RollUpEngine.RollUp(null!, layout, year, [], [], [])).ParamName);
        Assert.Equal("layout", Assert.Throws<ArgumentNullException>(() => RollUpEngine.RollUp(shape, null!, year, [], [], [])).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentNullException>(() => RollUpEngine.RollUp(shape, layout, null!, [], [], [])).ParamName);
        Assert.Equal("shape", Assert.Throws<ArgumentNullException>(() => PartialAggregate.FromRecords(null!, layout, year, [], [], [])).ParamName);
        Assert.Equal("layout", Assert.Throws<ArgumentNullException>(() => PartialAggregate.FromRecords(shape, null!, year, [], [], [])).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentNullException>(() => PartialAggregate.FromRecords(shape, layout, null!, [], [], [])).ParamName);
    }
}
