using System.Linq;
using MassMobilization.Core.Mobilization;
using NodaTime;
using Xunit;
using static MassMobilization.Core.Tests.Mobilization.MobilizationFixtures;

namespace MassMobilization.Core.Tests.Mobilization;

public sealed class ExemplarTests
{
    internal static ExemplarRegistration CompleteExemplar(string id = "E-1") => new()
    {
        Id = new ExemplarId(id),
        Name = "Bí thư chi bộ gần dân",
        Owner = ModelOwner.ForIndividual("Trần Văn Bình", WardA),
        Level = RegisteringLevel.Territorial(ModelLevel.District),
        Field = ModelField.PoliticalSystem,
        RegisteredOn = Start,
        Period = Year2024,
        Achievements = "Vận động 120 hộ hiến đất mở đường",
        Evidence = new[] { "Biên bản nghiệm thu công trình" },
    };

    [Fact]
    public void An_exemplar_registration_reports_every_missing_item()
    {
        var check = ModelRegistrar.Default.Check(new ExemplarRegistration());
        Assert.Equal(
            new[]
            {
                RegistrationItem.Id, RegistrationItem.Name, RegistrationItem.Owner, RegistrationItem.Level, RegistrationItem.Field,
                RegistrationItem.RegisteredOn, RegistrationItem.Period, RegistrationItem.Achievements, RegistrationItem.Evidence,
            },
            check.Problems.Select(p => p.Item));
        Assert.False(ModelRegistrar.Default.TryRegisterExemplar(new ExemplarRegistration()).Success);
    }

    [Fact]
    public void Exemplars_follow_the_same_lifecycle_and_describe_their_recognition()
    {
        var exemplar = ModelRegistrar.Default.RegisterExemplar(CompleteExemplar())
            .Apply(ModelTransition.StartImplementing(Start.PlusDays(1)))
            .Apply(ModelTransition.Complete(Start.PlusDays(100)))
            .Apply(ModelTransition.Review(Start.PlusDays(120)));
        Assert.Equal(MobilizationRuleCodes.RecognitionAboveAuthority, exemplar.TryApply(ModelTransition.Recognise(Start.PlusDays(130), ModelLevel.Province, Decision)).RuleCode);
        Assert.Equal(MobilizationRuleCodes.StepBackwards, exemplar.TryApply(ModelTransition.Complete(Start.PlusDays(130))).RuleCode);

        var recognised = exemplar.Apply(ModelTransition.Recognise(Start.PlusDays(130), ModelLevel.District, Decision));
        Assert.Null(recognised.RecognitionAsOf(Start.PlusDays(129)));
        var record = recognised.RecognitionAsOf(new LocalDate(2024, 12, 31))!;
        Assert.Equal(RecognitionSubject.Exemplar, record.Subject);
        Assert.Equal("E-1", record.SubjectId);
        Assert.Equal(WardA, record.OwnerUnit);
        Assert.Equal(ModelLevel.District, record.Level);
        Assert.Equal(Start.PlusDays(130), record.RecognisedOn);
        Assert.Equal(Decision, record.Decision);
        Assert.Equal(ModelState.Reviewed, recognised.StateAsOf(Start.PlusDays(129)));
    }
}
