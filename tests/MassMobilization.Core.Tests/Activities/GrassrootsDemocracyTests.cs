using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using MassMobilization.Core.Activities;
using MassMobilization.Core.Organization;
using NodaTime;
using Xunit;
using static MassMobilization.Core.Tests.Activities.ActivityFixtures;

namespace MassMobilization.Core.Tests.Activities;

public sealed class GrassrootsDemocracyTests
{
    private static readonly LocalDate VoteDay = new(2024, 5, 12);

    private static CommunityVote Vote(CommunityVoteKind kind, int households, int voting, int yes, LocalDate? posted = null) =>
        new(Id("v"), VillageA, VillageExists, VoteDay, kind, households, voting, yes, posted);

    [Theory]
    [InlineData(300, 200, VerdictOutcome.Met)]
    [InlineData(300, 199, VerdictOutcome.NotMet)]
    [InlineData(301, 201, VerdictOutcome.Met)]
    [InlineData(301, 200, VerdictOutcome.NotMet)]
    [InlineData(3, 2, VerdictOutcome.Met)]
    public void Contributions_need_two_thirds_of_all_households(int households, int yes, VerdictOutcome expected)
    {
        var verdict = CommunityVoteRules.Evaluate(Vote(CommunityVoteKind.Contributions, households, households, yes));
        Assert.Equal(expected, verdict.Outcome);
        Assert.Equal(ActivityRuleCodes.ContributionsTwoThirds, verdict.DecidedBy.RuleCode);
        Assert.Equal(CommunityVoteRules.ContributionsClause, verdict.DecidedBy.Clause);
    }

    [Fact]
    public void Contributions_count_all_households_not_only_those_voting()
    {
        Assert.False(CommunityVoteRules.Evaluate(Vote(CommunityVoteKind.Contributions, 300, 200, 199)).Passes);
        Assert.True(CommunityVoteRules.Evaluate(Vote(CommunityVoteKind.Contributions, 300, 200, 200)).Passes);
    }

    [Theory]
    [InlineData(100, 50, VerdictOutcome.NotMet)]
    [InlineData(100, 51, VerdictOutcome.Met)]
    [InlineData(101, 51, VerdictOutcome.Met)]
    [InlineData(101, 50, VerdictOutcome.NotMet)]
    public void A_meeting_vote_needs_more_than_half_of_those_present(int present, int yes, VerdictOutcome expected)
    {
        var verdict = CommunityVoteRules.Evaluate(Vote(CommunityVoteKind.MeetingVote, 400, present, yes));
        Assert.Equal(expected, verdict.Outcome);
        Assert.Equal(ActivityRuleCodes.MeetingMajority, verdict.DecidedBy.RuleCode);
        Assert.Equal(CommunityVoteRules.MeetingClause, verdict.DecidedBy.Clause);
    }

    [Theory]
    [InlineData(29, 200, VerdictOutcome.NotMet, ActivityRuleCodes.ConventionDraftPosted)]
    [InlineData(30, 200, VerdictOutcome.NotMet, ActivityRuleCodes.ConventionMajority)]
    [InlineData(30, 201, VerdictOutcome.Met, ActivityRuleCodes.ConventionMajority)]
    [InlineData(45, 201, VerdictOutcome.Met, ActivityRuleCodes.ConventionMajority)]
    [InlineData(29, 201, VerdictOutcome.NotMet, ActivityRuleCodes.ConventionDraftPosted)]
    public void A_convention_needs_a_majority_of_households_and_a_draft_posted_thirty_days(int daysPosted, int yes, VerdictOutcome expected, string decidingRule)
    {
        var verdict = CommunityVoteRules.Evaluate(Vote(CommunityVoteKind.VillageConvention, 400, 380, yes, VoteDay.PlusDays(-daysPosted)));
        Assert.Equal(expected, verdict.Outcome);
        Assert.Equal(decidingRule, verdict.DecidedBy.RuleCode);
        Assert.Equal(2, verdict.Verdicts.Count);
    }

