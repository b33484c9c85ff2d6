using System;
using System.Linq;
using MassMobilization.Core.Activities;
using MassMobilization.Core.Quantities;
using NodaTime;
using Xunit;
using static MassMobilization.Core.Tests.Activities.ActivityFixtures;

namespace MassMobilization.Core.Tests.Activities;

public sealed class ReceptionTests
{
    private static readonly YearMonth March2024 = new(2024, 3);

    [Fact]
    public void A_reception_keeps_its_counts_and_ratio()
    {
        var reception = new CitizenReception(Id("r"), ProvincialSecretary, new LocalDate(2024, 3, 15), ReceptionKind.Periodic, AdHocTrigger.None, 314, 301, ["đất đai", "môi trường"]);
        Assert.Equal(Ratio.Of(301, 314), reception.ReceivedOfAsked);
        Assert.Equal(Province, reception.Unit);
        Assert.Contains(new ActivityQuantity(ActivityMeasures.CitizensReceived, 301), reception.Quantities);
        Assert.Equal(2, reception.Issues.Count);
        Assert.Equal(314, reception.CitizensAsked);
    }

    [Fact]
    public void Received_may_equal_asked_but_never_exceed_it()
    {
        _ = Periodic(CommuneSecretary, new LocalDate(2024, 3, 1), "ok", 5, 5);
        var error = Assert.Throws<DomainRuleException>(() => Periodic(CommuneSecretary, new LocalDate(2024, 3, 1), "bad", 5, 6));
        Assert.Equal(ActivityRuleCodes.ReceivedExceedsAsked, error.RuleCode);
    }

