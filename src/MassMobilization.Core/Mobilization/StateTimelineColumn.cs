using System;
using NodaTime;

namespace MassMobilization.Core.Mobilization;

/// <summary>
/// Many models' <see cref="StateTimeline"/>s packed once into one column for counting at scale (see
/// docs/mobilization.md#as-of-a-date): every step in one array of 32-bit words (its date, state and furthest
/// main-line state; the recognition level is left out), model after model, and where each model's steps
/// end. A question "as of a date" over a million models then reads two arrays front to back, a quarter of
/// the bytes the timelines hold, instead of one small array per model wherever it was allocated; the
/// answers are the timelines'.
/// </summary>
public sealed class StateTimelineColumn
{
    // A step is (date key << 8) | (furthest << 4) | state: the date key (StateTimeline.DateKey) takes 24
    // bits, so a word fits in 32 and orders by date first.
    private const int DateShift = 8;

    private readonly uint[] words;
    private readonly int[] ends;

    private StateTimelineColumn(uint[] words, int[] ends)
    {
        this.words = words;
        this.ends = ends;
    }

    /// <summary>Gets the number of models.</summary>
    public int Count => ends.Length;

    /// <summary>Packs timelines into a column, in the order given.</summary>
    /// <param name="timelines">The timelines; the default (empty) timeline is allowed.</param>
    /// <returns>The column.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The timelines hold more than <see cref="Array.MaxLength"/> steps in all.</exception>
    public static StateTimelineColumn Create(ReadOnlySpan<StateTimeline> timelines)
    {
        long steps = 0;
        foreach (var timeline in timelines)
        {
            steps += timeline.Count;
        }

        if (steps > Array.MaxLength)
        {
            throw new ArgumentOutOfRangeException(nameof(timelines), $"The timelines hold {steps} steps in all; a column holds at most {Array.MaxLength}.");
        }

        var words = new uint[steps];
        var ends = new int[timelines.Length];
        int end = 0;
        for (int m = 0; m < timelines.Length; m++)
        {
            foreach (long word in timelines[m].Words)
            {
                words[end++] = ((uint)StateTimeline.DateKeyOf(word) << DateShift) | (uint)(word & 0xFF);
            }

            ends[m] = end;
        }

        return new StateTimelineColumn(words, ends);
    }

    /// <summary>Gets a model's state as of the end of a date, as <see cref="StateTimeline.StateAsOf"/> answers it.</summary>
    /// <param name="index">The model's position in the column.</param>
    /// <param name="date">The date.</param>
    /// <returns>The state; <see cref="ModelState.None"/> before registration.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public ModelState StateAsOf(int index, LocalDate date)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        uint limit = Limit(date);
        int start = index == 0 ? 0 : ends[index - 1];
        for (int k = ends[index] - 1; k >= start; k--)
        {
            if (words[k] <= limit)
            {
                return (ModelState)(words[k] & 0xF);
            }
        }

        return ModelState.None;
    }

    /// <summary>Adds each model's state and furthest main-line state as of a date to the counts (the loop of <see cref="ModelStateTally"/>).</summary>
    /// <param name="date">The date.</param>
    /// <param name="inState">The counts per state.</param>
    /// <param name="furthest">The counts per furthest main-line state.</param>
    internal void Tally(LocalDate date, Span<int> inState, Span<int> furthest)
    {
        uint limit = Limit(date);
        var all = words;
        int start = 0;
        int none = 0;
        foreach (int end in ends)
        {
            // Usually the last step is already on or before the date; otherwise the steps are read backwards.
            int k = end - 1;
            while (k >= start && all[k] > limit)
            {
                k--;
            }

            if (k >= start)
            {
                uint word = all[k];
                inState[(int)(word & 0xF)]++;
                furthest[(int)((word >> 4) & 0xF)]++;
            }
            else
            {
                none++;
            }

            start = end;
        }

        inState[(int)ModelState.None] += none;
        furthest[(int)ModelState.None] += none;
    }

    private static uint Limit(LocalDate date) => ((uint)StateTimeline.DateKey(date) << DateShift) | 0xFF;
}
