using System;
using System.Linq;
using MassMobilization.Core.Awards;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Organization;
using NodaTime;
using Xunit;

namespace MassMobilization.Core.Tests.Awards;

/// <summary>
/// Award decisions: the checks and period boundaries that mutation testing found unexercised (issue 21):
/// no recipient, a recipient named twice, the day the deciding authorities change, and the counts' wording.
/// </summary>
public sealed class AwardDecisionValidationTests
{
    private static readonly DocumentNumber Number = DocumentNumber.State(3406, "QĐ", "UBND");
    private static readonly CommitteeId Body = new("92-UBND");

    private static AwardRecipient Recipient(string id, RecipientKinds kind, AwardKind award) => new(id, "Người " + id, kind, award, AwardNature.Merit);

    [Fact]
    public void A_decision_without_recipients_is_rejected()
    {
        var exception = Assert.Throws<ArgumentException>(() => new AwardDecision(Number, new LocalDate(2025, 5, 20), Body, AuthorityLevel.MinistryOrProvince, []));

        Assert.Equal("recipients", exception.ParamName);
    }

    [Fact]
    public void A_recipient_named_twice_for_one_award_is_rejected_but_two_awards_for_one_recipient_are_allowed()
    {
        var merit = AwardKind.MinistryProvinceCertificateOfMerit;
        var duplicate = Assert.Throws<DomainRuleException>(() => new AwardDecision(Number, new LocalDate(2025, 5, 20), Body, AuthorityLevel.MinistryOrProvince, [Recipient("p1", RecipientKinds.Individual, merit), Recipient("p2", RecipientKinds.Individual, merit), Recipient("p1", RecipientKinds.Individual, merit)]));
        var fighter = AwardKind.MinistryProvinceEmulationFighter;
        var both = new AwardDecision(Number, new LocalDate(2025, 5, 20), Body, AuthorityLevel.MinistryOrProvince, [Recipient("p1", RecipientKinds.Individual, merit), Recipient("p1", RecipientKinds.Individual, fighter)]);

        Assert.Equal(AwardRuleCodes.DuplicateRecipient, duplicate.RuleCode);
        Assert.Contains("'p1'", duplicate.Message, StringComparison.Ordinal);
        Assert.Equal(2, both.AwardsFor("p1", 2024).Count);
        Assert.Empty(both.AwardsFor("p2", 2024));
    }

    [Fact]
    public void On_the_day_the_deciding_authorities_change_a_decision_follows_the_new_ones()
    {
        // Every award and level whose right to decide starts or ends on some day: the day before and the day itself differ.
        var changes = (from kind in AwardKind.All
                       from authority in kind.Authorities
                       from day in new[] { authority.From, authority.Until?.PlusDays(1) }
                       where day is not null
                       select (Kind: kind, authority.Level, Day: day!.Value)).Distinct().ToList();
        Assert.NotEmpty(changes);
        foreach (var (kind, level, day) in changes)
        {
            bool before = kind.AuthoritiesOn(day.PlusDays(-1)).Any(a => a.Level == level);
            bool on = kind.AuthoritiesOn(day).Any(a => a.Level == level);
            var recipientKind = kind.IsFor(RecipientKinds.Individual) ? RecipientKinds.Individual : RecipientKinds.Collective;
            if (!kind.IsFor(recipientKind))
            {
                continue;
            }

            var recipient = Recipient("r1", recipientKind, kind);
            foreach (var (date, allowed) in new[] { (day.PlusDays(-1), before), (day, on) })
            {
                if (allowed)
                {
                    Assert.Equal(date, new AwardDecision(Number, date, Body, level, [recipient]).Date);
                }
                else
                {
                    Assert.Equal(AwardRuleCodes.AuthorityMismatch, Assert.Throws<DomainRuleException>(() => new AwardDecision(Number, date, Body, level, [recipient])).RuleCode);
                }
            }
        }
    }

    [Fact]
    public void The_counts_are_worded_with_singulars_plurals_commas_and_and()
    {
        var merit = AwardKind.MinistryProvinceCertificateOfMerit;
        var one = new AwardDecision(Number, new LocalDate(2025, 5, 20), Body, AuthorityLevel.MinistryOrProvince, [Recipient("c1", RecipientKinds.Collective, merit)]);
        var three = new AwardDecision(Number, new LocalDate(2025, 5, 20), Body, AuthorityLevel.MinistryOrProvince, [Recipient("c1", RecipientKinds.Collective, merit), Recipient("p1", RecipientKinds.Individual, merit), Recipient("p2", RecipientKinds.Individual, merit)]);

        Assert.Equal("1 collective", one.CountsText);
        Assert.Equal("1 collective and 2 individuals", three.CountsText);
        Assert.Equal((1, 2, 0, 0), (three.CollectiveCount, three.IndividualCount, three.HouseholdCount, three.ModelCount));
        Assert.Equal("3406/QĐ-UBND of 2025-05-20: 1 collective and 2 individuals", three.ToString());
    }
}
