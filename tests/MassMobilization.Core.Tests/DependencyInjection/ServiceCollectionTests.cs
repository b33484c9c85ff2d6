using System;
using System.Linq;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Awards;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Evaluation;
using MassMobilization.Core.Extensions.DependencyInjection;
using MassMobilization.Core.Mobilization;
using MassMobilization.Core.Quantities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace MassMobilization.Core.Tests.DependencyInjection;

public sealed class ServiceCollectionTests
{
    /// <summary>Every service the library registers, resolved from a real container.</summary>
    internal static readonly Type[] LibraryServices =
    [
        typeof(IClock),
        typeof(IOptions<MassMobilizationOptions>),
        typeof(DocumentTypeCatalogue),
        typeof(ModelFieldCatalogue),
        typeof(IndicatorCatalogue),
        typeof(ModelRegistrar),
        typeof(RuleSetCatalogue),
        typeof(MassMobilization.Core.Activities.AnswerDeadlinePolicy),
        typeof(EligibilityEvaluator),
    ];

    private static ServiceProvider Build(IServiceCollection services) =>
        services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

    [Fact]
    public void Every_service_resolves_as_a_singleton_shared_by_scopes()
    {
        using var provider = Build(new ServiceCollection().AddMassMobilization());
        using var scope = provider.CreateScope();
        foreach (var type in LibraryServices)
        {
            object root = provider.GetRequiredService(type);
            Assert.Same(root, provider.GetRequiredService(type));
            Assert.Same(root, scope.ServiceProvider.GetRequiredService(type));
        }
    }

    [Fact]
    public void Every_registration_is_a_singleton()
    {
        var services = new ServiceCollection().AddMassMobilization();
        var library = services.Where(d => d.ServiceType.Namespace is { } ns && ns.StartsWith("MassMobilization", StringComparison.Ordinal) || d.ServiceType == typeof(IClock)).ToList();
        Assert.All(library, d => Assert.Equal(ServiceLifetime.Singleton, d.Lifetime));
        Assert.Equal(
            LibraryServices.Where(t => t != typeof(IOptions<MassMobilizationOptions>)).OrderBy(t => t.FullName, StringComparer.Ordinal),
            library.Select(d => d.ServiceType).OrderBy(t => t.FullName, StringComparer.Ordinal));
    }

    [Fact]
    public void The_system_clock_is_the_default()
    {
        using var provider = Build(new ServiceCollection().AddMassMobilization());
        Assert.Same(SystemClock.Instance, provider.GetRequiredService<IClock>());
    }

    [Fact]
    public void The_applications_clock_wins_whether_registered_before_or_after()
    {
        var fake = new FakeClock(Instant.FromUtc(2024, 12, 31, 0, 0));
        var before = new ServiceCollection().AddSingleton<IClock>(fake).AddMassMobilization();
        using (var provider = Build(before))
        {
            Assert.Same(fake, provider.GetRequiredService<IClock>());
        }

        var after = new ServiceCollection().AddMassMobilization();
        after.AddSingleton<IClock>(fake);
        using (var provider = Build(after))
        {
            Assert.Same(fake, provider.GetRequiredService<IClock>());
        }
    }

    [Fact]
    public void The_applications_own_catalogue_wins()
    {
        var own = ModelFieldCatalogue.Standard.With(ModelField.Extension("NEW-RURAL", "Xây dựng nông thôn mới", "New rural development"));
        var services = new ServiceCollection().AddSingleton(own).AddMassMobilization();
        using var provider = Build(services);
        Assert.Same(own, provider.GetRequiredService<ModelFieldCatalogue>());
        Assert.Same(own, provider.GetRequiredService<ModelRegistrar>().Catalogue);
    }

    [Fact]
    public void Calling_it_twice_adds_no_registration_and_keeps_both_configurations()
    {
        var once = new ServiceCollection().AddMassMobilization();
        var twice = new ServiceCollection()
            .AddMassMobilization(o => o.AddField(ModelField.Extension("NEW-RURAL", "Xây dựng nông thôn mới", "New rural development")))
            .AddMassMobilization(o => o.PercentageFormat = PercentageFormat.VietnameseOneDecimal);
        // The second call adds its configuration (an IConfigureOptions) and no service.
        Assert.Equal(once.Count(d => d.ServiceType != typeof(IConfigureOptions<MassMobilizationOptions>)), twice.Count(d => d.ServiceType != typeof(IConfigureOptions<MassMobilizationOptions>)));

        using var provider = Build(twice);
        Assert.True(provider.GetRequiredService<ModelFieldCatalogue>().TryFind("NEW-RURAL", out _));
        Assert.Equal(PercentageFormat.VietnameseOneDecimal, provider.GetRequiredService<IOptions<MassMobilizationOptions>>().Value.PercentageFormat);
    }

