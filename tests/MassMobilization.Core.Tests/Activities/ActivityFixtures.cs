using System;
using System.Collections.Generic;
using MassMobilization.Core.Activities;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Quantities;
using MassMobilization.Core.Tests.Conventions;
using NodaTime;

namespace MassMobilization.Core.Tests.Activities;

/// <summary>Shared values for the Activities tests.</summary>
public static class ActivityFixtures
{
    public static readonly UnitCode Province = new("60");
    public static readonly UnitCode Commune = new("22936");
    public static readonly UnitCode VillageA = new("22936-01");
    public static readonly UnitCode VillageB = new("22936-02");
    public static readonly ValidityPeriod VillageExists = ValidityPeriod.From(new LocalDate(2020, 1, 1));

    public static ActivityId Id(string text) => new(text);

    public static ReceptionHead ProvincialSecretary { get; } = new(Id("h-province"), "Bí thư Tỉnh ủy", CommitteeKind.PartyCommittee, ReceptionLevel.Province, Province);

    public static ReceptionHead CommuneSecretary { get; } = new(Id("h-commune"), "Bí thư Đảng ủy xã", CommitteeKind.PartyCommittee, ReceptionLevel.Commune, Commune);

    public static ReceptionHead DistrictSecretary { get; } = new(Id("h-district"), "Bí thư Huyện ủy", CommitteeKind.PartyCommittee, ReceptionLevel.District, new UnitCode("593"));

    public static CitizenReception Periodic(ReceptionHead head, LocalDate date, string id, int asked = 10, int received = 10) =>
        new(Id(id), head, date, ReceptionKind.Periodic, AdHocTrigger.None, asked, received, ["land"]);

    public static Dialogue Dialogue(LocalDate date, string id = "d-1") =>
        new(Id(id), Commune, date, "Giải phóng mặt bằng", "Chủ tịch UBND xã", 120, [Id("r-1")]);

    public static Recommendation Received(string id = "r-1", LocalDate? on = null) =>
        Recommendation.Receive(Id(id), Commune, RecommendationChannel.Reception, Id("rec-1"), "Sửa đường liên thôn", "UBND xã", on ?? new LocalDate(2024, 3, 1));

    public static IEnumerable<BoardMember> Members(int count, int deputies = 0, params UnitCode[] villages)
    {
        var at = villages.Length == 0 ? new[] { VillageA, VillageB } : villages;
        for (int i = 0; i < count; i++)
        {
            var role = i == 0 ? BoardRole.Head : i <= deputies ? BoardRole.DeputyHead : BoardRole.Member;
            yield return new BoardMember($"Thành viên {i}", role, at[i % at.Length]);
        }
    }
}

