using System;
using Ardalis.GuardClauses;
using NodaTime;

namespace MassMobilization.Core.Documents;

/// <summary>When a review falls due: a kind of review at a positive date period after the issue date (5 years for sơ kết, 10 years for tổng kết).</summary>
/// <remarks>The default value has kind 0 and no period; it is rejected by <see cref="ReviewSchedule"/>.</remarks>
public readonly struct ReviewOffset : IEquatable<ReviewOffset>
{
    /// <summary>Initializes an offset.</summary>
    /// <param name="kind">The kind of review.</param>
    /// <param name="offset">The period after the issue date: years, months, weeks and days, none negative and at least one positive.</param>
    /// <exception cref="ArgumentNullException"><paramref name="offset"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not defined, or <paramref name="offset"/> has a time component.</exception>
    /// <exception cref="DomainRuleException"><see cref="DocumentRuleCodes.ReviewOffsetNotPositive"/>: the period is zero or has a negative part.</exception>
    public ReviewOffset(ReviewKind kind, Period offset)
    {
        Guard.Against.Null(offset);
        Preconditions.CheckArgument(Enum.IsDefined(kind), nameof(kind), $"{kind} is not a review kind.");
        Preconditions.CheckArgument(!offset.HasTimeComponent, nameof(offset), $"The review offset {offset} has a time component; use years, months, weeks or days.");
        Guard.Against.RuleViolation(
            offset.Years >= 0 && offset.Months >= 0 && offset.Weeks >= 0 && offset.Days >= 0 && offset != Period.Zero,
            DocumentRuleCodes.ReviewOffsetNotPositive,
            $"A {kind} review offset must be positive; {offset} is not.");
        Kind = kind;
        Offset = offset;
    }

    /// <summary>Gets the kind of review.</summary>
    public ReviewKind Kind { get; }

    /// <summary>Gets the period after the issue date; <see cref="Period.Zero"/> for the default value.</summary>
    public Period Offset => field ?? Period.Zero;

    /// <summary>Returns the day the review falls due for a document issued on <paramref name="issuedOn"/>.</summary>
    /// <param name="issuedOn">The issue date.</param>
    /// <returns>The due date (NodaTime's month arithmetic: 29 February plus one year is 28 February).</returns>
    public LocalDate DueFor(LocalDate issuedOn) => issuedOn.Plus(Offset);

    /// <inheritdoc />
    public bool Equals(ReviewOffset other) => Kind == other.Kind && Offset.Equals(other.Offset);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ReviewOffset other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Offset);

    /// <summary>Returns the kind and the ISO period, for example <c>Interim P5Y</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Kind} {Offset}";

    /// <summary>Compares two offsets for equality.</summary>
    /// <param name="left">The first offset.</param>
    /// <param name="right">The second offset.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ReviewOffset left, ReviewOffset right) => left.Equals(right);

    /// <summary>Compares two offsets for inequality.</summary>
    /// <param name="left">The first offset.</param>
    /// <param name="right">The second offset.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(ReviewOffset left, ReviewOffset right) => !left.Equals(right);
}
