using System;
using System.Linq;
using System.Threading.Tasks;
using MassMobilization.Core.Documents;
using MassMobilization.Core.EntityFrameworkCore;
using MassMobilization.Core.Mobilization;
using MassMobilization.Core.Organization;
using MassMobilization.Samples;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Xunit;

namespace MassMobilization.Core.Tests.Persistence;

/// <summary>"Dân vận khéo" models with their registration and lifecycle history: round trips, uniqueness and bad rows, on both providers.</summary>
[Collection(PostgresGroup.Name)]
public sealed class PersistenceModelTests(PostgresFixture fixture)
{
    public static TheoryData<Provider> Providers => new() { Provider.PostgreSql, Provider.Sqlite };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_sample_models_and_a_full_registration_come_back_with_their_history(Provider provider)
    {
        using var database = TestDatabase.Create(provider, fixture);
        var models = SampleProvince.Instance.Models.Append(FullModel()).ToList();
        using (var context = database.NewContext())
        {
            context.MobilizationModels.AddRange(models.Select(StoredMobilizationModel.From));
            await context.SaveChangesAsync();
        }

        using var reader = database.NewContext();
        var rows = await reader.MobilizationModels.AsNoTracking().Include(m => m.Items).Include(m => m.Transitions).OrderBy(m => m.Id).ToListAsync();
        var loaded = rows.Select(r => r.ToModel()).ToList();
        Assert.Equal(models.Count, loaded.Count);
        Assert.Contains(models, m => m.History.Any(e => e.Transition.Decision is not null));
        for (int i = 0; i < models.Count; i++)
        {
            AssertSame(models[i], loaded[i]);
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_model_id_is_unique(Provider provider)
    {
        using var database = TestDatabase.Create(provider, fixture);
        using var context = database.NewContext();
        context.MobilizationModels.Add(StoredMobilizationModel.From(FullModel()));
        context.MobilizationModels.Add(StoredMobilizationModel.From(FullModel()));
        await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Bad_model_rows_written_by_another_app_are_named_by_table_row_and_column(Provider provider)
    {
        using var database = TestDatabase.Create(provider, fixture);
        using (var context = database.NewContext())
        {
            context.MobilizationModels.Add(StoredMobilizationModel.From(FullModel()));
            await context.SaveChangesAsync();
        }

        long model;
        long recognition;
        long first;
        using (var context = database.NewContext())
        {
            model = await context.MobilizationModels.MaxAsync(m => m.Id);
            recognition = await context.Set<StoredModelTransition>().Where(t => t.Decision != null).MaxAsync(t => t.Id);
            first = await context.Set<StoredModelTransition>().MinAsync(t => t.Id);
        }

        await Expect(database, $"UPDATE model_transitions SET decision = '101/QĐ-' WHERE id = {recognition}", MassMobilizationTables.ModelTransitions, recognition, "decision", "'101/QĐ-' is not a document number");
        await Expect(database, $"UPDATE model_transitions SET decision = NULL WHERE id = {recognition}", MassMobilizationTables.ModelTransitions, recognition, "decision", "a recognition needs its decision document");
        await Execute(database, $"UPDATE model_transitions SET decision = '101/QĐ-UBND' WHERE id = {recognition}");
        await Expect(database, $"UPDATE model_transitions SET date = '2000-01-01' WHERE id = {first}", MassMobilizationTables.ModelTransitions, first, "action", string.Empty);
        await Execute(database, $"DELETE FROM model_transitions WHERE model_row_id = {model}");
        await Expect(database, $"UPDATE mobilization_models SET owner_unit_code = '99 99' WHERE id = {model}", MassMobilizationTables.MobilizationModels, model, "owner_unit_code", "'99 99' is not a valid unit code");
        await Execute(database, $"UPDATE mobilization_models SET owner_unit_code = '{SampleProvince.District.Value}' WHERE id = {model}");
        await Expect(database, $"UPDATE mobilization_models SET model_id = 'TT 2024' WHERE id = {model}", MassMobilizationTables.MobilizationModels, model, "model_id", "'TT 2024' is not a model id");
        await Execute(database, $"UPDATE mobilization_models SET model_id = 'TT-2024-0001' WHERE id = {model}");
        await Expect(database, $"UPDATE mobilization_models SET level = 'Village' WHERE id = {model}", MassMobilizationTables.MobilizationModels, model, "level", "'Village' is not one of Commune,");
        await Execute(database, $"UPDATE mobilization_models SET level = 'District' WHERE id = {model}");
        await Expect(database, $"UPDATE model_registration_items SET list = 'wishes' WHERE model_row_id = {model} AND list = 'coordinating-force'", MassMobilizationTables.ModelRegistrationItems, null, "list", "'wishes' is not a list of a registration");
    }

    /// <summary>A model with every item of a registration filled in, an individual owner, an agency, an extension field and a history up to recognition.</summary>
    private static MobilizationModel FullModel()
    {
        var registration = new ModelRegistration
        {
            Id = new MobilizationModelId("TT-2024-0001"),
            Name = "Mô hình “Dân vận khéo” trong xây dựng nông thôn mới kiểu mẫu",
            Owner = ModelOwner.ForIndividual("Nguyễn Thị Hồng Nhung", SampleProvince.District),
            Level = RegisteringLevel.OfAgency(new CommitteeId("BDV-HU"), ModelLevel.District),
            Field = ModelField.Extension("DIGITAL-TRANSFORMATION", "Chuyển đổi số", "Digital transformation"),
            RegisteredOn = new LocalDate(2024, 1, 15),
            Period = new DateInterval(new LocalDate(2024, 1, 15), new LocalDate(2025, 12, 31)),
            ReplicationOf = new MobilizationModelId("HN-2020-0007"),
            Situation = "Tỷ lệ hộ nghèo còn cao; nhân dân chưa đồng thuận hiến đất làm đường.",
            Goals = [new ModelGoal("Giảm hộ nghèo", ["Tỷ lệ hộ nghèo dưới 2%", "100% hộ có nước sạch"]), new ModelGoal("Mở rộng đường thôn", [])],
            ContentAndMethod = "Cán bộ “mắt thấy, tai nghe, chân đi, miệng nói, tay làm”.",
            Area = "Thôn Đông, xã Tả Thanh Oai",
            Beneficiaries = "412 hộ dân",
            LeadForce = "Chi hội Phụ nữ thôn",
            CoordinatingForces = ["Hội Nông dân", "Đoàn Thanh niên"],
            ParticipatingForces = ["Nhân dân thôn Đông"],
            Resources = "Nhân dân đóng góp 1.250.000.000 đồng",
            VerifiableOutputs = ["Biên bản nghiệm thu", "Báo cáo tổng kết"],
            Sustainability = "Duy trì qua quy ước thôn.",
        };
        ModelTransition[] steps =
        [
            ModelTransition.StartImplementing(new LocalDate(2024, 2, 1), "Triển khai tại 3 thôn"),
            ModelTransition.Complete(new LocalDate(2024, 11, 30), report: DocumentNumber.Party(45, "BC", "ĐU")),
            ModelTransition.Review(new LocalDate(2024, 12, 10)),
            ModelTransition.Recognise(new LocalDate(2025, 1, 10), ModelLevel.District, DocumentNumber.State(101, "QĐ", "UBND"), "Công nhận mô hình"),
        ];
        return MobilizationModel.FromHistory(registration, RecognitionAuthority.WithLevelsAbove(1), steps);
    }

    private static void AssertSame(MobilizationModel expected, MobilizationModel actual)
    {
        Assert.Equal((expected.Id, expected.Name, expected.Owner, expected.Level, expected.Field, expected.RegisteredOn, expected.Period, expected.ReplicationOf), (actual.Id, actual.Name, actual.Owner, actual.Level, actual.Field, actual.RegisteredOn, actual.Period, actual.ReplicationOf));
        Assert.Equal((expected.Field.VietnameseName, expected.Field.EnglishName), (actual.Field.VietnameseName, actual.Field.EnglishName));
        Assert.Equal(expected.History, actual.History);
        Assert.Equal(expected.Authority.MaximumByRegisteringLevel, actual.Authority.MaximumByRegisteringLevel);
        var (e, a) = (expected.Registration, actual.Registration);
        Assert.Equal(
            (e.Situation, e.ContentAndMethod, e.Area, e.Beneficiaries, e.LeadForce, e.Resources, e.Sustainability),
            (a.Situation, a.ContentAndMethod, a.Area, a.Beneficiaries, a.LeadForce, a.Resources, a.Sustainability));
        Assert.Equal(e.Goals.Select(g => g.Goal), a.Goals.Select(g => g.Goal));
        Assert.Equal(e.Goals.Select(g => string.Join('|', g.Criteria)), a.Goals.Select(g => string.Join('|', g.Criteria)));
        Assert.Equal(e.CoordinatingForces, a.CoordinatingForces);
        Assert.Equal(e.ParticipatingForces, a.ParticipatingForces);
        Assert.Equal(e.VerifiableOutputs, a.VerifiableOutputs);
    }

    private static async Task Execute(TestDatabase database, string sql)
    {
        using var context = database.NewContext();
#pragma warning disable EF1003 // the statements are the test's own, with the row keys it read
        await context.Database.ExecuteSqlRawAsync(sql);
#pragma warning restore EF1003
    }

    private static async Task Expect(TestDatabase database, string sql, string table, long? id, string column, string detail)
    {
        await Execute(database, sql);
        using var context = database.NewContext();
        var row = await context.MobilizationModels.AsNoTracking().Include(m => m.Items).Include(m => m.Transitions).SingleAsync();
        var error = Assert.Throws<StoredDataException>(() => row.ToModel());
        Assert.Equal((table, column), (error.Table, error.Column));
        if (id is { } key)
        {
            Assert.Equal("id=" + key.ToString(System.Globalization.CultureInfo.InvariantCulture), error.RowKey);
        }

        Assert.Contains(detail, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"Bad data in table {table}, row {error.RowKey}, column {column}: ", error.Message, StringComparison.Ordinal);
    }
}
