using System;
using System.Linq;
using Ardalis.GuardClauses;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Awards;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Extensions.DependencyInjection;
using MassMobilization.Core.Mobilization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers MassMobilization.Core in an <see cref="IServiceCollection"/> (docs/getting-started.md, "Dependency injection").</summary>
public static class MassMobilizationServiceCollectionExtensions
{
    /// <summary>
    /// Registers the library's services as singletons (they are immutable and thread-safe): the clock, the
    /// catalogues (document types, model fields, indicators, award rule sets), the model registrar, the
    /// eligibility evaluator, and <see cref="MassMobilizationOptions"/> through Microsoft.Extensions.Options,
    /// validated when first read and at start-up in a host. Registrations use <c>TryAdd</c> semantics: a
    /// service the application registered itself (for example its own <see cref="IClock"/>) wins, before or
    /// after this call. Calling this method again is harmless: it adds no duplicate service and adds
    /// <paramref name="configure"/> to the same options.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes to the default options, or null.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddMassMobilization(this IServiceCollection services, Action<MassMobilizationOptions>? configure = null)
    {
        Guard.Against.Null(services);
        var options = services.AddOptions<MassMobilizationOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        if (!services.Any(d => d.ServiceType == typeof(IValidateOptions<MassMobilizationOptions>) && d.ImplementationType == typeof(MassMobilizationOptionsValidator)))
        {
            // Once per collection: ValidateOnStart adds a registration of its own each time it is called.
            services.AddSingleton<IValidateOptions<MassMobilizationOptions>, MassMobilizationOptionsValidator>();
            options.ValidateOnStart();
        }

        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton(provider => new DocumentTypeCatalogue([.. DocumentTypeCatalogue.Default.Types, .. Options(provider).DocumentTypes]));
        services.TryAddSingleton(provider => Options(provider).Fields.Aggregate(ModelFieldCatalogue.Standard, (catalogue, field) => catalogue.With(field)));
        services.TryAddSingleton(provider => IndicatorCatalogue.Standard.With(Options(provider).Indicators));
        services.TryAddSingleton(provider => new ModelRegistrar(
            provider.GetRequiredService<ModelFieldCatalogue>(),
            Options(provider).DuplicateRule,
            Options(provider).RecognitionAuthority));
        services.TryAddSingleton(provider => MassMobilizationOptionsValidator.RuleSets(Options(provider)));
        services.TryAddSingleton(provider => Options(provider).AnswerDeadlinePolicy);
        services.TryAddSingleton(provider => new EligibilityEvaluator(provider.GetRequiredService<RuleSetCatalogue>()));
        return services;
    }

    private static MassMobilizationOptions Options(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<MassMobilizationOptions>>().Value;
}
