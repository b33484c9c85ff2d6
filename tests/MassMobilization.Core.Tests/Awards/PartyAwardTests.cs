using System.Linq;
using MassMobilization.Core.Awards;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Organization;
using MassMobilization.Samples.Generators;
using NodaTime;
using Xunit;

namespace MassMobilization.Core.Tests.Awards;

/// <summary>Commendation by the Party and the mass organisations (domain.md §15; docs/awards.md).</summary>
public sealed class PartyAwardTests
{
    private static readonly SeedProvince DakLak = AggregationSeeds.DakLak();
    private static readonly LocalDate In2024 = new(2024, 12, 20);
    private static readonly LocalDate In2025 = new(2025, 3, 1);

    private static AwardDecisionValidator Validator(params string[] models) => new(DakLak.Chart, models);

    private static AwardRecipient Commune(int i, AwardKind? award = null) =>
        new(DakLak.Communes[i].Value, "Xã " + i, RecipientKinds.Collective, award ?? AwardKind.PoliticalCertificateOfCommendation, unit: DakLak.Communes[i]);

    private static AwardRecipient Person(string id, AwardKind award, bool posthumous = false) =>
        new(id, "Người " + id, RecipientKinds.Individual, award, unit: DakLak.Communes[0], posthumous: posthumous);

    [Fact]
    public void The_old_commission_decides_in_2024_and_the_merged_one_in_2025()
    {
        var old = Validator().Create(DocumentNumber.Party(1, "QĐ", "BDVTU"), In2024, AggregationSeeds.DakLakCommission, [Commune(0)], []);
        Assert.Equal("BDV-TINH", old.Body!.Code);
        var merged = Validator().Create(DocumentNumber.Party(2, "QĐ", "BTGDVTU"), In2025, AggregationSeeds.DakLakMergedCommission, [Commune(0)], []);
        Assert.Equal("BTGDV-TINH", merged.Body!.Code);
        Assert.Equal(CommitteeKind.PropagandaAndMassMobilizationCommission, merged.Body.Kind);
    }

    [Fact]
    public void The_old_commission_after_the_merger_is_refused_naming_its_successor()
    {
        var problems = Validator().Validate(DocumentNumber.Party(3, "QĐ", "BDVTU"), In2025, AggregationSeeds.DakLakCommission, [Commune(0)], []);
        var problem = Assert.Single(problems);
        Assert.Equal(AwardRuleCodes.UnknownAuthority, problem.Code);
        Assert.Contains("66-BTGDVTU", problem.Message);
        Assert.Empty(Validator().Validate(DocumentNumber.Party(3, "QĐ", "BDVTU"), new LocalDate(2025, 2, 2), AggregationSeeds.DakLakCommission, [Commune(0)], []));
    }

    [Fact]
    public void A_provincial_commission_may_not_give_the_central_medal()
    {
        var problems = Validator().Validate(DocumentNumber.Party(4, "QĐ", "BDVTU"), In2024, AggregationSeeds.DakLakCommission, [Commune(0), Person("p1", AwardKind.MassMobilizationMedal)], []);
        var problem = Assert.Single(problems);
        Assert.Equal(AwardRuleCodes.AuthorityCannotGive, problem.Code);
        Assert.Equal("recipients[1]", problem.Path);
        Assert.Contains("KNC-DV", problem.Message);
        Assert.True(AwardingAuthority.Standard.Single(a => a.Code == "BDV-TW").MayGive(AwardKind.MassMobilizationMedal, new LocalDate(2025, 2, 2)));
        Assert.False(AwardingAuthority.Standard.Single(a => a.Code == "BDV-TW").MayGive(AwardKind.MassMobilizationMedal, new LocalDate(2025, 2, 3)));
        Assert.True(AwardingAuthority.Standard.Single(a => a.Code == "BTGDV-TW").MayGive(AwardKind.MassMobilizationMedal, new LocalDate(2025, 2, 3)));
    }

    [Fact]
    public void A_once_only_medal_given_twice_is_a_rule_error()
    {
        var central = CentralChart();
        var validator = new AwardDecisionValidator(central, []);
        var first = validator.Create(DocumentNumber.Party(10, "QĐ", "BDVTW"), In2024, new CommitteeId("TW-BDV"), [Person("p1", AwardKind.MassMobilizationMedal)], []);
        var error = Assert.Throws<DomainRuleException>(() => validator.Create(DocumentNumber.Party(20, "QĐ", "BTGDVTW"), In2025, new CommitteeId("TW-BTGDV"), [Person("p2", AwardKind.MassMobilizationMedal), Person("p1", AwardKind.MassMobilizationMedal)], [first]));
        Assert.Equal(AwardRuleCodes.MedalAlreadyGiven, error.RuleCode);
        Assert.Contains("recipients[1]", error.Message);
        Assert.Contains("10-QĐ/BDVTW", error.Message);
        var twiceInOne = validator.Validate(DocumentNumber.Party(21, "QĐ", "BTGDVTW"), In2025, new CommitteeId("TW-BTGDV"), [Person("p3", AwardKind.MassMobilizationMedal), Person("p3", AwardKind.MassMobilizationMedal)], []);
        Assert.Equal(AwardRuleCodes.MedalAlreadyGiven, Assert.Single(twiceInOne).Code);
    }

