using System.Collections.Generic;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Emulation;
using MassMobilization.Core.Mobilization;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Quantities;
using MassMobilization.Core.Serialization.SystemTextJson;
using NodaTime;

namespace MassMobilization.Core.Tests.Interchange;

/// <summary>Small, hand-written values of every interchange kind, close to the seeds' reports.</summary>
internal static class InterchangeTestData
{
    internal static readonly LocalDate Origin = new(2008, 8, 1);
    internal static readonly LocalDate LastOld = new(2025, 6, 30);
    internal static readonly LocalDate FirstNew = new(2025, 7, 1);

    internal static readonly UnitKind Village = new("village", "Thôn", "Village", UnitTier.Other);

    internal static readonly CommitteeKind Taskforce = new("mass-mobilization-team", "Tổ dân vận", "Mass mobilization team");

    internal static UnitCode C(string code) => new(code);

    internal static OrganizationChart Chart()
    {
        AdministrativeUnit U(string code, string vi, string en, UnitKind kind, string? parent, LocalDate start, LocalDate? end = null) =>
            new(C(code), vi, en, kind, parent is null ? null : C(parent), new ValidityPeriod(start, end));

        return OrganizationChart.CreateBuilder()
            .AddUnit(U("01", "Thành phố Hà Nội", "Ha Noi City", UnitKind.CentrallyRunCity, null, Origin))
            .AddUnit(U("020", "Huyện Thanh Trì", "Thanh Tri District", UnitKind.RuralDistrict, "01", Origin, LastOld))
            .AddUnit(U("00640", "Thị trấn Văn Điển", "Van Dien Township", UnitKind.Township, "020", Origin, LastOld))
            .AddUnit(U("00643", "Xã Tân Triều", "Tan Trieu Commune", UnitKind.Commune, "020", Origin, LastOld))
            .AddUnit(U("00646", "Xã Thanh Liệt", "Thanh Liet Commune", UnitKind.Commune, "020", Origin, LastOld))
            .AddUnit(U("00640", "Xã Thanh Trì", "Thanh Tri Commune", UnitKind.Commune, "01", FirstNew))
            .AddUnit(U("00649", "Phường Thanh Liệt", "Thanh Liet Ward", UnitKind.Ward, "01", FirstNew))
            .AddUnit(U("0064301", "Thôn Triều Khúc", "Trieu Khuc Village", Village, "00643", Origin, LastOld))
            .AddCommittee(new Committee(new CommitteeId("020-BDV"), "Ban Dân vận Huyện ủy Thanh Trì", "Thanh Tri Party Committee's Mass Mobilization Commission", CommitteeKind.MassMobilizationCommission, C("020"), new ValidityPeriod(Origin, new LocalDate(2025, 2, 2))))
            .AddCommittee(new Committee(new CommitteeId("020-BTGDV"), "Ban Tuyên giáo và Dân vận Huyện ủy Thanh Trì", "Thanh Tri Propaganda and Mass Mobilization Commission", CommitteeKind.PropagandaAndMassMobilizationCommission, C("020"), new ValidityPeriod(new LocalDate(2025, 2, 3), LastOld)))
            .AddCommittee(new Committee(new CommitteeId("00643-TDV"), "Tổ dân vận xã Tân Triều", "Tan Trieu mass mobilization team", Taskforce, C("00643"), new ValidityPeriod(Origin, LastOld)))
            .AddSuccession(Succession.Merge(FirstNew, new[] { C("00640"), C("00643") }, C("00640")))
            .AddSuccession(Succession.Split(FirstNew, C("00646"), new[] { new SuccessorShare<UnitCode>(C("00640"), 0.25m), new SuccessorShare<UnitCode>(C("00649"), 0.75m) }))
            .AddSuccession(Succession.Rename(new LocalDate(2025, 2, 3), new CommitteeId("020-BDV"), new CommitteeId("020-BTGDV")))
            .Build();
    }

