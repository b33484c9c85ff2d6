using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Mobilization;

/// <summary>
/// The one lifecycle of "Dân vận khéo" models and exemplars (docs/mobilization.md "Lifecycle"), as a transition table
/// (<see cref="Table"/>) and one pure transition function (<see cref="TryApply"/>). Aggregates never
/// decide a step themselves: they call this function, so there is one state machine.
/// </summary>
/// <remarks>
/// <para>Main line: registered → implementing → completed → reviewed → recognised (at a level) →
/// replicated. Withdrawn and not recognised are ends, reachable from every state before recognition
/// ("at any point, with the reason"). A recognised model may be recognised again at a higher level
/// (recognition at a higher level implies the lower ones) and replicated more than once.</para>
/// <para>Besides the table, a step is forbidden when it is dated before the previous step
/// (<see cref="MobilizationRuleCodes.DateBeforePrevious"/>), when a recognition is above the
/// registering body's authority (<see cref="MobilizationRuleCodes.RecognitionAboveAuthority"/>), or
/// when a further recognition is not higher (<see cref="MobilizationRuleCodes.RecognitionNotHigher"/>).</para>
/// </remarks>
public static class ModelLifecycle
{
    private const int StateCount = 9;
    private const int ActionCount = 9;

    private static readonly LifecycleRule[] Rows =
    {
        new(ModelState.None, LifecycleAction.Register, ModelState.Registered),
        new(ModelState.Registered, LifecycleAction.StartImplementing, ModelState.Implementing),
        new(ModelState.Registered, LifecycleAction.Withdraw, ModelState.Withdrawn),
        new(ModelState.Registered, LifecycleAction.RejectRecognition, ModelState.NotRecognised),
        new(ModelState.Implementing, LifecycleAction.Complete, ModelState.Completed),
        new(ModelState.Implementing, LifecycleAction.Withdraw, ModelState.Withdrawn),
        new(ModelState.Implementing, LifecycleAction.RejectRecognition, ModelState.NotRecognised),
        new(ModelState.Completed, LifecycleAction.Review, ModelState.Reviewed),
        new(ModelState.Completed, LifecycleAction.Withdraw, ModelState.Withdrawn),
        new(ModelState.Completed, LifecycleAction.RejectRecognition, ModelState.NotRecognised),
        new(ModelState.Reviewed, LifecycleAction.Recognise, ModelState.Recognised),
        new(ModelState.Reviewed, LifecycleAction.Withdraw, ModelState.Withdrawn),
        new(ModelState.Reviewed, LifecycleAction.RejectRecognition, ModelState.NotRecognised),
        new(ModelState.Recognised, LifecycleAction.Recognise, ModelState.Recognised),
        new(ModelState.Recognised, LifecycleAction.Replicate, ModelState.Replicated),
        new(ModelState.Replicated, LifecycleAction.Recognise, ModelState.Replicated),
        new(ModelState.Replicated, LifecycleAction.Replicate, ModelState.Replicated),
    };

    // Dense lookup built from Rows: next[from * ActionCount + action] is the target state, or -1.
    private static readonly sbyte[] Next = BuildNext();

    // For each action, the earliest main-line state it may start from (to tell "skipped" from "backwards").
    private static readonly ModelState[] EarliestFrom = BuildEarliest();

    /// <summary>Gets the transition table, in lifecycle order.</summary>
    public static IReadOnlyList<LifecycleRule> Table { get; } = Array.AsReadOnly(Rows);

    /// <summary>Gets every state of the lifecycle, in order.</summary>
    public static IReadOnlyList<ModelState> States { get; } = Array.AsReadOnly(Enum.GetValues<ModelState>());

    /// <summary>Gets every action of the lifecycle, in order.</summary>
    public static IReadOnlyList<LifecycleAction> Actions { get; } = Array.AsReadOnly(Enum.GetValues<LifecycleAction>());

    /// <summary>Checks whether a state is an end (withdrawn or not recognised).</summary>
    /// <param name="state">The state.</param>
    /// <returns><see langword="true"/> for an end state.</returns>
    public static bool IsEnd(ModelState state) => state is ModelState.Withdrawn or ModelState.NotRecognised;

    /// <summary>Looks up the table.</summary>
    /// <param name="from">The current state.</param>
    /// <param name="action">The action.</param>
    /// <param name="to">The state the action leads to, when allowed.</param>
    /// <returns><see langword="true"/> when the table has a row for <paramref name="from"/> and <paramref name="action"/>.</returns>
    public static bool TryGetTarget(ModelState from, LifecycleAction action, out ModelState to)
    {
        int index = Index(from, action);
        if (index >= 0 && Next[index] >= 0)
        {
            to = (ModelState)Next[index];
            return true;
        }

        to = ModelState.None;
        return false;
    }

