using System;
using System.Linq;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Awards;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Mobilization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace MassMobilization.Core.DependencyInjection;

/// <summary>Registers the library's services in an <see cref="IServiceCollection"/>.</summary>
public static class MassMobilizationServiceCollectionExtensions
{
    /// <summary>
    /// Registers the clock, the catalogues, the rule sets, the evaluators, the rubric presets and the
    /// formatting policies as singletons (they are immutable and thread-safe). Registrations use
    /// <c>TryAdd</c> semantics: a service the application registered itself (for example its own
    /// <see cref="IClock"/>) wins, before or after this call. Calling this method again is harmless: it adds
    /// no duplicate registrations and applies <paramref name="configure"/> to the same options.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes to the default options, or null.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddMassMobilization(this IServiceCollection services, Action<MassMobilizationOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = FindOptions(services);
        if (options is null)
        {
            options = new MassMobilizationOptions();
            services.AddSingleton(options);
        }

        configure?.Invoke(options);

        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton(_ => options.PercentageFormat);
        services.TryAddSingleton(_ => new DocumentTypeCatalogue([.. DocumentTypeCatalogue.Default.Types, .. options.DocumentTypes]));
        services.TryAddSingleton(_ => options.Fields.Aggregate(ModelFieldCatalogue.Standard, (catalogue, field) => catalogue.With(field)));
        services.TryAddSingleton(_ => IndicatorCatalogue.Standard.With(options.Indicators));
        services.TryAddSingleton(provider => new ModelRegistrar(
            provider.GetRequiredService<ModelFieldCatalogue>(),
            options.DuplicateRule,
            options.RecognitionAuthority));
        services.TryAddSingleton(_ => options.RuleSets.Aggregate(RuleSetCatalogue.BuiltIn, (catalogue, set) => catalogue.With(set)));
        services.TryAddSingleton(provider => new EligibilityEvaluator(provider.GetRequiredService<RuleSetCatalogue>()));
        services.TryAddSingleton(_ => options.BonusSchedule);
        services.TryAddSingleton(_ => options.Rubric);
        return services;
    }

    private static MassMobilizationOptions? FindOptions(IServiceCollection services)
    {
        foreach (var descriptor in services)
        {
            if (descriptor.ServiceType == typeof(MassMobilizationOptions) && !descriptor.IsKeyedService && descriptor.ImplementationInstance is MassMobilizationOptions existing)
            {
                return existing;
            }
        }

        return null;
    }
}
