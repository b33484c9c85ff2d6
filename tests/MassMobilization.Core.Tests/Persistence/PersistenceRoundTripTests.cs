using System.Linq;
using System.Text;
using System.Threading.Tasks;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Documents;
using MassMobilization.Core.EntityFrameworkCore;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Quantities;
using MassMobilization.Core.Reporting;
using MassMobilization.Samples;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Xunit;

namespace MassMobilization.Core.Tests.Persistence;

/// <summary>Every stored value and record comes back exactly, on PostgreSQL and on SQLite.</summary>
[Collection(PostgresGroup.Name)]
public sealed class PersistenceRoundTripTests(PostgresFixture fixture)
{
    public static TheoryData<Provider> Providers => new() { Provider.PostgreSql, Provider.Sqlite };

    private static readonly ReportingPeriod Year = ReportingPeriod.Year(2024);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_chart_with_successions_comes_back_equal(Provider provider)
    {
        using var database = TestDatabase.Create(provider, fixture);
        var chart = SampleProvince.Instance.Chart;
        using (var context = database.NewContext())
        {
            StoredCharts.Add(context, chart);
            await context.SaveChangesAsync();
        }

        using var reader = database.NewContext();
        var loaded = await StoredCharts.LoadAsync(reader);

        Assert.Equal(chart.Units, loaded.Units);
        Assert.NotEmpty(chart.UnitSuccessions);
        Assert.Equal(chart.UnitSuccessions.Count, loaded.UnitSuccessions.Count);
        for (int i = 0; i < chart.UnitSuccessions.Count; i++)
        {
            var (expected, actual) = (chart.UnitSuccessions[i], loaded.UnitSuccessions[i]);
            Assert.Equal(expected.Kind, actual.Kind);
            Assert.Equal(expected.EffectiveDate, actual.EffectiveDate);
            Assert.Equal(expected.Predecessors, actual.Predecessors);
            Assert.Equal(expected.Successors, actual.Successors);
        }

        Assert.NotEmpty(chart.Committees);
        Assert.Equal(chart.Committees, loaded.Committees);
        Assert.Equal(chart.Committees.Select(c => (c.Kind.VietnameseName, c.Kind.EnglishName)), loaded.Committees.Select(c => (c.Kind.VietnameseName, c.Kind.EnglishName)));
        Assert.Equal(chart.ChangeDates, loaded.ChangeDates);
        Assert.All(loaded.Units, u => Assert.True(u.VietnameseName.IsNormalized(NormalizationForm.FormC)));
        Assert.Contains(loaded.Units, u => u.VietnameseName.Any(c => c > 127));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Split_weights_come_back_exact_and_keep_their_scale(Provider provider)
    {
        using var database = TestDatabase.Create(provider, fixture);
        var split = Succession.Split(
            new LocalDate(2025, 7, 1),
            new UnitCode("00001"),
            [new SuccessorShare<UnitCode>(new UnitCode("00002"), 0.350m), new SuccessorShare<UnitCode>(new UnitCode("00003"), 0.650m)]);
        using (var context = database.NewContext())
        {
            context.UnitSuccessions.Add(StoredSuccession.From(split));
            await context.SaveChangesAsync();
        }

        using var reader = database.NewContext();
        var loaded = (await reader.UnitSuccessions.AsNoTracking().Include(s => s.Parts).SingleAsync()).ToSuccession();
        Assert.Equal(SuccessionKind.Split, loaded.Kind);
        Assert.True(loaded.IsWeighted);
        Assert.Equal(split.Successors, loaded.Successors);
        Assert.Equal(["0.350", "0.650"], loaded.Successors.Select(s => s.Weight!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Counts_ratios_and_whole_dong_amounts_come_back_exactly(Provider provider)
    {
        using var database = TestDatabase.Create(provider, fixture);
        var unit = SampleProvince.District;
        IndicatorRecord[] records =
        [
            IndicatorRecord.Count(unit, StandardIndicators.Gifts, 395_112),
            new(unit, IndicatorValue.ForRatio(StandardIndicators.CitizensReceived, Ratio.Of(301, 314))),
            new(unit, IndicatorValue.ForRatio(StandardIndicators.CitizensReceived, Ratio.NotApplicable)),
            new(unit, IndicatorValue.ForAmount(StandardIndicators.SupportValue, VndAmount.FromDong(165_340_000_001))),
            new(unit, IndicatorValue.ForAmount(StandardIndicators.SupportValue, VndAmount.FromDong(long.MaxValue))),
        ];
        using (var context = database.NewContext())
        {
            StoredRecords.Add(context, Year, records);
            await context.SaveChangesAsync();
        }

        using var reader = database.NewContext();
        var rows = await reader.IndicatorRecords.AsNoTracking().OrderBy(r => r.Id).ToListAsync();
        Assert.All(rows, r => Assert.Equal("2024", r.Period));
        Assert.Equal(records, rows.Select(r => r.ToRecord(IndicatorLayout.Standard)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Document_numbers_dates_and_Vietnamese_titles_come_back_exactly(Provider provider)
    {
        using var database = TestDatabase.Create(provider, fixture);
        string title = "Nghị quyết về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận".Normalize(NormalizationForm.FormC);
        var numbers = new[] { DocumentNumber.Party(18, "NQ", "TW"), DocumentNumber.LegalNormative(98, 2023, "NĐ", "CP"), DocumentNumber.Party(1250, "QĐ", "BDVTU") };
        using (var context = database.NewContext())
        {
            foreach (var number in numbers)
            {
                context.Documents.Add(StoredDocument.From("TW/XII", number, new LocalDate(2013, 6, 3), title));
            }

            await context.SaveChangesAsync();
        }

        using var reader = database.NewContext();
        var rows = await reader.Documents.AsNoTracking().OrderBy(d => d.Id).ToListAsync();
        Assert.Equal(numbers, rows.Select(r => r.ToNumber()));
        Assert.All(rows, r => Assert.Equal(new LocalDate(2013, 6, 3), r.IssuedOn));
        Assert.All(rows, r => Assert.Equal(Encoding.UTF8.GetBytes(title), Encoding.UTF8.GetBytes(r.Title)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Stored_partials_merge_like_the_partials_in_memory(Provider provider)
    {
        using var database = TestDatabase.Create(provider, fixture);
        var sample = SampleProvince.Instance;
        var asOf = new LocalDate(2024, 12, 31);
        var shape = RollUpShape.At(sample.Chart, asOf);
        var records = ModelIndicators.Records(sample.Models, Year, asOf).Concat(sample.Records).ToList();
        var first = PartialAggregate.FromRecords(shape, ReportLayouts.Standard.Indicators, Year, records.Take(records.Count / 2));
        var second = PartialAggregate.FromRecords(shape, ReportLayouts.Standard.Indicators, Year, records.Skip(records.Count / 2));
        using (var context = database.NewContext())
        {
            StoredPartials.Add(context, "first", first);
            StoredPartials.Add(context, "second", second);
            await context.SaveChangesAsync();
        }

        using var reader = database.NewContext();
        Assert.Equal(first, await StoredPartials.LoadMergedAsync(reader, Year, ["first"]));
        Assert.Equal(first.Merge(second), await StoredPartials.LoadMergedAsync(reader, Year, ["first", "second", "absent"]));
        var request = ReportRequest.Create(sample.Chart, SampleProvince.District, Year, asOf);
        Assert.Equal(
            ReportBuilder.Build(request, first.Merge(second)).Figures,
            ReportBuilder.Build(request, await StoredPartials.LoadMergedAsync(reader, Year, ["second", "first"])).Figures);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_value_converters_round_trip_in_an_applications_own_context(Provider provider)
    {
        using var database = TestDatabase.Create(provider, fixture, migrate: false);
        var probe = new ValueProbe
        {
            Unit = new UnitCode("26740"),
            Parent = null,
            Committee = new CommitteeId("66-BDVTU"),
            Number = DocumentNumber.LegalNormative(98, 2023, "NĐ", "CP"),
            Amount = VndAmount.FromDong(-1_234_567_890_123),
            Period = ReportingPeriod.HalfYear(2024, 1),
            Date = new LocalDate(2025, 7, 1),
            End = new LocalDate(9999, 12, 31),
            Name = "Phường Hoàn Kiếm".Normalize(NormalizationForm.FormC),
            Score = 14.50m,
        };
        using (var context = new ProbeContext(database.OptionsFor<ProbeContext>()))
        {
            await context.Database.EnsureCreatedAsync();
            context.Probes.Add(probe);
            context.Probes.Add(new ValueProbe { Unit = new UnitCode("01"), Parent = new UnitCode("001"), Number = DocumentNumber.Party(18, "NQ", "TW"), Period = Year, Name = "Hà Nội", Score = 0.000m });
            await context.SaveChangesAsync();
        }

        using var reader = new ProbeContext(database.OptionsFor<ProbeContext>());
        var rows = await reader.Probes.AsNoTracking().OrderBy(p => p.Id).ToListAsync();
        Assert.Equal((probe.Unit, probe.Parent, probe.Number, probe.Amount, probe.Period, probe.Date, probe.End, probe.Name), (rows[0].Unit, rows[0].Parent, rows[0].Number, rows[0].Amount, rows[0].Period, rows[0].Date, rows[0].End, rows[0].Name));
        Assert.Equal("14.50", rows[0].Score.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("0.000", rows[1].Score.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(new UnitCode("001"), rows[1].Parent);
        Assert.Equal(new CommitteeId("66-BDVTU"), rows[0].Committee);
        Assert.Null(rows[1].Committee);
        Assert.Null(rows[1].End);
        Assert.Single(await reader.Probes.Where(p => p.Unit == new UnitCode("26740")).ToListAsync());
        Assert.Single(await reader.Probes.Where(p => p.Date > new LocalDate(2025, 1, 1)).ToListAsync());
    }
}

/// <summary>An application's own entity whose properties are library value types.</summary>
public sealed class ValueProbe
{
    public int Id { get; set; }

    public UnitCode Unit { get; set; }

    public UnitCode? Parent { get; set; }

    public CommitteeId? Committee { get; set; }

    public DocumentNumber Number { get; set; }

    public VndAmount Amount { get; set; }

    public ReportingPeriod Period { get; set; } = ReportingPeriod.Year(2024);

    public LocalDate Date { get; set; }

    public LocalDate? End { get; set; }

    public string Name { get; set; } = string.Empty;

    public decimal Score { get; set; }
}

/// <summary>An application's own context: its entity plus the library's tables.</summary>
public sealed class ProbeContext(DbContextOptions<ProbeContext> options) : DbContext(options)
{
    public DbSet<ValueProbe> Probes => Set<ValueProbe>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.AddMassMobilizationConversions(forSqlite: Database.IsSqlite());

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyMassMobilizationConfiguration();
}
