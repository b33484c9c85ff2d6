using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Quantities;
using NodaTime;
using Xunit;

namespace MassMobilization.Core.Tests.Aggregation;

/// <summary>Rebasing records kept against the units of 2024 onto the two-level structure of 2025-07-01 (domain.md §3).</summary>
public sealed class RebaseTests
{
    private static readonly LocalDate Start = new(2020, 1, 1);
    private static readonly LocalDate Reform = new(2025, 7, 1);
    private static readonly LocalDate Before = new(2024, 12, 31);
    private static readonly LocalDate After = new(2025, 12, 31);
    private static readonly ReportingPeriod Year = ReportingPeriod.Year(2024);
    private static readonly IndicatorLayout Layout = IndicatorLayout.Create([StandardIndicators.Gifts, StandardIndicators.CitizensReceived, StandardIndicators.SupportValue]);

    private static readonly UnitCode P = new("01");
    private static readonly UnitCode D1 = new("01001");
    private static readonly UnitCode D2 = new("01002");
    private static readonly UnitCode A = new("00101");
    private static readonly UnitCode B = new("00102");
    private static readonly UnitCode C = new("00103");
    private static readonly UnitCode E = new("00104");
    private static readonly UnitCode F = new("00105");
    private static readonly UnitCode G = new("00201");
    private static readonly UnitCode H = new("00202");
    private static readonly UnitCode I = new("00203");
    private static readonly UnitCode J = new("00204");
    private static readonly UnitCode K = new("00205");

    /// <summary>
    /// Before 2025-07-01: province → 2 districts → 5 communes. From then: no districts; A and B merge
    /// into A, C continues as G, E splits 60/40 into H and I, F splits into J and K without weights.
    /// </summary>
    private static readonly OrganizationChart Chart = BuildChart();

    private static readonly UnitCode[] OldUnits = [D1, D2, A, B, C, E, F];

    private static OrganizationChart BuildChart()
    {
        var always = ValidityPeriod.From(Start);
        var old = ValidityPeriod.Between(Start, Reform.PlusDays(-1));
        var next = ValidityPeriod.From(Reform);
        var builder = OrganizationChart.CreateBuilder()
            .AddUnit(new AdministrativeUnit(P, "Thành phố Hà Nội", "Hà Nội", UnitKind.CentrallyRunCity, null, always))
            .AddUnit(new AdministrativeUnit(D1, "Huyện Một", "District One", UnitKind.RuralDistrict, P, old))
            .AddUnit(new AdministrativeUnit(D2, "Huyện Hai", "District Two", UnitKind.RuralDistrict, P, old))
            .AddUnit(new AdministrativeUnit(A, "Xã A", "Commune A", UnitKind.Commune, D1, old))
            .AddUnit(new AdministrativeUnit(A, "Xã A mới", "New commune A", UnitKind.Commune, P, next))
            .AddUnit(new AdministrativeUnit(B, "Xã B", "Commune B", UnitKind.Commune, D1, old))
            .AddUnit(new AdministrativeUnit(C, "Xã C", "Commune C", UnitKind.Commune, D2, old))
            .AddUnit(new AdministrativeUnit(E, "Xã E", "Commune E", UnitKind.Commune, D2, old))
            .AddUnit(new AdministrativeUnit(F, "Xã F", "Commune F", UnitKind.Commune, D2, old));
        foreach (var (code, name) in new[] { (G, "G"), (H, "H"), (I, "I"), (J, "J"), (K, "K") })
        {
            builder.AddUnit(new AdministrativeUnit(code, "Phường " + name, "Ward " + name, UnitKind.Ward, P, next));
        }

        return builder
            .AddSuccession(Succession.Merge(Reform, [A, B], A))
            .AddSuccession(Succession.Rename(Reform, C, G))
            .AddSuccession(Succession.Split(Reform, E, [new SuccessorShare<UnitCode>(H, 0.6m), new SuccessorShare<UnitCode>(I, 0.4m)]))
            .AddSuccession(Succession.Split(Reform, F, [J, K]))
            .Build();
    }

    private static PartialAggregate Partial(IEnumerable<IndicatorRecord> records) =>
        PartialAggregate.FromRecords(RollUpShape.At(Chart, Before), Layout, Year, records);

    private static long Total(PartialAggregate partial, string slot, bool counts = false) =>
        partial.Entries.Where(e => e.SlotCode == slot).Sum(e => counts ? e.Count : e.Sum);

