using System;
using System.Linq;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Mobilization;
using MassMobilization.Core.Organization;
using NodaTime;
using Xunit;
using static MassMobilization.Core.Tests.Mobilization.MobilizationFixtures;

namespace MassMobilization.Core.Tests.Mobilization;

public sealed class ReplicationAndTypicalTests
{
    private static readonly UnitCode WardC = new("26746");

    [Fact]
    public void Replications_are_counted_with_their_places_as_of_a_date()
    {
        var source = ModelIn(ModelState.Recognised);
        var recognisedOn = source.Status.Since!.Value;
        var registrar = new ModelRegistrar(ModelFieldCatalogue.Standard, DuplicateRule.Default, RecognitionAuthority.WithLevelsAbove(3));
        var models = new[] { source }.ToList();
        var places = new[] { WardB, WardC, WardB };
        for (int i = 0; i < places.Length; i++)
        {
            var form = Registration($"R-{i + 1}", owner: ModelOwner.ForUnit(places[i]), replicationOf: source.Id, on: recognisedOn.PlusDays(10 * (i + 1)));
            models.Add(registrar.Register(form, models));
        }

        var index = ReplicationIndex.Build(models);
        Assert.Equal(new[] { source.Id }, index.Sources);
        Assert.Equal(3, index.TimesReplicated(source.Id, new LocalDate(2024, 12, 31)));
        Assert.Equal(1, index.TimesReplicated(source.Id, recognisedOn.PlusDays(10)));
        Assert.Equal(0, index.TimesReplicated(source.Id, recognisedOn));
        Assert.Equal(new[] { WardB, WardC }, index.Places(source.Id, new LocalDate(2024, 12, 31)));
        Assert.Equal(new[] { "R-1", "R-2", "R-3" }, index.Replicas(source.Id, new LocalDate(2024, 12, 31)).Select(m => m.Id.Value));
        Assert.Equal(0, index.TimesReplicated(new MobilizationModelId("M-9"), new LocalDate(2024, 12, 31)));

        var replicated = source.Apply(ModelTransition.Replicate(recognisedOn.PlusDays(10), WardB)).Apply(ModelTransition.Replicate(recognisedOn.PlusDays(20), WardC));
        Assert.Equal(ModelState.Replicated, replicated.State);
        Assert.Equal(ModelState.Recognised, replicated.StateAsOf(recognisedOn.PlusDays(9)));
    }

    [Fact]
    public void Only_recognised_models_can_be_replicated()
    {
        var notYet = ModelIn(ModelState.Reviewed);
        var early = Registration("R-1", owner: ModelOwner.ForUnit(WardB), replicationOf: notYet.Id, on: new LocalDate(2024, 11, 1));
        var check = ModelRegistrar.Default.Check(early, new[] { notYet });
        Assert.Equal(MobilizationRuleCodes.ReplicationSourceInvalid, Assert.Single(check.Problems).RuleCode);

        var unknown = ModelRegistrar.Default.Check(early, Array.Empty<MobilizationModel>());
        Assert.Equal(RegistrationItem.ReplicationOf, Assert.Single(unknown.Problems).Item);

        var self = Registration("R-1", replicationOf: new MobilizationModelId("R-1"));
        Assert.Equal(MobilizationRuleCodes.ItemInvalid, Assert.Single(ModelRegistrar.Default.Check(self, Array.Empty<MobilizationModel>()).Problems).RuleCode);
        Assert.Equal(MobilizationRuleCodes.StepSkipped, notYet.TryApply(ModelTransition.Replicate(new LocalDate(2024, 11, 1), WardB)).RuleCode);
    }

    [Fact]
    public void A_stored_model_cannot_replicate_itself()
    {
        var self = Registration("R-1", replicationOf: new MobilizationModelId("R-1"));
        var error = Assert.Throws<DomainRuleException>(() => MobilizationModel.FromHistory(self, RecognitionAuthority.Default, Array.Empty<ModelTransition>()));
        Assert.Equal(MobilizationRuleCodes.ReplicationSourceInvalid, error.RuleCode);
        Assert.Contains("R-1", error.Message, StringComparison.Ordinal);
        Assert.Equal(new MobilizationModelId("M-1"), MobilizationModel.FromHistory(Registration("R-1", replicationOf: new MobilizationModelId("M-1")), RecognitionAuthority.Default, Array.Empty<ModelTransition>()).ReplicationOf);
    }

    [Fact]
    public void Typical_models_are_chosen_among_the_recognised_by_a_decision()
    {
        var recognised = ModelIn(ModelState.Recognised);
        var reviewed = ModelIn(ModelState.Reviewed, "M-2");
        var decision = DocumentNumber.Party(24, "KH", "BDVTU");
        var decidedOn = new LocalDate(2024, 12, 20);

        var selection = TypicalSelection.Select(Year2024, decidedOn, decision, new[] { recognised }, Array.Empty<Exemplar>());
        Assert.True(selection.IsTypical(recognised.Id));
        Assert.False(selection.IsTypical(reviewed.Id));
        Assert.Equal(decision, selection.Decision);
        Assert.Single(selection.Models);

        var refused = TypicalSelection.TrySelect(Year2024, decidedOn, decision, new[] { recognised, reviewed }, Array.Empty<Exemplar>());
        Assert.Equal(MobilizationRuleCodes.TypicalNotRecognised, refused.RuleCode);
        var thrown = Assert.Throws<DomainRuleException>(() => TypicalSelection.Select(Year2024, recognised.Status.Since!.Value.PlusDays(-1), decision, new[] { recognised }, Array.Empty<Exemplar>()));
        Assert.Equal(MobilizationRuleCodes.TypicalNotRecognised, thrown.RuleCode);
        Assert.Throws<ArgumentException>(() => TypicalSelection.Select(Year2024, decidedOn, decision, new[] { recognised, recognised }, Array.Empty<Exemplar>()));
        Assert.Throws<ArgumentException>(() => TypicalSelection.Select(Year2024, decidedOn, default, new[] { recognised }, Array.Empty<Exemplar>()));
    }

    [Fact]
    public void A_recognised_model_describes_its_recognition_for_scoring()
    {
        var model = ModelIn(ModelState.Recognised);
        var on = model.Status.Since!.Value;
        var higher = model.Apply(ModelTransition.Recognise(on.PlusDays(30), ModelLevel.District, DocumentNumber.State(77, "QĐ", "UBND")));

        var first = higher.RecognitionAsOf(on)!;
        Assert.Equal(ModelLevel.Commune, first.Level);
        Assert.Equal(Decision, first.Decision);
        var latest = higher.RecognitionAsOf(on.PlusDays(30))!;
        Assert.Equal(ModelLevel.District, latest.Level);
        Assert.Equal(on.PlusDays(30), latest.RecognisedOn);
        Assert.Equal(RecognitionSubject.Model, latest.Subject);
        Assert.Equal(model.Id.Value, latest.SubjectId);
        Assert.Null(higher.RecognitionAsOf(on.PlusDays(-1)));
    }
}
