using System;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Activities;

/// <summary>
/// The identifier of an activity record (a reception, a dialogue, a recommendation, a session…), chosen
/// by the application: non-blank, at most <see cref="MaxLength"/> characters, compared ordinally
/// (docs/activities.md "Records").
/// </summary>
/// <remarks>The default value is an empty id; <see cref="IsDefault"/> tells it apart, and records refuse it.</remarks>
public readonly struct ActivityId : IEquatable<ActivityId>, IComparable<ActivityId>
{
    /// <summary>The maximum length of an id.</summary>
    public const int MaxLength = 64;

    private readonly string? value;

    /// <summary>Initializes an id.</summary>
    /// <param name="value">The id text: non-blank, at most <see cref="MaxLength"/> characters, without leading or trailing white space.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is blank, too long or padded.</exception>
    public ActivityId(string value)
    {
        Guard.Against.NullOrWhiteSpace(value);
        Preconditions.CheckArgument(value.Length <= MaxLength, nameof(value), $"An activity id has at most {MaxLength} characters.");
        Preconditions.CheckArgument(value.Trim().Length == value.Length, nameof(value), "An activity id has no leading or trailing white space.");
        this.value = value;
    }

    /// <summary>Gets the id text; empty for the default value.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is the default (empty) id.</summary>
    public bool IsDefault => value is null;

    /// <inheritdoc />
    public bool Equals(ActivityId other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ActivityId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Compares ids ordinally.</summary>
    /// <param name="other">The other id.</param>
    /// <returns>Negative, zero or positive as this id sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(ActivityId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the id text.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Value;

    /// <summary>Compares two ids for equality.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ActivityId left, ActivityId right) => left.Equals(right);

    /// <summary>Compares two ids for inequality.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(ActivityId left, ActivityId right) => !left.Equals(right);

    /// <summary>Orders two ids ordinally.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(ActivityId left, ActivityId right) => left.CompareTo(right) < 0;

    /// <summary>Orders two ids ordinally.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first or is equal.</returns>
    public static bool operator <=(ActivityId left, ActivityId right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two ids ordinally.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(ActivityId left, ActivityId right) => left.CompareTo(right) > 0;

    /// <summary>Orders two ids ordinally.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last or is equal.</returns>
    public static bool operator >=(ActivityId left, ActivityId right) => left.CompareTo(right) >= 0;

    internal static ActivityId Check(ActivityId id, string paramName)
    {
        Preconditions.CheckArgument(!id.IsDefault, paramName, "The id must not be the default value.");
        return id;
    }
}
