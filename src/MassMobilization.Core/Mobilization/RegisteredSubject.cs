using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using MassMobilization.Core.Organization;
using NodaTime;

namespace MassMobilization.Core.Mobilization;

/// <summary>
/// What a "Dân vận khéo" model and an exemplar have in common: a checked registration and a dated
/// lifecycle history driven by the one transition function <see cref="ModelLifecycle.TryApply"/>.
/// Immutable: <see cref="Apply"/> returns a new value. The two kinds stay distinct types
/// (<see cref="MobilizationModel"/>, a way of working; <see cref="Exemplar"/>, a collective or a person),
/// and <see cref="Kind"/> says which one a value is.
/// </summary>
/// <remarks>
/// "As of" questions take the end of the given date: a step dated that day counts. Only the library
/// derives from this class.
/// </remarks>
/// <typeparam name="TSubject">The subject type itself.</typeparam>
/// <typeparam name="TId">The subject's id type.</typeparam>
/// <typeparam name="TRegistration">The subject's registration type.</typeparam>
public abstract class RegisteredSubject<TSubject, TId, TRegistration>
    where TSubject : RegisteredSubject<TSubject, TId, TRegistration>
    where TId : struct, IEquatable<TId>, IComparable<TId>
    where TRegistration : SubjectRegistration<TId>
{
    private readonly LifecycleHistory history;

    private protected RegisteredSubject(RecognitionSubject kind, TRegistration registration, RecognitionAuthority authority, LifecycleHistory history)
    {
        Kind = kind;
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

    /// <summary>Gets whether this is a model or an exemplar.</summary>
    public RecognitionSubject Kind { get; }

    /// <summary>Gets the id.</summary>
    public TId Id { get; }

    /// <summary>Gets the name as registered (a model's name, an exemplar's title).</summary>
    public string Name { get; }

    /// <summary>Gets the owner (collective or individual; for an exemplar, who is the exemplar) with its unit.</summary>
    public ModelOwner Owner { get; }

    /// <summary>Gets the owner's unit: the area.</summary>
    public UnitCode Unit => Owner.Unit;

    /// <summary>Gets where the registration was made.</summary>
    public RegisteringLevel Level { get; }

    /// <summary>Gets the field.</summary>
    public ModelField Field { get; }

    /// <summary>Gets the registration period.</summary>
    public DateInterval Period { get; }

    /// <summary>Gets the registration date (the date of the first history entry).</summary>
    public LocalDate RegisteredOn => history.Entries[0].Date;

    /// <summary>Gets the full registration.</summary>
    public TRegistration Registration { get; }

    /// <summary>Gets the recognition authority the lifecycle is checked against.</summary>
    public RecognitionAuthority Authority { get; }

    /// <summary>Gets the dated history, starting with the registration; dates never go backwards.</summary>
    public IReadOnlyList<LifecycleEntry> History => history.Entries;

    /// <summary>Gets the compact timeline of the history, for fast counting at scale.</summary>
    public StateTimeline Timeline => history.Timeline;

    /// <summary>Gets the current status (after the last step).</summary>
    public LifecycleStatus Status => history.Current;

    /// <summary>Gets the current state.</summary>
    public ModelState State => history.Current.State;

    /// <summary>Applies a step, returning the new value.</summary>
    /// <param name="transition">The step.</param>
    /// <returns>The new value; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="transition"/> is null.</exception>
    /// <exception cref="DomainRuleException">The step is forbidden; the rule code says why.</exception>
    public TSubject Apply(ModelTransition transition)
    {
        Guard.Against.Null(transition);
        return TryApply(transition).GetValueOrThrow();
    }

    /// <summary>Tries a step.</summary>
    /// <param name="transition">The step.</param>
    /// <returns>The new value, or the rule that forbids the step.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="transition"/> is null.</exception>
    public LifecycleResult<TSubject> TryApply(ModelTransition transition)
    {
        Guard.Against.Null(transition);
        var next = history.TryAppend(transition, Level.Level, Authority);
        return next.Success ? new(With(next.Value)) : new(next.RuleCode, next.ErrorMessage);
    }

    /// <summary>Gets the state as of the end of a date, scanning the packed history without allocating.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The state; <see cref="ModelState.None"/> before registration.</returns>
    public ModelState StateAsOf(LocalDate date) => history.Timeline.StateAsOf(date);

    /// <summary>Gets the full status as of the end of a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The status; the default value before registration.</returns>
    public LifecycleStatus StatusAsOf(LocalDate date) => history.StatusAsOf(date);

    /// <summary>Checks whether a main-line state had been reached by the end of a date ("completed or beyond").</summary>
    /// <param name="state">A main-line state.</param>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when reached.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="state"/> is not a main-line state.</exception>
    public bool HasReached(ModelState state, LocalDate date)
    {
        Guard.Against.OutOfRange((int)state, nameof(state), (int)ModelState.Registered, (int)ModelState.Replicated);
        return history.Timeline.FurthestAsOf(date) >= state;
    }

    /// <summary>Describes the recognition as of a date, for scoring bonuses and reports.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The highest recognition held on that date with its decision, or <see langword="null"/> when not recognised then.</returns>
    public RecognitionRecord? RecognitionAsOf(LocalDate date)
    {
        var step = history.LastRecognitionAsOf(date);
        return step is null
            ? null
            : new RecognitionRecord(Kind, Id.ToString()!, Name, Owner, Field, step.Level!.Value, step.Date, step.Decision!.Value);
    }

    /// <summary>Returns "id 'name' (state)".</summary>
    /// <returns>The readable form.</returns>
    public override string ToString() => $"{Id} '{Name}' ({State})";

    /// <summary>Replays a registration and the steps after it through the transition function.</summary>
    private protected static LifecycleHistory Replay(TRegistration registration, RecognitionAuthority authority, IEnumerable<ModelTransition> steps, string what)
    {
        Guard.Against.Null(registration);
        Guard.Against.Null(authority);
        Guard.Against.Null(steps);
        Preconditions.CheckArgument(
            registration.HasEssentials,
            nameof(registration),
            $"{what} needs an id, name, owner, level, field, registration date and period; use ModelRegistrar.Check to list every missing item.");
        var all = new List<ModelTransition> { ModelTransition.Register(registration.RegisteredOn!.Value) };
        all.AddRange(Preconditions.CheckNotNullElements(steps, nameof(steps)));
        return LifecycleHistory.TryReplay(all, registration.Level!.Value.Level, authority).GetValueOrThrow();
    }

    /// <summary>The same subject with another history.</summary>
    private protected abstract TSubject With(LifecycleHistory history);
}
