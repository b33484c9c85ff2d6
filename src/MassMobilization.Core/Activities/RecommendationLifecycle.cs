using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Activities;

/// <summary>One row of the recommendation transition table: from a state, an action leads to a state.</summary>
/// <param name="From">The state before.</param>
/// <param name="Action">The action.</param>
/// <param name="To">The state after.</param>
public readonly record struct RecommendationRule(RecommendationState From, RecommendationAction Action, RecommendationState To);

/// <summary>
/// The one state machine of recommendations (docs/activities.md "Recommendations"): received →
/// forwarded → answered / resolved; rejected; withdrawn. <see cref="Table"/> lists every allowed step
/// and <see cref="TryApply"/> is the one pure transition function; <see cref="Recommendation"/> never
/// decides a step itself.
/// </summary>
/// <remarks>
/// A recommendation may be answered or resolved straight from receipt, forwarded again to another body,
/// resolved after an answer, and rejected or withdrawn before it is answered. Resolved, rejected and
/// withdrawn are ends. A step dated before the previous one is refused
/// (<see cref="ActivityRuleCodes.RecommendationDateBeforePrevious"/>).
/// </remarks>
public static class RecommendationLifecycle
{
    private static readonly RecommendationRule[] Rows =
    {
        new(RecommendationState.None, RecommendationAction.Receive, RecommendationState.Received),
        new(RecommendationState.Received, RecommendationAction.Forward, RecommendationState.Forwarded),
        new(RecommendationState.Received, RecommendationAction.Answer, RecommendationState.Answered),
        new(RecommendationState.Received, RecommendationAction.Resolve, RecommendationState.Resolved),
        new(RecommendationState.Received, RecommendationAction.Reject, RecommendationState.Rejected),
        new(RecommendationState.Received, RecommendationAction.Withdraw, RecommendationState.Withdrawn),
        new(RecommendationState.Forwarded, RecommendationAction.Forward, RecommendationState.Forwarded),
        new(RecommendationState.Forwarded, RecommendationAction.Answer, RecommendationState.Answered),
        new(RecommendationState.Forwarded, RecommendationAction.Resolve, RecommendationState.Resolved),
        new(RecommendationState.Forwarded, RecommendationAction.Reject, RecommendationState.Rejected),
        new(RecommendationState.Forwarded, RecommendationAction.Withdraw, RecommendationState.Withdrawn),
        new(RecommendationState.Answered, RecommendationAction.Resolve, RecommendationState.Resolved),
    };

    /// <summary>Gets the transition table.</summary>
    public static IReadOnlyList<RecommendationRule> Table { get; } = ReadOnlyView.Of(Rows);

    /// <summary>Checks whether a state is an end (resolved, rejected or withdrawn).</summary>
    /// <param name="state">The state.</param>
    /// <returns><see langword="true"/> for an end.</returns>
    public static bool IsEnd(RecommendationState state) =>
        state is RecommendationState.Resolved or RecommendationState.Rejected or RecommendationState.Withdrawn;

    /// <summary>Looks up the table.</summary>
    /// <param name="from">The current state.</param>
    /// <param name="action">The action.</param>
    /// <param name="to">The state the action leads to, when allowed.</param>
    /// <returns><see langword="true"/> when the table has the row.</returns>
    public static bool TryGetTarget(RecommendationState from, RecommendationAction action, out RecommendationState to)
    {
        foreach (var row in Rows)
        {
            if (row.From == from && row.Action == action)
            {
                to = row.To;
                return true;
            }
        }

        to = RecommendationState.None;
        return false;
    }

    /// <summary>The transition function: applies one step, or says which rule forbids it. Pure.</summary>
    /// <param name="status">The current status (the default value before receipt).</param>
    /// <param name="transition">The step.</param>
    /// <returns>The new status, or the forbidding rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="transition"/> is null.</exception>
    public static ActivityResult<RecommendationStatus> TryApply(RecommendationStatus status, RecommendationTransition transition)
    {
        Guard.Against.Null(transition);
        var action = transition.Action;
        if (!TryGetTarget(status.State, action, out var to))
        {
            return IsEnd(status.State)
                ? new(ActivityRuleCodes.RecommendationEnded, $"The recommendation is {status.State}, an end: {action} is not allowed.")
                : new(ActivityRuleCodes.RecommendationStepNotAllowed, $"{action} is not allowed from {status.State}.");
        }

        if (status.Since is { } previous && transition.Date < previous)
        {
            return new(ActivityRuleCodes.RecommendationDateBeforePrevious, $"{action} is dated {Checks.Iso(transition.Date)}, before the previous step on {Checks.Iso(previous)}.");
        }

        return new(new RecommendationStatus(to, transition.Date, transition.Body ?? status.ResponsibleBody));
    }

    /// <summary>Applies one step, throwing when it is forbidden.</summary>
    /// <param name="status">The current status.</param>
    /// <param name="transition">The step.</param>
    /// <returns>The new status.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="transition"/> is null.</exception>
    /// <exception cref="DomainRuleException">The step is forbidden; the rule code says why.</exception>
    public static RecommendationStatus Apply(RecommendationStatus status, RecommendationTransition transition)
    {
        Guard.Against.Null(transition);
        return TryApply(status, transition).GetValueOrThrow();
    }
}
