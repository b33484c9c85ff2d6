using System;
using Ardalis.GuardClauses;
using MassMobilization.Core.Text;

namespace MassMobilization.Core.Organization;

/// <summary>
/// The code of an administrative unit (mã đơn vị hành chính), for example <c>01</c> for Hà Nội,
/// <c>020</c> for a district or <c>26740</c> for a ward. Codes are compared ordinally; the same code
/// may name different units on different dates (codes are reused after the 2025 restructuring), so a
/// code identifies a unit only together with a date.
/// </summary>
/// <remarks>
/// A valid code has 1 to 16 characters, each an ASCII letter, an ASCII digit, '.', '_' or '-'. Official
/// codes are digits; letters allow agencies and synthetic units. The default value is the empty code,
/// which is not valid for any unit and is reported by <see cref="IsDefault"/>.
/// </remarks>
public readonly struct UnitCode : IEquatable<UnitCode>, IComparable<UnitCode>
{
    /// <summary>The maximum number of characters in a code.</summary>
    public const int MaxLength = 16;

    private readonly string? value;

    /// <summary>Initializes a new code after validating it.</summary>
    /// <param name="value">The code's text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty, too long, or holds a character that is not allowed.</exception>
    public UnitCode(string value)
    {
        Guard.Against.Null(value);
        string? error = Validate(value.AsSpan());
        if (error is not null)
        {
            throw new ArgumentException($"'{value}' is not a valid unit code: {error}", nameof(value));
        }

        this.value = value;
    }

    /// <summary>Gets the code's text; the empty string for the default value.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is the default (empty) code.</summary>
    public bool IsDefault => value is null;

    /// <summary>Checks whether a text is a valid code without throwing.</summary>
    /// <param name="text">The text to check.</param>
    /// <param name="code">The code, when valid.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a valid code.</returns>
    public static bool TryCreate(string? text, out UnitCode code)
    {
        if (text is not null && Validate(text.AsSpan()) is null)
        {
            code = new UnitCode(text);
            return true;
        }

        code = default;
        return false;
    }

    /// <inheritdoc />
    public bool Equals(UnitCode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is UnitCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Compares codes ordinally.</summary>
    /// <param name="other">The code to compare with.</param>
    /// <returns>A negative number, zero or a positive number as this code sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(UnitCode other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the code's text.</summary>
    /// <returns>The code's text.</returns>
    public override string ToString() => Value;

    /// <summary>Compares two codes for equality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(UnitCode left, UnitCode right) => left.Equals(right);

    /// <summary>Compares two codes for inequality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(UnitCode left, UnitCode right) => !left.Equals(right);

    /// <summary>Orders two codes ordinally.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(UnitCode left, UnitCode right) => left.CompareTo(right) < 0;

    /// <summary>Orders two codes ordinally.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first or they are equal.</returns>
    public static bool operator <=(UnitCode left, UnitCode right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two codes ordinally.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(UnitCode left, UnitCode right) => left.CompareTo(right) > 0;

    /// <summary>Orders two codes ordinally.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last or they are equal.</returns>
    public static bool operator >=(UnitCode left, UnitCode right) => left.CompareTo(right) >= 0;

    private static string? Validate(ReadOnlySpan<char> text) => CodeText.Validate(text, MaxLength);
}
