using System;
using NodaTime;

namespace MassMobilization.Core.Mobilization;

/// <summary>One entry of a dated lifecycle history: the step taken and the status it led to.</summary>
/// <remarks>The default value has no step (<see cref="Transition"/> is null) and the status before registration.</remarks>
public readonly struct LifecycleEntry : IEquatable<LifecycleEntry>
{
    internal LifecycleEntry(ModelTransition transition, LifecycleStatus status)
    {
        Transition = transition;
        Status = status;
    }

    /// <summary>Gets the step.</summary>
    public ModelTransition Transition { get; }

    /// <summary>Gets the status after the step.</summary>
    public LifecycleStatus Status { get; }

    /// <summary>Gets the date of the step.</summary>
    public LocalDate Date => Transition?.Date ?? default;

    /// <summary>Gets the state after the step.</summary>
    public ModelState State => Status.State;

    /// <inheritdoc />
    public bool Equals(LifecycleEntry other) => Equals(Transition, other.Transition) && Status == other.Status;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is LifecycleEntry other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Transition, Status);

    /// <summary>Returns the step and the state it led to.</summary>
    /// <returns>The readable form.</returns>
    public override string ToString() => $"{Transition} → {State}";

    /// <summary>Compares two entries for equality.</summary>
    /// <param name="left">The first entry.</param>
    /// <param name="right">The second entry.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(LifecycleEntry left, LifecycleEntry right) => left.Equals(right);

    /// <summary>Compares two entries for inequality.</summary>
    /// <param name="left">The first entry.</param>
    /// <param name="right">The second entry.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(LifecycleEntry left, LifecycleEntry right) => !left.Equals(right);
}
