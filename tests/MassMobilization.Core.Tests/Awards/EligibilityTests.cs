using System.Collections.Generic;
using System.Linq;
using MassMobilization.Core.Awards;
using MassMobilization.Samples.Generators;
using NodaTime;
using Xunit;
using static MassMobilization.Core.Awards.TaskRating;

namespace MassMobilization.Core.Tests.Awards;

public sealed class EligibilityTests
{
    private static readonly EligibilityEvaluator Evaluator = EligibilityEvaluator.BuiltIn;

    internal static IEnumerable<CriterionResult> Flatten(IEnumerable<CriterionResult> criteria) =>
        criteria.SelectMany(c => new[] { c }.Concat(Flatten(c.Children)));

    private static EligibilityResult Check(Nominee nominee, AwardKind kind, int year)
    {
        var record = nominee.Build();
        var result = Evaluator.Evaluate(record, kind, year);
        Assert.Equal(result.Verdict, Evaluator.VerdictFor(record, kind, year));
        return result;
    }

    private static CriterionOutcome Outcome(EligibilityResult result, string code) =>
        Flatten(result.Criteria).First(c => c.Code == code).Outcome;

    [Fact]
    public void Advanced_worker_needs_a_good_rating_and_taking_part()
    {
        Assert.Equal(Verdict.Eligible, Check(Nominee.Person("a").Rated(2024, Good), AwardKind.AdvancedWorker, 2024).Verdict);
        var completed = Check(Nominee.Person("a").Rated(2024, Completed), AwardKind.AdvancedWorker, 2024);
        Assert.Equal(Verdict.Ineligible, completed.Verdict);
        Assert.Equal(CriterionOutcome.NotMet, Outcome(completed, "AWD-LDTT-RATING"));
        Assert.Equal(Verdict.Ineligible, Check(Nominee.Person("a").Rated(2024, Excellent).Fact(2024, YearFact.TookPartInEmulation, false), AwardKind.AdvancedWorker, 2024).Verdict);
    }

    [Fact]
    public void Unknown_year_needs_review_never_ineligible()
    {
        var noRating = Check(Nominee.Person("a").Rated(2024, null), AwardKind.AdvancedWorker, 2024);
        Assert.Equal(Verdict.NeedsReview, noRating.Verdict);
        Assert.Equal(CriterionOutcome.Unknown, Outcome(noRating, "AWD-LDTT-RATING"));
        Assert.Equal(Verdict.NeedsReview, Check(Nominee.Person("a").Rated(2023, Good), AwardKind.AdvancedWorker, 2024).Verdict);
        Assert.Equal(Verdict.NeedsReview, Check(Nominee.Person("a").Rated(2024, Good).Fact(2024, YearFact.TookPartInEmulation, null), AwardKind.AdvancedWorker, 2024).Verdict);
    }

    [Fact]
    public void Grassroots_fighter_needs_no_initiative_since_2024_but_did_before()
    {
        var excellent2024 = Check(Nominee.Person("a").Rated(2024, Excellent), AwardKind.GrassrootsEmulationFighter, 2024);
        Assert.Equal(Verdict.Eligible, excellent2024.Verdict);
        Assert.Equal("VN-2024", excellent2024.RuleSetId);

        var excellent2023 = Check(Nominee.Person("a").Rated(2023, Excellent), AwardKind.GrassrootsEmulationFighter, 2023);
        Assert.Equal(Verdict.Ineligible, excellent2023.Verdict);
        Assert.Equal("VN-2003", excellent2023.RuleSetId);
        Assert.Equal(CriterionOutcome.NotMet, Outcome(excellent2023, "AWD-CSTDCS-INITIATIVE-REQUIRED"));

        Assert.Equal(Verdict.Eligible, Check(Nominee.Person("a").Rated(2023, Good).Initiative(2023, InitiativeScope.Grassroots), AwardKind.GrassrootsEmulationFighter, 2023).Verdict);
        Assert.Equal(Verdict.Eligible, Check(Nominee.Person("a").Rated(2025, Good).Initiative(2025, InitiativeScope.Grassroots), AwardKind.GrassrootsEmulationFighter, 2025).Verdict);
        Assert.Equal(Verdict.Ineligible, Check(Nominee.Person("a").Rated(2025, Good).Fact(2025, YearFact.ScienceProjectOrCombatIngenuity, false), AwardKind.GrassrootsEmulationFighter, 2025).Verdict);
        Assert.Equal(Verdict.Eligible, Check(Nominee.Person("a").Rated(2025, Good).Fact(2025, YearFact.ScienceProjectOrCombatIngenuity, true), AwardKind.GrassrootsEmulationFighter, 2025).Verdict);
    }

