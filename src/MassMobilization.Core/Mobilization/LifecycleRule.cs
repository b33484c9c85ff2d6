using System;

namespace MassMobilization.Core.Mobilization;

/// <summary>One row of the lifecycle's transition table: from a state, an action leads to a state.</summary>
public readonly struct LifecycleRule : IEquatable<LifecycleRule>
{
    internal LifecycleRule(ModelState from, LifecycleAction action, ModelState to)
    {
        From = from;
        Action = action;
        To = to;
    }

    /// <summary>Gets the state the action starts from.</summary>
    public ModelState From { get; }

    /// <summary>Gets the action.</summary>
    public LifecycleAction Action { get; }

    /// <summary>Gets the state the action leads to.</summary>
    public ModelState To { get; }

    /// <inheritdoc />
    public bool Equals(LifecycleRule other) => From == other.From && Action == other.Action && To == other.To;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is LifecycleRule other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(From, Action, To);

    /// <summary>Returns "Reviewed --Recognise--> Recognised".</summary>
    /// <returns>The readable form.</returns>
    public override string ToString() => $"{From} --{Action}--> {To}";

    /// <summary>Compares two rows for equality.</summary>
    /// <param name="left">The first row.</param>
    /// <param name="right">The second row.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(LifecycleRule left, LifecycleRule right) => left.Equals(right);

    /// <summary>Compares two rows for inequality.</summary>
    /// <param name="left">The first row.</param>
    /// <param name="right">The second row.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(LifecycleRule left, LifecycleRule right) => !left.Equals(right);
}
