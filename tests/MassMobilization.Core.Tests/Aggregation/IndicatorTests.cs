using System;
using System.Linq;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Quantities;
using Xunit;

namespace MassMobilization.Core.Tests.Aggregation;

public sealed class IndicatorTests
{
    [Fact]
    public void Standard_catalogue_has_stable_unique_codes_and_names_in_both_languages()
    {
        var all = StandardIndicators.All;
        Assert.Equal(all.Count, all.Select(i => i.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(all.Select(i => i.Code).OrderBy(c => c, StringComparer.Ordinal), all.Select(i => i.Code));
        Assert.All(all, i => Assert.False(string.IsNullOrWhiteSpace(i.VietnameseName) || string.IsNullOrWhiteSpace(i.EnglishName)));
        Assert.Equal("DIALOGUES-HELD", StandardIndicators.DialoguesHeld.Code);
        Assert.Equal(IndicatorUnit.Ratio, StandardIndicators.CitizensReceived.Unit);
        Assert.Equal(IndicatorUnit.VndAmount, StandardIndicators.SupportValue.Unit);
        Assert.Equal(all, IndicatorCatalogue.Standard.Indicators);
        Assert.True(IndicatorCatalogue.Standard.TryFind("MODELS-TYPICAL", out var typical));
        Assert.Same(StandardIndicators.ModelsTypical, typical);
        Assert.False(IndicatorCatalogue.Standard.TryFind("models-typical", out _));
    }

    [Fact]
    public void Applications_add_their_own_indicators()
    {
        var custom = new Indicator("NEW-RURAL.VILLAGES", "Số thôn đạt chuẩn nông thôn mới", "Villages meeting the new rural standard", IndicatorUnit.Count);
        var award = StandardIndicators.AwardsOfKind("BANG-KHEN-TINH", "Bằng khen của Chủ tịch UBND tỉnh", "provincial certificate of merit");
        var catalogue = IndicatorCatalogue.Standard.With(custom).With(award).With(custom);
        Assert.Equal(StandardIndicators.All.Count + 2, catalogue.Indicators.Count);
        Assert.Equal(StandardIndicators.All.Count, IndicatorCatalogue.Standard.Indicators.Count);
        Assert.Equal("AWARDS-KIND.BANG-KHEN-TINH", award.Code);
        Assert.True(catalogue.TryFind(award.Code, out _));

        var clash = new Indicator("GIFTS", "Quà", "Presents", IndicatorUnit.Count);
        var error = Assert.Throws<DomainRuleException>(() => catalogue.With(clash));
        Assert.Equal("AGG-DUPLICATE-INDICATOR", error.RuleCode);
        Assert.Throws<ArgumentException>(() => StandardIndicators.AwardsOfKind("bad code", "x", "y"));
        Assert.Throws<ArgumentException>(() => new Indicator("A B", "x", "y", IndicatorUnit.Count));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Indicator("A", "x", "y", (IndicatorUnit)9));
    }

    [Fact]
    public void Values_carry_the_indicator_unit_and_combine()
    {
        var received = IndicatorValue.ForRatio(StandardIndicators.CitizensReceived, Ratio.Of(300, 310))
            .Combine(IndicatorValue.ForRatio(StandardIndicators.CitizensReceived, Ratio.Of(1, 4)));
        Assert.Equal(Ratio.Of(301, 314), received.Ratio);
        Assert.Equal("CITIZENS-RECEIVED = 301/314", received.ToString());

        var dialogues = IndicatorValue.ForCount(StandardIndicators.DialoguesHeld, 100).Combine(IndicatorValue.ForCount(StandardIndicators.DialoguesHeld, 40));
        Assert.Equal(140, dialogues.Count);
        Assert.Equal(IndicatorValue.ForCount(StandardIndicators.DialoguesHeld, 140), dialogues);

        var support = IndicatorValue.ForAmount(StandardIndicators.SupportValue, VndAmount.FromDong(165_000_000_000))
            .Combine(IndicatorValue.ForAmount(StandardIndicators.SupportValue, VndAmount.FromDong(340_000_000)));
        Assert.Equal(VndAmount.FromDong(165_340_000_000), support.Amount);

        Assert.Throws<ArgumentException>(() => IndicatorValue.ForCount(StandardIndicators.CitizensReceived, 1));
        Assert.Throws<ArgumentException>(() => dialogues.Combine(IndicatorValue.ForCount(StandardIndicators.Gifts, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => IndicatorValue.ForCount(StandardIndicators.Gifts, -1));
    }
}