    [Fact]
    public void A_convention_without_a_posting_date_is_unknown_unless_the_vote_fails()
    {
        Assert.Equal(VerdictOutcome.Unknown, CommunityVoteRules.Evaluate(Vote(CommunityVoteKind.VillageConvention, 400, 380, 300)).Outcome);
        Assert.Equal(VerdictOutcome.NotMet, CommunityVoteRules.Evaluate(Vote(CommunityVoteKind.VillageConvention, 400, 380, 100)).Outcome);
        Assert.Throws<ArgumentException>(() => Vote(CommunityVoteKind.MeetingVote, 400, 380, 100, VoteDay.PlusDays(-40)));
    }

    [Fact]
    public void Impossible_counts_and_dates_are_refused()
    {
        Assert.Equal(ActivityRuleCodes.VotesExceedRepresentatives, Assert.Throws<DomainRuleException>(() => Vote(CommunityVoteKind.MeetingVote, 400, 100, 101)).RuleCode);
        Assert.Equal(ActivityRuleCodes.VotesExceedRepresentatives, Assert.Throws<DomainRuleException>(() => Vote(CommunityVoteKind.Contributions, 100, 101, 50)).RuleCode);
        var young = ValidityPeriod.From(VoteDay.PlusDays(1));
        Assert.Equal(ActivityRuleCodes.VillageNotInExistence, Assert.Throws<DomainRuleException>(() => new CommunityVote(Id("v"), VillageA, young, VoteDay, CommunityVoteKind.MeetingVote, 10, 5, 3, null)).RuleCode);
        _ = new CommunityVote(Id("v"), VillageA, ValidityPeriod.From(VoteDay), VoteDay, CommunityVoteKind.MeetingVote, 10, 5, 3, null);
        Assert.Equal("households", Assert.Throws<ArgumentOutOfRangeException>(() => Vote(CommunityVoteKind.MeetingVote, 0, 0, 0)).ParamName);
    }

