using System;
using MassMobilization.Core.Awards;
using NodaTime;
using Xunit;

namespace MassMobilization.Core.Tests.Awards;

/// <summary>
/// Rule sets: the validation of legal data and the boundaries of the days in force that mutation testing found
/// unexercised (issue 21).
/// </summary>
public sealed class RuleSetValidationTests
{
    private static readonly RuleSet Old = BuiltInRuleSets.Law2003Decree91;

    private static RuleSet Copy(LocalDate from, LocalDate? until, LegalCitation[]? basis = null) =>
        new("TEST", "Test rule set", basis ?? [.. Old.LegalBasis], from, until, [.. Old.Criteria], [.. Old.Quotas], [.. Old.VoteRules]);

    [Fact]
    public void A_rule_set_is_in_force_from_its_first_day_to_its_last_day_inclusive()
    {
        Assert.False(Old.IsInForceOn(new LocalDate(2017, 7, 30)));
        Assert.True(Old.IsInForceOn(new LocalDate(2017, 7, 31)));
        Assert.True(Old.IsInForceOn(new LocalDate(2023, 12, 31)));
        Assert.False(Old.IsInForceOn(new LocalDate(2024, 1, 1)));
        Assert.True(Copy(new LocalDate(2024, 1, 1), null).IsInForceOn(new LocalDate(9999, 12, 31)));
    }

    [Fact]
    public void A_rule_set_may_last_one_day_but_not_end_before_it_starts()
    {
        var day = new LocalDate(2024, 1, 1);
        var exception = Assert.Throws<ArgumentException>(() => Copy(day, day.PlusDays(-1)));

        Assert.Equal("effectiveUntil", exception.ParamName);
        Assert.Contains("2023-12-31", exception.Message, StringComparison.Ordinal);
        Assert.True(Copy(day, day).IsInForceOn(day));
    }

    [Fact]
    public void A_rule_set_without_a_legal_basis_is_rejected()
    {
        var exception = Assert.Throws<ArgumentException>(() => Copy(new LocalDate(2024, 1, 1), null, []));

        Assert.Equal("legalBasis", exception.ParamName);
    }

    [Fact]
    public void A_rule_set_with_two_sets_of_criteria_for_one_kind_is_rule_AWD_DUPLICATE_KIND()
    {
        var criteria = Old.Criteria[0];
        var exception = Assert.Throws<DomainRuleException>(() =>
            new RuleSet("TEST", "Test", [.. Old.LegalBasis], new LocalDate(2024, 1, 1), null, [criteria, criteria], [], []));

        Assert.Equal(AwardRuleCodes.DuplicateKind, exception.RuleCode);
        Assert.Contains(criteria.Kind.Code, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_set_with_two_quotas_for_one_kind_is_rule_AWD_DUPLICATE_KIND()
    {
        Assert.NotEmpty(Old.Quotas);
        var quota = Old.Quotas[0];
        var exception = Assert.Throws<DomainRuleException>(() =>
            new RuleSet("TEST", "Test", [.. Old.LegalBasis], new LocalDate(2024, 1, 1), null, [], [quota, quota], []));

        Assert.Equal(AwardRuleCodes.DuplicateKind, exception.RuleCode);
    }
}