    [Fact]
    public void A_posthumous_medal_is_refused()
    {
        var validator = new AwardDecisionValidator(CentralChart(), []);
        var problems = validator.Validate(DocumentNumber.Party(11, "QĐ", "BDVTW"), In2024, new CommitteeId("TW-BDV"), [Person("p9", AwardKind.MassMobilizationMedal, posthumous: true)], []);
        Assert.Equal(AwardRuleCodes.PosthumousMedal, Assert.Single(problems).Code);
        var allowed = new AwardDecisionValidator(CentralChart(), [], medals: new CommemorativeMedalPolicy(neverPosthumous: false));
        Assert.Empty(allowed.Validate(DocumentNumber.Party(11, "QĐ", "BDVTW"), In2024, new CommitteeId("TW-BDV"), [Person("p9", AwardKind.MassMobilizationMedal, posthumous: true)], []));
    }

    [Fact]
    public void A_recipient_not_in_the_chart_or_registry_is_named_and_nothing_is_made()
    {
        var earlier = Validator("M1").Create(DocumentNumber.Party(1, "QĐ", "BDVTU"), In2024, AggregationSeeds.DakLakCommission, [Commune(1)], []);
        AwardDecision[] before = [earlier];
        var ghost = new AwardRecipient("66999999999", "Xã ma", RecipientKinds.Collective, AwardKind.PoliticalCertificateOfCommendation);
        var model = new AwardRecipient("M2", "Mô hình lạ", RecipientKinds.Model, AwardKind.SkilledMobilizationCommendation, AwardNature.Thematic);
        var error = Assert.Throws<DomainRuleException>(() => Validator("M1").Create(DocumentNumber.Party(5, "QĐ", "BDVTU"), In2024, AggregationSeeds.DakLakCommission, [Commune(0), ghost, model], before));
        Assert.Equal(AwardRuleCodes.RecipientNotFound, error.RuleCode);
        Assert.Contains("recipients[1]", error.Message);
        Assert.Contains("Xã ma", error.Message);
        Assert.Contains("recipients[2]", error.Message);
        Assert.Contains("M2", error.Message);
        Assert.Same(earlier, before[0]);
        Assert.Single(earlier.Recipients);
    }

    [Fact]
    public void Unknown_criteria_and_unconfigured_medal_thresholds_need_review()
    {
        var person = new ServiceRecord("p", RecipientKinds.Individual, 2000, [new ServiceYear(2024, TaskRating.Good)], [], [], []);
        var giayKhen = EligibilityEvaluator.BuiltIn.Evaluate(person, AwardKind.PoliticalCertificateOfCommendation, 2024);
        Assert.Equal(Verdict.NeedsReview, giayKhen.Verdict);
        Assert.Equal(AwardRuleCodes.NoCriteria, Assert.Single(giayKhen.Criteria).Code);
        var medal = EligibilityEvaluator.BuiltIn.Evaluate(person, AwardKind.MassMobilizationMedal, 2024);
        Assert.Equal(Verdict.NeedsReview, medal.Verdict);
        var years = medal.Criteria.Single(c => c.Code == AwardRuleCodes.MedalServiceYears);
        Assert.Equal(CriterionOutcome.Unknown, years.Outcome);
        Assert.Contains("no years-of-service threshold is configured", years.Finding);
        Assert.Contains("(unconfirmed)", medal.Criteria.Single(c => c.Code == AwardRuleCodes.MedalOnce).Citation);
    }

    [Fact]
    public void A_medal_already_held_is_ineligible_and_a_configured_threshold_decides()
    {
        var holder = new ServiceRecord("p", RecipientKinds.Individual, 2000, [new ServiceYear(2024, TaskRating.Good)], [new ReceivedAward(AwardKind.MassMobilizationMedal, 2020)], [], []);
        Assert.Equal(Verdict.Ineligible, EligibilityEvaluator.BuiltIn.VerdictFor(holder, AwardKind.MassMobilizationMedal, 2024));
        var policy = new CommemorativeMedalPolicy(minimumServiceYears: 20, minimumServiceYearsForWomen: 15, disciplineLookBackYears: 1);
        var set = new RuleSet("TEST", "configured", [LegalSources.Law2022], new LocalDate(2024, 1, 1), null, [policy.CriteriaFor(AwardKind.MassMobilizationMedal, LegalSources.Law2022.At("medals", unconfirmed: true))], [], []);
        var woman = new ServiceRecord("w", RecipientKinds.Individual, 2008, [new ServiceYear(2024, TaskRating.Good)], [], [], [], isWoman: true);
        var man = new ServiceRecord("m", RecipientKinds.Individual, 2008, [new ServiceYear(2024, TaskRating.Good)], [], [], []);
        Assert.Equal(CriterionOutcome.Met, EligibilityEvaluator.Evaluate(woman, AwardKind.MassMobilizationMedal, 2024, set).Criteria.Single(c => c.Code == AwardRuleCodes.MedalServiceYears).Outcome);
        Assert.Equal(Verdict.Ineligible, EligibilityEvaluator.Evaluate(man, AwardKind.MassMobilizationMedal, 2024, set).Verdict);
    }