    internal static DocumentGraph Documents()
    {
        var tw = new CommitteeId("TW");
        var province = new CommitteeId("01-UBND");
        var commission = new CommitteeId("01-BDVTU");
        var custom = new DocumentType(DocumentSystem.Party, "CTHD", "Chương trình hành động", "Action programme", false, false, "Provincial practice (unconfirmed)", new[] { "CTrHĐ" });
        var resolution = new DirectiveDocument(DocumentNumber.Party(18, "NQ", "TW"), DocumentTypes.PartyResolution, tw, new LocalDate(2017, 10, 25), "Nghị quyết về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị", []);
        var plan = new DirectiveDocument(DocumentNumber.Party(24, "KH", "BDVTU"), DocumentTypes.PartyPlan, commission, new LocalDate(2021, 3, 15), "Kế hoạch thực hiện phong trào thi đua “Dân vận khéo”", [new DocumentLink(DocumentLinkKind.Implements, resolution.Number)]);
        var programme = new DirectiveDocument(DocumentNumber.Party(3, "CTHD", "BDVTU"), custom, commission, new LocalDate(2021, 4, 1), "Chương trình hành động", [new DocumentLink(DocumentLinkKind.Implements, plan.Number)]);
        var decision = new DirectiveDocument(DocumentNumber.State(3406, "QĐ", "UBND"), DocumentTypes.StateDecision, province, new LocalDate(2024, 12, 20), "Quyết định công nhận mô hình dân vận khéo năm 2024", [new DocumentLink(DocumentLinkKind.Implements, plan.Number)]);
        var decree = new DirectiveDocument(DocumentNumber.LegalNormative(98, 2023, "NĐ", "CP"), DocumentTypes.Decree, new CommitteeId("CP"), new LocalDate(2023, 12, 31), "Nghị định quy định chi tiết thi hành Luật Thi đua, khen thưởng", []);
        var law = new DirectiveDocument(DocumentNumber.NationalAssembly(6, 2022, 15), DocumentTypes.Law, new CommitteeId("QH"), new LocalDate(2022, 6, 15), "Luật Thi đua, khen thưởng", []);
        var letter = new DirectiveDocument(DocumentNumber.OfficialLetter(9086, "BNV", "CTTN&BĐG"), DocumentTypes.StateDecision, new CommitteeId("BNV"), new LocalDate(2024, 11, 5), "Công văn hướng dẫn", [new DocumentLink(DocumentLinkKind.Reviews, decree.Number)]);
        return DocumentGraph.Create(
            new[] { resolution, plan, programme, decision, decree, law, letter },
            new[] { new IssuerLifetime(commission, new LocalDate(1990, 1, 1), new LocalDate(2025, 2, 2)) },
            new[] { new PartyTerm(tw, "XII", new LocalDate(2016, 1, 29), new LocalDate(2021, 1, 31)), new PartyTerm(tw, "XIII", new LocalDate(2021, 2, 1), null) });
    }

