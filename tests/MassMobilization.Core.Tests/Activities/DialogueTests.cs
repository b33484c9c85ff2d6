using System;
using MassMobilization.Core.Activities;
using MassMobilization.Core.Quantities;
using NodaTime;
using Xunit;
using static MassMobilization.Core.Tests.Activities.ActivityFixtures;

namespace MassMobilization.Core.Tests.Activities;

public sealed class DialogueTests
{
    private static readonly LocalDate Held = new(2024, 6, 20);

    private static CommuneDialogue Yearly(LocalDate? notice, LocalDate? published) =>
        new(Dialogue(Held), CommuneDialogueReason.Yearly, null, null, notice, published);

    [Theory]
    [InlineData(6, VerdictOutcome.NotMet)]
    [InlineData(7, VerdictOutcome.Met)]
    [InlineData(8, VerdictOutcome.Met)]
    public void Notice_is_at_least_seven_days_before(int days, VerdictOutcome expected)
    {
        var verdict = CommuneDialogueRules.Default.CheckNotice(Yearly(Held.PlusDays(-days), null));
        Assert.Equal(expected, verdict.Outcome);
        Assert.Equal(ActivityRuleCodes.DialogueNotice, verdict.RuleCode);
        Assert.Equal("Law on Local Government 2025 art. 43", verdict.Clause);
    }

    [Theory]
    [InlineData(10, VerdictOutcome.Met)]
    [InlineData(11, VerdictOutcome.NotMet)]
    [InlineData(0, VerdictOutcome.Met)]
    public void Results_are_published_within_ten_days(int days, VerdictOutcome expected)
    {
        var verdict = CommuneDialogueRules.Default.CheckPublication(Yearly(null, Held.PlusDays(days)));
        Assert.Equal(expected, verdict.Outcome);
        Assert.Equal(ActivityRuleCodes.DialoguePublication, verdict.RuleCode);
    }

    [Fact]
    public void Unrecorded_dates_are_unknown()
    {
        var dialogue = Yearly(null, null);
        Assert.Equal(VerdictOutcome.Unknown, CommuneDialogueRules.Default.CheckNotice(dialogue).Outcome);
        Assert.Equal(VerdictOutcome.Unknown, CommuneDialogueRules.Default.CheckPublication(dialogue).Outcome);
        Assert.Equal(2, CommuneDialogueRules.Default.Check(dialogue).Count);
    }

    [Theory]
    [InlineData(99, 1000, VerdictOutcome.NotMet)]
    [InlineData(100, 1000, VerdictOutcome.Met)]
    [InlineData(101, 1000, VerdictOutcome.Met)]
    [InlineData(1, 10, VerdictOutcome.Met)]
    [InlineData(100, 1001, VerdictOutcome.NotMet)]
    [InlineData(0, 0, VerdictOutcome.NotApplicable)]
    public void A_dialogue_is_due_when_at_least_ten_percent_of_voters_ask(long asking, long voters, VerdictOutcome expected)
    {
        var verdict = CommuneDialogueRules.Default.CheckVoterRequest(asking, voters);
        Assert.Equal(expected, verdict.Outcome);
        Assert.Equal(ActivityRuleCodes.DialogueVoterRequest, verdict.RuleCode);
    }

    [Fact]
    public void A_dialogue_on_request_is_checked_for_the_request_too()
    {
        var onRequest = new CommuneDialogue(Dialogue(Held), CommuneDialogueReason.VotersRequest, 150, 1200, Held.PlusDays(-7), Held.PlusDays(10));
        var verdicts = CommuneDialogueRules.Default.Check(onRequest);
        Assert.Equal(3, verdicts.Count);
        Assert.All(verdicts, v => Assert.Equal(VerdictOutcome.Met, v.Outcome));
        Assert.Equal(ActivityRuleCodes.DialogueInvalid, Assert.Throws<DomainRuleException>(() => new CommuneDialogue(Dialogue(Held), CommuneDialogueReason.VotersRequest, 1300, 1200, null, null)).RuleCode);
        Assert.Equal(ActivityRuleCodes.DialogueInvalid, Assert.Throws<DomainRuleException>(() => new CommuneDialogue(Dialogue(Held), CommuneDialogueReason.VotersRequest, null, null, null, null)).RuleCode);
        Assert.Equal(ActivityRuleCodes.DialogueInvalid, Assert.Throws<DomainRuleException>(() => new CommuneDialogue(Dialogue(Held), CommuneDialogueReason.Yearly, 5, 100, null, null)).RuleCode);
        Assert.Equal(ActivityRuleCodes.DialogueInvalid, Assert.Throws<DomainRuleException>(() => Yearly(Held.PlusDays(1), null)).RuleCode);
        Assert.Equal(ActivityRuleCodes.DialogueInvalid, Assert.Throws<DomainRuleException>(() => Yearly(null, Held.PlusDays(-1))).RuleCode);
        Assert.Equal(ActivityRuleCodes.DialogueInvalid, Assert.Throws<DomainRuleException>(() => CommuneDialogueRules.Default.CheckVoterRequest(11, 10)).RuleCode);
    }

    [Fact]
    public void At_least_one_dialogue_a_year_and_a_missing_report_is_unknown()
    {
        var rules = CommuneDialogueRules.Default;
        Assert.Equal(VerdictOutcome.Unknown, rules.CheckYear(Commune, 2024, null).Outcome);
        Assert.Equal(VerdictOutcome.NotMet, rules.CheckYear(Commune, 2024, new CommuneDialogueYear(Commune, 2024, [])).Outcome);
        Assert.Equal(VerdictOutcome.Met, rules.CheckYear(Commune, 2024, new CommuneDialogueYear(Commune, 2024, [Yearly(null, null)])).Outcome);
        Assert.Throws<ArgumentException>(() => new CommuneDialogueYear(Commune, 2023, [Yearly(null, null)]));
        Assert.Throws<ArgumentException>(() => rules.CheckYear(Commune, 2023, new CommuneDialogueYear(Commune, 2024, [])));
    }

    [Fact]
    public void A_dialogue_records_topic_host_participants_and_recommendations()
    {
        var dialogue = Dialogue(Held);
        Assert.Equal("Giải phóng mặt bằng", dialogue.Topic);
        Assert.Equal(120, dialogue.Participants);
        Assert.Equal([Id("r-1")], dialogue.RecommendationIds);
        Assert.Contains(new ActivityQuantity(ActivityMeasures.Recommendations, 1), dialogue.Quantities);
        Assert.Throws<ArgumentException>(() => new Dialogue(Id("d"), Commune, Held, "t", "h", 1, [Id("r"), Id("r")]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Dialogue(Id("d"), Commune, Held, "t", "h", -1, []));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CommuneDialogueRules(1, Ratio.Of(0, 10), 7, 10));
        Assert.Equal(Ratio.Of(1, 10), CommuneDialogueRules.Default.VoterRequestShare);
    }
}
