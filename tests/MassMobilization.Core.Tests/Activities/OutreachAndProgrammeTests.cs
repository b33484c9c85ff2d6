using System;
using System.Linq;
using MassMobilization.Core.Activities;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Quantities;
using MassMobilization.Core.Tests.Documents;
using NodaTime;
using Xunit;
using static MassMobilization.Core.Tests.Activities.ActivityFixtures;

namespace MassMobilization.Core.Tests.Activities;

public sealed class OutreachAndProgrammeTests
{
    private static readonly LocalDate Day = new(2024, 2, 5);

    [Fact]
    public void Supervision_and_criticism_are_organised_by_the_Front_and_the_socio_political_organisations()
    {
        Assert.Equal(6, SupervisingOrganisations.All.Count);
        foreach (var organiser in SupervisingOrganisations.All)
        {
            _ = new SupervisionSession(Id("s"), Commune, Day, organiser, "UBND xã", SupervisionForm.DocumentReview, []);
        }

        Assert.Equal(ActivityRuleCodes.OrganiserNotEligible, Assert.Throws<DomainRuleException>(() => new SupervisionSession(Id("s"), Commune, Day, CommitteeKind.PeoplesCommittee, "x", SupervisionForm.Other, [])).RuleCode);
        Assert.Equal(ActivityRuleCodes.OrganiserNotEligible, Assert.Throws<DomainRuleException>(() => new SocialCriticism(Id("c"), Commune, Day, CommitteeKind.PartyCommittee, DraftReference.ForTitle("x"), SocialCriticismForm.Conference, [])).RuleCode);
        var criticism = new SocialCriticism(Id("c"), Commune, Day, CommitteeKind.FatherlandFront, DraftReference.ForNumber(DocumentNumber.Parse("15/2024/NQ-HĐND")), SocialCriticismForm.WrittenComments, [Id("r1"), Id("r2")]);
        Assert.Equal("15/2024/NQ-HĐND", criticism.Draft.ToString());
        Assert.Null(criticism.Draft.Title);
        Assert.Contains(new ActivityQuantity(ActivityMeasures.Recommendations, 2), criticism.Quantities);
        Assert.Equal("Dự thảo kế hoạch", DraftReference.ForTitle("Dự thảo kế hoạch").ToString());
        Assert.Throws<ArgumentException>(() => DraftReference.ForNumber(default));
    }

