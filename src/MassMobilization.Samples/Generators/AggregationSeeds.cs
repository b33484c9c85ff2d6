using System;
using System.Collections.Generic;
using System.Globalization;
using MassMobilization.Core.Activities;
using MassMobilization.Core.Awards;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Mobilization;
using MassMobilization.Core.Organization;
using NodaTime;

namespace MassMobilization.Samples.Generators;

/// <summary>A generated province: its chart, and its communes and districts in code order.</summary>
/// <param name="Chart">The chart (in force from 2020-01-01, open-ended).</param>
/// <param name="Province">The province's code.</param>
/// <param name="Districts">The district codes.</param>
/// <param name="Communes">The commune codes.</param>
public sealed record SeedProvince(OrganizationChart Chart, UnitCode Province, IReadOnlyList<UnitCode> Districts, IReadOnlyList<UnitCode> Communes);

/// <summary>Generated models with the typical selection made among them.</summary>
/// <param name="Models">The models.</param>
/// <param name="Typical">The typical selection, or null.</param>
public sealed record SeedModels(IReadOnlyList<MobilizationModel> Models, TypicalSelection? Typical);

/// <summary>
/// The records behind the seeds' reports (the domain notes (docs/domain.md)), generated at commune level from counts and a
/// seed, so that a roll-up has to reproduce the reported totals. Unit codes are synthetic and
/// ILLUSTRATIVE (province prefix + district and commune numbers), not the official codes.
/// </summary>
public static class AggregationSeeds
{
    private static readonly ModelField[] Fields = [ModelField.Economy, ModelField.CultureSociety, ModelField.DefenceSecurity, ModelField.PoliticalSystem];

    /// <summary>A province of <paramref name="districts"/> districts with <paramref name="communes"/> communes spread round-robin.</summary>
    public static SeedProvince Province(string code, string name, int districts, int communes) => Province(code, name, districts, communes, null);

    private static SeedProvince Province(string code, string name, int districts, int communes, Action<OrganizationChartBuilder, UnitCode>? extend)
    {
        var from = ValidityPeriod.From(new LocalDate(2020, 1, 1));
        var province = new UnitCode(code);
        var builder = OrganizationChart.CreateBuilder();
        builder.AddUnit(new AdministrativeUnit(province, "Tỉnh " + name, name + " province", UnitKind.Province, null, from));
        var districtCodes = new UnitCode[districts];
        for (int d = 0; d < districts; d++)
        {
            districtCodes[d] = new UnitCode(code + (d + 1).ToString("D3", CultureInfo.InvariantCulture));
            builder.AddUnit(new AdministrativeUnit(districtCodes[d], "Huyện " + (d + 1).ToString(CultureInfo.InvariantCulture), "District " + (d + 1).ToString(CultureInfo.InvariantCulture), UnitKind.RuralDistrict, province, from));
        }

        var communeCodes = new UnitCode[communes];
        for (int c = 0; c < communes; c++)
        {
            communeCodes[c] = new UnitCode(code + (1 + (c % districts)).ToString("D3", CultureInfo.InvariantCulture) + (c + 1).ToString("D5", CultureInfo.InvariantCulture));
            builder.AddUnit(new AdministrativeUnit(communeCodes[c], "Xã " + (c + 1).ToString(CultureInfo.InvariantCulture), "Commune " + (c + 1).ToString(CultureInfo.InvariantCulture), UnitKind.Commune, districtCodes[c % districts], from));
        }

        extend?.Invoke(builder, province);
        return new SeedProvince(builder.Build(), province, districtCodes, communeCodes);
    }

    /// <summary>The Đắk Lắk provincial Mass Mobilization Commission (Ban Dân vận Tỉnh ủy), until 2025-02-02.</summary>
    public static CommitteeId DakLakCommission { get; } = new("66-BDVTU");

    /// <summary>The Đắk Lắk provincial Propaganda and Mass Mobilization Commission, from 2025-02-03 (the merger).</summary>
    public static CommitteeId DakLakMergedCommission { get; } = new("66-BTGDVTU");

