using System;
using System.Globalization;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Organization;

/// <summary>
/// One successor of a succession, with the share of the predecessor it receives when the succession is
/// a weighted split. The default value has the default identifier and no weight.
/// </summary>
/// <typeparam name="TId">The identifier type: <see cref="UnitCode"/> or <see cref="CommitteeId"/>.</typeparam>
public readonly struct SuccessorShare<TId> : IEquatable<SuccessorShare<TId>>
    where TId : struct, IEquatable<TId>, IComparable<TId>
{
    /// <summary>Initializes a new share.</summary>
    /// <param name="successor">The successor.</param>
    /// <param name="weight">The fraction of the predecessor it receives, in (0, 1], or <see langword="null"/> when not weighted.</param>
    /// <exception cref="DomainRuleException"><paramref name="weight"/> is not in (0, 1] (rule <c>ORG-SPLIT-WEIGHT-OUT-OF-RANGE</c>).</exception>
    public SuccessorShare(TId successor, decimal? weight)
    {
        Guard.Against.RuleViolation(
            weight is null || (weight.Value > 0m && weight.Value <= 1m),
            OrganizationRuleCodes.SplitWeightOutOfRange,
            $"The weight {weight?.ToString(CultureInfo.InvariantCulture)} of successor {successor} is not in (0, 1].");
        Successor = successor;
        Weight = weight;
    }

    /// <summary>Gets the successor.</summary>
    public TId Successor { get; }

    /// <summary>Gets the fraction of the predecessor the successor receives, or <see langword="null"/> when not weighted.</summary>
    public decimal? Weight { get; }

    /// <inheritdoc />
    public bool Equals(SuccessorShare<TId> other) => Successor.Equals(other.Successor) && Weight == other.Weight;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SuccessorShare<TId> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Successor, Weight);

    /// <summary>Returns the successor and its weight, for example <c>00643 × 0.6</c>.</summary>
    /// <returns>The share's text.</returns>
    public override string ToString() => Weight is null ? $"{Successor}" : $"{Successor} × {Weight.Value.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Compares two shares for equality.</summary>
    /// <param name="left">The first share.</param>
    /// <param name="right">The second share.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(SuccessorShare<TId> left, SuccessorShare<TId> right) => left.Equals(right);

    /// <summary>Compares two shares for inequality.</summary>
    /// <param name="left">The first share.</param>
    /// <param name="right">The second share.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(SuccessorShare<TId> left, SuccessorShare<TId> right) => !left.Equals(right);
}
