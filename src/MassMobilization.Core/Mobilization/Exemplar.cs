using System;
using System.Collections.Generic;

namespace MassMobilization.Core.Mobilization;

/// <summary>
/// A "Dân vận khéo" exemplar (điển hình dân vận khéo): a collective or an individual who does mass
/// mobilization well, registered and then recognised like a model. Immutable, and driven by the same
/// transition function as models (<see cref="ModelLifecycle.TryApply"/>): everything is shared with
/// <see cref="MobilizationModel"/> through <see cref="RegisteredSubject{TSubject, TId, TRegistration}"/>.
/// </summary>
public sealed class Exemplar : RegisteredSubject<Exemplar, ExemplarId, ExemplarRegistration>
{
    private Exemplar(ExemplarRegistration registration, RecognitionAuthority authority, LifecycleHistory history)
        : base(RecognitionSubject.Exemplar, registration, authority, history)
    {
    }

    /// <summary>Rebuilds an exemplar from its registration and every step after it.</summary>
    /// <param name="registration">The registration; its id, name, owner, level, field, registration date and period must be present.</param>
    /// <param name="authority">The recognition authority.</param>
    /// <param name="steps">The steps after registration, in order.</param>
    /// <returns>The exemplar.</returns>
    /// <exception cref="ArgumentNullException">An argument or a step is null.</exception>
    /// <exception cref="ArgumentException">An essential item of <paramref name="registration"/> is missing.</exception>
    /// <exception cref="DomainRuleException">A step is forbidden.</exception>
    public static Exemplar FromHistory(ExemplarRegistration registration, RecognitionAuthority authority, IEnumerable<ModelTransition> steps) =>
        new(registration, authority, Replay(registration, authority, steps, "An exemplar"));

    internal static Exemplar Create(ExemplarRegistration registration, RecognitionAuthority authority) =>
        FromHistory(registration, authority, Array.Empty<ModelTransition>());

    private protected override Exemplar With(LifecycleHistory history) => new(Registration, Authority, history);
}