    [Theory]
    [InlineData(PendingProceedings.Discipline)]
    [InlineData(PendingProceedings.Inspection)]
    [InlineData(PendingProceedings.Complaint)]
    public void A_medal_is_refused_under_pending_proceedings_citing_the_principle_as_unconfirmed(PendingProceedings pending)
    {
        var policy = new CommemorativeMedalPolicy(minimumServiceYears: 10, disciplineLookBackYears: 1);
        var set = new RuleSet("TEST", "configured", [LegalSources.Law2022], new LocalDate(2024, 1, 1), null, [policy.CriteriaFor(AwardKind.NationalUnityMedal, LegalSources.Law2022.At("medals", unconfirmed: true))], [], []);
        var clear = new ServiceRecord("p", RecipientKinds.Individual, 2000, [new ServiceYear(2024, TaskRating.Good)], [], [], []);
        Assert.Equal(Verdict.Eligible, EligibilityEvaluator.Evaluate(clear, AwardKind.NationalUnityMedal, 2024, set).Verdict);

        var result = EligibilityEvaluator.Evaluate(clear.WithPending(pending), AwardKind.NationalUnityMedal, 2024, set);
        Assert.Equal(Verdict.Ineligible, result.Verdict);
        var rule = result.Criteria.Single(c => c.Code == AwardRuleCodes.MedalPending);
        Assert.Equal(CriterionOutcome.NotMet, rule.Outcome);
        Assert.Contains("art. 5", rule.Citation);
        Assert.Contains("KNC-DDK", rule.Citation);
        Assert.Contains("(unconfirmed)", rule.Citation);

        var off = new CommemorativeMedalPolicy(minimumServiceYears: 10, disciplineLookBackYears: 1, excludePendingProceedings: false);
        var lenient = new RuleSet("TEST", "configured", [LegalSources.Law2022], new LocalDate(2024, 1, 1), null, [off.CriteriaFor(AwardKind.NationalUnityMedal, LegalSources.Law2022.At("medals", unconfirmed: true))], [], []);
        Assert.Equal(Verdict.Eligible, EligibilityEvaluator.Evaluate(clear.WithPending(pending), AwardKind.NationalUnityMedal, 2024, lenient).Verdict);
    }

    [Fact]
    public void The_built_in_medal_rules_check_pending_proceedings_under_each_law()
    {
        var person = new ServiceRecord("p", RecipientKinds.Individual, 2000, [new ServiceYear(2022, TaskRating.Good), new ServiceYear(2024, TaskRating.Good)], [], [], [], pending: PendingProceedings.Discipline);
        var now = EligibilityEvaluator.BuiltIn.Evaluate(person, AwardKind.MassMobilizationMedal, 2024);
        Assert.Equal(Verdict.Ineligible, now.Verdict);
        Assert.Contains("06/2022/QH15 art. 5", now.Criteria.Single(c => c.Code == AwardRuleCodes.MedalPending).Citation);
        var before = EligibilityEvaluator.BuiltIn.Evaluate(person, AwardKind.MassMobilizationMedal, 2022);
        Assert.Equal(Verdict.Ineligible, before.Verdict);
        Assert.Contains("91/2017", before.Criteria.Single(c => c.Code == AwardRuleCodes.MedalPending).Citation);
        var grassroots = EligibilityEvaluator.BuiltIn.Evaluate(person, AwardKind.AdvancedWorker, 2024);
        Assert.Equal(CriterionOutcome.NotMet, grassroots.Criteria.Single(c => c.Code == AwardRuleCodes.NoPending).Outcome);
    }

    private static OrganizationChart CentralChart()
    {
        var from = ValidityPeriod.From(new LocalDate(2020, 1, 1));
        var nation = new UnitKind("nation", "Trung ương", "Central", UnitTier.Other);
        var merger = new LocalDate(2025, 2, 3);
        var province = DakLak.Chart.GetUnit(DakLak.Province, In2024);
        var b = OrganizationChart.CreateBuilder()
            .AddUnit(new AdministrativeUnit(new UnitCode("00"), "Trung ương", "Central", nation, null, from));
        foreach (var unit in DakLak.Chart.Units)
        {
            b.AddUnit(unit);
        }

        _ = province;
        b.AddCommittee(new Committee(new CommitteeId("TW-BDV"), "Ban Dân vận Trung ương", "Central MMC", CommitteeKind.MassMobilizationCommission, new UnitCode("00"), ValidityPeriod.Between(new LocalDate(2020, 1, 1), merger.PlusDays(-1))));
        b.AddCommittee(new Committee(new CommitteeId("TW-BTGDV"), "Ban Tuyên giáo và Dân vận Trung ương", "Central PMMC", CommitteeKind.PropagandaAndMassMobilizationCommission, new UnitCode("00"), ValidityPeriod.From(merger)));
        b.AddSuccession(Succession.Rename(merger, new CommitteeId("TW-BDV"), new CommitteeId("TW-BTGDV")));
        return b.Build();
    }
}