/// <summary>Samples of Activities types for the convention tests (null arguments, collection probe).</summary>
public sealed class ActivitySamples : ISampleProvider
{
    public void Register(SampleValues samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var on = new LocalDate(2024, 3, 5);
        var dialogue = ActivityFixtures.Dialogue(on);
        var commune = new CommuneDialogue(dialogue, CommuneDialogueReason.Yearly, null, null, on.PlusDays(-7), on.PlusDays(3));
        var reception = ActivityFixtures.Periodic(ActivityFixtures.CommuneSecretary, on, "rc-1");
        var vote = new CommunityVote(ActivityFixtures.Id("v-1"), ActivityFixtures.VillageA, ActivityFixtures.VillageExists, on, CommunityVoteKind.MeetingVote, 100, 60, 40, null);
        var version = PrestigeCriteriaVersion.Decision28Of2023.WithCriteria(["c1", "c2"]);
        samples
            .Add(() => ActivityFixtures.Id("a-1"))
            .Add(() => ActivityFixtures.CommuneSecretary)
            .Add(() => reception)
            .Add(() => new ReceptionMonthReport(ActivityFixtures.CommuneSecretary, new YearMonth(2024, 3), [reception]))
            .Add(() => ReceptionCompliance.Evaluate(ActivityFixtures.CommuneSecretary, new YearMonth(2024, 3), null, ReceptionRuleCatalogue.BuiltIn))
            .Add(() => ReceptionRuleCatalogue.BuiltIn)
            .Add(() => ReceptionRuleCatalogue.BuiltIn.Sets[0])
            .Add(() => new ReceptionRequirement(ReceptionLevel.Commune, 2))
            .Add(() => dialogue)
            .Add(() => ActivityLedger.Create([dialogue, reception]))
            .Add(() => commune)
            .Add(() => new CommuneDialogueYear(ActivityFixtures.Commune, 2024, [commune]))
            .Add(() => CommuneDialogueRules.Default)
            .Add(() => new RuleVerdict(VerdictOutcome.Met, "ACT-X", "clause", "explanation"))
            .Add(() => ActivityFixtures.Received())
            .Add(() => RecommendationTransition.Answer(on))
            .Add(() => AnswerDeadlinePolicy.Default)
            .Add(() => new SupervisionSession(ActivityFixtures.Id("s-1"), ActivityFixtures.Commune, on, CommitteeKind.FatherlandFront, "UBND xã", SupervisionForm.SupervisionTeam, [ActivityFixtures.Id("r-2")]))
            .Add(() => new SocialCriticism(ActivityFixtures.Id("sc-1"), ActivityFixtures.Commune, on, CommitteeKind.WomensUnion, DraftReference.ForNumber(DocumentNumber.State(12, "NQ", "HĐND")), SocialCriticismForm.Conference, [ActivityFixtures.Id("r-3")]))
            .Add(() => DraftReference.ForTitle("Dự thảo quy hoạch"))
            .Add(() => vote)
            .Add(() => CommunityVoteRules.Evaluate(vote))
            .Add(() => new BoardMember("A", BoardRole.Head, ActivityFixtures.VillageA))
            .Add(() => InspectionBoardPolicy.Default)
            .Add(() => new PeoplesInspectionBoard(ActivityFixtures.Id("pib-1"), ActivityFixtures.Commune, on, ValidityPeriod.Between(on, on.PlusYears(2)), [ActivityFixtures.VillageA, ActivityFixtures.VillageB], ActivityFixtures.Members(5), InspectionBoardPolicy.Default))
            .Add(() => new CommunityInvestmentSupervisionBoard(ActivityFixtures.Id("cisb-1"), ActivityFixtures.Commune, "Đường thôn 2", on, ValidityPeriod.Between(on, on.PlusYears(1)), ActivityFixtures.Members(5)))
            .Add(() => DisclosurePolicy.Default)
            .Add(() => new DisclosureItem(ActivityFixtures.Id("di-1"), ActivityFixtures.Commune, "Dự toán ngân sách", on, on.PlusDays(3)))
            .Add(() => new SupportDelivery(ActivityFixtures.Id("sd-1"), ActivityFixtures.Province, on, SupportKind.Gift, BeneficiaryGroup.PoorHousehold, 100, VndAmount.FromDong(50_000_000), FundingSource.FatherlandFrontFund, "Quà Tết"))
            .Add(() => new TwinningAgreement(ActivityFixtures.Id("tw-1"), "Sở Tư pháp", ActivityFixtures.VillageA, on, ValidityPeriod.From(on)))
            .Add(() => version)
            .Add(() => new PrestigeSelection(ActivityFixtures.Id("ps-1"), ActivityFixtures.VillageA, on, "Già làng K'Brơi", [new CriterionAssessment("c1", VerdictOutcome.Met)]))
            .Add(() => new ReligiousVisit(ActivityFixtures.Id("rv-1"), ActivityFixtures.Province, on, "Lễ Phật đản", 12, 30))
            .Add(() => new PoliticalCoreTeam(ActivityFixtures.Id("ct-1"), ActivityFixtures.Commune, on, "Tổ nòng cốt 1", "A", ["A", "B"]))
            .Add(() => new Programme(ActivityFixtures.Id("p-1"), ActivityFixtures.Province, ProgrammeKind.Scheme, "Đề án 02", new DateInterval(new LocalDate(2021, 1, 1), new LocalDate(2025, 12, 31)), null).Attach("m-1", on))
            .Add(() => new CouncilTerm(new CommitteeId("HDND-60"), "XI", new DateInterval(new LocalDate(2021, 7, 1), new LocalDate(2026, 6, 30))))
            .Add(() => new ActivityQuantity(ActivityMeasures.Count, 1))
            .Add(() => ReportedQuantity.MoreThan(395_000))
            .Add(() => ReportedQuantityPattern.Vietnamese)
            .Add(() => ReceptionCompliance.EvaluateAll([ActivityFixtures.CommuneSecretary], new YearMonth(2024, 1), new YearMonth(2024, 2), [], ReceptionRuleCatalogue.BuiltIn)[0]);
    }
}
