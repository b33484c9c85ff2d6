using System;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using MassMobilization.Core.Activities;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.EntityFrameworkCore;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Quantities;
using MassMobilization.Core.Reporting;
using MassMobilization.Samples.Generators;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Xunit;

namespace MassMobilization.Core.Tests.Persistence;

/// <summary>Stored activity records: support deliveries come back exactly, once per activity id, and bad rows are named.</summary>
[Collection(PostgresGroup.Name)]
public sealed class PersistenceActivityTests(PostgresFixture fixture)
{
    public static TheoryData<Provider> Providers => new() { Provider.PostgreSql, Provider.Sqlite };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_seed_support_deliveries_come_back_equal_and_give_the_same_figures(Provider provider)
    {
        var province = AggregationSeeds.BinhThuan();
        var deliveries = ActivitySeeds.BinhThuan2024(province.Communes).OfType<SupportDelivery>().ToList();
        Assert.NotEmpty(deliveries);
        using var database = TestDatabase.Create(provider, fixture);
        using (var context = database.NewContext())
        {
            context.SupportDeliveries.AddRange(deliveries.Select(StoredSupportDelivery.From));
            await context.SaveChangesAsync();
        }

        using var reader = database.NewContext();
        var loaded = (await reader.SupportDeliveries.AsNoTracking().OrderBy(d => d.Id).ToListAsync()).Select(d => d.ToDelivery()).ToList();
        Assert.Equal(deliveries.Select(Fields), loaded.Select(Fields));
        Assert.All(loaded, d => Assert.True(d.Description.IsNormalized(NormalizationForm.FormC)));
        Assert.Contains(loaded, d => d.Description.Any(c => c > 127));

        // The report's support figures from the stored deliveries are the seed's, counted from each delivery.
        var period = ReportingPeriod.Year(2024);
        var asOf = new LocalDate(2024, 12, 31);
        var request = ReportRequest.Create(province.Chart, province.Province, period, asOf).WithLayout(ReportLayouts.WithActivities);
        var report = ReportBuilder.Build(request, [], loaded, []);
        Assert.Equal(ActivitySeeds.BinhThuan2024SupportDong, report.Tally.Get(StandardIndicators.SupportValue).Amount.Dong);
        Assert.Equal(ActivitySeeds.BinhThuan2024GiftCount, report.Tally.Count(StandardIndicators.Gifts));
        Assert.Equal(
            ActivityIndicators.Records(deliveries, period, asOf),
            ActivityIndicators.Records(loaded, period, asOf));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_activity_id_names_one_support_delivery(Provider provider)
    {
        using var database = TestDatabase.Create(provider, fixture);
        var delivery = Delivery("SD-1", 100_000);
        using var context = database.NewContext();
        context.SupportDeliveries.Add(StoredSupportDelivery.From(delivery));
        context.SupportDeliveries.Add(StoredSupportDelivery.From(Delivery("SD-1", 200_000)));
        await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_negative_value_and_an_unknown_kind_written_by_another_app_are_named(Provider provider)
    {
        using var database = TestDatabase.Create(provider, fixture);
        using (var context = database.NewContext())
        {
            context.SupportDeliveries.Add(StoredSupportDelivery.From(Delivery("SD-1", 100_000)));
            context.SupportDeliveries.Add(StoredSupportDelivery.From(Delivery("SD-2", 100_000)));
            await context.SaveChangesAsync();
            await context.Database.ExecuteSqlRawAsync("UPDATE support_deliveries SET value_dong = -5 WHERE activity_id = 'SD-1'");
            await context.Database.ExecuteSqlRawAsync("UPDATE support_deliveries SET kind = 'Bicycle' WHERE activity_id = 'SD-2'");
        }

        using var reader = database.NewContext();
        var rows = await reader.SupportDeliveries.AsNoTracking().OrderBy(d => d.ActivityId).ToListAsync();
        var negative = Assert.Throws<StoredDataException>(() => rows[0].ToDelivery());
        Assert.Equal(("support_deliveries", "id=" + rows[0].Id, "value_dong"), (negative.Table, negative.RowKey, negative.Column));
        Assert.Contains("the value -5 đồng is negative", negative.Message, StringComparison.Ordinal);
        var kind = Assert.Throws<StoredDataException>(() => rows[1].ToDelivery());
        Assert.Equal(("support_deliveries", "id=" + rows[1].Id, "kind"), (kind.Table, kind.RowKey, kind.Column));
        Assert.Contains("'Bicycle' is not one of Gift, Scholarship", kind.Message, StringComparison.Ordinal);
    }

    private static SupportDelivery Delivery(string id, long dong) => new(
        new ActivityId(id), new UnitCode("22636"), new LocalDate(2024, 2, 1), SupportKind.Gift, BeneficiaryGroup.PoorHousehold, 3, VndAmount.FromDong(dong), FundingSource.FatherlandFrontFund, "Quà Tết cho hộ nghèo");

    private static (ActivityId, UnitCode, LocalDate, SupportKind, BeneficiaryGroup, long, long, FundingSource, string) Fields(SupportDelivery d) =>
        (d.Id, d.Unit, d.Date, d.Kind, d.Beneficiaries, d.Quantity, d.Value.Dong, d.Source, d.Description);
}
