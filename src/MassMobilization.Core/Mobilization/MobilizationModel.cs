using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Mobilization;

/// <summary>
/// A "Dân vận khéo" model (mô hình dân vận khéo): a registered way of doing mass mobilization work,
/// with its dated lifecycle history. Immutable: <see cref="RegisteredSubject{TSubject, TId, TRegistration}.Apply"/>
/// returns a new model; the one transition function <see cref="ModelLifecycle.TryApply"/> decides every step.
/// Everything but the replication link is shared with <see cref="Exemplar"/> through
/// <see cref="RegisteredSubject{TSubject, TId, TRegistration}"/>.
/// </summary>
/// <remarks>
/// Create models with <see cref="ModelRegistrar.Register(ModelRegistration, IEnumerable{MobilizationModel})"/>,
/// which checks the registration's completeness and duplicates, or rebuild stored ones with
/// <see cref="FromHistory"/>.
/// </remarks>
public sealed class MobilizationModel : RegisteredSubject<MobilizationModel, MobilizationModelId, ModelRegistration>
{
    private MobilizationModel(ModelRegistration registration, RecognitionAuthority authority, LifecycleHistory history)
        : base(RecognitionSubject.Model, registration, authority, history)
    {
    }

    /// <summary>Gets the model this one replicates, or <see langword="null"/>.</summary>
    public MobilizationModelId? ReplicationOf => Registration.ReplicationOf;

    /// <summary>Rebuilds a model from its registration and every step after the registration, replaying them through the transition function.</summary>
    /// <param name="registration">The registration; its id, name, owner, level, field, registration date and period must be present (completeness is checked by <see cref="ModelRegistrar"/>).</param>
    /// <param name="authority">The recognition authority.</param>
    /// <param name="steps">The steps after registration, in order.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException">An argument or a step is null.</exception>
    /// <exception cref="ArgumentException">An essential item of <paramref name="registration"/> is missing.</exception>
    /// <exception cref="DomainRuleException">A step is forbidden, or the model names itself as its replication source (<see cref="MobilizationRuleCodes.ReplicationSourceInvalid"/>); the rule code says why.</exception>
    public static MobilizationModel FromHistory(ModelRegistration registration, RecognitionAuthority authority, IEnumerable<ModelTransition> steps)
    {
        var history = Replay(registration, authority, steps, "A model");
        Guard.Against.RuleViolation(
            registration.ReplicationOf is not { } source || source != registration.Id,
            MobilizationRuleCodes.ReplicationSourceInvalid,
            $"The model {registration.Id} cannot be a replication of itself.");
        return new MobilizationModel(registration, authority, history);
    }

    internal static MobilizationModel Create(ModelRegistration registration, RecognitionAuthority authority) =>
        FromHistory(registration, authority, Array.Empty<ModelTransition>());

    private protected override MobilizationModel With(LifecycleHistory history) => new(Registration, Authority, history);
}
