using System;
using MassMobilization.Core.Organization;
using NodaTime;
using Xunit;
using static MassMobilization.Core.Tests.Organization.ChartTestData;

namespace MassMobilization.Core.Tests.Organization;

public sealed class ChartValidationTests
{
    private static readonly LocalDate Mid = new(2015, 1, 1);

    [Fact]
    public void Self_parent_is_rejected()
    {
        var error = Assert.Throws<DomainRuleException>(() => Unit("01", UnitKind.Province, "01", Origin));
        Assert.Equal(OrganizationRuleCodes.SelfParent, error.RuleCode);
        Assert.Contains("01", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_units_holding_one_code_from_the_same_day_are_rejected()
    {
        var builder = OrganizationChart.CreateBuilder()
            .AddUnit(Unit("01", UnitKind.Province, null, Origin))
            .AddUnit(Unit("01", UnitKind.CentrallyRunCity, null, Origin, LastOld));
        AssertRule(builder, OrganizationRuleCodes.DuplicateCode, "01", "2008-08-01");
    }

    [Fact]
    public void Overlapping_versions_of_one_code_are_rejected()
    {
        var builder = OrganizationChart.CreateBuilder()
            .AddUnit(Unit("01", UnitKind.Province, null, Origin, LastOld))
            .AddUnit(Unit("01", UnitKind.CentrallyRunCity, null, Mid));
        AssertRule(builder, OrganizationRuleCodes.OverlappingVersions, "01", "2015-01-01");
    }

    [Fact]
    public void An_unknown_parent_is_rejected()
    {
        var builder = OrganizationChart.CreateBuilder()
            .AddUnit(Unit("00001", UnitKind.Commune, "099", Origin));
        AssertRule(builder, OrganizationRuleCodes.UnknownParent, "00001", "099");
    }

    [Fact]
    public void A_parent_that_ends_before_its_child_is_rejected()
    {
        var builder = OrganizationChart.CreateBuilder()
            .AddUnit(Unit("001", UnitKind.RuralDistrict, null, Origin, LastOld))
            .AddUnit(Unit("00001", UnitKind.Commune, "001", Origin));
        AssertRule(builder, OrganizationRuleCodes.ParentNotValid, "00001", "2025-07-01");
    }

    [Fact]
    public void A_parent_with_a_gap_between_versions_is_rejected()
    {
        var builder = OrganizationChart.CreateBuilder()
            .AddUnit(Unit("001", UnitKind.RuralDistrict, null, Origin, Mid))
            .AddUnit(Unit("001", UnitKind.RuralDistrict, null, Mid.PlusDays(10)))
            .AddUnit(Unit("00001", UnitKind.Commune, "001", Origin));
        AssertRule(builder, OrganizationRuleCodes.ParentNotValid, "001", "2015-01-02");
    }

    [Fact]
    public void A_cycle_is_rejected_naming_its_units_and_date()
    {
        var builder = OrganizationChart.CreateBuilder()
            .AddUnit(Unit("01", UnitKind.Province, null, Origin))
            .AddUnit(Unit("A", UnitKind.RuralDistrict, "B", Mid))
            .AddUnit(Unit("B", UnitKind.RuralDistrict, "A", Mid));
        AssertRule(builder, OrganizationRuleCodes.Cycle, "A → B → A", "2015-01-01");
    }

    [Fact]
    public void Committee_rules_are_checked()
    {
        var id = new CommitteeId("01-BDV");
        var kind = CommitteeKind.MassMobilizationCommission;
        var city = Unit("01", UnitKind.CentrallyRunCity, null, Origin, LastOld);
        AssertRule(
            OrganizationChart.CreateBuilder().AddUnit(city).AddCommittee(new Committee(id, "Ban Dân vận", "MMC", kind, C("01"), ValidityPeriod.From(Origin))),
            OrganizationRuleCodes.CommitteeUnitNotValid,
            "01-BDV",
            "2025-07-01");
        AssertRule(
            OrganizationChart.CreateBuilder().AddUnit(city)
                .AddCommittee(new Committee(id, "Ban Dân vận", "MMC", kind, C("01"), ValidityPeriod.Between(Origin, LastOld)))
                .AddCommittee(new Committee(id, "Ban Dân vận 2", "MMC", kind, C("01"), ValidityPeriod.Between(Origin, Mid))),
            OrganizationRuleCodes.DuplicateCommittee,
            "01-BDV",
            "2008-08-01");
        AssertRule(
            OrganizationChart.CreateBuilder().AddUnit(city)
                .AddCommittee(new Committee(id, "Ban Dân vận", "MMC", kind, C("01"), ValidityPeriod.Between(Origin, LastOld)))
                .AddCommittee(new Committee(id, "Ban Dân vận 2", "MMC", kind, C("01"), ValidityPeriod.Between(Mid, LastOld))),
            OrganizationRuleCodes.OverlappingCommitteeVersions,
            "01-BDV",
            "2015-01-01");
    }

    [Fact]
    public void A_succession_naming_an_unknown_unit_is_rejected()
    {
        AssertRule(
            ThreeToTwoLevels().AddSuccession(Succession.Rename(FirstNew, C("01"), C("77777"))),
            OrganizationRuleCodes.SuccessionUnknown,
            "77777");
    }

    [Fact]
    public void A_succession_pointing_backwards_is_rejected()
    {
        AssertRule(
            ThreeToTwoLevels().AddSuccession(Succession.Rename(Mid, C("00004"), C("01"))),
            OrganizationRuleCodes.SuccessionBackwards,
            "00004",
            "2015-01-01");
        AssertRule(
            ThreeToTwoLevels().AddSuccession(Succession.Rename(new LocalDate(2026, 1, 1), C("01"), C("00002"))),
            OrganizationRuleCodes.SuccessionBackwards,
            "00002");
    }

    [Fact]
    public void A_succession_on_a_day_its_units_are_not_in_force_is_rejected()
    {
        AssertRule(
            ThreeToTwoLevels().AddSuccession(Succession.Rename(Mid, C("00002"), C("00004"))),
            OrganizationRuleCodes.SuccessionNotInForce,
            "00004",
            "2015-01-01");
    }

    [Fact]
    public void A_predecessor_merged_twice_on_one_date_is_rejected()
    {
        AssertRule(
            ThreeToTwoLevels().AddSuccession(Succession.Merge(FirstNew, new[] { C("00002"), C("001") }, C("00004"))),
            OrganizationRuleCodes.SuccessionAmbiguous,
            "00002",
            "2025-07-01");
    }

    [Fact]
    public void Succession_shapes_and_weights_are_checked()
    {
        Assert.Equal(OrganizationRuleCodes.SuccessionShape, Assert.Throws<DomainRuleException>(() => Succession.Merge(FirstNew, new[] { C("1") }, C("2"))).RuleCode);
        Assert.Equal(OrganizationRuleCodes.SuccessionShape, Assert.Throws<DomainRuleException>(() => Succession.Split(FirstNew, C("1"), new[] { C("2"), C("2") })).RuleCode);
        var sum = Assert.Throws<DomainRuleException>(() => Succession.Split(FirstNew, C("1"), new[] { new SuccessorShare<UnitCode>(C("2"), 0.5m), new SuccessorShare<UnitCode>(C("3"), 0.4m) }));
        Assert.Equal(OrganizationRuleCodes.SplitWeightsSum, sum.RuleCode);
        Assert.Contains("0.9", sum.Message, StringComparison.Ordinal);
        Assert.Contains("2025-07-01", sum.Message, StringComparison.Ordinal);
        Assert.Equal(OrganizationRuleCodes.SplitWeightOutOfRange, Assert.Throws<DomainRuleException>(() => new SuccessorShare<UnitCode>(C("2"), 0m)).RuleCode);
        Assert.Equal(OrganizationRuleCodes.SplitWeightOutOfRange, Assert.Throws<DomainRuleException>(() => Succession.Split(FirstNew, C("1"), new[] { new SuccessorShare<UnitCode>(C("2"), null), new SuccessorShare<UnitCode>(C("3"), 1m) })).RuleCode);
    }

    [Fact]
    public void A_failed_build_leaves_the_builder_usable()
    {
        var builder = ThreeToTwoLevels();
        builder.AddSuccession(Succession.Rename(FirstNew, C("00004"), C("77777")));
        Assert.Throws<DomainRuleException>(builder.Build);
        Assert.Equal(7, builder.UnitCount);
        Assert.Equal(7, ThreeToTwoLevels().Build().Units.Count);
    }

    private static void AssertRule(OrganizationChartBuilder builder, string rule, params string[] mentioned)
    {
        var error = Assert.Throws<DomainRuleException>(builder.Build);
        Assert.Equal(rule, error.RuleCode);
        foreach (string text in mentioned)
        {
            Assert.Contains(text, error.Message, StringComparison.Ordinal);
        }
    }
}