    internal static MobilizationRecords Models()
    {
        var registrar = ModelRegistrar.Default;
        var period = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31));
        var registration = new ModelRegistration
        {
            Id = new MobilizationModelId("TT-2024-001"),
            Name = "Mô hình “Tuyến phố văn minh, sạch đẹp”",
            Owner = ModelOwner.ForCommittee(new CommitteeId("00643-TDV"), C("00643")),
            Level = RegisteringLevel.Territorial(ModelLevel.District),
            Field = ModelField.CultureSociety,
            RegisteredOn = new LocalDate(2024, 1, 15),
            Period = period,
            Situation = "Đường làng nhiều rác thải",
            Goals = new[] { new ModelGoal("Thu gom rác đúng giờ", new[] { "100% hộ tham gia", "Không còn điểm rác tự phát" }) },
            ContentAndMethod = "Tuyên truyền, ký cam kết",
            Area = "Thôn Triều Khúc",
            Beneficiaries = "Nhân dân thôn",
            LeadForce = "Hội Phụ nữ",
            CoordinatingForces = new[] { "Đoàn Thanh niên" },
            ParticipatingForces = new[] { "Nhân dân", "Hội Cựu chiến binh" },
            Resources = "Xã hội hóa 50 triệu đồng",
            VerifiableOutputs = new[] { "Biên bản nghiệm thu" },
            Sustainability = "Duy trì bằng quy ước thôn",
        };
        var model = registrar.Register(registration, [])
            .Apply(ModelTransition.StartImplementing(new LocalDate(2024, 2, 1)))
            .Apply(ModelTransition.Complete(new LocalDate(2024, 6, 30), "Hoàn thành", DocumentNumber.Party(12, "BC", "ĐU")))
            .Apply(ModelTransition.Review(new LocalDate(2024, 7, 10)))
            .Apply(ModelTransition.Recognise(new LocalDate(2024, 12, 20), ModelLevel.District, DocumentNumber.State(3406, "QĐ", "UBND")))
            .Apply(ModelTransition.Replicate(new LocalDate(2025, 3, 1), C("00646"), "Nhân rộng sang xã bên"));
        // Imported from an older register: only the essentials, so it is rebuilt from its history.
        var individual = MobilizationModel.FromHistory(
            new ModelRegistration
            {
                Id = new MobilizationModelId("TT-2024-002"),
                Name = "Dân vận khéo trong giải phóng mặt bằng",
                Owner = ModelOwner.ForIndividual("Nguyễn Thị Lan", C("00640")),
                Level = RegisteringLevel.OfAgency(new CommitteeId("020-BDV"), ModelLevel.District),
                Field = ModelField.Extension("LAND", "Đất đai", "Land"),
                RegisteredOn = new LocalDate(2024, 2, 1),
                Period = period,
            },
            RecognitionAuthority.Default,
            new[] { ModelTransition.Withdraw(new LocalDate(2024, 5, 1), "Chuyển công tác") });
        var wider = new RecognitionAuthority(new Dictionary<ModelLevel, ModelLevel>
        {
            [ModelLevel.Commune] = ModelLevel.District,
            [ModelLevel.District] = ModelLevel.Province,
            [ModelLevel.Province] = ModelLevel.Central,
            [ModelLevel.Central] = ModelLevel.Central,
        });
        var exemplar = new ModelRegistrar(ModelFieldCatalogue.Standard, DuplicateRule.Default, wider).RegisterExemplar(new ExemplarRegistration
        {
            Id = new ExemplarId("EX-01"),
            Name = "Điển hình dân vận khéo: Hội Nông dân xã Tân Triều",
            Owner = ModelOwner.ForUnit(C("00643")),
            Level = RegisteringLevel.Territorial(ModelLevel.Commune),
            Field = ModelField.Economy,
            RegisteredOn = new LocalDate(2024, 3, 1),
            Period = period,
            Achievements = "Vận động hiến 2.000 m² đất làm đường",
            Evidence = new[] { "Báo cáo thành tích" },
        });
        return new MobilizationRecords(new[] { model, individual }, new[] { exemplar });
    }

    internal static ContestRecord Contest()
    {
        var sections = new[] { new ScoreSection("A", "Phần chào hỏi", 20m), new ScoreSection("B", "Phần kiến thức", 50m, 1.5m), new ScoreSection("C", "Phần tiểu phẩm", 30m) };
        var grassroots = new ContestRound(
            "Vòng cơ sở",
            ContestLevel.Grassroots,
            sections,
            new JudgePanel(new[] { "GK1", "GK2", "GK3", "GK4", "GK5" }),
            ScoringMethod.TrimmedMean(1),
            new[] { TieBreak.SectionScore("B"), TieBreak.FewerAbsentJudges(), TieBreak.WomenPriority() },
            Core.Ranking.RankingStyle.Competition,
            AdvancementRule.BestOfEachUnit().Then(AdvancementRule.MinimumScore(50.5m)));
        var district = new ContestRound(
            "Vòng huyện",
            ContestLevel.District,
            sections,
            new JudgePanel(new[] { "H1", "H2", "H3" }),
            ScoringMethod.ZScore,
            null,
            Core.Ranking.RankingStyle.Dense,
            AdvancementRule.TopOverall(1),
            RoundingPolicy.ToDecimals(1, RoundingMode.HalfToEven));
        var contest = new Contest("Hội thi “Dân vận khéo” huyện Thanh Trì 2024", new[] { C("00640"), C("00643") }, new[] { grassroots, district });
        var teams = new[] { new Team("T1", "Đội Văn Điển", C("00640"), 5, 4), new Team("T2", "Đội Tân Triều", C("00643"), 6, 2), new Team("T3", "Đội Tân Triều 2", C("00643")) };
        var sheets = new List<JudgeScoreSheet>();
        foreach (string judge in new[] { "GK1", "GK2", "GK3", "GK4", "GK5" })
        {
            foreach (var team in teams)
            {
                sheets.Add(new JudgeScoreSheet(judge, team.Id, new Dictionary<string, decimal> { ["A"] = 15.5m, ["B"] = 40m + team.Members, ["C"] = 20.25m }));
            }
        }

        return new ContestRecord(contest, teams, new[] { sheets });
    }
}
