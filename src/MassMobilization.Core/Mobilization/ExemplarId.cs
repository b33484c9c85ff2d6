using System;
using MassMobilization.Core.Text;

namespace MassMobilization.Core.Mobilization;

/// <summary>
/// The identifier of a "Dân vận khéo" exemplar (điển hình dân vận khéo), chosen by the application, for
/// example <c>DH-2024-017</c>. Identifiers are compared ordinally.
/// </summary>
/// <remarks>
/// A valid identifier has 1 to 32 characters, each an ASCII letter, an ASCII digit, '.', '_' or '-'
/// (the same rules as every registered subject's id). The default value is the empty identifier, which
/// names no exemplar and is reported by <see cref="IsDefault"/>.
/// </remarks>
public readonly record struct ExemplarId : IComparable<ExemplarId>
{
    /// <summary>The maximum number of characters in an identifier.</summary>
    public const int MaxLength = SubjectIdText.MaxLength;

    private readonly string? value;

    /// <summary>Initializes a new identifier after validating it.</summary>
    /// <param name="value">The identifier's text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty, too long, or holds a character that is not allowed.</exception>
    public ExemplarId(string value) => this.value = SubjectIdText.Validated(value, nameof(value));

    /// <summary>Gets the identifier's text; the empty string for the default value.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>Gets a value indicating whether this is the default (empty) identifier.</summary>
    public bool IsDefault => value is null;

    /// <summary>Parses an identifier without throwing.</summary>
    /// <param name="text">The text; <see langword="null"/> gives a failed result.</param>
    /// <returns>The identifier, or what is wrong with the text.</returns>
    public static ParseResult<ExemplarId> Parse(string? text) => SubjectIdText.Parse(text, static t => new ExemplarId(t), "exemplar id");

    /// <summary>Checks whether a text is a valid identifier without throwing: <see cref="Parse"/> as a <c>Try</c> pattern.</summary>
    /// <param name="text">The text to check.</param>
    /// <param name="id">The identifier, when valid.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a valid identifier.</returns>
    public static bool TryCreate(string? text, out ExemplarId id) => Parse(text).TryGetValue(out id);

    /// <summary>Compares identifiers ordinally.</summary>
    /// <param name="other">The identifier to compare with.</param>
    /// <returns>A negative number, zero or a positive number as this identifier sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(ExemplarId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the identifier's text.</summary>
    /// <returns>The identifier's text.</returns>
    public override string ToString() => Value;

    /// <summary>Orders two identifiers ordinally.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(ExemplarId left, ExemplarId right) => left.CompareTo(right) < 0;

    /// <summary>Orders two identifiers ordinally.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first or they are equal.</returns>
    public static bool operator <=(ExemplarId left, ExemplarId right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two identifiers ordinally.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(ExemplarId left, ExemplarId right) => left.CompareTo(right) > 0;

    /// <summary>Orders two identifiers ordinally.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last or they are equal.</returns>
    public static bool operator >=(ExemplarId left, ExemplarId right) => left.CompareTo(right) >= 0;
}