    [Fact]
    public void Same_record_differs_between_the_2023_and_2024_rule_sets()
    {
        var record = Nominee.Person("a").Rated(2024, Excellent).Build();
        var old = EligibilityEvaluator.Evaluate(record, AwardKind.GrassrootsEmulationFighter, 2024, BuiltInRuleSets.Law2003Decree91);
        var current = EligibilityEvaluator.Evaluate(record, AwardKind.GrassrootsEmulationFighter, 2024, BuiltInRuleSets.Law2022Decree98);
        Assert.Equal(Verdict.Ineligible, old.Verdict);
        Assert.Equal(Verdict.Eligible, current.Verdict);
        Assert.NotNull(BuiltInRuleSets.Law2003Decree91.QuotaFor(AwardKind.GrassrootsEmulationFighter));
        Assert.Equal(15m, BuiltInRuleSets.Law2003Decree91.QuotaFor(AwardKind.GrassrootsEmulationFighter)!.Quota.Percent);
        Assert.Null(BuiltInRuleSets.Law2022Decree98.QuotaFor(AwardKind.GrassrootsEmulationFighter));
        Assert.Null(BuiltInRuleSets.Law2022Decree152.QuotaFor(AwardKind.GrassrootsEmulationFighter));
    }

    [Fact]
    public void Grassroots_titles_in_2019_2020_2022_are_not_three_consecutive()
    {
        var gap = Nominee.Person("a").Rated(2019, 2022, Excellent)
            .Title(AwardKind.GrassrootsEmulationFighter, 2019, 2020, 2022)
            .Initiative(2022, InitiativeScope.MinistryProvince);
        var result = Check(gap, AwardKind.MinistryProvinceEmulationFighter, 2022);
        Assert.Equal(Verdict.Ineligible, result.Verdict);
        Assert.Equal(CriterionOutcome.NotMet, Outcome(result, "AWD-CSTDT-3-CSTDCS"));
    }

    [Fact]
    public void Grassroots_titles_2021_to_2023_with_a_provincial_initiative_are_eligible()
    {
        var run = Nominee.Person("a").Rated(2021, 2023, Excellent)
            .Title(AwardKind.GrassrootsEmulationFighter, 2021, 2022, 2023)
            .Initiative(2023, InitiativeScope.MinistryProvince);
        Assert.Equal(Verdict.Eligible, Check(run, AwardKind.MinistryProvinceEmulationFighter, 2023).Verdict);

        var noInitiative = Nominee.Person("a").Rated(2021, 2023, Excellent)
            .Title(AwardKind.GrassrootsEmulationFighter, 2021, 2022, 2023)
            .Initiative(2023, InitiativeScope.Grassroots);
        Assert.Equal(Verdict.Ineligible, Check(noInitiative, AwardKind.MinistryProvinceEmulationFighter, 2023).Verdict);

        var unknown2021 = Nominee.Person("a").Rated(2022, 2023, Excellent)
            .Title(AwardKind.GrassrootsEmulationFighter, 2022, 2023)
            .Initiative(2023, InitiativeScope.MinistryProvince);
        Assert.Equal(Verdict.NeedsReview, Check(unknown2021, AwardKind.MinistryProvinceEmulationFighter, 2023).Verdict);
    }

    [Fact]
    public void National_fighter_needs_two_consecutive_provincial_titles_and_a_national_initiative()
    {
        var nominee = Nominee.Person("a").Rated(2019, 2024, Excellent)
            .Title(AwardKind.GrassrootsEmulationFighter, 2019, 2020, 2021, 2022, 2023, 2024)
            .Title(AwardKind.MinistryProvinceEmulationFighter, 2021, 2024)
            .Initiative(2023, InitiativeScope.National);
        Assert.Equal(Verdict.Eligible, Check(nominee, AwardKind.NationalEmulationFighter, 2024).Verdict);

        var once = Nominee.Person("a").Rated(2019, 2024, Excellent)
            .Title(AwardKind.MinistryProvinceEmulationFighter, 2024)
            .Initiative(2023, InitiativeScope.National);
        var result = Check(once, AwardKind.NationalEmulationFighter, 2024);
        Assert.Equal(Verdict.Ineligible, result.Verdict);
        Assert.Equal(CriterionOutcome.NotMet, Outcome(result, "AWD-CSTDTQ-2-CSTDT"));

        var provincialInitiative = Nominee.Person("a").Rated(2019, 2024, Excellent)
            .Title(AwardKind.MinistryProvinceEmulationFighter, 2021, 2024)
            .Initiative(2023, InitiativeScope.MinistryProvince);
        Assert.Equal(Verdict.Ineligible, Check(provincialInitiative, AwardKind.NationalEmulationFighter, 2024).Verdict);
    }

