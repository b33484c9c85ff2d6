using System;
using System.Linq;
using MassMobilization.Core.Mobilization;
using MassMobilization.Core.Organization;
using MassMobilization.Samples.Generators;
using NodaTime;
using Xunit;
using static MassMobilization.Core.Tests.Mobilization.MobilizationFixtures;

namespace MassMobilization.Core.Tests.Mobilization;

public sealed class RegistrationTests
{
    [Fact]
    public void An_empty_form_reports_every_missing_item_at_once()
    {
        var check = ModelRegistrar.Default.Check(new ModelRegistration(), Array.Empty<MobilizationModel>());

        Assert.False(check.IsValid);
        var expected = new[]
        {
            RegistrationItem.Id, RegistrationItem.Name, RegistrationItem.Owner, RegistrationItem.Level, RegistrationItem.Field,
            RegistrationItem.RegisteredOn, RegistrationItem.Period, RegistrationItem.Situation, RegistrationItem.Goals,
            RegistrationItem.ContentAndMethod, RegistrationItem.Area, RegistrationItem.Beneficiaries, RegistrationItem.LeadForce,
            RegistrationItem.CoordinatingForces, RegistrationItem.ParticipatingForces, RegistrationItem.Resources,
            RegistrationItem.VerifiableOutputs, RegistrationItem.Sustainability,
        };
        Assert.Equal(expected, check.Problems.Select(p => p.Item));
        Assert.All(check.Problems, p => Assert.Equal(MobilizationRuleCodes.ItemMissing, p.RuleCode));
    }

    [Fact]
    public void Invalid_items_are_reported_together_with_missing_ones()
    {
        var complete = Registration();
        var form = new ModelRegistration
        {
            Id = complete.Id,
            Name = complete.Name,
            Owner = complete.Owner,
            Level = complete.Level,
            Field = ModelField.Extension("NEW-RURAL", "Xây dựng nông thôn mới", "New rural development"),
            RegisteredOn = new LocalDate(2025, 1, 5),
            Period = Year2024,
            Situation = complete.Situation,
            Goals = new[] { new ModelGoal("Giảm rác thải", Array.Empty<string>()), new ModelGoal(" ", new[] { "số điểm tập kết", "" }) },
            ContentAndMethod = complete.ContentAndMethod,
            Area = complete.Area,
            Beneficiaries = " ",
            LeadForce = complete.LeadForce,
            CoordinatingForces = new[] { "Mặt trận", "" },
            ParticipatingForces = complete.ParticipatingForces,
            Resources = complete.Resources,
            VerifiableOutputs = complete.VerifiableOutputs,
            Sustainability = null,
        };

        var check = ModelRegistrar.Default.Check(form, Array.Empty<MobilizationModel>());

        Assert.Equal(
            new[]
            {
                (RegistrationItem.Field, MobilizationRuleCodes.FieldUnknown),
                (RegistrationItem.Period, MobilizationRuleCodes.ItemInvalid),
                (RegistrationItem.Goals, MobilizationRuleCodes.ItemInvalid),
                (RegistrationItem.Goals, MobilizationRuleCodes.ItemInvalid),
                (RegistrationItem.Goals, MobilizationRuleCodes.ItemInvalid),
                (RegistrationItem.Beneficiaries, MobilizationRuleCodes.ItemMissing),
                (RegistrationItem.CoordinatingForces, MobilizationRuleCodes.ItemInvalid),
                (RegistrationItem.Sustainability, MobilizationRuleCodes.ItemMissing),
            },
            check.Problems.Select(p => (p.Item, p.RuleCode)));
        Assert.Contains(check.Problems, p => p.Message.Contains("Goal 1 has no evaluation criteria", StringComparison.Ordinal));

        var error = Assert.Throws<DomainRuleException>(() => ModelRegistrar.Default.Register(form, Array.Empty<MobilizationModel>()));
        Assert.Equal(MobilizationRuleCodes.RegistrationInvalid, error.RuleCode);
        Assert.Contains("Beneficiaries", error.Message, StringComparison.Ordinal);
        Assert.Contains("Sustainability", error.Message, StringComparison.Ordinal);
        Assert.False(ModelRegistrar.Default.TryRegister(form, Array.Empty<MobilizationModel>()).Success);
    }