    /// <summary>The date of the Đắk Lắk 2024 review conference, which selected and commended the typical models and awarded the certificates.</summary>
    public static LocalDate DakLakConference { get; } = new(2024, 12, 20);

    /// <summary>The number of the Đắk Lắk 2024 award decision of the provincial commission (Party grammar), also the typical selection's.</summary>
    public static DocumentNumber DakLakDecisionNumber { get; } = DocumentNumber.Party(1250, "QĐ", "BDVTU");

    /// <summary>
    /// Đắk Lắk (15 district-level units, 184 communes), with the provincial Mass Mobilization and Propaganda Commissions
    /// merged on 2025-02-03 into the Propaganda and Mass Mobilization Commission.
    /// </summary>
    public static SeedProvince DakLak() => Province("66", "Đắk Lắk", 15, 184, (builder, province) =>
    {
        var start = new LocalDate(2020, 1, 1);
        var merger = new LocalDate(2025, 2, 3);
        var propaganda = new CommitteeId("66-BTGTU");
        builder.AddCommittee(new Committee(DakLakCommission, "Ban Dân vận Tỉnh ủy Đắk Lắk", "Đắk Lắk Provincial Party Committee's Mass Mobilization Commission", CommitteeKind.MassMobilizationCommission, province, ValidityPeriod.Between(start, merger.PlusDays(-1))));
        builder.AddCommittee(new Committee(propaganda, "Ban Tuyên giáo Tỉnh ủy Đắk Lắk", "Đắk Lắk Provincial Party Committee's Propaganda Commission", CommitteeKind.PropagandaCommission, province, ValidityPeriod.Between(start, merger.PlusDays(-1))));
        builder.AddCommittee(new Committee(DakLakMergedCommission, "Ban Tuyên giáo và Dân vận Tỉnh ủy Đắk Lắk", "Đắk Lắk Provincial Party Committee's Propaganda and Mass Mobilization Commission", CommitteeKind.PropagandaAndMassMobilizationCommission, province, ValidityPeriod.From(merger)));
        builder.AddSuccession(Succession.Merge(merger, [DakLakCommission, propaganda], DakLakMergedCommission));
    });

    /// <summary>
    /// The Đắk Lắk 2024 award decision of the provincial Mass Mobilization Commission at the 2024-12-20 conference:
    /// Giấy khen to <paramref name="collectives"/> collectives (communes) and <paramref name="individuals"/> individuals, and
    /// the commendation of the typical models of <paramref name="models"/>, validated against the chart and the model registry.
    /// </summary>
    public static AwardDecision DakLakAwardDecision(SeedProvince province, SeedModels models, int collectives = 18, int individuals = 18)
    {
        ArgumentNullException.ThrowIfNull(province);
        ArgumentNullException.ThrowIfNull(models);
        const string Reason = "Đã có thành tích xuất sắc trong công tác dân vận năm 2024";
        var recipients = new List<AwardRecipient>();
        var step = province.Communes.Count / collectives;
        for (int c = 0; c < collectives; c++)
        {
            var unit = province.Communes[c * step];
            recipients.Add(new AwardRecipient(unit.Value, "Ban Dân vận Đảng ủy xã " + (c * step + 1).ToString(CultureInfo.InvariantCulture), RecipientKinds.Collective, AwardKind.PoliticalCertificateOfCommendation, AwardNature.Merit, unit, Reason));
        }

        for (int i = 0; i < individuals; i++)
        {
            var unit = province.Communes[(i * 7) % province.Communes.Count];
            recipients.Add(new AwardRecipient("66-CN-" + (i + 1).ToString("D2", CultureInfo.InvariantCulture), "Cá nhân " + (i + 1).ToString(CultureInfo.InvariantCulture), RecipientKinds.Individual, AwardKind.PoliticalCertificateOfCommendation, AwardNature.Merit, unit, Reason));
        }

        var ids = new List<string>();
        var byId = new Dictionary<MobilizationModelId, MobilizationModel>();
        foreach (var model in models.Models)
        {
            ids.Add(model.Id.ToString());
            byId[model.Id] = model;
        }

        if (models.Typical is { } typical)
        {
            foreach (var id in typical.Models)
            {
                var model = byId[id];
                recipients.Add(new AwardRecipient(id.ToString(), model.Name, RecipientKinds.Model, AwardKind.SkilledMobilizationCommendation, AwardNature.Thematic, model.Unit, "Mô hình \"Dân vận khéo\" tiêu biểu năm 2024"));
            }
        }

        return new AwardDecisionValidator(province.Chart, ids).Create(DakLakDecisionNumber, DakLakConference, DakLakCommission, recipients, []);
    }