    [Fact]
    public void Thresholds_agree_with_exact_fractions()
    {
        var gen = Gen.Choose(1, 2000).SelectMany(h => Gen.Choose(0, h).Select(y => (h, y)));
        Prop.ForAll(gen.ToArbitrary(), c =>
        {
            bool twoThirds = CommunityVoteRules.Evaluate(Vote(CommunityVoteKind.Contributions, c.h, c.h, c.y)).Passes;
            bool half = CommunityVoteRules.Evaluate(Vote(CommunityVoteKind.MeetingVote, c.h, c.h, c.y)).Passes;
            return twoThirds == ((decimal)c.y / c.h >= 2m / 3m || 3 * c.y == 2 * c.h) && half == (2 * c.y > c.h);
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData(4, false)]
    [InlineData(5, true)]
    public void An_inspection_board_has_at_least_five_members(int members, bool valid)
    {
        var term = ValidityPeriod.Between(VoteDay, VoteDay.PlusYears(2).PlusDays(-1));
        PeoplesInspectionBoard Create() => new(Id("pib"), Commune, VoteDay, term, [VillageA, VillageB], Members(members), InspectionBoardPolicy.Default);
        if (valid)
        {
            Assert.Equal(members, Create().Members.Count);
        }
        else
        {
            Assert.Equal(ActivityRuleCodes.InspectionBoardTooSmall, Assert.Throws<DomainRuleException>(Create).RuleCode);
        }
    }

    [Theory]
    [InlineData(9, 2, true)]
    [InlineData(9, 3, false)]
    [InlineData(8, 1, true)]
    [InlineData(8, 2, false)]
    [InlineData(12, 2, true)]
    public void Deputies_depend_on_the_board_size(int members, int deputies, bool valid)
    {
        var term = ValidityPeriod.From(VoteDay);
        PeoplesInspectionBoard Create() => new(Id("pib"), Commune, VoteDay, term, [VillageA, VillageB], Members(members, deputies), InspectionBoardPolicy.Default);
        if (valid)
        {
            Assert.Equal(deputies, Create().Members.Count(m => m.Role == BoardRole.DeputyHead));
        }
        else
        {
            var error = Assert.Throws<DomainRuleException>(Create);
            Assert.Equal(ActivityRuleCodes.InspectionBoardDeputies, error.RuleCode);
            Assert.Equal(members < 9, error.Message.Contains("unconfirmed", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_deputies_below_nine_are_configuration()
    {
        var policy = new InspectionBoardPolicy(5, 9, 2, 2, true);
        var board = new PeoplesInspectionBoard(Id("pib"), Commune, VoteDay, ValidityPeriod.From(VoteDay), [VillageA, VillageB], Members(8, 2), policy);
        Assert.Equal(policy, board.Policy);
        Assert.False(InspectionBoardPolicy.Default.IsBelowThresholdConfirmed);
        Assert.Equal(1, InspectionBoardPolicy.Default.MaximumDeputies(8));
        Assert.Equal(2, InspectionBoardPolicy.Default.MaximumDeputies(9));
    }

    [Fact]
    public void Every_village_is_represented_and_there_is_one_head()
    {
        var term = ValidityPeriod.From(VoteDay);
        var villageC = new UnitCode("22936-03");
        Assert.Equal(ActivityRuleCodes.InspectionBoardVillages, Assert.Throws<DomainRuleException>(() => new PeoplesInspectionBoard(Id("p"), Commune, VoteDay, term, [VillageA, VillageB, villageC], Members(5), InspectionBoardPolicy.Default)).RuleCode);
        Assert.Equal(ActivityRuleCodes.InspectionBoardVillages, Assert.Throws<DomainRuleException>(() => new PeoplesInspectionBoard(Id("p"), Commune, VoteDay, term, [VillageA], Members(5), InspectionBoardPolicy.Default)).RuleCode);
        var headless = Members(5).Select(m => new BoardMember(m.Name, BoardRole.Member, m.Village)).ToArray();
        Assert.Equal(ActivityRuleCodes.InspectionBoardHead, Assert.Throws<DomainRuleException>(() => new PeoplesInspectionBoard(Id("p"), Commune, VoteDay, term, [VillageA, VillageB], headless, InspectionBoardPolicy.Default)).RuleCode);
        Assert.Equal("electedOn", Assert.Throws<ArgumentException>(() => new PeoplesInspectionBoard(Id("p"), Commune, VoteDay.PlusDays(-1), term, [VillageA, VillageB], Members(5), InspectionBoardPolicy.Default)).ParamName);
    }

    [Theory]
    [InlineData(4, false)]
    [InlineData(5, true)]
    [InlineData(7, true)]
    [InlineData(8, false)]
    public void An_investment_supervision_board_has_five_to_seven_members(int members, bool valid)
    {
        CommunityInvestmentSupervisionBoard Create() => new(Id("b"), Commune, "Đường thôn", VoteDay, ValidityPeriod.From(VoteDay), Members(members));
        if (valid)
        {
            Assert.Equal(members, Create().Members.Count);
        }
        else
        {
            Assert.Equal(ActivityRuleCodes.InvestmentBoardSize, Assert.Throws<DomainRuleException>(Create).RuleCode);
        }
    }

    [Fact]
    public void Disclosure_deadline_counts_working_days_and_is_marked_unconfirmed()
    {
        var policy = DisclosurePolicy.Default;
        var friday = new LocalDate(2024, 5, 10);
        Assert.Equal(new LocalDate(2024, 5, 17), policy.DeadlineFor(friday));
        Assert.Contains("unconfirmed", policy.Clause, StringComparison.Ordinal);
        var withHoliday = new DisclosurePolicy(5, false, [new LocalDate(2024, 5, 13)]);
        Assert.Equal(new LocalDate(2024, 5, 20), withHoliday.DeadlineFor(friday));
        Assert.Equal(VerdictOutcome.Met, policy.Check(new DisclosureItem(Id("d"), Commune, "Dự toán", friday, new LocalDate(2024, 5, 17))).Outcome);
        Assert.Equal(VerdictOutcome.NotMet, policy.Check(new DisclosureItem(Id("d"), Commune, "Dự toán", friday, new LocalDate(2024, 5, 18))).Outcome);
        Assert.Equal(VerdictOutcome.Unknown, policy.Check(new DisclosureItem(Id("d"), Commune, "Dự toán", friday, null)).Outcome);
        Assert.Equal(new LocalDate(2024, 5, 24), new DisclosurePolicy(10, false, []).DeadlineFor(friday));
        Assert.Throws<ArgumentException>(() => new DisclosureItem(Id("d"), Commune, "Dự toán", friday, friday.PlusDays(-1)));
    }
}
