using System;
using Ardalis.GuardClauses;
using NodaTime;

namespace MassMobilization.Core.Mobilization;

/// <summary>
/// The compact form of a lifecycle history for counting at scale: one 64-bit word per step holding the
/// date, the state, the furthest main-line state and the recognition level. Questions "as of a date"
/// scan the words backwards without allocating; roll-ups over millions of models can keep an array of
/// timelines instead of the full aggregates.
/// </summary>
/// <remarks>
/// Dates are compared by year, month and day (histories use the ISO calendar). The default value is the
/// empty timeline: every date answers <see cref="ModelState.None"/>.
/// </remarks>
public readonly struct StateTimeline
{
    private const int StateShift = 0;
    private const int FurthestShift = 4;
    private const int LevelShift = 8;
    private const int DateShift = 16;
    private const long StepBits = 0xFFFF;

    private readonly long[]? words;

    internal StateTimeline(long[] words) => this.words = words;

    /// <summary>Gets the steps' words, oldest first (empty for the default timeline).</summary>
    internal ReadOnlySpan<long> Words => words;

    /// <summary>Gets the number of steps.</summary>
    public int Count => words?.Length ?? 0;

    /// <summary>Gets the state as of the end of a date: the state after the last step dated on or before it.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The state; <see cref="ModelState.None"/> before registration.</returns>
    public ModelState StateAsOf(LocalDate date)
    {
        long word = WordAsOf(date);
        return word < 0 ? ModelState.None : (ModelState)((word >> StateShift) & 0xF);
    }

    /// <summary>Gets the furthest main-line state reached as of a date (a model withdrawn after completion has still completed).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The furthest state; <see cref="ModelState.None"/> before registration.</returns>
    public ModelState FurthestAsOf(LocalDate date)
    {
        long word = WordAsOf(date);
        return word < 0 ? ModelState.None : (ModelState)((word >> FurthestShift) & 0xF);
    }

    /// <summary>Gets the highest recognition level held as of a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The level, or <see langword="null"/> when not recognised by then.</returns>
    public ModelLevel? RecognisedLevelAsOf(LocalDate date)
    {
        long word = WordAsOf(date);
        int level = word < 0 ? 0 : (int)((word >> LevelShift) & 0xF);
        return level == 0 ? null : (ModelLevel)level;
    }

    /// <summary>Gets the date of a step.</summary>
    /// <param name="index">The step's index.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public LocalDate DateAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        int key = (int)(words![index] >> DateShift);
        return new LocalDate((key >> 9) - 10_000, (key >> 5) & 0xF, key & 0x1F);
    }

    /// <summary>Gets the state after a step.</summary>
    /// <param name="index">The step's index.</param>
    /// <returns>The state.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public ModelState StateAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        return (ModelState)(words![index] & 0xF);
    }

    /// <summary>
    /// Replays a dated history through the transition function (<see cref="ModelLifecycle.TryApply"/>)
    /// straight into a compact timeline, without building the aggregate: the loading path for roll-ups
    /// over millions of stored histories. The result answers exactly what the aggregate's
    /// <see cref="RegisteredSubject{TSubject, TId, TRegistration}.Timeline"/> would.
    /// </summary>
    /// <param name="registeredOn">The registration date (the first step).</param>
    /// <param name="steps">The steps after the registration, in order.</param>
    /// <param name="registeringLevel">The level the model is registered at (for the authority rule).</param>
    /// <param name="authority">The recognition authority.</param>
    /// <returns>The timeline, or the rule that forbids a step (the message names the step).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="authority"/> is null.</exception>
    /// <exception cref="ArgumentException">An element of <paramref name="steps"/> is null.</exception>
    public static LifecycleResult<StateTimeline> TryReplay(LocalDate registeredOn, ReadOnlySpan<ModelTransition> steps, ModelLevel registeringLevel, RecognitionAuthority authority)
    {
        Guard.Against.Null(authority);
        for (int i = 0; i < steps.Length; i++)
        {
            if (steps[i] is null)
            {
                throw new ArgumentException($"Step {i} is null.", nameof(steps));
            }
        }

        var words = new long[steps.Length + 1];
        var status = new LifecycleStatus(ModelState.Registered, ModelState.Registered, null, registeredOn);
        words[0] = Pack(registeredOn, status);
        for (int i = 0; i < steps.Length; i++)
        {
            var result = ModelLifecycle.TryApply(status, steps[i], registeringLevel, authority);
            if (!result.TryGetValue(out status))
            {
                return new(result.RuleCode!, $"Step {i + 2} ({steps[i]}): {result.ErrorMessage}");
            }

            words[i + 1] = Pack(steps[i].Date, status);
        }

        return new(new StateTimeline(words));
    }

    /// <summary>Replays a dated history into a compact timeline, throwing when a step is forbidden.</summary>
    /// <param name="registeredOn">The registration date (the first step).</param>
    /// <param name="steps">The steps after the registration, in order.</param>
    /// <param name="registeringLevel">The level the model is registered at.</param>
    /// <param name="authority">The recognition authority.</param>
    /// <returns>The timeline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="authority"/> is null.</exception>
    /// <exception cref="ArgumentException">An element of <paramref name="steps"/> is null.</exception>
    /// <exception cref="DomainRuleException">A step is forbidden; the rule code says why.</exception>
    public static StateTimeline Replay(LocalDate registeredOn, ReadOnlySpan<ModelTransition> steps, ModelLevel registeringLevel, RecognitionAuthority authority)
    {
        Guard.Against.Null(authority);
        return TryReplay(registeredOn, steps, registeringLevel, authority).GetValueOrThrow();
    }

    internal static long Pack(LocalDate date, LifecycleStatus status) =>
        ((long)DateKey(date) << DateShift)
        | ((long)(status.RecognisedLevel ?? 0) << LevelShift)
        | ((long)status.Furthest << FurthestShift)
        | ((long)status.State << StateShift);

    // Years run from -9998 to 9999 in NodaTime's ISO calendar: shifting by 10,000 keeps the key positive.
    internal static int DateKey(LocalDate date) => ((date.Year + 10_000) << 9) | (date.Month << 5) | date.Day;

    internal static int DateKeyOf(long word) => (int)(word >> DateShift);

    internal static ModelState StateOf(long word) => word < 0 ? ModelState.None : (ModelState)((word >> StateShift) & 0xF);

    internal static ModelState FurthestOf(long word) => word < 0 ? ModelState.None : (ModelState)((word >> FurthestShift) & 0xF);

    internal static long Limit(LocalDate date) => ((long)DateKey(date) << DateShift) | StepBits;

    internal long WordAtOrBefore(long limit)
    {
        var array = words;
        if (array is null)
        {
            return -1;
        }

        for (int i = array.Length - 1; i >= 0; i--)
        {
            long word = array[i];
            if (word <= limit)
            {
                return word;
            }
        }

        return -1;
    }

    private long WordAsOf(LocalDate date)
    {
        var array = words;
        if (array is null)
        {
            return -1;
        }

        long limit = ((long)DateKey(date) << DateShift) | StepBits;
        for (int i = array.Length - 1; i >= 0; i--)
        {
            long word = array[i];
            if (word <= limit)
            {
                return word;
            }
        }

        return -1;
    }
}
