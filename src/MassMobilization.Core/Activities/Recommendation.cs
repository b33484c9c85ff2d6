using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using MassMobilization.Core.Organization;
using NodaTime;

namespace MassMobilization.Core.Activities;

/// <summary>
/// A recommendation or report raised by the people (phản ánh, kiến nghị; docs/activities.md
/// "Recommendations"): where it was raised (the channel and, when known, the record it came from), what
/// it says, the body responsible, and its dated history. Immutable: <see cref="TryApply"/> returns a new
/// recommendation; the steps are decided by <see cref="RecommendationLifecycle.TryApply"/> alone.
/// </summary>
public sealed class Recommendation : IActivityRecord
{
    private static readonly ActivityQuantity[] OneCount = [new(ActivityMeasures.Count, 1)];
    private static readonly IReadOnlyList<ActivityQuantity> OneCountView = ReadOnlyView.Of(OneCount);

    private readonly RecommendationTransition[] history;
    private IReadOnlyList<RecommendationTransition>? historyView;

    private Recommendation(ActivityId id, UnitCode unit, RecommendationChannel channel, ActivityId? source, string content, RecommendationTransition[] history, RecommendationStatus status)
    {
        Id = id;
        Unit = unit;
        Channel = channel;
        Source = source;
        Content = content;
        this.history = history;
        Status = status;
    }

    /// <inheritdoc />
    public ActivityId Id { get; }

    /// <inheritdoc />
    public UnitCode Unit { get; }

    /// <summary>Gets the date it was received (the record's date).</summary>
    public LocalDate Date => history[0].Date;

    /// <summary>Gets the channel it was raised through.</summary>
    public RecommendationChannel Channel { get; }

    /// <summary>Gets the record it came from (a reception, dialogue, session…), or <see langword="null"/> when not recorded.</summary>
    public ActivityId? Source { get; }

    /// <summary>Gets what it says.</summary>
    public string Content { get; }

    /// <summary>Gets the current status.</summary>
    public RecommendationStatus Status { get; }

    /// <summary>Gets the current state.</summary>
    public RecommendationState State => Status.State;

    /// <summary>Gets the body now responsible for it.</summary>
    public string ResponsibleBody => Status.ResponsibleBody!;

    /// <summary>Gets the steps taken, in order; the first is the receipt.</summary>
    public IReadOnlyList<RecommendationTransition> History => historyView ??= ReadOnlyView.Of(history);

    /// <inheritdoc />
    public IReadOnlyList<ActivityQuantity> Quantities => OneCountView;

    /// <summary>Receives a recommendation: the first step of its lifecycle.</summary>
    /// <param name="id">The record's id.</param>
    /// <param name="unit">The unit it is kept against.</param>
    /// <param name="channel">The channel it was raised through.</param>
    /// <param name="source">The record it came from, or <see langword="null"/>.</param>
    /// <param name="content">What it says.</param>
    /// <param name="responsibleBody">The body responsible on receipt.</param>
    /// <param name="receivedOn">The date received.</param>
    /// <returns>The received recommendation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> or <paramref name="responsibleBody"/> is null.</exception>
    /// <exception cref="ArgumentException">The id, unit or source is the default value, or a text is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="channel"/> is not defined.</exception>
    public static Recommendation Receive(ActivityId id, UnitCode unit, RecommendationChannel channel, ActivityId? source, string content, string responsibleBody, LocalDate receivedOn)
    {
        Guard.Against.Null(content);
        Guard.Against.Null(responsibleBody);
        ActivityId.Check(id, nameof(id));
        Preconditions.CheckArgument(!unit.IsDefault, nameof(unit), "The unit must not be the default value.");
        Checks.Defined(channel, nameof(channel));
        Preconditions.CheckArgument(source is null || !source.Value.IsDefault, nameof(source), "The source must not be the default id.");
        Guard.Against.NullOrWhiteSpace(content);
        Guard.Against.NullOrWhiteSpace(responsibleBody);
        var step = RecommendationTransition.Receive(receivedOn, responsibleBody);
        var status = RecommendationLifecycle.Apply(default, step);
        return new(id, unit, channel, source, content, [step], status);
    }

    /// <summary>Applies a step through <see cref="RecommendationLifecycle.TryApply"/>; this recommendation is unchanged either way.</summary>
    /// <param name="transition">The step.</param>
    /// <returns>The recommendation after the step, or the rule that forbids it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="transition"/> is null.</exception>
    public ActivityResult<Recommendation> TryApply(RecommendationTransition transition)
    {
        Guard.Against.Null(transition);
        var result = RecommendationLifecycle.TryApply(Status, transition);
        return result.TryGetValue(out var status)
            ? new(new Recommendation(Id, Unit, Channel, Source, Content, [.. history, transition], status))
            : new(result.RuleCode!, result.ErrorMessage!);
    }

    /// <summary>Applies a step, throwing when it is forbidden.</summary>
    /// <param name="transition">The step.</param>
    /// <returns>The recommendation after the step.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="transition"/> is null.</exception>
    /// <exception cref="DomainRuleException">The step is forbidden; the rule code says why.</exception>
    public Recommendation Apply(RecommendationTransition transition)
    {
        Guard.Against.Null(transition);
        return TryApply(transition).GetValueOrThrow();
    }

    /// <summary>Gives the state on a date (after every step dated on or before it); <see cref="RecommendationState.None"/> before receipt.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The state then.</returns>
    public RecommendationState StateOn(LocalDate date)
    {
        var state = RecommendationState.None;
        foreach (var step in history)
        {
            if (step.Date > date)
            {
                break;
            }

            RecommendationLifecycle.TryGetTarget(state, step.Action, out state);
        }

        return state;
    }

    /// <summary>Gives the first date a step of the given action was taken, or <see langword="null"/>.</summary>
    /// <param name="action">The action.</param>
    /// <returns>The date, or <see langword="null"/> when the action was never taken.</returns>
    public LocalDate? DateOf(RecommendationAction action)
    {
        foreach (var step in history)
        {
            if (step.Action == action)
            {
                return step.Date;
            }
        }

        return null;
    }

    /// <summary>Returns "id: state (channel)".</summary>
    /// <returns>The readable form.</returns>
    public override string ToString() => $"{Id}: {State} ({Channel}, received {Checks.Iso(Date)})";
}
