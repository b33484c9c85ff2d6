using System;
using System.Collections.Generic;
using MassMobilization.Core.Organization;
using NodaTime;

namespace MassMobilization.Core.Mobilization;

/// <summary>
/// A "Dân vận khéo" exemplar (điển hình dân vận khéo): a collective or an individual who does mass
/// mobilization well, registered and then recognised like a model. Immutable, and driven by the same
/// transition function as models (<see cref="ModelLifecycle.TryApply"/>): one state machine for both.
/// </summary>
public sealed class Exemplar
{
    private readonly LifecycleHistory history;

    private Exemplar(ExemplarRegistration registration, RecognitionAuthority authority, LifecycleHistory history)
    {
        Registration = registration;
        Authority = authority;
        this.history = history;
        Id = registration.Id!.Value;
        Name = registration.Name!;
        Owner = registration.Owner!;
        Level = registration.Level!.Value;
        Field = registration.Field!;
        Period = registration.Period!;
    }

    /// <summary>Gets the exemplar's id.</summary>
    public ExemplarId Id { get; }

    /// <summary>Gets the exemplar's title.</summary>
    public string Name { get; }

    /// <summary>Gets the collective or individual who is the exemplar, with their unit.</summary>
    public ModelOwner Owner { get; }

    /// <summary>Gets the owner's unit.</summary>
    public UnitCode Unit => Owner.Unit;

    /// <summary>Gets where the exemplar is registered.</summary>
    public RegisteringLevel Level { get; }

    /// <summary>Gets the field.</summary>
    public ModelField Field { get; }

    /// <summary>Gets the registration period.</summary>
    public DateInterval Period { get; }

    /// <summary>Gets the registration date.</summary>
    public LocalDate RegisteredOn => history.Entries[0].Date;

    /// <summary>Gets the full registration.</summary>
    public ExemplarRegistration Registration { get; }

    /// <summary>Gets the recognition authority the lifecycle is checked against.</summary>
    public RecognitionAuthority Authority { get; }

    /// <summary>Gets the dated history, starting with the registration.</summary>
    public IReadOnlyList<LifecycleEntry> History => history.Entries;

    /// <summary>Gets the compact timeline of the history.</summary>
    public StateTimeline Timeline => history.Timeline;

    /// <summary>Gets the current status.</summary>
    public LifecycleStatus Status => history.Current;

    /// <summary>Gets the current state.</summary>
    public ModelState State => history.Current.State;

    /// <summary>Rebuilds an exemplar from its registration and every step after it.</summary>
    /// <param name="registration">The registration; its id, name, owner, level, field, registration date and period must be present.</param>
    /// <param name="authority">The recognition authority.</param>
    /// <param name="steps">The steps after registration, in order.</param>
    /// <returns>The exemplar.</returns>
    /// <exception cref="ArgumentNullException">An argument or a step is null.</exception>
    /// <exception cref="ArgumentException">An essential item of <paramref name="registration"/> is missing.</exception>
    /// <exception cref="DomainRuleException">A step is forbidden.</exception>
    public static Exemplar FromHistory(ExemplarRegistration registration, RecognitionAuthority authority, IEnumerable<ModelTransition> steps)
    {
        ArgumentNullException.ThrowIfNull(registration);
        ArgumentNullException.ThrowIfNull(authority);
        ArgumentNullException.ThrowIfNull(steps);
        CheckEssentials(registration);
        var all = new List<ModelTransition> { ModelTransition.Register(registration.RegisteredOn!.Value) };
        all.AddRange(Preconditions.CheckNotNullElements(steps, nameof(steps)));
        return new Exemplar(registration, authority, LifecycleHistory.TryReplay(all, registration.Level!.Value.Level, authority).GetValueOrThrow());
    }

    /// <summary>Applies a step, returning the new exemplar.</summary>
    /// <param name="transition">The step.</param>
    /// <returns>The new exemplar; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="transition"/> is null.</exception>
    /// <exception cref="DomainRuleException">The step is forbidden.</exception>
    public Exemplar Apply(ModelTransition transition)
    {
        ArgumentNullException.ThrowIfNull(transition);
        return TryApply(transition).GetValueOrThrow();
    }

    /// <summary>Tries a step.</summary>
    /// <param name="transition">The step.</param>
    /// <returns>The new exemplar, or the rule that forbids the step.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="transition"/> is null.</exception>
    public LifecycleResult<Exemplar> TryApply(ModelTransition transition)
    {
        ArgumentNullException.ThrowIfNull(transition);
        var next = history.TryAppend(transition, Level.Level, Authority);
        return next.Success
            ? new LifecycleResult<Exemplar>(new Exemplar(Registration, Authority, next.GetValueOrThrow()))
            : new LifecycleResult<Exemplar>(next.RuleCode, next.Message);
    }

    /// <summary>Gets the state as of the end of a date, without allocating.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The state; <see cref="ModelState.None"/> before registration.</returns>
    public ModelState StateAsOf(LocalDate date) => history.Timeline.StateAsOf(date);

    /// <summary>Gets the full status as of the end of a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The status.</returns>
    public LifecycleStatus StatusAsOf(LocalDate date) => history.StatusAsOf(date);

    /// <summary>Describes the exemplar's recognition as of a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The highest recognition held then, or <see langword="null"/>.</returns>
    public RecognitionRecord? RecognitionAsOf(LocalDate date)
    {
        var step = history.LastRecognitionAsOf(date);
        return step is null
            ? null
            : new RecognitionRecord(RecognitionSubject.Exemplar, Id.Value, Name, Owner, Field, step.Level!.Value, step.Date, step.Decision!.Value);
    }

    /// <summary>Returns "id 'name' (state)".</summary>
    /// <returns>The readable form.</returns>
    public override string ToString() => $"{Id} '{Name}' ({State})";

    internal static Exemplar Create(ExemplarRegistration registration, RecognitionAuthority authority) =>
        FromHistory(registration, authority, Array.Empty<ModelTransition>());

    private static void CheckEssentials(ExemplarRegistration registration)
    {
        Preconditions.CheckArgument(
            registration.Id is { IsDefault: false } && !string.IsNullOrWhiteSpace(registration.Name) && registration.Owner is not null
            && registration.Level is { IsDefault: false } && registration.Field is not null && registration.RegisteredOn is not null && registration.Period is not null,
            nameof(registration),
            "An exemplar needs an id, name, owner, level, field, registration date and period; use ModelRegistrar.Check to list every missing item.");
    }
}