    [Fact]
    public void Merges_renames_and_weighted_splits_carry_over_and_the_rest_is_reported_unallocated()
    {
        var partial = Partial(
        [
            IndicatorRecord.Count(A, StandardIndicators.Gifts, 10),
            IndicatorRecord.Count(B, StandardIndicators.Gifts, 5),
            IndicatorRecord.Count(C, StandardIndicators.Gifts, 7),
            IndicatorRecord.Count(E, StandardIndicators.Gifts, 11),
            IndicatorRecord.Count(F, StandardIndicators.Gifts, 3),
            IndicatorRecord.Count(D1, StandardIndicators.Gifts, 2),
        ]);

        var rebased = partial.Rebase(Chart, Before, After);

        var shape = RollUpShape.At(Chart, After);
        var result = RollUpEngine.RollUp(shape, Layout, rebased.Partial);
        Assert.Equal(15, result.Value(A, StandardIndicators.Gifts).Count);
        Assert.Equal(7, result.Value(G, StandardIndicators.Gifts).Count);
        Assert.Equal(7, result.Value(H, StandardIndicators.Gifts).Count); // 11 × 0.6 = 6.6 → 6 + the larger remainder
        Assert.Equal(4, result.Value(I, StandardIndicators.Gifts).Count);
        Assert.Equal(0, result.Value(J, StandardIndicators.Gifts).Count);
        Assert.Equal(33, result.Value(P, StandardIndicators.Gifts).Count);
        Assert.Equal(
            [new PartialEntry(F, "GIFTS", 3, 1), new PartialEntry(D1, "GIFTS", 2, 1)],
            rebased.Unallocated.Entries.ToArray());
        Assert.Equal(Before, rebased.From);
        Assert.Equal(After, rebased.To);
    }

    [Property]
    public Property Rebasing_conserves_every_slot_total()
    {
        var records = Gen.Elements(OldUnits).SelectMany(unit => Gen.Choose(0, 2).SelectMany(kind => Gen.Choose(0, 1_000_000).SelectMany(a => Gen.Choose(0, 1_000).Select(b => kind switch
        {
            0 => IndicatorRecord.Count(unit, StandardIndicators.Gifts, a),
            1 => new IndicatorRecord(unit, IndicatorValue.ForRatio(StandardIndicators.CitizensReceived, new Ratio(Math.Min(a, b), b))),
            _ => new IndicatorRecord(unit, IndicatorValue.ForAmount(StandardIndicators.SupportValue, VndAmount.FromDong((long)a * b))),
        })))).ArrayOf().ToArbitrary();

        return Prop.ForAll(records, batch =>
        {
            var partial = Partial(batch);
            var rebased = partial.Rebase(Chart, Before, After);
            var root = RollUpEngine.RollUp(RollUpShape.At(Chart, After), Layout, rebased.Partial);
            return Layout.SlotCodes.All(slot =>
                Total(rebased.Partial, slot) + Total(rebased.Unallocated, slot) == Total(partial, slot)
                && Total(rebased.Partial, slot, counts: true) + Total(rebased.Unallocated, slot, counts: true) == Total(partial, slot, counts: true)
                && Layout.TryGetSlot(slot, out int s) && root.Sum(0, s) == Total(rebased.Partial, slot));
        });
    }

    [Fact]
    public void Rebasing_onto_the_same_date_changes_nothing_and_backwards_or_unknown_units_are_refused()
    {
        var partial = Partial([IndicatorRecord.Count(A, StandardIndicators.Gifts, 4), IndicatorRecord.Count(D2, StandardIndicators.Gifts, 1)]);
        var same = partial.Rebase(Chart, Before, Before);
        Assert.Equal(partial, same.Partial);
        Assert.Empty(same.Unallocated.Entries);

        Assert.Throws<ArgumentOutOfRangeException>("to", () => partial.Rebase(Chart, Before, Before.PlusDays(-1)));
        var later = PartialAggregate.Create(Year, [new PartialEntry(H, "GIFTS", 1, 1)]);
        Assert.Equal("AGG-UNKNOWN-UNIT", Assert.Throws<DomainRuleException>(() => later.Rebase(Chart, Before, After)).RuleCode);
    }

    [Property]
    public Property Largest_remainder_gives_whole_shares_that_add_up()
    {
        return Prop.ForAll(Gen.Choose(-1_000_000, 1_000_000).ToArbitrary(), Gen.Choose(1, 999).ToArbitrary(), (total, permille) =>
        {
            var weights = new[] { permille / 1000m, (1000 - permille) / 1000m };
            var magnitude = Apportionment.LargestRemainder(Math.Abs((long)total), weights);
            var shares = magnitude.Select(s => total < 0 ? -s : s).ToArray();
            return shares[0] + shares[1] == total && shares.Zip(weights).All(p => Math.Abs(p.First - (total * p.Second)) < 1);
        });
    }
}
