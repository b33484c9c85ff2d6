using System;
using Ardalis.GuardClauses;
using NodaTime;

namespace MassMobilization.Core.Mobilization;

/// <summary>
/// Where a model or exemplar stands after some steps: its state, the furthest main-line state it has
/// reached (a model withdrawn after completion has still completed), the highest level it is
/// recognised at, and the date of its last step.
/// </summary>
/// <remarks>The default value is the status before registration: <see cref="ModelState.None"/>, no date.</remarks>
public readonly struct LifecycleStatus : IEquatable<LifecycleStatus>
{
    internal LifecycleStatus(ModelState state, ModelState furthest, ModelLevel? recognisedLevel, LocalDate? since)
    {
        State = state;
        Furthest = furthest;
        RecognisedLevel = recognisedLevel;
        Since = since;
    }

    /// <summary>Gets the current state.</summary>
    public ModelState State { get; }

    /// <summary>Gets the furthest main-line state reached (<see cref="ModelState.Registered"/> to <see cref="ModelState.Replicated"/>); never an end state.</summary>
    public ModelState Furthest { get; }

    /// <summary>Gets the highest recognition level, or <see langword="null"/> when never recognised. Recognition at a level implies every lower level.</summary>
    public ModelLevel? RecognisedLevel { get; }

    /// <summary>Gets the date of the last step, or <see langword="null"/> before registration.</summary>
    public LocalDate? Since { get; }

    /// <summary>Gets a value indicating whether the state is an end (withdrawn or not recognised).</summary>
    public bool IsEnded => ModelLifecycle.IsEnd(State);

    /// <summary>Checks whether a main-line state has been reached (for example "completed or beyond").</summary>
    /// <param name="state">A main-line state.</param>
    /// <returns><see langword="true"/> when <see cref="Furthest"/> is at or beyond <paramref name="state"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="state"/> is not a main-line state.</exception>
    public bool HasReached(ModelState state)
    {
        Guard.Against.OutOfRange((int)state, nameof(state), (int)ModelState.Registered, (int)ModelState.Replicated);
        return Furthest >= state;
    }

    /// <summary>Checks whether the status includes recognition at a level (a higher recognition implies the lower levels).</summary>
    /// <param name="level">The level.</param>
    /// <returns><see langword="true"/> when recognised at <paramref name="level"/> or higher.</returns>
    public bool IsRecognisedAt(ModelLevel level) => RecognisedLevel is { } held && held >= level;

    /// <inheritdoc />
    public bool Equals(LifecycleStatus other) =>
        State == other.State && Furthest == other.Furthest && RecognisedLevel == other.RecognisedLevel && Since == other.Since;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is LifecycleStatus other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(State, Furthest, RecognisedLevel, Since);

    /// <summary>Returns a readable form such as "Recognised (District) since 2024-05-20".</summary>
    /// <returns>The readable form.</returns>
    public override string ToString() =>
        $"{State}{(RecognisedLevel is { } l ? $" ({l})" : string.Empty)}{(Since is { } d ? " since " + d.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : string.Empty)}";

    /// <summary>Compares two statuses for equality.</summary>
    /// <param name="left">The first status.</param>
    /// <param name="right">The second status.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(LifecycleStatus left, LifecycleStatus right) => left.Equals(right);

    /// <summary>Compares two statuses for inequality.</summary>
    /// <param name="left">The first status.</param>
    /// <param name="right">The second status.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(LifecycleStatus left, LifecycleStatus right) => !left.Equals(right);
}