    [Fact]
    public void Support_deliveries_carry_kind_beneficiaries_quantity_value_and_source()
    {
        var gifts = new SupportDelivery(Id("g"), Province, Day, SupportKind.Gift, BeneficiaryGroup.PoorHousehold, 395_000, VndAmount.FromDong(165_340_000_000), FundingSource.Mixed, "Quà Tết");
        Assert.Equal([new ActivityQuantity(ActivityMeasures.Count, 1), new ActivityQuantity(ActivityMeasures.UnitsDelivered, 395_000), new ActivityQuantity(ActivityMeasures.ValueDong, 165_340_000_000)], gifts.Quantities);
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => new SupportDelivery(Id("g"), Province, Day, SupportKind.Gift, BeneficiaryGroup.PoorHousehold, 1, VndAmount.FromDong(-1), FundingSource.Mixed, "x")).ParamName);
        Assert.Equal("quantity", Assert.Throws<ArgumentOutOfRangeException>(() => new SupportDelivery(Id("g"), Province, Day, SupportKind.HouseBuilt, BeneficiaryGroup.PolicyFamily, 0, VndAmount.Zero, FundingSource.StateBudget, "x")).ParamName);
        Assert.Equal("beneficiaries", Assert.Throws<ArgumentOutOfRangeException>(() => new SupportDelivery(Id("g"), Province, Day, SupportKind.HouseBuilt, (BeneficiaryGroup)99, 1, VndAmount.Zero, FundingSource.StateBudget, "x")).ParamName);
    }

    [Fact]
    public void Prestige_selection_uses_the_criteria_in_force_and_never_invents_them()
    {
        PrestigeCriteriaVersion[] builtIn = [PrestigeCriteriaVersion.Decision12Of2018, PrestigeCriteriaVersion.Decision28Of2023];
        var before = new PrestigeSelection(Id("p"), VillageA, new LocalDate(2024, 1, 14), "Già làng A", []);
        var after = new PrestigeSelection(Id("p"), VillageA, new LocalDate(2024, 1, 15), "Già làng A", []);
        var verdictBefore = before.Evaluate(builtIn);
        var verdictAfter = after.Evaluate(builtIn);
        Assert.Equal(VerdictOutcome.NeedsReview, verdictBefore.Outcome);
        Assert.Equal("Decision 12/2018/QĐ-TTg", verdictBefore.Clause);
        Assert.Equal(VerdictOutcome.NeedsReview, verdictAfter.Outcome);
        Assert.Contains("28/2023", verdictAfter.Clause, StringComparison.Ordinal);

        PrestigeCriteriaVersion[] configured = [PrestigeCriteriaVersion.Decision12Of2018, PrestigeCriteriaVersion.Decision28Of2023.WithCriteria(["c1", "c2"])];
        Assert.Equal(VerdictOutcome.Met, new PrestigeSelection(Id("p"), VillageA, Day, "A", [new("c1", VerdictOutcome.Met), new("c2", VerdictOutcome.Met)]).Evaluate(configured).Outcome);
        Assert.Equal(VerdictOutcome.NotMet, new PrestigeSelection(Id("p"), VillageA, Day, "A", [new("c1", VerdictOutcome.NotMet), new("c2", VerdictOutcome.Unknown)]).Evaluate(configured).Outcome);
        Assert.Equal(VerdictOutcome.NeedsReview, new PrestigeSelection(Id("p"), VillageA, Day, "A", [new("c1", VerdictOutcome.Met)]).Evaluate(configured).Outcome);
        Assert.Throws<ArgumentException>(() => new PrestigeSelection(Id("p"), VillageA, Day, "A", [new("c9", VerdictOutcome.Met)]).Evaluate(configured));
        Assert.Throws<ArgumentException>(() => new PrestigeSelection(Id("p"), VillageA, Day, "A", [new("c1", VerdictOutcome.NeedsReview)]));
        Assert.Equal(VerdictOutcome.NeedsReview, after.Evaluate([PrestigeCriteriaVersion.Decision12Of2018]).Outcome);
    }

    [Fact]
    public void Twinning_visits_and_core_teams_are_counted()
    {
        var twinning = new TwinningAgreement(Id("t"), "Sở Giáo dục", VillageA, Day, ValidityPeriod.Between(Day, Day.PlusYears(3)));
        Assert.True(twinning.IsInForceOn(Day.PlusYears(1)));
        Assert.False(twinning.IsInForceOn(Day.PlusYears(4)));
        Assert.Throws<ArgumentException>(() => new TwinningAgreement(Id("t"), "Sở", VillageA, Day, ValidityPeriod.Between(Day.PlusYears(-2), Day.PlusDays(-1))));
        var visits = new ReligiousVisit(Id("v"), Province, new LocalDate(2024, 12, 24), "Lễ Giáng sinh", 15, 42);
        Assert.Contains(new ActivityQuantity(ActivityMeasures.DignitariesVisited, 42), visits.Quantities);

        // Bình Thuận 2023: 9 political core teams with 327 members.
        var teams = Enumerable.Range(0, 9).Select(i =>
        {
            int size = i < 3 ? 37 : 36;
            var names = Enumerable.Range(0, size).Select(m => $"Team {i} member {m}").ToArray();
            return new PoliticalCoreTeam(Id($"ct-{i}"), Commune, Day, $"Tổ nòng cốt {i}", names[0], names);
        }).ToArray();
        Assert.Equal(327, teams.Sum(t => t.Members.Count));
        Assert.Equal(327, teams.SelectMany(t => t.Quantities).Where(q => q.Measure == ActivityMeasures.Members).Sum(q => q.Amount));
        Assert.Equal("leader", Assert.Throws<ArgumentException>(() => new PoliticalCoreTeam(Id("x"), Commune, Day, "T", "Z", ["A"])).ParamName);
    }

    [Fact]
    public void Programmes_take_dated_attachments_inside_their_period()
    {
        var scheme = new Programme(Id("scheme-02"), new UnitCode("74"), ProgrammeKind.Scheme, "Đề án 02: Dân vận xây dựng nếp sống văn hóa, văn minh", new DateInterval(new LocalDate(2021, 1, 1), new LocalDate(2025, 12, 31)), null);
        var attached = scheme.Attach("model-1", new LocalDate(2023, 4, 1)).Attach("model-2", new LocalDate(2025, 12, 31));
        Assert.Equal(["model-1", "model-2"], attached.AttachedIds);
        Assert.Empty(scheme.AttachedIds);
        Assert.Equal(ActivityRuleCodes.OutsidePeriod, Assert.Throws<DomainRuleException>(() => scheme.Attach("m", new LocalDate(2026, 1, 1))).RuleCode);
        Assert.Equal(ActivityRuleCodes.Duplicate, Assert.Throws<DomainRuleException>(() => attached.Attach("model-1", new LocalDate(2024, 1, 1))).RuleCode);
        var theme = new Programme(Id("theme-2024"), Province, ProgrammeKind.YearlyTheme, "Nâng cao năng lực cạnh tranh và sự hài lòng", new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31)), null);
        Assert.Equal(ProgrammeKind.YearlyTheme, theme.Kind);
        Assert.Equal("period", Assert.Throws<ArgumentException>(() => new Programme(Id("t"), Province, ProgrammeKind.YearlyTheme, "x", new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 6, 30)), null)).ParamName);
    }

    [Fact]
    public void Council_resolutions_are_counted_per_term_by_issue_date()
    {
        var council = new CommitteeId("HDND-60");
        var other = new CommitteeId("UBND-60");
        var termXi = new CouncilTerm(council, "XI", new DateInterval(new LocalDate(2021, 7, 1), new LocalDate(2026, 6, 30)));
        DirectiveDocument Resolution(int n, LocalDate on, CommitteeId issuer) =>
            new(DocumentNumber.State(n, "NQ", "HĐND"), DocumentTypes.StateResolution, issuer, on, "Nghị quyết " + n, []);
        DirectiveDocument[] documents =
        [
            Resolution(1, new LocalDate(2021, 6, 30), council),
            Resolution(2, new LocalDate(2021, 7, 1), council),
            Resolution(3, new LocalDate(2026, 6, 30), council),
            Resolution(4, new LocalDate(2026, 7, 1), council),
            Resolution(5, new LocalDate(2022, 1, 1), other),
            new(DocumentNumber.State(6, "KH", "HĐND"), DocumentTypes.StatePlan, council, new LocalDate(2022, 1, 1), "Kế hoạch", []),
        ];
        Assert.Equal(2, termXi.CountResolutions(documents));

        var registry = new DocumentRegistry(DocumentGraphFixtures.CentralTerms())
            .Register(council, DocumentNumber.State(7, "NQ", "HĐND"), new LocalDate(2022, 3, 1))
            .Register(council, DocumentNumber.State(8, "QĐ", "HĐND"), new LocalDate(2022, 3, 1))
            .Register(council, DocumentNumber.State(9, "NQ", "HĐND"), new LocalDate(2020, 3, 1));
        Assert.Equal(1, termXi.CountResolutions(registry));
    }
}
