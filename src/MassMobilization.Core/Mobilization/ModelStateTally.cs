using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using NodaTime;

namespace MassMobilization.Core.Mobilization;

/// <summary>
/// How many models (or exemplars) were in each state, and how many had reached each main-line state,
/// at the end of a date: the numbers behind "185/261 completed" and "360/360 recognised". Counting
/// reads the compact timelines only (no LINQ, no allocation per model).
/// </summary>
public sealed class ModelStateTally
{
    private const int Slots = 9;
    private readonly int[] inState;
    private readonly int[] reached;

    private ModelStateTally(LocalDate asOf, int[] inState, int[] reached)
    {
        AsOf = asOf;
        this.inState = inState;
        this.reached = reached;
        int total = 0;
        for (int i = 1; i < Slots; i++)
        {
            total += inState[i];
        }

        Registered = total;
    }

    /// <summary>Gets the date counted at (end of day).</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets how many were registered by then (every state except <see cref="ModelState.None"/>).</summary>
    public int Registered { get; }

    /// <summary>Gets the counts per current state, for every state.</summary>
    public IReadOnlyDictionary<ModelState, int> ByState
    {
        get
        {
            var map = new SortedDictionary<ModelState, int>();
            for (int i = 0; i < Slots; i++)
            {
                map[(ModelState)i] = inState[i];
            }

            return ReadOnlyView.Of(map);
        }
    }

    /// <summary>Counts models from their timelines.</summary>
    /// <param name="timelines">The timelines.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The tally.</returns>
    public static ModelStateTally Count(ReadOnlySpan<StateTimeline> timelines, LocalDate asOf)
    {
        var inState = new int[Slots];
        var furthest = new int[Slots];
        long limit = StateTimeline.Limit(asOf);
        for (int i = 0; i < timelines.Length; i++)
        {
            long word = timelines[i].WordAtOrBefore(limit);
            inState[(int)StateTimeline.StateOf(word)]++;
            furthest[(int)StateTimeline.FurthestOf(word)]++;
        }

        return new ModelStateTally(asOf, inState, Cumulate(furthest));
    }

    /// <summary>Counts models from timelines packed in a column (the fastest form for millions of models).</summary>
    /// <param name="timelines">The column of timelines.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The tally; the same as counting the timelines the column was packed from.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timelines"/> is null.</exception>
    public static ModelStateTally Count(StateTimelineColumn timelines, LocalDate asOf)
    {
        Guard.Against.Null(timelines);
        var inState = new int[Slots];
        var furthest = new int[Slots];
        timelines.Tally(asOf, inState, furthest);
        return new ModelStateTally(asOf, inState, Cumulate(furthest));
    }

    /// <summary>Counts models.</summary>
    /// <param name="models">The models.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="models"/> or one of them is null.</exception>
    public static ModelStateTally Count(IReadOnlyList<MobilizationModel> models, LocalDate asOf)
    {
        Guard.Against.Null(models);
        var inState = new int[Slots];
        var furthest = new int[Slots];
        long limit = StateTimeline.Limit(asOf);
        for (int i = 0; i < models.Count; i++)
        {
            var model = models[i] ?? throw new ArgumentException($"Element {i} is null.", nameof(models));
            long word = model.Timeline.WordAtOrBefore(limit);
            inState[(int)StateTimeline.StateOf(word)]++;
            furthest[(int)StateTimeline.FurthestOf(word)]++;
        }

        return new ModelStateTally(asOf, inState, Cumulate(furthest));
    }

    /// <summary>Gets how many were in a state on the date.</summary>
    /// <param name="state">The state.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="state"/> is not defined.</exception>
    public int InState(ModelState state) => inState[Guard.Against.OutOfRange((int)state, nameof(state), 0, Slots - 1)];

    /// <summary>Gets how many had reached a main-line state by the date, even if withdrawn or refused since ("completed or beyond").</summary>
    /// <param name="state">A main-line state (<see cref="ModelState.Registered"/> to <see cref="ModelState.Replicated"/>).</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="state"/> is not a main-line state.</exception>
    public int Reached(ModelState state) =>
        reached[Guard.Against.OutOfRange((int)state, nameof(state), (int)ModelState.Registered, (int)ModelState.Replicated)];

    private static int[] Cumulate(int[] furthest)
    {
        // reached[s] = number whose furthest main-line state is s or beyond.
        var reached = new int[Slots];
        int running = 0;
        for (int s = (int)ModelState.Replicated; s >= (int)ModelState.Registered; s--)
        {
            running += furthest[s];
            reached[s] = running;
        }

        return reached;
    }
}
