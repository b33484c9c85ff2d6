using System;
using System.Collections.Generic;
using MassMobilization.Core.Organization;
using NodaTime;

namespace MassMobilization.Core.Mobilization;

/// <summary>
/// A "Dân vận khéo" model (mô hình dân vận khéo): a registered way of doing mass mobilization work,
/// with its dated lifecycle history. Immutable: <see cref="Apply"/> returns a new model; the one
/// transition function <see cref="ModelLifecycle.TryApply"/> decides every step.
/// </summary>
/// <remarks>
/// Create models with <see cref="ModelRegistrar.Register(ModelRegistration, IEnumerable{MobilizationModel})"/>,
/// which checks the registration's completeness and duplicates, or rebuild stored ones with
/// <see cref="FromHistory"/>. "As of" questions take the end of the given date: a step dated that day counts.
/// </remarks>
public sealed class MobilizationModel
{
    private readonly LifecycleHistory history;

    private MobilizationModel(ModelRegistration registration, RecognitionAuthority authority, LifecycleHistory history)
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

    /// <summary>Gets the model's id.</summary>
    public MobilizationModelId Id { get; }

    /// <summary>Gets the model's name as registered.</summary>
    public string Name { get; }

    /// <summary>Gets the owner (collective or individual) with its unit.</summary>
    public ModelOwner Owner { get; }

    /// <summary>Gets the owner's unit: the model's area.</summary>
    public UnitCode Unit => Owner.Unit;

    /// <summary>Gets where the model is registered.</summary>
    public RegisteringLevel Level { get; }

    /// <summary>Gets the model's field.</summary>
    public ModelField Field { get; }

    /// <summary>Gets the registration period.</summary>
    public DateInterval Period { get; }

    /// <summary>Gets the registration date (the date of the first history entry).</summary>
    public LocalDate RegisteredOn => history.Entries[0].Date;

    /// <summary>Gets the model this one replicates, or <see langword="null"/>.</summary>
    public MobilizationModelId? ReplicationOf => Registration.ReplicationOf;

    /// <summary>Gets the full registration form.</summary>
    public ModelRegistration Registration { get; }

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

    /// <summary>Rebuilds a model from its registration and every step after the registration, replaying them through the transition function.</summary>
    /// <param name="registration">The registration; its id, name, owner, level, field, registration date and period must be present (completeness is checked by <see cref="ModelRegistrar"/>).</param>
    /// <param name="authority">The recognition authority.</param>
    /// <param name="steps">The steps after registration, in order.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException">An argument or a step is null.</exception>
    /// <exception cref="ArgumentException">An essential item of <paramref name="registration"/> is missing.</exception>
    /// <exception cref="DomainRuleException">A step is forbidden; the rule code says why.</exception>
    public static MobilizationModel FromHistory(ModelRegistration registration, RecognitionAuthority authority, IEnumerable<ModelTransition> steps)
    {
        ArgumentNullException.ThrowIfNull(registration);
        ArgumentNullException.ThrowIfNull(authority);
        ArgumentNullException.ThrowIfNull(steps);
        CheckEssentials(registration);
        var all = new List<ModelTransition> { ModelTransition.Register(registration.RegisteredOn!.Value) };
        all.AddRange(Preconditions.CheckNotNullElements(steps, nameof(steps)));
        var replayed = LifecycleHistory.TryReplay(all, registration.Level!.Value.Level, authority).GetValueOrThrow();
        return new MobilizationModel(registration, authority, replayed);
    }

    /// <summary>Applies a step, returning the new model.</summary>
    /// <param name="transition">The step.</param>
    /// <returns>The new model; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="transition"/> is null.</exception>
    /// <exception cref="DomainRuleException">The step is forbidden; the rule code says why.</exception>
    public MobilizationModel Apply(ModelTransition transition)
    {
        ArgumentNullException.ThrowIfNull(transition);
        return TryApply(transition).GetValueOrThrow();
    }

    /// <summary>Tries a step.</summary>
    /// <param name="transition">The step.</param>
    /// <returns>The new model, or the rule that forbids the step.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="transition"/> is null.</exception>
    public LifecycleResult<MobilizationModel> TryApply(ModelTransition transition)
    {
        ArgumentNullException.ThrowIfNull(transition);
        var next = history.TryAppend(transition, Level.Level, Authority);
        return next.Success
            ? new LifecycleResult<MobilizationModel>(new MobilizationModel(Registration, Authority, next.GetValueOrThrow()))
            : new LifecycleResult<MobilizationModel>(next.RuleCode, next.Message);
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
        Preconditions.CheckArgumentRange(nameof(state), (int)state, (int)ModelState.Registered, (int)ModelState.Replicated);
        return history.Timeline.FurthestAsOf(date) >= state;
    }

    /// <summary>Describes the model's recognition as of a date, for scoring bonuses and reports.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The highest recognition held on that date with its decision, or <see langword="null"/> when not recognised then.</returns>
    public RecognitionRecord? RecognitionAsOf(LocalDate date)
    {
        var step = history.LastRecognitionAsOf(date);
        return step is null
            ? null
            : new RecognitionRecord(RecognitionSubject.Model, Id.Value, Name, Owner, Field, step.Level!.Value, step.Date, step.Decision!.Value);
    }

    /// <summary>Returns "id 'name' (state)".</summary>
    /// <returns>The readable form.</returns>
    public override string ToString() => $"{Id} '{Name}' ({State})";

    internal static MobilizationModel Create(ModelRegistration registration, RecognitionAuthority authority)
    {
        CheckEssentials(registration);
        var first = new[] { ModelTransition.Register(registration.RegisteredOn!.Value) };
        return new MobilizationModel(registration, authority, LifecycleHistory.TryReplay(first, registration.Level!.Value.Level, authority).GetValueOrThrow());
    }

    private static void CheckEssentials(ModelRegistration registration)
    {
        Preconditions.CheckArgument(
            registration.Id is { IsDefault: false } && !string.IsNullOrWhiteSpace(registration.Name) && registration.Owner is not null
            && registration.Level is { IsDefault: false } && registration.Field is not null && registration.RegisteredOn is not null && registration.Period is not null,
            nameof(registration),
            "A model needs an id, name, owner, level, field, registration date and period; use ModelRegistrar.Check to list every missing item.");
    }
}
