using System.Linq;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Organization;
using NodaTime;
using Xunit;

namespace MassMobilization.Core.Tests.Aggregation;

/// <summary>
/// The partial's rebase is the chart's: the successions of one day apply to the holdings of the day
/// before, so a figure moved into a reused code is not moved again, whatever order they were added in.
/// </summary>
public sealed class PartialRebaseOrderTests
{
    private static readonly LocalDate Start = new(2020, 1, 1);
    private static readonly LocalDate Reform = new(2025, 7, 1);
    private static readonly ReportingPeriod Year = ReportingPeriod.Year(2024);
    private static readonly UnitCode P = new("01");
    private static readonly UnitCode A = new("00101");
    private static readonly UnitCode B = new("00102");
    private static readonly UnitCode C = new("00103");

    private static OrganizationChart Chart(bool transferFirst)
    {
        var old = ValidityPeriod.Between(Start, Reform.PlusDays(-1));
        var next = ValidityPeriod.From(Reform);
        var builder = OrganizationChart.CreateBuilder()
            .AddUnit(new AdministrativeUnit(P, "Thành phố", "City", UnitKind.CentrallyRunCity, null, ValidityPeriod.From(Start)))
            .AddUnit(new AdministrativeUnit(A, "Xã A", "Commune A", UnitKind.Commune, P, old))
            .AddUnit(new AdministrativeUnit(A, "Phường A", "Ward A", UnitKind.Ward, P, next))
            .AddUnit(new AdministrativeUnit(B, "Xã B", "Commune B", UnitKind.Commune, P, old))
            .AddUnit(new AdministrativeUnit(C, "Phường C", "Ward C", UnitKind.Ward, P, next));
        var transfer = Succession.Transfer(Reform, B, A);
        var split = Succession.Split(Reform, A, [new SuccessorShare<UnitCode>(A, 0.5m), new SuccessorShare<UnitCode>(C, 0.5m)]);
        return (transferFirst ? builder.AddSuccession(transfer).AddSuccession(split) : builder.AddSuccession(split).AddSuccession(transfer)).Build();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_transfer_into_a_code_split_the_same_day_is_not_split_again(bool transferFirst)
    {
        var chart = Chart(transferFirst);
        var partial = PartialAggregate.Create(Year, [new PartialEntry(A, "GIFTS", 100, 4), new PartialEntry(B, "GIFTS", 100, 6)]);

        var rebased = partial.Rebase(chart, Reform.PlusDays(-1), Reform);

        Assert.Equal([new PartialEntry(A, "GIFTS", 150, 8), new PartialEntry(C, "GIFTS", 50, 2)], rebased.Partial.Entries.ToArray());
        Assert.Empty(rebased.Unallocated.Entries);
        var counts = chart.Rebase(new System.Collections.Generic.Dictionary<UnitCode, long> { [A] = 100, [B] = 100 }, Reform.PlusDays(-1), Reform);
        Assert.Equal(150, counts.CountOf(A));
        Assert.Equal(50, counts.CountOf(C));
    }

    [Fact]
    public void The_order_successions_were_added_in_does_not_matter()
    {
        var partial = PartialAggregate.Create(Year, [new PartialEntry(A, "GIFTS", 7, 3), new PartialEntry(B, "GIFTS", 11, 5), new PartialEntry(B, "DIALOGUES-HELD", 2, 2)]);
        Assert.Equal(
            partial.Rebase(Chart(true), Reform.PlusDays(-1), Reform).Partial,
            partial.Rebase(Chart(false), Reform.PlusDays(-1), Reform).Partial);
    }

    [Fact]
    public void What_cannot_be_carried_keeps_its_origin_and_reason()
    {
        var old = ValidityPeriod.Between(Start, Reform.PlusDays(-1));
        var chart = OrganizationChart.CreateBuilder()
            .AddUnit(new AdministrativeUnit(P, "Thành phố", "City", UnitKind.CentrallyRunCity, null, ValidityPeriod.From(Start)))
            .AddUnit(new AdministrativeUnit(A, "Xã A", "Commune A", UnitKind.Commune, P, old))
            .Build();
        var partial = PartialAggregate.Create(Year, [new PartialEntry(A, "GIFTS", 9, 1)]);

        var rebased = partial.Rebase(chart, Reform.PlusDays(-1), Reform);

        var left = Assert.Single(rebased.UnallocatedEntries);
        Assert.Equal(new UnallocatedEntry(new PartialEntry(A, "GIFTS", 9, 1), A, Reform, UnallocatedReason.Dissolved), left);
        Assert.Equal(rebased.Unallocated.Entries, [left.Entry]);
    }
}