    [Fact]
    public void A_provincial_field_is_accepted_once_registered_in_the_catalogue()
    {
        var newRural = ModelField.Extension("NEW-RURAL", "Xây dựng nông thôn mới", "New rural development");
        var catalogue = ModelFieldCatalogue.Standard.With(newRural);
        Assert.Equal(5, catalogue.Fields.Count);
        Assert.Equal(4, ModelFieldCatalogue.Standard.Fields.Count);
        Assert.Equal(4, catalogue.Fields.Count(f => f.IsStandard));
        Assert.Equal("Building the political system", ModelField.PoliticalSystem.EnglishName);
        Assert.Equal("Quốc phòng – an ninh", ModelField.DefenceSecurity.VietnameseName);
        Assert.Equal(MobilizationRuleCodes.FieldDuplicateCode, Assert.Throws<DomainRuleException>(() => catalogue.With(newRural)).RuleCode);

        var registrar = new ModelRegistrar(catalogue, DuplicateRule.Default, RecognitionAuthority.Default);
        var form = MobilizationDataGenerator.CompleteRegistration("NR-1", "Đường hoa nông thôn mới", ModelOwner.ForUnit(WardA), ModelLevel.Commune, newRural, Start, Year2024);
        Assert.True(registrar.Check(form, Array.Empty<MobilizationModel>()).IsValid);
        Assert.False(ModelRegistrar.Default.Check(form, Array.Empty<MobilizationModel>()).IsValid);
    }

    [Fact]
    public void A_complete_registration_registers_a_model()
    {
        var owner = ModelOwner.ForIndividual("Nguyễn Thị Hoa", WardA);
        var model = ModelRegistrar.Default.Register(Registration(owner: owner), Array.Empty<MobilizationModel>());
        Assert.Equal(ModelState.Registered, model.State);
        Assert.Equal(Start, model.RegisteredOn);
        Assert.False(model.Owner.IsCollective);
        Assert.Equal(WardA, model.Unit);
        Assert.Single(model.History);

        var clash = ModelRegistrar.Default.Check(Registration(name: "Khác"), new[] { model });
        Assert.Equal(RegistrationItem.Id, Assert.Single(clash.Problems).Item);
    }

    [Theory]
    [InlineData("Cà phê sáng – trò chuyện cùng nhân dân", "  cà phê SÁNG - trò chuyện, cùng nhân dân ", true, true)]
    [InlineData("Cà phê sáng – trò chuyện cùng nhân dân", "Ca phe sang tro chuyen cung nhan dan", false, true)]
    [InlineData("Đèn đường", "Đen đường", false, true)]
    [InlineData("Đèn đường", "Đèn  đường", true, true)]
    [InlineData("Đèn đường", "den duong", false, true)]
    [InlineData("5 không, 3 sạch", "5 không 3 sạch", true, true)]
    [InlineData("Heo đất an sinh", "Heo đất an sinh xã hội", false, false)]
    public void Names_are_matched_by_the_explicit_rule(string first, string second, bool strict, bool loose)
    {
        Assert.Equal(strict, NameMatching.Default.Matches(first, second));
        Assert.Equal(loose, NameMatching.Loose.Matches(first, second));
    }

    [Fact]
    public void Normalisation_composes_case_folds_and_collapses()
    {
        string decomposed = "Cà phê sáng".Normalize(System.Text.NormalizationForm.FormD);
        Assert.Equal("cà phê sáng", NameMatching.Default.Normalize(decomposed));
        Assert.Equal("ca phe sang", NameMatching.Loose.Normalize(decomposed));
        Assert.Equal("5 không, 3 sạch", new NameMatching(false, false).Normalize("5  KHÔNG,   3 sạch"));
    }

