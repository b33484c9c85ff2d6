using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MassMobilization.Core.Awards;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Quantities;
using MassMobilization.Core.Ranking;
using MassMobilization.Core.Tests.Infrastructure;
using MassMobilization.Samples.Generators;
using NodaTime;
using Xunit;

namespace MassMobilization.Core.Tests.Awards;

public sealed class AwardsModelTests
{
    [Fact]
    public void Catalogue_has_every_kind_once_with_names_and_authorities()
    {
        Assert.Equal(AwardKind.All.Count, AwardKind.All.Select(k => k.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.All(AwardKind.All, k =>
        {
            Assert.False(string.IsNullOrWhiteSpace(k.VietnameseName));
            Assert.False(string.IsNullOrWhiteSpace(k.EnglishName));
            Assert.NotEmpty(k.Authorities);
            Assert.Same(k, AwardKind.FromCode(k.Code));
        });
        Assert.Null(AwardKind.FromCode("NOPE"));
        Assert.True(AwardKind.CertificateOfCommendation.IsFor(RecipientKinds.Household));
        Assert.False(AwardKind.AdvancedWorker.IsFor(RecipientKinds.Collective));
    }

    [Fact]
    public void Commune_chairs_decide_advanced_workers_from_2025_07_01()
    {
        Assert.DoesNotContain(AwardKind.AdvancedWorker.AuthoritiesOn(new LocalDate(2025, 6, 30)), a => a.Level == AuthorityLevel.CommuneChair);
        Assert.Contains(AwardKind.AdvancedWorker.AuthoritiesOn(new LocalDate(2025, 7, 1)), a => a.Level == AuthorityLevel.CommuneChair);
        Assert.DoesNotContain(AwardKind.AdvancedWorker.AuthoritiesOn(new LocalDate(2025, 7, 1)), a => a.Level == AuthorityLevel.DistrictChair);
    }

    [Fact]
    public void A_record_with_two_ratings_for_one_year_is_an_error()
    {
        var error = Assert.Throws<DomainRuleException>(() => new ServiceRecord(
            "a", RecipientKinds.Individual, null, [new ServiceYear(2024, TaskRating.Good), new ServiceYear(2024, TaskRating.Excellent)], [], [], []));
        Assert.Equal("AWD-DUPLICATE-YEAR", error.RuleCode);
    }

    [Fact]
    public void A_title_dated_before_the_nominee_existed_is_an_error()
    {
        var error = Assert.Throws<DomainRuleException>(() => new ServiceRecord(
            "a", RecipientKinds.Individual, 2020, [new ServiceYear(2021, TaskRating.Good)], [new ReceivedAward(AwardKind.AdvancedWorker, 2018)], [], []));
        Assert.Equal("AWD-BEFORE-SERVICE-START", error.RuleCode);
        var mismatch = Assert.Throws<DomainRuleException>(() => new ServiceRecord(
            "a", RecipientKinds.Individual, null, [], [new ReceivedAward(AwardKind.ExcellentCollective, 2018)], [], []));
        Assert.Equal("AWD-RECIPIENT-MISMATCH", mismatch.RuleCode);
    }

    [Fact]
    public void Rule_sets_with_overlapping_periods_are_an_error()
    {
        var overlapping = new RuleSet("X", "overlaps 2024", [LegalSources.Law2022], new LocalDate(2025, 1, 1), null, BuiltInRuleSets.Law2022Decree98.Criteria, [], []);
        var error = Assert.Throws<DomainRuleException>(() => RuleSetCatalogue.BuiltIn.With(overlapping));
        Assert.Equal("AWD-OVERLAPPING-RULE-SETS", error.RuleCode);
    }

    [Fact]
    public void Catalogue_picks_the_set_in_force_and_accepts_a_new_version_without_code_changes()
    {
        var catalogue = RuleSetCatalogue.BuiltIn;
        Assert.Equal("VN-2003", catalogue.InForceOn(new LocalDate(2023, 12, 31))!.Id);
        Assert.Equal("VN-2024", catalogue.InForceOn(new LocalDate(2024, 1, 1))!.Id);
        Assert.Equal("VN-2024", catalogue.InForceOn(new LocalDate(2025, 6, 30))!.Id);
        Assert.Equal("VN-2025", catalogue.InForceOn(new LocalDate(2025, 7, 1))!.Id);
        Assert.Null(catalogue.InForceOn(new LocalDate(2010, 1, 1)));

        var law2026 = new RuleSet("VN-2026", "Amending law 2026 (hypothetical)", [LegalSources.Law2022], new LocalDate(2026, 7, 1), null, BuiltInRuleSets.Law2022Decree152.Criteria, [], []);
        var next = catalogue.Closing("VN-2025", new LocalDate(2026, 6, 30)).With(law2026);
        Assert.Equal("VN-2026", next.ForAchievementYear(2026)!.Id);
        Assert.Equal("VN-2025", next.ForAchievementYear(2025)!.Id);
        var record = Nominee.Person("a").Rated(2026, TaskRating.Good).Build();
        Assert.Equal("VN-2026", new EligibilityEvaluator(next).Evaluate(record, AwardKind.AdvancedWorker, 2026).RuleSetId);
    }

    [Fact]
    public void Every_built_in_rule_has_a_code_a_citation_and_parameters_as_data()
    {
        static IEnumerable<EligibilityRule> All(EligibilityRule r) => new[] { r }.Concat(r.Inner.SelectMany(All));
        var rules = BuiltInRuleSets.All.SelectMany(s => s.Criteria).SelectMany(c => c.Rules).SelectMany(All).ToList();
        Assert.True(rules.Count > 60);
        Assert.All(rules, r =>
        {
            Assert.StartsWith("AWD-", r.Code, StringComparison.Ordinal);
            Assert.Contains(r.Citation.Unconfirmed ? "(unconfirmed)" : "art.", r.Citation.Text, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(r.Description));
            Assert.NotNull(r.Parameters);
        });
        var streak = rules.OfType<ConsecutiveRule>().First(r => r.Code == "AWD-CSTDT-3-CSTDCS");
        Assert.Equal(new RuleParameter("count", "3"), streak.Parameters.Single(p => p.Name == "count"));
        Assert.Equal("Consecutive", streak.RuleType);
    }

    [Fact]
    public void Built_in_rule_catalogue_snapshot()
    {
        static object Describe(EligibilityRule r) => new
        {
            r.Code,
            r.RuleType,
            r.Description,
            Citation = r.Citation.Text,
            Parameters = r.Parameters.Select(p => p.Name + "=" + p.Value).ToList(),
            Inner = r.Inner.Select(Describe).ToList(),
        };
        Snapshot.Verify(BuiltInRuleSets.All.Select(s => new
        {
            s.Id,
            s.Name,
            s.EffectiveFrom,
            s.EffectiveUntil,
            Criteria = s.Criteria.Select(c => new { Kind = c.Kind.Code, c.Recipient, Rules = c.Rules.Select(Describe).ToList() }).ToList(),
            Quotas = s.Quotas.Select(q => new { Kind = q.Kind.Code, q.Quota.Percent, q.Quota.FixedCount, q.BaseDescription, Citation = q.Citation.Text }).ToList(),
            Votes = s.VoteRules.Select(v => new { Kind = v.Kind.Code, v.ThresholdPercent, Citation = v.Citation.Text }).ToList(),
        }).ToList());
    }

    [Fact]
    public void Quota_above_100_percent_is_an_error_and_percentages_floor_by_default()
    {
        Assert.Throws<ArgumentOutOfRangeException>("percent", () => Quota.Percentage(101m));
        Assert.Equal(3, Quota.Percentage(15m).Limit(26));
        Assert.Equal(4, Quota.Percentage(15m, RoundingMode.Ceiling).Limit(26));
        Assert.Equal(4, Quota.Percentage(15m, RoundingMode.HalfAwayFromZero).Limit(26));
        Assert.Equal(4, Quota.Count(4).Limit(100));
    }

    private sealed record Candidate(string Id, int Score, bool Woman);

    private static readonly RankingRule<Candidate> ByScore = new(
        [RankingCriterion.HigherFirst<Candidate, int>("score", c => c.Score, s => s.ToString(System.Globalization.CultureInfo.InvariantCulture))],
        c => c.Id);

    [Fact]
    public void Quota_cut_is_explained_and_ties_across_the_cut_are_set_aside()
    {
        var ranking = ByScore.Rank([new("A", 90, false), new("B", 85, true), new("C", 85, false), new("D", 70, false), new("E", 60, false)]);
        var selection = Quota.Count(2).Apply(ranking, 5);
        Assert.Equal(["A"], selection.Selected.Select(s => s.Item.Id));
        Assert.Equal(["B", "C"], selection.TiedAtCut.Select(s => s.Item.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["D", "E"], selection.NotSelected.Select(s => s.Item.Id));
        Assert.Contains("tied at rank 2", selection.Explanation, StringComparison.Ordinal);
        Snapshot.Verify(selection.Explanation);
    }

    [Property]
    public Property Quota_results_never_exceed_the_quota()
    {
        var gen = from scores in Gen.ListOf(Gen.Choose(0, 5)).Select(l => l.ToList())
                  from count in Gen.Choose(0, 12)
                  from percent in Gen.Choose(0, 100)
                  from usePercent in Gen.Elements(true, false)
                  select (scores, count, percent, usePercent);
        return Prop.ForAll(Arb.From(gen), t =>
        {
            var ranking = ByScore.Rank(t.scores.Select((s, i) => new Candidate("c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), s, false)));
            var quota = t.usePercent ? Quota.Percentage(t.percent) : Quota.Count(t.count);
            var selection = quota.Apply(ranking, t.scores.Count);
            return selection.Selected.Count <= selection.Limit
                && selection.Selected.Count + selection.TiedAtCut.Count + selection.NotSelected.Count == t.scores.Count
                && (selection.TiedAtCut.Count == 0 || selection.Selected.Count < selection.Limit);
        });
    }

    [Fact]
    public void Council_vote_counts_on_total_membership()
    {
        var rule = BuiltInRuleSets.Law2022Decree98.VoteRuleFor(AwardKind.MinistryProvinceEmulationFighter)!;
        Assert.Equal(90m, rule.ThresholdPercent);
        var short1 = rule.Decide(new CouncilVote(members: 19, present: 17, ballots: 19, inFavour: 17));
        Assert.False(short1.Passed);
        Assert.True(short1.QuorumMet);
        Assert.Contains("17/19", short1.Arithmetic, StringComparison.Ordinal);
        Assert.True(rule.Decide(new CouncilVote(19, 15, 19, 18)).Passed);
        var grassroots = BuiltInRuleSets.Law2022Decree98.VoteRuleFor(AwardKind.GrassrootsEmulationFighter)!;
        Assert.True(grassroots.Decide(new CouncilVote(10, 10, 10, 8)).Passed);
        Assert.False(grassroots.Decide(new CouncilVote(10, 6, 10, 10)).Passed);
        Assert.True(BuiltInRuleSets.Law2022Decree152.VoteRuleFor(AwardKind.GrassrootsEmulationFighter)!.Citation.Unconfirmed);
        Snapshot.Verify(short1);
    }

    [Fact]
    public void A_vote_with_more_ballots_than_members_is_an_error()
    {
        Assert.Equal("AWD-BALLOTS-EXCEED-MEMBERS", Assert.Throws<DomainRuleException>(() => new CouncilVote(10, 10, 11, 9)).RuleCode);
        Assert.Equal("AWD-VOTES-EXCEED-BALLOTS", Assert.Throws<DomainRuleException>(() => new CouncilVote(10, 10, 9, 10)).RuleCode);
    }

    [Fact]
    public void Bonuses_are_multiples_of_the_dated_base_salary_rounded_up_to_ten_thousand()
    {
        var schedule = BonusSchedule.Default;
        var advanced = schedule.BonusFor(AwardKind.AdvancedWorker, RecipientKinds.Individual, new LocalDate(2025, 1, 10));
        Assert.Equal(702_000m, advanced.Exact);
        Assert.Equal(VndAmount.FromDong(710_000), advanced.Amount);
        var before = schedule.BonusFor(AwardKind.AdvancedWorker, RecipientKinds.Individual, new LocalDate(2024, 6, 30));
        Assert.Equal(VndAmount.FromDong(540_000), before.Amount);
        Assert.Equal(VndAmount.FromDong(28_080_000), schedule.BonusFor(AwardKind.GovernmentEmulationFlag, RecipientKinds.Collective, new LocalDate(2025, 1, 10)).Amount);
        Assert.Equal(VndAmount.FromDong(10_530_000), schedule.BonusFor(AwardKind.NationalEmulationFighter, RecipientKinds.Individual, new LocalDate(2025, 1, 10)).Amount);
        Assert.True(schedule.CoefficientFor(AwardKind.MinistryProvinceCertificateOfMerit, RecipientKinds.Individual)!.Unconfirmed);
        Assert.Equal("AWD-NO-BASE-SALARY", Assert.Throws<DomainRuleException>(() => schedule.BonusFor(AwardKind.AdvancedWorker, RecipientKinds.Individual, new LocalDate(2010, 1, 1))).RuleCode);
        Snapshot.Verify(advanced.Explanation);
    }

    [Fact]
    public void Decision_counts_its_recipients()
    {
        var recipients = Enumerable.Range(0, 18).SelectMany(i => new[]
        {
            new AwardRecipient("c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), "Tập thể " + i.ToString(System.Globalization.CultureInfo.InvariantCulture), RecipientKinds.Collective, AwardKind.MinistryProvinceCertificateOfMerit, AwardNature.Thematic),
            new AwardRecipient("p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), "Cá nhân " + i.ToString(System.Globalization.CultureInfo.InvariantCulture), RecipientKinds.Individual, AwardKind.MinistryProvinceCertificateOfMerit, AwardNature.Thematic),
        });
        var decision = new AwardDecision(DocumentNumber.State(3406, "QĐ", "UBND"), new LocalDate(2025, 5, 20), new CommitteeId("92-UBND"), AuthorityLevel.MinistryOrProvince, recipients);
        Assert.Equal(18, decision.CollectiveCount);
        Assert.Equal(18, decision.IndividualCount);
        Assert.Equal("18 collectives and 18 individuals", decision.CountsText);
        var received = Assert.Single(decision.AwardsFor("p3", 2024));
        Assert.Equal(AwardNature.Thematic, received.Nature);
        Assert.False(received.CountsTowardsMerit);
    }

    [Property]
    public Property Adding_or_removing_a_year_of_data_never_turns_eligible_into_ineligible()
    {
        var kinds = AwardKind.All.Where(k => k.IsFor(RecipientKinds.Individual)).ToList();
        var gen = from index in Gen.Choose(0, 5000)
                  from year in Gen.Choose(2016, 2025)
                  from kind in Gen.Elements(kinds.ToArray())
                  select (index, year, kind);
        return Prop.ForAll(Arb.From(gen), t =>
        {
            var record = AwardRecords.Individual(t.index);
            var before = EligibilityEvaluator.BuiltIn.VerdictFor(record, t.kind, 2025);
            var removed = EligibilityEvaluator.BuiltIn.VerdictFor(record.WithoutYear(t.year), t.kind, 2025);
            var unknownAdded = record.YearOf(t.year) is null
                ? EligibilityEvaluator.BuiltIn.VerdictFor(record.WithYear(new ServiceYear(t.year, null)), t.kind, 2025)
                : before;
            return before != Verdict.Eligible || (removed != Verdict.Ineligible && unknownAdded != Verdict.Ineligible);
        });
    }

    [Property]
    public Property Removing_a_thematic_award_never_changes_a_merit_result()
    {
        var kinds = AwardKind.All.Where(k => k.IsFor(RecipientKinds.Individual)).ToList();
        var gen = from index in Gen.Choose(0, 5000)
                  from kind in Gen.Elements(kinds.ToArray())
                  select (index, kind);
        return Prop.ForAll(Arb.From(gen), t =>
        {
            var record = AwardRecords.Individual(t.index);
            var merit = record.WithAwards(record.Awards.Where(a => a.CountsTowardsMerit));
            return EligibilityEvaluator.BuiltIn.VerdictFor(record, t.kind, 2025) == EligibilityEvaluator.BuiltIn.VerdictFor(merit, t.kind, 2025);
        });
    }

    [Fact]
    public void Explained_verdicts_for_realistic_nominees()
    {
        var evaluator = EligibilityEvaluator.BuiltIn;
        var officer = Nominee.Person("Nguyễn Thị Lan, Ban Dân vận huyện").Since(2012)
            .Rated(2019, 2024, TaskRating.Good).Rated(2023, TaskRating.Excellent)
            .Title(AwardKind.MinistryProvinceCertificateOfMerit, 2019)
            .Title(AwardKind.GrassrootsEmulationFighter, 2021, 2022, 2024)
            .Thematic(AwardKind.MinistryProvinceCertificateOfMerit, 2022)
            .Build();
        var newcomer = Nominee.Person("Trần Văn Minh, cán bộ xã").Since(2024).Rated(2024, TaskRating.Excellent).Rated(2025, TaskRating.Excellent)
            .Initiative(2025, InitiativeScope.Grassroots).Build();
        var gap = Nominee.Person("Lê Văn Hùng").Rated(2022, 2025, TaskRating.Excellent)
            .Title(AwardKind.GrassrootsEmulationFighter, 2023, 2024, 2025).Initiative(2025, InitiativeScope.MinistryProvince).Build();
        var collective = Nominee.Collective("Ban Dân vận xã Tân Phú").Rated(2025, TaskRating.Excellent, new MembershipCounts(12, 10, 2, 12, 7, 0)).Build();
        Snapshot.Verify(new[]
        {
            evaluator.Evaluate(officer, AwardKind.PrimeMinisterCertificateOfMerit, 2024),
            evaluator.Evaluate(officer, AwardKind.LabourOrderThirdClass, 2024),
            evaluator.Evaluate(newcomer, AwardKind.GrassrootsEmulationFighter, 2025),
            evaluator.Evaluate(newcomer, AwardKind.MinistryProvinceCertificateOfMerit, 2025),
            evaluator.Evaluate(gap, AwardKind.MinistryProvinceEmulationFighter, 2025),
            evaluator.Evaluate(collective, AwardKind.ExcellentCollective, 2025),
        });
    }
}
