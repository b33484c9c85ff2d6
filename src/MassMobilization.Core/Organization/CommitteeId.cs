using System;
using Ardalis.GuardClauses;
using MassMobilization.Core.Text;

namespace MassMobilization.Core.Organization;

/// <summary>
/// The identifier of a committee or other body (Ban Dân vận, Mặt trận Tổ quốc, Ủy ban nhân dân…), for
/// example <c>01-BDVTU</c>. Identifiers are compared ordinally and are chosen by the application; the
/// library only requires them to be unique among bodies valid on the same day.
/// </summary>
/// <remarks>
/// A valid identifier has 1 to 32 characters, each an ASCII letter, an ASCII digit, '.', '_' or '-'.
/// The default value is the empty identifier, which is not valid for any body and is reported by
/// <see cref="IsDefault"/>.
/// </remarks>
public readonly struct CommitteeId : IEquatable<CommitteeId>, IComparable<CommitteeId>
{
    /// <summary>The maximum number of characters in a identifier.</summary>
    public const int MaxLength = 32;

    private readonly string? value;

    /// <summary>Initializes a new identifier after validating it.</summary>
    /// <param name="value">The identifier's text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty, too long, or holds a character that is not allowed.</exception>
    public CommitteeId(string value)
    {
        Guard.Against.Null(value);
        string? error = Validate(value.AsSpan());
        if (error is not null)
        {
            throw new ArgumentException($"'{value}' is not a valid committee id: {error}", nameof(value));
        }

        this.value = value;
    }

    /// <summary>Gets the identifier's text; the empty string for the default value.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is the default (empty) identifier.</summary>
    public bool IsDefault => value is null;

    /// <summary>Checks whether a text is a valid identifier without throwing.</summary>
    /// <param name="text">The text to check.</param>
    /// <param name="id">The identifier, when valid.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a valid identifier.</returns>
    public static bool TryCreate(string? text, out CommitteeId id)
    {
        if (text is not null && Validate(text.AsSpan()) is null)
        {
            id = new CommitteeId(text);
            return true;
        }

        id = default;
        return false;
    }

    /// <inheritdoc />
    public bool Equals(CommitteeId other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CommitteeId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Compares identifiers ordinally.</summary>
    /// <param name="other">The identifier to compare with.</param>
    /// <returns>A negative number, zero or a positive number as this identifier sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(CommitteeId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the identifier's text.</summary>
    /// <returns>The identifier's text.</returns>
    public override string ToString() => Value;

    /// <summary>Compares two identifiers for equality.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(CommitteeId left, CommitteeId right) => left.Equals(right);

    /// <summary>Compares two identifiers for inequality.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(CommitteeId left, CommitteeId right) => !left.Equals(right);

    /// <summary>Orders two identifiers ordinally.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(CommitteeId left, CommitteeId right) => left.CompareTo(right) < 0;

    /// <summary>Orders two identifiers ordinally.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first or they are equal.</returns>
    public static bool operator <=(CommitteeId left, CommitteeId right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two identifiers ordinally.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(CommitteeId left, CommitteeId right) => left.CompareTo(right) > 0;

    /// <summary>Orders two identifiers ordinally.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last or they are equal.</returns>
    public static bool operator >=(CommitteeId left, CommitteeId right) => left.CompareTo(right) >= 0;

    private static string? Validate(ReadOnlySpan<char> text) => CodeText.Validate(text, MaxLength);
}