    [Fact]
    public void Pending_inspection_or_complaint_blocks()
    {
        var result = Check(Nominee.Person("a").Rated(2024, Excellent).Pending(PendingProceedings.Complaint), AwardKind.AdvancedWorker, 2024);
        Assert.Equal(Verdict.Ineligible, result.Verdict);
        Assert.Equal(CriterionOutcome.NotMet, Outcome(result, "AWD-NO-PENDING"));
    }

    [Fact]
    public void After_discipline_streaks_restart_from_its_end()
    {
        var nominee = Nominee.Person("a").Since(2015).Rated(2020, 2025, Excellent)
            .Title(AwardKind.GrassrootsEmulationFighter, 2020, 2021, 2023, 2024, 2025)
            .Initiative(2024, InitiativeScope.MinistryProvince)
            .Initiative(2025, InitiativeScope.MinistryProvince)
            .Disciplined(DisciplineLevel.Warning, new LocalDate(2022, 2, 1), new LocalDate(2022, 12, 31));
        var disciplinedYear = Check(nominee, AwardKind.AdvancedWorker, 2022);
        Assert.Equal(Verdict.Ineligible, disciplinedYear.Verdict);
        Assert.Equal(CriterionOutcome.NotMet, Outcome(disciplinedYear, "AWD-NOT-DISCIPLINED"));
        Assert.Equal(Verdict.Ineligible, Check(nominee, AwardKind.MinistryProvinceEmulationFighter, 2024).Verdict);
        Assert.Equal(Verdict.Eligible, Check(nominee, AwardKind.MinistryProvinceEmulationFighter, 2025).Verdict);
    }

    [Fact]
    public void Provincial_certificate_of_merit_has_three_routes()
    {
        Assert.Equal(Verdict.Eligible, Check(Nominee.Person("a").Rated(2023, 2024, Good).Title(AwardKind.GrassrootsEmulationFighter, 2023, 2024), AwardKind.MinistryProvinceCertificateOfMerit, 2024).Verdict);
        Assert.Equal(Verdict.Eligible, Check(Nominee.Person("a").Rated(2024, Good).Fact(2024, YearFact.OutstandingInProvincialCampaign, true), AwardKind.MinistryProvinceCertificateOfMerit, 2024).Verdict);
        Assert.Equal(Verdict.Eligible, Check(Nominee.Person("a").Rated(2024, 2025, Excellent).Initiative(2024, InitiativeScope.Grassroots).Initiative(2025, InitiativeScope.Grassroots), AwardKind.MinistryProvinceCertificateOfMerit, 2025).Verdict);
        Assert.Equal(Verdict.Ineligible, Check(Nominee.Person("a").Rated(2024, 2025, Excellent).Initiative(2025, InitiativeScope.Grassroots).Fact(2025, YearFact.OutstandingInProvincialCampaign, false), AwardKind.MinistryProvinceCertificateOfMerit, 2025).Verdict);
        Assert.Equal(Verdict.NeedsReview, Check(Nominee.Person("a").Rated(2024, 2025, Excellent).Initiative(2025, InitiativeScope.Grassroots), AwardKind.MinistryProvinceCertificateOfMerit, 2025).Verdict);
    }

    [Fact]
    public void Prime_minister_certificate_needs_five_good_years_after_the_provincial_one_with_three_grassroots_titles()
    {
        Nominee Base() => Nominee.Person("a").Since(2010).Rated(2018, 2024, Good)
            .Title(AwardKind.MinistryProvinceCertificateOfMerit, 2019);
        Assert.Equal(Verdict.Eligible, Check(Base().Title(AwardKind.GrassrootsEmulationFighter, 2021, 2022, 2024), AwardKind.PrimeMinisterCertificateOfMerit, 2024).Verdict);
        var two = Check(Base().Title(AwardKind.GrassrootsEmulationFighter, 2021, 2024), AwardKind.PrimeMinisterCertificateOfMerit, 2024);
        Assert.Equal(Verdict.Ineligible, two.Verdict);
        Assert.Equal(CriterionOutcome.NotMet, Outcome(two, "AWD-BKTTG-5-YEARS"));
        Assert.Equal(Verdict.Ineligible, Check(Base().Rated(2022, Completed).Title(AwardKind.GrassrootsEmulationFighter, 2021, 2023, 2024), AwardKind.PrimeMinisterCertificateOfMerit, 2024).Verdict);

        var neverHeld = Nominee.Person("a").Since(2018).Rated(2018, 2024, Good).Title(AwardKind.GrassrootsEmulationFighter, 2021, 2022, 2024);
        Assert.Equal(Verdict.Ineligible, Check(neverHeld, AwardKind.PrimeMinisterCertificateOfMerit, 2024).Verdict);
        var historyUnknown = Nominee.Person("a").Rated(2018, 2024, Good).Title(AwardKind.GrassrootsEmulationFighter, 2021, 2022, 2024);
        Assert.Equal(Verdict.NeedsReview, Check(historyUnknown, AwardKind.PrimeMinisterCertificateOfMerit, 2024).Verdict);
    }

