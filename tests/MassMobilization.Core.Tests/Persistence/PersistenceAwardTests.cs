using System;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using MassMobilization.Core.Awards;
using MassMobilization.Core.Documents;
using MassMobilization.Core.EntityFrameworkCore;
using MassMobilization.Core.Organization;
using MassMobilization.Samples;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Xunit;

namespace MassMobilization.Core.Tests.Persistence;

/// <summary>Award decisions with their recipients, and committees of any kind: round trips, uniqueness and bad rows, on both providers.</summary>
[Collection(PostgresGroup.Name)]
public sealed class PersistenceAwardTests(PostgresFixture fixture)
{
    public static TheoryData<Provider> Providers => new() { Provider.PostgreSql, Provider.Sqlite };

    private static readonly CommitteeId Province = new("92-UBND");

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_award_decision_comes_back_with_its_recipients_in_order(Provider provider)
    {
        using var database = TestDatabase.Create(provider, fixture);
        var decision = Decision(3406);
        using (var context = database.NewContext())
        {
            context.AwardDecisions.Add(StoredAwardDecision.From(decision));
            await context.SaveChangesAsync();
        }

        using var reader = database.NewContext();
        var loaded = (await reader.AwardDecisions.AsNoTracking().Include(d => d.Recipients).SingleAsync()).ToDecision();
        Assert.Equal((decision.Document, decision.Date, decision.Authority, decision.Level), (loaded.Document, loaded.Date, loaded.Authority, loaded.Level));
        Assert.Equal(decision.Recipients, loaded.Recipients);
        Assert.Equal("1 collective and 2 individuals", loaded.CountsText);
        Assert.Equal(Encoding.UTF8.GetBytes(decision.Recipients[0].Reason), Encoding.UTF8.GetBytes(loaded.Recipients[0].Reason));
        Assert.True(loaded.Recipients[1].Posthumous);
        Assert.Equal(AwardNature.AdHoc, loaded.Recipients[1].Nature);
        Assert.True(loaded.Recipients[2].Unit.IsDefault);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_decision_number_is_unique_per_authority_and_a_nominee_once_per_award(Provider provider)
    {
        using var database = TestDatabase.Create(provider, fixture);
        using (var context = database.NewContext())
        {
            context.AwardDecisions.Add(StoredAwardDecision.From(Decision(3406)));
            context.AwardDecisions.Add(StoredAwardDecision.From(Decision(3406, new CommitteeId("01-UBND"))));
            Assert.Equal(8, await context.SaveChangesAsync());
        }

        using (var again = database.NewContext())
        {
            again.AwardDecisions.Add(StoredAwardDecision.From(Decision(3406)));
            await Assert.ThrowsAsync<DbUpdateException>(() => again.SaveChangesAsync());
        }

        using var twice = database.NewContext();
        var row = StoredAwardDecision.From(Decision(3407));
        var first = row.Recipients.First();
        row.Recipients.Add(new StoredAwardRecipient { Position = 9, NomineeId = first.NomineeId, Name = first.Name, RecipientKind = first.RecipientKind, AwardCode = first.AwardCode, Nature = first.Nature, Reason = string.Empty });
        twice.AwardDecisions.Add(row);
        await Assert.ThrowsAsync<DbUpdateException>(() => twice.SaveChangesAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Bad_decision_rows_written_by_another_app_are_named_by_table_row_and_column(Provider provider)
    {
        using var database = TestDatabase.Create(provider, fixture);
        using (var context = database.NewContext())
        {
            context.AwardDecisions.Add(StoredAwardDecision.From(Decision(3406)));
            await context.SaveChangesAsync();
        }

        long decision = await Scalar(database, c => c.AwardDecisions.MaxAsync(d => d.Id));
        long recipient = await Scalar(database, c => c.Set<StoredAwardRecipient>().MinAsync(r => r.Id));
        await Expect(database, $"UPDATE award_decisions SET number = '3406/QĐ-' WHERE id = {decision}", MassMobilizationTables.AwardDecisions, decision, "number", "'3406/QĐ-' is not a document number");
        await Execute(database, $"UPDATE award_decisions SET number = '3406/QĐ-UBND' WHERE id = {decision}");
        await Expect(database, $"UPDATE award_recipients SET award_code = 'NO-SUCH-AWARD' WHERE id = {recipient}", MassMobilizationTables.AwardRecipients, recipient, "award_code", "'NO-SUCH-AWARD' is not an award of the catalogue");
        await Execute(database, $"UPDATE award_recipients SET award_code = '{AwardKind.MinistryProvinceCertificateOfMerit.Code}', unit_code = '99 99' WHERE id = {recipient}");
        await Expect(database, string.Empty, MassMobilizationTables.AwardRecipients, recipient, "unit_code", "'99 99' is not a valid unit code");
        await Execute(database, $"UPDATE award_recipients SET unit_code = NULL, recipient_kind = 'Model' WHERE id = {recipient}");
        await Expect(database, string.Empty, MassMobilizationTables.AwardRecipients, recipient, "recipient_kind", "BKT is not given to a Model");
        await Execute(database, $"UPDATE award_recipients SET recipient_kind = 'Individual' WHERE id = {recipient}");
        await Expect(database, $"UPDATE award_decisions SET level = 'Emperor' WHERE id = {decision}", MassMobilizationTables.AwardDecisions, decision, "level", "'Emperor' is not one of AgencyHead,");
        await Expect(database, $"UPDATE award_decisions SET level = 'CommuneChair' WHERE id = {decision}", MassMobilizationTables.AwardDecisions, decision, "level", "may not decide");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Committees_of_a_kind_outside_the_standard_list_come_back_whole_and_an_id_is_unique_per_validity_start(Provider provider)
    {
        using var database = TestDatabase.Create(provider, fixture);
        var kind = new CommitteeKind("village-mediation-team", "Tổ hòa giải ở cơ sở", "Grassroots mediation team");
        var committee = new Committee(new CommitteeId("HG-01"), "Tổ hòa giải thôn Đông", "Dong village mediation team", kind, SampleProvince.City, ValidityPeriod.Between(new LocalDate(2020, 1, 1), new LocalDate(2025, 6, 30)));
        using (var context = database.NewContext())
        {
            context.Committees.Add(StoredCommittee.From(committee));
            await context.SaveChangesAsync();
        }

        using (var reader = database.NewContext())
        {
            var loaded = (await reader.Committees.AsNoTracking().SingleAsync()).ToCommittee();
            Assert.Equal(committee, loaded);
            Assert.Equal((kind.Code, kind.VietnameseName, kind.EnglishName), (loaded.Kind.Code, loaded.Kind.VietnameseName, loaded.Kind.EnglishName));
            Assert.Same(CommitteeKind.FatherlandFront, StoredCommittee.From(new Committee(new CommitteeId("MT"), "Ủy ban MTTQ", "Front", CommitteeKind.FatherlandFront, SampleProvince.City, ValidityPeriod.From(new LocalDate(2020, 1, 1)))).ToCommittee().Kind);
        }

        using (var again = database.NewContext())
        {
            again.Committees.Add(StoredCommittee.From(committee));
            await Assert.ThrowsAsync<DbUpdateException>(() => again.SaveChangesAsync());
        }

        long id = await Scalar(database, c => c.Committees.MaxAsync(x => x.Id));
        await Execute(database, $"UPDATE committees SET unit_code = 'no unit' WHERE id = {id}");
        using var bad = database.NewContext();
        var row = await bad.Committees.AsNoTracking().SingleAsync();
        var error = Assert.Throws<StoredDataException>(() => row.ToCommittee());
        Assert.Equal((MassMobilizationTables.Committees, "id=" + id, "unit_code"), (error.Table, error.RowKey, error.Column));
        Assert.StartsWith($"Bad data in table committees, row id={id}, column unit_code: 'no unit' is not a valid unit code", error.Message, StringComparison.Ordinal);
    }

    private static AwardDecision Decision(int number, CommitteeId? authority = null) => new(
        DocumentNumber.State(number, "QĐ", "UBND"),
        new LocalDate(2025, 1, 15),
        authority ?? Province,
        AuthorityLevel.MinistryOrProvince,
        [
            new AwardRecipient("cb-001", "Nguyễn Thị Hồng Nhung", RecipientKinds.Individual, AwardKind.MinistryProvinceCertificateOfMerit, unit: SampleProvince.District, reason: "Đã có thành tích xuất sắc trong phong trào thi đua \"Dân vận khéo\" năm 2024"),
            new AwardRecipient("cb-002", "Trần Văn Đức", RecipientKinds.Individual, AwardKind.MinistryProvinceCertificateOfMerit, AwardNature.AdHoc, SampleProvince.City, "Hy sinh khi làm nhiệm vụ", posthumous: true),
            new AwardRecipient("tt-003", "Hội Phụ nữ xã Tả Thanh Oai", RecipientKinds.Collective, AwardKind.MinistryProvinceCertificateOfMerit),
        ]);

    private static async Task<long> Scalar(TestDatabase database, Func<MassMobilizationDbContext, Task<long>> query)
    {
        using var context = database.NewContext();
        return await query(context);
    }

    private static async Task Execute(TestDatabase database, string sql)
    {
        using var context = database.NewContext();
#pragma warning disable EF1003 // the statements are the test's own, with the row keys it read
        await context.Database.ExecuteSqlRawAsync(sql);
#pragma warning restore EF1003
    }

    private static async Task Expect(TestDatabase database, string sql, string table, long id, string column, string detail)
    {
        if (sql.Length > 0)
        {
            await Execute(database, sql);
        }

        using var context = database.NewContext();
        var row = await context.AwardDecisions.AsNoTracking().Include(d => d.Recipients).SingleAsync();
        var error = Assert.Throws<StoredDataException>(() => row.ToDecision());
        Assert.Equal((table, "id=" + id.ToString(System.Globalization.CultureInfo.InvariantCulture), column), (error.Table, error.RowKey, error.Column));
        Assert.Contains(detail, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"Bad data in table {table}, row id={id}, column {column}: ", error.Message, StringComparison.Ordinal);
    }
}
