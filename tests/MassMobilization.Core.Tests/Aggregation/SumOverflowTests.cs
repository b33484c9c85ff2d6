using System;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Organization;
using NodaTime;
using Xunit;

namespace MassMobilization.Core.Tests.Aggregation;

/// <summary>
/// A sum that does not fit in 64 bits is rule <c>AGG-SUM-OVERFLOW</c> naming the unit and the slot, in every
/// roll-up, partial, merge and rebase; never an <see cref="OverflowException"/> (docs/reliability.md).
/// </summary>
public sealed class SumOverflowTests
{
    private static readonly UnitCode Province = new("01");
    private static readonly UnitCode First = new("00101");
    private static readonly UnitCode Second = new("00102");
    private static readonly RollUpShape Shape = RollUpShape.Create([Province, First, Second], [-1, 0, 0]);
    private static readonly IndicatorLayout Layout = IndicatorLayout.Create([StandardIndicators.ModelsRegistered]);
    private static readonly ReportingPeriod Year = ReportingPeriod.Year(2024);
    private static readonly string Slot = Layout.SlotCodes[0];

    private static void AssertNamesCell(DomainRuleException exception, UnitCode unit)
    {
        Assert.Equal(AggregationRuleCodes.SumOverflow, exception.RuleCode);
        Assert.Contains(unit.ToString(), exception.Message, StringComparison.Ordinal);
        Assert.Contains(Slot, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rolling_up_long_max_in_one_commune_and_one_in_its_sibling_names_the_parent_and_the_slot()
    {
        var partial = PartialAggregate.Create(Year, [new PartialEntry(First, Slot, long.MaxValue, 1), new PartialEntry(Second, Slot, 1, 1)]);

        var exception = Assert.Throws<DomainRuleException>(() => RollUpEngine.RollUp(Shape, Layout, partial));

        // The propagation adds the last ordinal first: the sibling with 1, then the commune with long.MaxValue overflows.
        AssertNamesCell(exception, Province);
        Assert.Contains($"adding subunit {First}", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rolling_up_columns_whose_records_overflow_one_unit_names_that_unit()
    {
        var exception = Assert.Throws<DomainRuleException>(() =>
            RollUpEngine.RollUp(Shape, Layout, Year, [2, 2], [0, 0], [long.MaxValue, 1]));

        AssertNamesCell(exception, Second);
    }

    [Fact]
    public void Rolling_up_many_columns_through_the_interleaved_path_names_the_overflowing_unit()
    {
        // More records than cells takes the kernel's interleaved path.
        int[] units = [1, 1, 1, 1, 1, 1];
        int[] slots = [0, 0, 0, 0, 0, 0];
        long[] amounts = [1, 2, 3, long.MaxValue - 5, 1, 1];

        var exception = Assert.Throws<DomainRuleException>(() => PartialAggregate.FromRecords(Shape, Layout, Year, units, slots, amounts));

        AssertNamesCell(exception, First);
    }

    [Fact]
    public void Rolling_up_records_whose_sum_overflows_names_the_unit()
    {
        IndicatorRecord[] records = [IndicatorRecord.Count(First, StandardIndicators.ModelsRegistered, long.MaxValue), IndicatorRecord.Count(First, StandardIndicators.ModelsRegistered, 1)];

        AssertNamesCell(Assert.Throws<DomainRuleException>(() => RollUpEngine.RollUp(Shape, Layout, Year, records)), First);
        AssertNamesCell(Assert.Throws<DomainRuleException>(() => PartialAggregate.FromRecords(Shape, Layout, Year, records)), First);
    }

    [Fact]
    public void Creating_a_partial_whose_entries_for_one_cell_overflow_names_the_unit()
    {
        var exception = Assert.Throws<DomainRuleException>(() =>
            PartialAggregate.Create(Year, [new PartialEntry(First, Slot, long.MaxValue, 1), new PartialEntry(First, Slot, 1, 1)]));

        AssertNamesCell(exception, First);
    }

    [Fact]
    public void Merging_partials_whose_sums_overflow_names_the_unit_and_leaves_both_unchanged()
    {
        var a = PartialAggregate.Create(Year, [new PartialEntry(Second, Slot, long.MaxValue, 1)]);
        var b = PartialAggregate.Create(Year, [new PartialEntry(Second, Slot, 1, long.MaxValue)]);

        var exception = Assert.Throws<DomainRuleException>(() => a.Merge(b));

        AssertNamesCell(exception, Second);
        Assert.Equal(long.MaxValue, a.Entries[0].Sum);
        Assert.Equal(1, b.Entries[0].Sum);
    }

    [Fact]
    public void Rebasing_a_merge_of_two_units_whose_sums_overflow_names_the_successor()
    {
        var start = new LocalDate(2020, 1, 1);
        var reform = new LocalDate(2025, 7, 1);
        var old = ValidityPeriod.Between(start, reform.PlusDays(-1));
        var chart = OrganizationChart.CreateBuilder()
            .AddUnit(new AdministrativeUnit(Province, "Tỉnh", "Province", UnitKind.Province, null, ValidityPeriod.From(start)))
            .AddUnit(new AdministrativeUnit(First, "Xã Một", "Commune One", UnitKind.Commune, Province, old))
            .AddUnit(new AdministrativeUnit(First, "Xã Một mới", "New commune One", UnitKind.Commune, Province, ValidityPeriod.From(reform)))
            .AddUnit(new AdministrativeUnit(Second, "Xã Hai", "Commune Two", UnitKind.Commune, Province, old))
            .AddSuccession(Succession.Merge(reform, [First, Second], First))
            .Build();
        var partial = PartialAggregate.Create(Year, [new PartialEntry(First, Slot, long.MaxValue, 1), new PartialEntry(Second, Slot, 1, 1)]);

        var exception = Assert.Throws<DomainRuleException>(() => partial.Rebase(chart, new LocalDate(2024, 12, 31), new LocalDate(2025, 12, 31)));

        AssertNamesCell(exception, First);
    }

    [Fact]
    public void Sums_that_reach_long_max_exactly_are_not_an_overflow()
    {
        var partial = PartialAggregate.Create(Year, [new PartialEntry(First, Slot, long.MaxValue - 1, 1), new PartialEntry(Second, Slot, 1, 1)]);

        var result = RollUpEngine.RollUp(Shape, Layout, partial);

        Assert.Equal(long.MaxValue, result.Sum(0, 0));
    }
}