    [Fact]
    public void Thematic_awards_never_count_towards_merit()
    {
        var thematic = Nominee.Person("a").Since(2018).Rated(2018, 2024, Good)
            .Thematic(AwardKind.MinistryProvinceCertificateOfMerit, 2019)
            .Title(AwardKind.GrassrootsEmulationFighter, 2021, 2022, 2024);
        var result = Check(thematic, AwardKind.PrimeMinisterCertificateOfMerit, 2024);
        Assert.Equal(Verdict.Ineligible, result.Verdict);
        Assert.Equal(CriterionOutcome.NotMet, Outcome(result, "AWD-BKTTG-HOLDS-BKT"));
    }

    [Fact]
    public void Labour_order_needs_an_excellent_year_and_three_grassroots_titles_after_the_prime_minister_certificate()
    {
        Nominee Base() => Nominee.Person("a").Since(2010).Rated(2019, 2024, Good)
            .Title(AwardKind.PrimeMinisterCertificateOfMerit, 2019)
            .Title(AwardKind.GrassrootsEmulationFighter, 2021, 2022, 2024);
        Assert.Equal(Verdict.Eligible, Check(Base().Rated(2023, Excellent), AwardKind.LabourOrderThirdClass, 2024).Verdict);
        var noExcellent = Check(Base(), AwardKind.LabourOrderThirdClass, 2024);
        Assert.Equal(Verdict.Ineligible, noExcellent.Verdict);
        Assert.Equal(CriterionOutcome.NotMet, Outcome(noExcellent, "AWD-HCLD3-5-YEARS-EXCELLENT"));
    }

    [Fact]
    public void Certificate_of_commendation_needs_good_work_and_an_achievement()
    {
        Assert.Equal(Verdict.Eligible, Check(Nominee.Person("a").Rated(2025, Good).Fact(2025, YearFact.NotableAchievement, true), AwardKind.CertificateOfCommendation, 2025).Verdict);
        Assert.Equal(Verdict.Ineligible, Check(Nominee.Person("a").Rated(2025, Good).Fact(2025, YearFact.NotableAchievement, false), AwardKind.CertificateOfCommendation, 2025).Verdict);
        Assert.Equal(Verdict.NeedsReview, Check(Nominee.Person("a").Rated(2025, Good), AwardKind.CertificateOfCommendation, 2025).Verdict);
    }

    [Fact]
    public void Collective_titles_use_the_membership_counts()
    {
        var good = new MembershipCounts(members: 20, advancedWorkers: 14, grassrootsFighters: 2, completedTasks: 20, women: 11, disciplinedWarningOrAbove: 0);
        var weak = new MembershipCounts(members: 20, advancedWorkers: 13, grassrootsFighters: 0, completedTasks: 19, women: 11, disciplinedWarningOrAbove: 1);
        Assert.Equal(Verdict.Eligible, Check(Nominee.Collective("c").Rated(2024, Good, good), AwardKind.AdvancedCollective, 2024).Verdict);
        Assert.Equal(Verdict.Eligible, Check(Nominee.Collective("c").Rated(2024, Excellent, good), AwardKind.ExcellentCollective, 2024).Verdict);
        Assert.Equal(Verdict.Ineligible, Check(Nominee.Collective("c").Rated(2024, Good, good), AwardKind.ExcellentCollective, 2024).Verdict);
        var result = Check(Nominee.Collective("c").Rated(2024, Excellent, weak), AwardKind.ExcellentCollective, 2024);
        Assert.Equal(Verdict.Ineligible, result.Verdict);
        Assert.Equal(CriterionOutcome.NotMet, Outcome(result, "AWD-TTLDXS-70-LDTT"));
        Assert.Equal(CriterionOutcome.NotMet, Outcome(result, "AWD-TTLDXS-CSTDCS"));
        Assert.Equal(CriterionOutcome.NotMet, Outcome(result, "AWD-TTLDXS-ALL-COMPLETED"));
        Assert.Equal(Verdict.NeedsReview, Check(Nominee.Collective("c").Rated(2024, Excellent), AwardKind.ExcellentCollective, 2024).Verdict);
    }

