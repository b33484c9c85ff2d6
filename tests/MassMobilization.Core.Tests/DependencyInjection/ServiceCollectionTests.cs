using System;
using System.Linq;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Awards;
using MassMobilization.Core.DependencyInjection;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Evaluation;
using MassMobilization.Core.Mobilization;
using MassMobilization.Core.Quantities;
using Microsoft.Extensions.DependencyInjection;
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
        typeof(MassMobilizationOptions),
        typeof(PercentageFormat),
        typeof(DocumentTypeCatalogue),
        typeof(ModelFieldCatalogue),
        typeof(IndicatorCatalogue),
        typeof(ModelRegistrar),
        typeof(RuleSetCatalogue),
        typeof(EligibilityEvaluator),
        typeof(BonusSchedule),
        typeof(Rubric),
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
        Assert.All(services, d => Assert.Equal(ServiceLifetime.Singleton, d.Lifetime));
        Assert.Equal(LibraryServices.OrderBy(t => t.FullName, StringComparer.Ordinal), services.Select(d => d.ServiceType).OrderBy(t => t.FullName, StringComparer.Ordinal));
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
        Assert.Equal(once.Count, twice.Count);

        using var provider = Build(twice);
        Assert.True(provider.GetRequiredService<ModelFieldCatalogue>().TryFind("NEW-RURAL", out _));
        Assert.Equal(PercentageFormat.VietnameseOneDecimal, provider.GetRequiredService<PercentageFormat>());
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
        Assert.Same(RubricPresets.CanTho2025, provider.GetRequiredService<Rubric>());
        Assert.Same(BonusSchedule.Default, provider.GetRequiredService<BonusSchedule>());
        Assert.Equal("VN-2025", provider.GetRequiredService<RuleSetCatalogue>().ForAchievementYear(2026)!.Id);
    }

    [Fact]
    public void Null_services_are_rejected()
    {
        Assert.Throws<ArgumentNullException>("services", () => MassMobilizationServiceCollectionExtensions.AddMassMobilization(null!));
    }
}