    /// <summary>Bình Thuận (10 district-level units, 124 communes).</summary>
    public static SeedProvince BinhThuan() => Province("60", "Bình Thuận", 10, 124);

    /// <summary>Hà Nội reduced to Thanh Trì district (code 020) and its 16 communes and town.</summary>
    public static SeedProvince ThanhTri() => Province("01", "Hà Nội", 1, 16);

    /// <summary>
    /// Đắk Lắk 2024: <paramref name="registered"/> models over the communes, every one recognised by
    /// 2024-12-31, and <paramref name="typical"/> of them selected as typical on 2024-12-20.
    /// </summary>
    public static SeedModels DakLakModels(IReadOnlyList<UnitCode> communes, int registered = 360, int typical = 51, int seed = 66)
    {
        var random = new Random(seed);
        var period = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31));
        var models = new MobilizationModel[registered];
        for (int m = 0; m < registered; m++)
        {
            var unit = communes[random.Next(communes.Count)];
            var owner = m % 2 == 0 ? ModelOwner.ForUnit(unit) : ModelOwner.ForIndividual("Cá nhân " + (m + 1).ToString(CultureInfo.InvariantCulture), unit);
            var registeredOn = new LocalDate(2024, 1, 2).PlusDays(random.Next(120));
            var started = registeredOn.PlusDays(1 + random.Next(30));
            var completed = started.PlusDays(1 + random.Next(90));
            var reviewed = completed.PlusDays(1 + random.Next(30));
            var recognised = reviewed.PlusDays(1 + random.Next(30));
            models[m] = MobilizationModel.FromHistory(
                Registration(m, owner, ModelLevel.Commune, Fields[random.Next(Fields.Length)], registeredOn, period),
                RecognitionAuthority.Default,
                [
                    ModelTransition.StartImplementing(started), ModelTransition.Complete(completed), ModelTransition.Review(reviewed),
                    ModelTransition.Recognise(recognised, ModelLevel.Commune, DocumentNumber.State(100 + m, "QĐ", "UBND")),
                ]);
        }

        var chosen = new List<MobilizationModel>(typical);
        foreach (int index in Pick(registered, typical, random))
        {
            chosen.Add(models[index]);
        }

        var selection = TypicalSelection.Select(period, DakLakConference, DakLakDecisionNumber, chosen, []);
        return new SeedModels(models, selection);
    }

    /// <summary>
    /// Thanh Trì H1 2024: <paramref name="collectives"/> collectives and <paramref name="individuals"/>
    /// individuals register <paramref name="higherLevel"/> city-level and <paramref name="lowerLevel"/>
    /// district-level models; <paramref name="completed"/> are completed by 2024-06-30, the others are
    /// still being implemented or registered then. The district-level models are registered by
    /// <paramref name="lowerLevelCollectives"/> of the collectives (139 in the report) and by the
    /// individuals; the other collectives register the city-level models, one or more each.
    /// </summary>
    /// <param name="communes">The communes.</param>
    /// <param name="collectives">The collectives that register models.</param>
    /// <param name="individuals">The individuals that register models.</param>
    /// <param name="higherLevel">The city-level models.</param>
    /// <param name="lowerLevel">The district-level models.</param>
    /// <param name="completed">The models completed by 2024-06-30.</param>
    /// <param name="lowerLevelCollectives">The collectives behind the district-level models; the others register the city-level ones.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The models.</returns>
    public static SeedModels ThanhTriModels(
        IReadOnlyList<UnitCode> communes, int collectives = 146, int individuals = 18, int higherLevel = 7, int lowerLevel = 254, int completed = 185, int lowerLevelCollectives = 139, int seed = 20)
    {
        ArgumentNullException.ThrowIfNull(communes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lowerLevelCollectives + individuals, lowerLevel);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(collectives - lowerLevelCollectives, higherLevel);
        var random = new Random(seed);
        int count = higherLevel + lowerLevel;
        var period = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31));
        var owners = new ModelOwner[collectives + individuals];
        for (int i = 0; i < collectives; i++)
        {
            var unit = communes[i % communes.Count];
            owners[i] = i < communes.Count
                ? ModelOwner.ForUnit(unit)
                : ModelOwner.ForCommittee(new CommitteeId(unit.Value + "-C" + i.ToString("D3", CultureInfo.InvariantCulture)), unit);
        }

        for (int j = 0; j < individuals; j++)
        {
            owners[collectives + j] = ModelOwner.ForIndividual("Cá nhân " + (j + 1).ToString("D2", CultureInfo.InvariantCulture), communes[j % communes.Count]);
        }

        // District-level owners: the first lowerLevelCollectives collectives and the individuals; city-level
        // owners: the remaining collectives. Each owner's first model is its own; the rest go to random owners
        // of the same level.
        var lowerOwners = new ModelOwner[lowerLevelCollectives + individuals];
        Array.Copy(owners, lowerOwners, lowerLevelCollectives);
        Array.Copy(owners, collectives, lowerOwners, lowerLevelCollectives, individuals);
        var higherOwners = owners.AsSpan(lowerLevelCollectives, collectives - lowerLevelCollectives).ToArray();
        int lowerSeen = 0;
        int higherSeen = 0;
        var isHigher = Flags(count, higherLevel, random);
        var isCompleted = Flags(count, completed, random);
        var models = new MobilizationModel[count];
        for (int m = 0; m < count; m++)
        {
            var candidates = isHigher[m] ? higherOwners : lowerOwners;
            int seen = isHigher[m] ? higherSeen++ : lowerSeen++;
            var owner = candidates[seen < candidates.Length ? seen : random.Next(candidates.Length)];
            var level = isHigher[m] ? ModelLevel.Province : ModelLevel.District;
            var registeredOn = new LocalDate(2024, 1, 2).PlusDays(random.Next(60));
            var steps = new List<ModelTransition>();
            int fate = random.Next(10);
            if (isCompleted[m] || fate > 0)
            {
                var started = registeredOn.PlusDays(1 + random.Next(30));
                steps.Add(ModelTransition.StartImplementing(started));
                steps.Add(ModelTransition.Complete(isCompleted[m]
                    ? started.PlusDays(1 + random.Next(60))
                    : new LocalDate(2024, 7, 1).PlusDays(random.Next(150))));
            }

            models[m] = MobilizationModel.FromHistory(Registration(m, owner, level, Fields[random.Next(Fields.Length)], registeredOn, period), RecognitionAuthority.Default, steps);
        }

        return new SeedModels(models, null);
    }

    /// <summary>The day Hà Nội, the Capital, was liberated (Ngày Giải phóng Thủ đô, 10 October 1954).</summary>
    public static LocalDate CapitalLiberationDay { get; } = new(1954, 10, 10);

    /// <summary>
    /// Thanh Trì's works in honour of the 70th anniversary of the Capital's liberation (10/10/1954 –
    /// 10/10/2024): a programme kept at the district, running from 2024-01-01 to the anniversary
    /// (<see cref="Anniversary.Of(LocalDate, int)"/> of <see cref="CapitalLiberationDay"/>, 70 years), with
    /// <paramref name="works"/> works attached on dates in the first half of 2024 (work ids and dates illustrative).
    /// </summary>
    /// <param name="district">The district's unit.</param>
    /// <param name="works">The works attached (2 in the report).</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The programme.</returns>
    public static Programme ThanhTriAnniversaryWorks(UnitCode district, int works = 2, int seed = 70)
    {
        var random = new Random(seed);
        var anniversary = Anniversary.Of(CapitalLiberationDay, 70);
        var programme = new Programme(
            new ActivityId("TT-70-GPTD"), district, ProgrammeKind.Scheme,
            "Công trình chào mừng kỷ niệm 70 năm Ngày Giải phóng Thủ đô (10/10/1954 – 10/10/2024)", new DateInterval(new LocalDate(2024, 1, 1), anniversary.Date), null);
        for (int w = 0; w < works; w++)
        {
            programme = programme.Attach("TT-CT" + (w + 1).ToString("D2", CultureInfo.InvariantCulture), new LocalDate(2024, 1, 2).PlusDays(random.Next(180)));
        }

        return programme;
    }

    /// <summary>
    /// The CLI sample's award decision: the Hà Nội city Mass Mobilization Commission's Giấy khen, signed with the Đắk Lắk
    /// decision's number and date (<see cref="DakLakDecisionNumber"/> of <see cref="DakLakConference"/>), to 18 collectives
    /// (the sixteen old communes and town of Thanh Trì, the district's Mass Mobilization Commission and the district's mass
    /// mobilization bloc) and 18 individuals of those communes, validated against the chart. Each recipient is one record, so
    /// the report counts the 18 + 18 of the seed report from the decision.
    /// </summary>
    /// <param name="chart">The Hà Nội sample's chart (<see cref="HaNoiSample.Build"/>).</param>
    /// <param name="communes">The old communes of Thanh Trì.</param>
    /// <returns>The decision.</returns>
    public static AwardDecision ThanhTriAwardDecision(OrganizationChart chart, IReadOnlyList<UnitCode> communes)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(communes);
        const string Reason = "Đã có thành tích xuất sắc trong công tác dân vận năm 2024";
        var form = AwardKind.PoliticalCertificateOfCommendation;
        var recipients = new List<AwardRecipient>();
        for (int c = 0; c < communes.Count; c++)
        {
            recipients.Add(new AwardRecipient(communes[c].Value, "Khối dân vận " + HaNoiSample.OldCommunes[c].Name, RecipientKinds.Collective, form, AwardNature.Merit, communes[c], Reason));
        }

        recipients.Add(new AwardRecipient("020-BDVHU", "Ban Dân vận Huyện ủy Thanh Trì", RecipientKinds.Collective, form, AwardNature.Merit, HaNoiSample.ThanhTri, Reason));
        recipients.Add(new AwardRecipient(HaNoiSample.ThanhTri.Value, "Khối dân vận huyện Thanh Trì", RecipientKinds.Collective, form, AwardNature.Merit, HaNoiSample.ThanhTri, Reason));
        for (int i = 0; i < 18; i++)
        {
            var unit = communes[(i * 5) % communes.Count];
            recipients.Add(new AwardRecipient("01-CN-" + (i + 1).ToString("D2", CultureInfo.InvariantCulture), "Cá nhân " + (i + 1).ToString(CultureInfo.InvariantCulture), RecipientKinds.Individual, form, AwardNature.Merit, unit, Reason));
        }

        return new AwardDecisionValidator(chart, []).Create(DakLakDecisionNumber, DakLakConference, HaNoiSample.CityMassMobilization, recipients, []);
    }

    private static ModelRegistration Registration(int index, ModelOwner owner, ModelLevel level, ModelField field, LocalDate registeredOn, DateInterval period) => new()
    {
        Id = new MobilizationModelId("M" + (index + 1).ToString("D4", CultureInfo.InvariantCulture)),
        Name = "Mô hình dân vận khéo số " + (index + 1).ToString(CultureInfo.InvariantCulture),
        Owner = owner,
        Level = RegisteringLevel.Territorial(level),
        Field = field,
        RegisteredOn = registeredOn,
        Period = period,
    };

    private static bool[] Flags(int total, int chosen, Random random)
    {
        var flags = new bool[total];
        foreach (int index in Pick(total, chosen, random))
        {
            flags[index] = true;
        }

        return flags;
    }

    private static int[] Pick(int total, int chosen, Random random)
    {
        var order = new int[total];
        for (int i = 0; i < total; i++)
        {
            order[i] = i;
        }

        for (int i = total - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        return order.AsSpan(0, chosen).ToArray();
    }
}