    [Fact]
    public void Flags_go_to_cluster_leaders_and_the_government_flag_builds_on_them()
    {
        var leader = Nominee.Collective("c").Rated(2024, Excellent).Fact(2024, YearFact.LedEmulationCluster, true).Fact(2024, YearFact.LedThematicCampaign, false);
        Assert.Equal(Verdict.Eligible, Check(leader, AwardKind.MinistryProvinceEmulationFlag, 2024).Verdict);
        Assert.Equal(Verdict.Eligible, Check(leader, AwardKind.GovernmentEmulationFlag, 2024).Verdict);
        var follower = Nominee.Collective("c").Rated(2024, Excellent)
            .Fact(2024, YearFact.LedEmulationCluster, false).Fact(2024, YearFact.LedThematicCampaign, false)
            .Fact(2024, YearFact.LedCentralBloc, false).Fact(2024, YearFact.LedPrimeMinisterCampaign, false);
        Assert.Equal(Verdict.Ineligible, Check(follower, AwardKind.MinistryProvinceEmulationFlag, 2024).Verdict);
        Assert.Equal(Verdict.Ineligible, Check(follower, AwardKind.GovernmentEmulationFlag, 2024).Verdict);
        Assert.Equal(Verdict.NeedsReview, Check(Nominee.Collective("c").Rated(2024, Excellent), AwardKind.GovernmentEmulationFlag, 2024).Verdict);
    }

    [Fact]
    public void Kinds_without_encoded_criteria_need_review()
    {
        var result = Check(Nominee.Person("a").Rated(2023, Good), AwardKind.PrimeMinisterCertificateOfMerit, 2023);
        Assert.Equal(Verdict.NeedsReview, result.Verdict);
        Assert.Equal("AWD-NO-CRITERIA", Assert.Single(result.Criteria).Code);
    }

    [Fact]
    public void Asking_for_a_collective_title_for_a_person_is_a_bad_question()
    {
        var record = Nominee.Person("a").Rated(2024, Good).Build();
        Assert.Throws<System.ArgumentException>("kind", () => Evaluator.Evaluate(record, AwardKind.AdvancedCollective, 2024));
        Assert.Throws<System.ArgumentException>("kind", () => Evaluator.VerdictFor(record, AwardKind.AdvancedCollective, 2024));
    }

    [Fact]
    public void A_year_without_rule_set_is_an_error_when_explained_and_needs_review_when_not()
    {
        var record = Nominee.Person("a").Rated(2010, Good).Build();
        var error = Assert.Throws<DomainRuleException>(() => Evaluator.Evaluate(record, AwardKind.AdvancedWorker, 2010));
        Assert.Equal("AWD-NO-RULE-SET", error.RuleCode);
        Assert.Equal(Verdict.NeedsReview, Evaluator.VerdictFor(record, AwardKind.AdvancedWorker, 2010));
    }

    [Fact]
    public void Fast_verdicts_agree_with_explained_ones_on_generated_records()
    {
        int eligible = 0;
        foreach (var record in AwardRecords.Individuals(400))
        {
            var compact = record.ToCompact();
            foreach (var kind in AwardKind.All.Where(k => k.IsFor(RecipientKinds.Individual)))
            {
                var explained = Evaluator.Evaluate(record, kind, 2025);
                Assert.Equal(explained.Verdict, Evaluator.VerdictFor(compact, kind, 2025));
                eligible += explained.Verdict == Verdict.Eligible ? 1 : 0;
            }
        }

        Assert.InRange(eligible, 100, 3000);
    }
}

public sealed class EligibilityAllocationTests
{
    [Fact]
    public void Verdicts_on_compact_records_do_not_allocate()
    {
        var evaluator = EligibilityEvaluator.BuiltIn;
        var records = AwardRecords.Individuals(200).Select(r => r.ToCompact()).ToArray();
        var kinds = AwardKind.All.Where(k => k.IsFor(RecipientKinds.Individual)).ToArray();
        int eligible = 0;
        foreach (var kind in kinds)
        {
            eligible += evaluator.VerdictFor(records[0], kind, 2025) == Verdict.Eligible ? 1 : 0;
        }

        long before = System.GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < records.Length; i++)
        {
            foreach (var kind in kinds)
            {
                eligible += evaluator.VerdictFor(records[i], kind, 2025) == Verdict.Eligible ? 1 : 0;
            }
        }

        long allocated = System.GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(eligible > 0);
        Assert.Equal(0, allocated);
    }
}
