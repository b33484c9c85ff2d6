using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace MassMobilization.Core.Mobilization;

/// <summary>
/// The dated history shared by models and exemplars: the entries (readable form) and the packed
/// timeline (fast form), built together by replaying steps through <see cref="ModelLifecycle.TryApply"/>.
/// </summary>
internal sealed class LifecycleHistory
{
    private readonly LifecycleEntry[] entries;

    private LifecycleHistory(LifecycleEntry[] entries, long[] words)
    {
        this.entries = entries;
        Entries = new ReadOnlyCollection<LifecycleEntry>(entries);
        Timeline = new StateTimeline(words);
    }

    internal IReadOnlyList<LifecycleEntry> Entries { get; }

    internal StateTimeline Timeline { get; }

    internal LifecycleStatus Current => entries[^1].Status;

    /// <summary>Builds a history from all its steps (the first must be the registration), stopping at the first forbidden one.</summary>
    internal static LifecycleResult<LifecycleHistory> TryReplay(IReadOnlyList<ModelTransition> steps, ModelLevel registeringLevel, RecognitionAuthority authority)
    {
        var entries = new LifecycleEntry[steps.Count];
        var words = new long[steps.Count];
        var status = default(LifecycleStatus);
        for (int i = 0; i < steps.Count; i++)
        {
            var result = ModelLifecycle.TryApply(status, steps[i], registeringLevel, authority);
            if (!result.Success)
            {
                return new(result.RuleCode, $"Step {i + 1} ({steps[i]}): {result.ErrorMessage}");
            }

            status = result.GetValueOrThrow();
            entries[i] = new LifecycleEntry(steps[i], status);
            words[i] = StateTimeline.Pack(steps[i].Date, status);
        }

        return new(new LifecycleHistory(entries, words));
    }

    internal LifecycleResult<LifecycleHistory> TryAppend(ModelTransition step, ModelLevel registeringLevel, RecognitionAuthority authority)
    {
        var result = ModelLifecycle.TryApply(Current, step, registeringLevel, authority);
        if (!result.Success)
        {
            return new(result.RuleCode, result.ErrorMessage);
        }

        var status = result.GetValueOrThrow();
        var next = new LifecycleEntry[entries.Length + 1];
        entries.CopyTo(next, 0);
        next[^1] = new LifecycleEntry(step, status);
        var words = new long[next.Length];
        for (int i = 0; i < next.Length; i++)
        {
            words[i] = StateTimeline.Pack(next[i].Date, next[i].Status);
        }

        return new(new LifecycleHistory(next, words));
    }

    internal LifecycleStatus StatusAsOf(NodaTime.LocalDate date)
    {
        for (int i = entries.Length - 1; i >= 0; i--)
        {
            if (entries[i].Date <= date)
            {
                return entries[i].Status;
            }
        }

        return default;
    }

    /// <summary>The last recognition step on or before the date, or null.</summary>
    internal ModelTransition? LastRecognitionAsOf(NodaTime.LocalDate date)
    {
        for (int i = entries.Length - 1; i >= 0; i--)
        {
            var step = entries[i].Transition;
            if (step.Date <= date && step.Action == LifecycleAction.Recognise)
            {
                return step;
            }
        }

        return null;
    }
}
