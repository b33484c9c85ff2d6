using System;
using System.Linq;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Mobilization;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Quantities;
using MassMobilization.Core.Reporting;
using MassMobilization.Samples.Generators;
using NodaTime;
using Xunit;

namespace MassMobilization.Core.Tests.Reporting;

public sealed class ModelIndicatorsTests
{
    private static readonly UnitCode Commune = new("26740");
    private static readonly ReportingPeriod H1 = ReportingPeriod.HalfYear(2024, 1);

    private static MobilizationModel Model(string id, LocalDate registeredOn, ModelOwner owner, params ModelTransition[] steps) =>
        MobilizationModel.FromHistory(
            new ModelRegistration
            {
                Id = new MobilizationModelId(id),
                Name = "Cà phê sáng – trò chuyện cùng nhân dân " + id,
                Owner = owner,
                Level = RegisteringLevel.Territorial(ModelLevel.Commune),
                Field = ModelField.Economy,
                RegisteredOn = registeredOn,
                Period = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2025, 12, 31)),
            },
            RecognitionAuthority.Default,
            steps);

    private static Tally TallyOf(System.Collections.Generic.IReadOnlyList<IndicatorRecord> records, LocalDate asOf)
    {
        var shape = RollUpShape.Create([Commune], [-1]);
        return RollUpEngine.RollUp(shape, ModelIndicators.StandardLayout, H1, records).Tally(Commune);
    }

    [Fact]
    public void States_are_read_at_the_report_date_and_only_models_registered_in_the_period_count()
    {
        var asOf = new LocalDate(2024, 6, 30);
        var unit = ModelOwner.ForUnit(Commune);
        var person = ModelOwner.ForIndividual("Nguyễn Văn A", Commune);
        var models = new[]
        {
            Model("A", new LocalDate(2024, 1, 10), unit, ModelTransition.StartImplementing(new LocalDate(2024, 2, 1))),
            Model("B", new LocalDate(2024, 1, 10), unit, ModelTransition.StartImplementing(new LocalDate(2024, 2, 1)), ModelTransition.Withdraw(new LocalDate(2024, 3, 1), "Không đủ nguồn lực")),
            Model("C", new LocalDate(2024, 2, 10), person, ModelTransition.StartImplementing(new LocalDate(2024, 2, 11)), ModelTransition.Complete(new LocalDate(2024, 5, 1)),
                ModelTransition.Review(new LocalDate(2024, 5, 2)), ModelTransition.Recognise(new LocalDate(2024, 6, 1), ModelLevel.Commune, DocumentNumber.State(12, "QĐ", "UBND"))),
            Model("D", new LocalDate(2024, 3, 1), person, ModelTransition.StartImplementing(new LocalDate(2024, 3, 2)), ModelTransition.Complete(new LocalDate(2024, 7, 15))),
            Model("E", new LocalDate(2024, 8, 1), unit),
        };
        var typicalLater = TypicalSelection.Select(H1.Interval, new LocalDate(2024, 6, 20), DocumentNumber.State(13, "QĐ", "UBND"), [models[2]], []);

        var tally = TallyOf(ModelIndicators.Records(models, H1, asOf, typicalLater), asOf);

        Assert.Equal(4, tally.Count(StandardIndicators.ModelsRegistered));
        Assert.Equal(2, tally.Count(StandardIndicators.ModelsByCollectives));
        Assert.Equal(2, tally.Count(StandardIndicators.ModelsByIndividuals));
        Assert.Equal(1, tally.Count(StandardIndicators.ModelOwnersCollective));
        Assert.Equal(1, tally.Count(StandardIndicators.ModelOwnersIndividual));
        Assert.Equal(2, tally.Count(StandardIndicators.ModelsImplementing)); // A, and D (completed only in July)
        Assert.Equal(1, tally.Count(StandardIndicators.ModelsWithdrawn));
        Assert.Equal(1, tally.Count(StandardIndicators.ModelsCompleted));
        Assert.Equal(1, tally.Count(StandardIndicators.ModelsRecognised));
        Assert.Equal(1, tally.Count(StandardIndicators.ModelsTypical));
        Assert.Equal(4, tally.Count(ModelIndicators.AtLevel(ModelLevel.Commune)));
        Assert.Equal(4, tally.Count(ModelIndicators.InField(ModelField.Economy)));
        Assert.Equal(new Ratio(1, 4), tally.Get(StandardIndicators.ModelsCompletedRate).Ratio);

        // Before the typical selection is decided nothing is typical yet; before the period nothing is counted.
        var early = new LocalDate(2024, 6, 19);
        Assert.Equal(0, TallyOf(ModelIndicators.Records(models, H1, early, typicalLater), early).Count(StandardIndicators.ModelsTypical));
        Assert.Throws<ArgumentException>("asOf", () => ModelIndicators.Records(models, H1, new LocalDate(2023, 12, 31)));
        Assert.Throws<ArgumentOutOfRangeException>("level", () => ModelIndicators.AtLevel((ModelLevel)9));
    }

    [Fact]
    public void A_tally_can_be_read_back_from_its_parts()
    {
        var values = new[] { IndicatorValue.ForCount(StandardIndicators.Gifts, 5), IndicatorValue.ForAmount(StandardIndicators.SupportValue, VndAmount.FromDong(7)) };
        var tally = Tally.Create(Commune, H1, values);
        Assert.Equal(values, tally.Values);
        Assert.Equal(5, tally.Count(StandardIndicators.Gifts));
        Assert.Equal("AGG-DUPLICATE-INDICATOR", Assert.Throws<DomainRuleException>(() => Tally.Create(Commune, H1, [values[0], values[0]])).RuleCode);
        Assert.Throws<ArgumentException>("unit", () => Tally.Create(default, H1, values));
        Assert.Equal("AGG-UNKNOWN-INDICATOR", Assert.Throws<DomainRuleException>(() => tally.Get(StandardIndicators.Scholarships)).RuleCode);
    }

    [Fact]
    public void The_seed_generators_are_deterministic()
    {
        var province = AggregationSeeds.ThanhTri();
        var first = AggregationSeeds.ThanhTriModels(province.Communes).Models.Select(m => m.ToString());
        var second = AggregationSeeds.ThanhTriModels(province.Communes).Models.Select(m => m.ToString());
        Assert.Equal(first, second);
    }
}