    [Fact]
    public void A_model_duplicating_one_run_in_the_same_area_by_another_organisation_is_refused()
    {
        var existing = ModelRegistrar.Default.Register(Registration("M-1", owner: ModelOwner.ForUnit(WardA)), Array.Empty<MobilizationModel>());
        var otherOwner = ModelOwner.ForCommittee(new CommitteeId("HPN-26740"), WardA);
        var copy = Registration("M-2", name: "CÀ PHÊ SÁNG - trò chuyện cùng nhân dân", owner: otherOwner, on: Start.PlusDays(30));

        var check = ModelRegistrar.Default.Check(copy, new[] { existing });
        var match = Assert.Single(check.Duplicates);
        Assert.Equal(existing.Id, match.Existing);
        Assert.Equal("cà phê sáng trò chuyện cùng nhân dân", match.NormalizedName);
        Assert.Equal(MobilizationRuleCodes.Duplicate, Assert.Single(check.Problems).RuleCode);

        // Another area, the same owner, a model not yet registered, or an ended one: not duplicates.
        Assert.Empty(ModelRegistrar.Default.FindDuplicates(Registration("M-3", owner: ModelOwner.ForUnit(WardB)), new[] { existing }));
        Assert.Empty(ModelRegistrar.Default.FindDuplicates(Registration("M-4", owner: ModelOwner.ForUnit(WardA)), new[] { existing }));
        Assert.Empty(ModelRegistrar.Default.FindDuplicates(Registration("M-5", owner: otherOwner, on: Start.PlusDays(-1)), new[] { existing }));
        var withdrawn = existing.Apply(ModelTransition.Withdraw(Start.PlusDays(5), "Không còn phù hợp"));
        Assert.Empty(ModelRegistrar.Default.FindDuplicates(copy, new[] { withdrawn }));

        // The rule is configuration.
        var strict = new ModelRegistrar(ModelFieldCatalogue.Standard, new DuplicateRule(NameMatching.Default, includeSameOwner: true, includeEndedModels: true), RecognitionAuthority.Default);
        Assert.Single(strict.FindDuplicates(copy, new[] { withdrawn }));
        Assert.Single(strict.FindDuplicates(Registration("M-4", owner: ModelOwner.ForUnit(WardA)), new[] { existing }));
        var unaccented = Registration("M-6", name: "Ca phe sang tro chuyen cung nhan dan", owner: otherOwner, on: Start.PlusDays(30));
        Assert.Empty(ModelRegistrar.Default.FindDuplicates(unaccented, new[] { existing }));
        var loose = new ModelRegistrar(ModelFieldCatalogue.Standard, new DuplicateRule(NameMatching.Loose), RecognitionAuthority.Default);
        Assert.Single(loose.FindDuplicates(unaccented, new[] { existing }));
    }

    [Fact]
    public void Owners_and_levels_validate_and_compare()
    {
        Assert.Throws<ArgumentException>(() => ModelOwner.ForUnit(default));
        Assert.Throws<ArgumentException>(() => ModelOwner.ForIndividual(" ", WardA));
        Assert.Equal(ModelOwner.ForIndividual("Nguyễn Văn An", WardA), ModelOwner.ForIndividual(" Nguyễn Văn An ".Normalize(System.Text.NormalizationForm.FormD), WardA));
        Assert.NotEqual(ModelOwner.ForUnit(WardA), ModelOwner.ForUnit(WardB));
        var agency = RegisteringLevel.OfAgency(new CommitteeId("SNV-01"), ModelLevel.Province);
        Assert.True(RegisteringLevel.Territorial(ModelLevel.District) < agency);
        Assert.True(RegisteringLevel.Territorial(ModelLevel.Province) < agency);
        Assert.True(default(RegisteringLevel).IsDefault);
        Assert.Throws<ArgumentOutOfRangeException>(() => RegisteringLevel.Territorial(0));
    }
}