    /// <summary>
    /// The transition function: applies one step to a status, or says which rule forbids it. Pure: the
    /// same arguments always give the same result, and nothing is changed.
    /// </summary>
    /// <param name="status">The current status (the default value before registration).</param>
    /// <param name="transition">The step.</param>
    /// <param name="registeringLevel">The level the model is registered at (for the authority rule).</param>
    /// <param name="authority">The authority table.</param>
    /// <returns>The new status, or the forbidding rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="transition"/> or <paramref name="authority"/> is null.</exception>
    public static LifecycleResult<LifecycleStatus> TryApply(LifecycleStatus status, ModelTransition transition, ModelLevel registeringLevel, RecognitionAuthority authority)
    {
        Guard.Against.Null(transition);
        Guard.Against.Null(authority);
        var action = transition.Action;
        if (!TryGetTarget(status.State, action, out var to))
        {
            var (code, message) = Forbidden(status.State, action);
            return new(code, message);
        }

        if (status.Since is { } previous && transition.Date < previous)
        {
            return new(
                MobilizationRuleCodes.DateBeforePrevious,
                string.Create(CultureInfo.InvariantCulture, $"{action} is dated {transition.Date:uuuu-MM-dd}, before the previous step on {previous:uuuu-MM-dd}."));
        }

        var level = status.RecognisedLevel;
        if (action == LifecycleAction.Recognise)
        {
            var requested = transition.Level!.Value;
            if (registeringLevel < ModelLevel.Commune || registeringLevel > ModelLevel.Central)
            {
                return new(MobilizationRuleCodes.RecognitionAboveAuthority, $"The registering level {registeringLevel} is not a level, so no recognition is within its authority.");
            }

            var maximum = authority.MaximumLevel(registeringLevel);
            if (requested > maximum)
            {
                return new(
                    MobilizationRuleCodes.RecognitionAboveAuthority,
                    $"A model registered at {registeringLevel} level may be recognised up to {maximum} level; {requested} is above that authority.");
            }

            if (level is { } held && requested <= held)
            {
                return new(MobilizationRuleCodes.RecognitionNotHigher, $"The model is already recognised at {held} level, which includes {requested}.");
            }

            level = requested;
        }

        var furthest = IsEnd(to) || to <= status.Furthest ? status.Furthest : to;
        return new(new LifecycleStatus(to, furthest, level, transition.Date));
    }

    /// <summary>Applies one step, throwing when it is forbidden.</summary>
    /// <param name="status">The current status.</param>
    /// <param name="transition">The step.</param>
    /// <param name="registeringLevel">The level the model is registered at.</param>
    /// <param name="authority">The authority table.</param>
    /// <returns>The new status.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="transition"/> or <paramref name="authority"/> is null.</exception>
    /// <exception cref="DomainRuleException">The step is forbidden; the rule code says why.</exception>
    public static LifecycleStatus Apply(LifecycleStatus status, ModelTransition transition, ModelLevel registeringLevel, RecognitionAuthority authority)
    {
        Guard.Against.Null(transition);
        Guard.Against.Null(authority);
        return TryApply(status, transition, registeringLevel, authority).GetValueOrThrow();
    }

    /// <summary>Gives the rule code and message for a (state, action) pair that has no row in the table.</summary>
    /// <param name="from">The state.</param>
    /// <param name="action">The action.</param>
    /// <returns>The rule code and message.</returns>
    internal static (string Code, string Message) Forbidden(ModelState from, LifecycleAction action)
    {
        if (IsEnd(from))
        {
            return (MobilizationRuleCodes.LifecycleEnded, $"The model is {from}, an end state: {action} is not allowed.");
        }

        if (from == ModelState.None)
        {
            return (MobilizationRuleCodes.NotRegistered, $"{action} needs a registered model.");
        }

        if (action == LifecycleAction.Register)
        {
            return (MobilizationRuleCodes.AlreadyRegistered, $"The model is already registered ({from}).");
        }

        int a = (int)action;
        var earliest = a >= 0 && a < EarliestFrom.Length ? EarliestFrom[a] : ModelState.None;
        if (earliest != ModelState.None && from < earliest)
        {
            return (MobilizationRuleCodes.StepSkipped, $"{action} needs the model to be {earliest} first; it is {from}.");
        }

        return (MobilizationRuleCodes.StepBackwards, $"{action} is a step the model has passed: it is already {from}.");
    }

    private static int Index(ModelState from, LifecycleAction action)
    {
        int f = (int)from;
        int a = (int)action;
        return f < 0 || f >= StateCount || a < 0 || a >= ActionCount ? -1 : (f * ActionCount) + a;
    }

    private static sbyte[] BuildNext()
    {
        var next = new sbyte[StateCount * ActionCount];
        next.AsSpan().Fill(-1);
        foreach (var row in Rows)
        {
            next[Index(row.From, row.Action)] = (sbyte)row.To;
        }

        return next;
    }

    private static ModelState[] BuildEarliest()
    {
        var earliest = new ModelState[ActionCount];
        foreach (var row in Rows)
        {
            if (row.From != ModelState.None && !IsEnd(row.From)
                && (earliest[(int)row.Action] == ModelState.None || row.From < earliest[(int)row.Action]))
            {
                earliest[(int)row.Action] = row.From;
            }
        }

        return earliest;
    }
}