    [Fact]
    public void Options_extend_the_built_in_catalogues()
    {
        var indicator = IndicatorCatalogue.Standard.Indicators[0];
        var custom = new Indicator("SAMPLE-CUSTOM", indicator.VietnameseName + " (tỉnh)", indicator.EnglishName + " (province)", indicator.Unit);
        var type = new DocumentType(DocumentSystem.State, "XYZ", "Loại thử", "Test type", false, false, "test", []);
        using var provider = Build(new ServiceCollection().AddMassMobilization(o => o.AddIndicator(custom).AddDocumentType(type)));

        Assert.True(provider.GetRequiredService<IndicatorCatalogue>().TryFind("SAMPLE-CUSTOM", out var found));
        Assert.Same(custom, found);
        Assert.Equal(type, provider.GetRequiredService<DocumentTypeCatalogue>().Find(DocumentSystem.State, "XYZ"));
        Assert.Equal(DocumentTypeCatalogue.Default.Types.Count + 1, provider.GetRequiredService<DocumentTypeCatalogue>().Types.Count);
    }

    [Fact]
    public void The_award_rule_sets_and_the_rubric_come_from_the_options()
    {
        using var provider = Build(new ServiceCollection().AddMassMobilization());
        Assert.Same(RuleSetCatalogue.BuiltIn, provider.GetRequiredService<RuleSetCatalogue>());
        Assert.Same(provider.GetRequiredService<RuleSetCatalogue>(), provider.GetRequiredService<EligibilityEvaluator>().Catalogue);
        var options = provider.GetRequiredService<IOptions<MassMobilizationOptions>>().Value;
        Assert.Same(RubricPresets.CanTho2025, options.Rubric);
        Assert.Same(BonusSchedule.Default, options.BonusSchedule);
        Assert.Same(MassMobilization.Core.Activities.AnswerDeadlinePolicy.Default, provider.GetRequiredService<MassMobilization.Core.Activities.AnswerDeadlinePolicy>());
        Assert.False(options.AnswerDeadlinePolicy.IsConfirmed);
        Assert.Equal(30, options.AnswerDeadlinePolicy.CalendarDays);
        Assert.Equal("VN-2025", provider.GetRequiredService<RuleSetCatalogue>().ForAchievementYear(2026)!.Id);
    }

    [Fact]
    public void The_answer_deadline_for_recommendations_is_configuration()
    {
        var confirmed = new MassMobilization.Core.Activities.AnswerDeadlinePolicy(15, true, "Provincial regulation (sample)");
        using var provider = Build(new ServiceCollection().AddMassMobilization(o => o.AnswerDeadlinePolicy = confirmed));
        Assert.Same(confirmed, provider.GetRequiredService<MassMobilization.Core.Activities.AnswerDeadlinePolicy>());
        using var invalid = Build(new ServiceCollection().AddMassMobilization(o => o.AnswerDeadlinePolicy = null!));
        var error = Assert.Throws<OptionsValidationException>(() => invalid.GetRequiredService<IOptions<MassMobilizationOptions>>().Value);
        Assert.Contains("AnswerDeadlinePolicy", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_options_fail_validation_naming_the_option()
    {
        using var provider = Build(new ServiceCollection().AddMassMobilization(o => o.PercentageFormat = null!));
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<MassMobilizationOptions>>().Value);
        Assert.Contains("MassMobilizationOptions.PercentageFormat is not set.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Overlapping_rule_sets_fail_validation()
    {
        var overlapping = RuleSetCatalogue.BuiltIn.Sets[^1];
        using var provider = Build(new ServiceCollection().AddMassMobilization(o => o.AddRuleSet(overlapping)));
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<MassMobilizationOptions>>().Value);
        Assert.Contains("MassMobilizationOptions.RuleSets", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_services_are_rejected()
    {
        Assert.Throws<ArgumentNullException>("services", () => MassMobilizationServiceCollectionExtensions.AddMassMobilization(null!));
    }
}