    [Fact]
    public void Ad_hoc_receptions_need_a_trigger_and_periodic_ones_have_none()
    {
        var day = new LocalDate(2024, 3, 1);
        _ = new CitizenReception(Id("a"), CommuneSecretary, day, ReceptionKind.AdHoc, AdHocTrigger.SecurityAndOrder, 40, 40, []);
        Assert.Equal(ActivityRuleCodes.ReceptionTrigger, Assert.Throws<DomainRuleException>(() => new CitizenReception(Id("b"), CommuneSecretary, day, ReceptionKind.AdHoc, AdHocTrigger.None, 1, 1, [])).RuleCode);
        Assert.Equal(ActivityRuleCodes.ReceptionTrigger, Assert.Throws<DomainRuleException>(() => new CitizenReception(Id("c"), CommuneSecretary, day, ReceptionKind.Periodic, AdHocTrigger.ComplexProlongedCase, 1, 1, [])).RuleCode);
        Assert.Equal("citizensAsked", Assert.Throws<ArgumentOutOfRangeException>(() => new CitizenReception(Id("d"), CommuneSecretary, day, ReceptionKind.Periodic, AdHocTrigger.None, -1, 0, [])).ParamName);
        Assert.Equal("issues", Assert.Throws<ArgumentException>(() => new CitizenReception(Id("e"), CommuneSecretary, day, ReceptionKind.Periodic, AdHocTrigger.None, 1, 1, [" "])).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new CitizenReception(default, CommuneSecretary, day, ReceptionKind.Periodic, AdHocTrigger.None, 1, 1, [])).ParamName);
    }

    [Fact]
    public void The_rule_set_changes_on_2025_11_23()
    {
        var rules = ReceptionRuleCatalogue.BuiltIn;
        Assert.Equal("11-QĐi/TW-2019", rules.ForDate(new LocalDate(2025, 11, 22)).Id);
        Assert.Equal("215-KL/TW-2025", rules.ForDate(new LocalDate(2025, 11, 23)).Id);
        Assert.Equal(1, rules.ForDate(new LocalDate(2025, 11, 22)).MinimumDaysFor(ReceptionLevel.District));
        Assert.Null(rules.ForDate(new LocalDate(2025, 11, 23)).MinimumDaysFor(ReceptionLevel.District));
        Assert.Equal(2, rules.ForDate(new LocalDate(2025, 11, 23)).MinimumDaysFor(ReceptionLevel.Commune));
        Assert.Equal(1, rules.ForDate(new LocalDate(2025, 11, 23)).MinimumDaysFor(ReceptionLevel.Province));
        Assert.Equal(ActivityRuleCodes.RuleSetMissing, Assert.Throws<DomainRuleException>(() => rules.ForDate(new LocalDate(2019, 2, 17))).RuleCode);
    }

    [Fact]
    public void District_heads_have_a_requirement_until_the_amendment_and_none_after()
    {
        var rules = ReceptionRuleCatalogue.BuiltIn;
        var october = ReceptionCompliance.Evaluate(DistrictSecretary, new YearMonth(2025, 10), new ReceptionMonthReport(DistrictSecretary, new YearMonth(2025, 10), []), rules);
        Assert.Equal(VerdictOutcome.NotMet, october.Outcome);
        Assert.Equal(1, october.ShortBy);
        var december = ReceptionCompliance.Evaluate(DistrictSecretary, new YearMonth(2025, 12), new ReceptionMonthReport(DistrictSecretary, new YearMonth(2025, 12), []), rules);
        Assert.Equal(VerdictOutcome.NotApplicable, december.Outcome);
        Assert.Null(december.ShortBy);
        Assert.Equal("215-KL/TW-2025", december.RuleSetId);
    }

    [Fact]
    public void Commune_heads_need_two_days_a_month_and_are_told_how_short_they_are()
    {
        var rules = ReceptionRuleCatalogue.BuiltIn;
        var one = new ReceptionMonthReport(CommuneSecretary, March2024, [Periodic(CommuneSecretary, new LocalDate(2024, 3, 4), "a"), Periodic(CommuneSecretary, new LocalDate(2024, 3, 4), "b")]);
        var verdict = ReceptionCompliance.Evaluate(CommuneSecretary, March2024, one, rules);
        Assert.Equal(VerdictOutcome.NotMet, verdict.Outcome);
        Assert.Equal(1, verdict.HeldDays);
        Assert.Equal(1, verdict.ShortBy);
        Assert.Contains("short by 1", verdict.Verdict.Explanation, StringComparison.Ordinal);
        Assert.Equal(ActivityRuleCodes.ReceptionFrequency, verdict.Verdict.RuleCode);

        var two = new ReceptionMonthReport(CommuneSecretary, March2024, [Periodic(CommuneSecretary, new LocalDate(2024, 3, 4), "a"), Periodic(CommuneSecretary, new LocalDate(2024, 3, 18), "b")]);
        var met = ReceptionCompliance.Evaluate(CommuneSecretary, March2024, two, rules);
        Assert.Equal(VerdictOutcome.Met, met.Outcome);
        Assert.Equal(0, met.ShortBy);
    }

    [Fact]
    public void Ad_hoc_receptions_do_not_count_towards_the_monthly_days()
    {
        var adHoc = new CitizenReception(Id("x"), ProvincialSecretary, new LocalDate(2024, 3, 9), ReceptionKind.AdHoc, AdHocTrigger.ManyPeopleOrAgencies, 50, 50, []);
        var report = new ReceptionMonthReport(ProvincialSecretary, March2024, [adHoc]);
        Assert.Equal(0, report.PeriodicReceptionDays);
        Assert.Equal(VerdictOutcome.NotMet, ReceptionCompliance.Evaluate(ProvincialSecretary, March2024, report, ReceptionRuleCatalogue.BuiltIn).Outcome);
    }

    [Fact]
    public void No_report_is_unknown_and_a_report_of_zero_is_not_met()
    {
        var rules = ReceptionRuleCatalogue.BuiltIn;
        var unknown = ReceptionCompliance.Evaluate(ProvincialSecretary, March2024, null, rules);
        Assert.Equal(VerdictOutcome.Unknown, unknown.Outcome);
        Assert.Null(unknown.HeldDays);
        Assert.Null(unknown.ShortBy);
        var zero = ReceptionCompliance.Evaluate(ProvincialSecretary, March2024, new ReceptionMonthReport(ProvincialSecretary, March2024, []), rules);
        Assert.Equal(VerdictOutcome.NotMet, zero.Outcome);
        Assert.Equal(1, zero.ShortBy);
    }

    [Fact]
    public void Every_head_and_month_gets_a_verdict()
    {
        var reports = new[] { new ReceptionMonthReport(ProvincialSecretary, new YearMonth(2024, 1), [Periodic(ProvincialSecretary, new LocalDate(2024, 1, 10), "p1")]) };
        var verdicts = ReceptionCompliance.EvaluateAll([ProvincialSecretary, CommuneSecretary], new YearMonth(2024, 1), new YearMonth(2024, 3), reports, ReceptionRuleCatalogue.BuiltIn);
        Assert.Equal(6, verdicts.Count);
        Assert.Equal([VerdictOutcome.Met, VerdictOutcome.Unknown, VerdictOutcome.Unknown], verdicts.Take(3).Select(v => v.Outcome));
        Assert.All(verdicts.Skip(3), v => Assert.Equal(VerdictOutcome.Unknown, v.Outcome));
        Assert.Throws<ArgumentException>(() => ReceptionCompliance.EvaluateAll([ProvincialSecretary], new YearMonth(2024, 1), new YearMonth(2024, 1), [reports[0], reports[0]], ReceptionRuleCatalogue.BuiltIn));
    }

    [Fact]
    public void A_report_holds_only_its_heads_receptions_in_its_month()
    {
        Assert.Equal(ActivityRuleCodes.ReceptionOutsideReport, Assert.Throws<DomainRuleException>(() => new ReceptionMonthReport(CommuneSecretary, March2024, [Periodic(CommuneSecretary, new LocalDate(2024, 4, 1), "a")])).RuleCode);
        Assert.Equal(ActivityRuleCodes.ReceptionOutsideReport, Assert.Throws<DomainRuleException>(() => new ReceptionMonthReport(CommuneSecretary, March2024, [Periodic(ProvincialSecretary, new LocalDate(2024, 3, 1), "a")])).RuleCode);
    }

    [Fact]
    public void New_versions_are_data_and_may_not_overlap()
    {
        var later = new ReceptionRuleSet("future", "A later amendment", new LocalDate(2030, 1, 1), null, [new(ReceptionLevel.Commune, 3)]);
        Assert.Equal(ActivityRuleCodes.RuleSetOverlap, Assert.Throws<DomainRuleException>(() => ReceptionRuleCatalogue.BuiltIn.With(later)).RuleCode);
        var closed = new ReceptionRuleSet("215-KL/TW-2025", "Conclusion 215-KL/TW", new LocalDate(2025, 11, 23), new LocalDate(2029, 12, 31), [new(ReceptionLevel.Province, 1), new(ReceptionLevel.Commune, 2)]);
        var catalogue = new ReceptionRuleCatalogue([ReceptionRuleCatalogue.BuiltIn.Sets[0], closed]).With(later);
        Assert.Equal(3, catalogue.ForDate(new LocalDate(2030, 6, 1)).MinimumDaysFor(ReceptionLevel.Commune));
        var verdict = ReceptionCompliance.Evaluate(CommuneSecretary, new YearMonth(2030, 6), new ReceptionMonthReport(CommuneSecretary, new YearMonth(2030, 6), [Periodic(CommuneSecretary, new LocalDate(2030, 6, 2), "a"), Periodic(CommuneSecretary, new LocalDate(2030, 6, 9), "b")]), catalogue);
        Assert.Equal(1, verdict.ShortBy);
        Assert.Equal("A later amendment", verdict.Verdict.Clause);
        Assert.Throws<ArgumentException>(() => new ReceptionRuleSet("x", "y", new LocalDate(2030, 1, 1), null, [new(ReceptionLevel.Commune, 3), new(ReceptionLevel.Commune, 2)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReceptionRequirement(ReceptionLevel.Commune, 0));
    }
}
