using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Text;

/// <summary>
/// The result of a parse operation: either a value, or a description of what was wrong and at which
/// position in the input. Parsing through a pattern never throws; call <see cref="GetValueOrThrow"/>
/// to turn a failure into a <see cref="FormatException"/>. The members shared by every result are
/// described once, on <see cref="IResult{T}"/>.
/// </summary>
/// <remarks>
/// This is a value type so that a successful parse allocates nothing beyond the parsed value itself.
/// The default value is a failure with the message "No value was parsed." (<see cref="ExplanationCodes.ParseNothing"/>) at position 0.
/// </remarks>
/// <typeparam name="T">The type of the parsed value.</typeparam>
public readonly struct ParseResult<T> : IResult<T>
{
    private static readonly Explanation NothingParsed = new(ExplanationCodes.ParseNothing);

    private readonly T value;
    private readonly Explanation? error;
    private readonly int errorPosition;
    private readonly bool success;

    internal ParseResult(T value, Explanation? error, int errorPosition, bool success)
    {
        this.value = value;
        this.error = error;
        this.errorPosition = errorPosition;
        this.success = success;
    }

    /// <inheritdoc />
    [MemberNotNullWhen(false, nameof(ErrorMessage), nameof(ErrorExplanation))]
    public bool Success => success;

    /// <inheritdoc cref="IResult{T}.Value" />
    /// <exception cref="FormatException">The parse failed; the message says what was wrong and where.</exception>
    public T Value => GetValueOrThrow();

    /// <inheritdoc />
    public string? ErrorMessage => ErrorExplanation?.ToString();

    /// <summary>
    /// Gets what was wrong as a stable code and its arguments, written in Vietnamese or English with
    /// <see cref="Explanation.ToDisplayString"/> (docs/display.md), or <see langword="null"/> when the parse succeeded.
    /// <see cref="ErrorMessage"/> is its English sentence; a message given to <see cref="ParseResult.ForFailure{T}(string, int)"/>
    /// is kept as it was written (<see cref="ExplanationCodes.AsWritten"/>).
    /// </summary>
    public Explanation? ErrorExplanation => success ? null : error ?? NothingParsed;

    /// <summary>Gets the zero-based position in the input where the problem was found, or -1 when the parse succeeded.</summary>
    public int ErrorPosition => success ? -1 : errorPosition;

    /// <inheritdoc cref="IResult{T}.Exception" />
    public FormatException? Exception => success ? null : new FormatException(FullMessage());

    /// <inheritdoc cref="IResult{T}.GetValueOrThrow" />
    /// <exception cref="FormatException">The parse failed; the message says what was wrong and at which position.</exception>
    public T GetValueOrThrow() => success ? value : throw new FormatException(FullMessage());

    /// <inheritdoc />
    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = this.value;
        return success;
    }

    /// <inheritdoc />
    Exception? IResult<T>.Exception => Exception;

    /// <summary>Returns a readable description of the result.</summary>
    /// <returns>"Success: value" or "Failure at position N: message".</returns>
    public override string ToString() =>
        success ? string.Create(CultureInfo.InvariantCulture, $"Success: {value}") : FullMessage();

    private string FullMessage() =>
        string.Create(CultureInfo.InvariantCulture, $"{ErrorMessage} (at position {errorPosition}).");
}

/// <summary>Creates <see cref="ParseResult{T}"/> values.</summary>
public static class ParseResult
{
    /// <summary>Creates a successful result.</summary>
    /// <typeparam name="T">The type of the parsed value.</typeparam>
    /// <param name="value">The parsed value.</param>
    /// <returns>A successful result holding <paramref name="value"/>.</returns>
    public static ParseResult<T> ForValue<T>(T value) => new(value, null, -1, true);

    /// <summary>Creates a failed result.</summary>
    /// <typeparam name="T">The type of the value that could not be parsed.</typeparam>
    /// <param name="message">What was wrong, for example "Expected '/' after the sequence number".</param>
    /// <param name="position">The zero-based position in the input where the problem was found.</param>
    /// <returns>A failed result.</returns>
    /// <exception cref="ArgumentException"><paramref name="message"/> is null or empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> is negative.</exception>
    public static ParseResult<T> ForFailure<T>(string message, int position)
    {
        Guard.Against.NullOrEmpty(message);
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        return new(default!, new Explanation(ExplanationCodes.AsWritten, message), position, false);
    }

    /// <summary>Creates a failed result whose reason is one of the library's explanations.</summary>
    /// <typeparam name="T">The type of the value that could not be parsed.</typeparam>
    /// <param name="error">What was wrong.</param>
    /// <param name="position">The zero-based position in the input where the problem was found.</param>
    /// <returns>A failed result.</returns>
    internal static ParseResult<T> ForFailure<T>(Explanation error, int position) => new(default!, error, position, false);

    /// <summary>Creates a failed result at the character a cursor stands on, naming what was expected and what was found there (allocates; failures only).</summary>
    /// <typeparam name="T">The type of the value that could not be parsed.</typeparam>
    /// <param name="expectedCode">The code of what was expected (an <see cref="ExplanationCodes"/> constant).</param>
    /// <param name="cursor">The cursor, at the problem.</param>
    /// <returns>A failed result at the cursor's position.</returns>
    internal static ParseResult<T> ExpectedAt<T>(string expectedCode, ref TextCursor cursor)
    {
        Explanation found;
        if (cursor.AtEnd)
        {
            found = new Explanation(ExplanationCodes.ParseFoundEnd);
        }
        else
        {
            char c = cursor.Current;
            found = char.IsControl(c) || char.IsWhiteSpace(c) || char.IsSurrogate(c) || UnicodeText.IsCombiningMark(c)
                ? new Explanation(ExplanationCodes.ParseFoundCodePoint, ((int)c).ToString("X4", CultureInfo.InvariantCulture))
                : new Explanation(ExplanationCodes.ParseFoundCharacter, c.ToString());
        }

        return ForFailure<T>(new Explanation(ExplanationCodes.ParseExpectedFound, new Explanation(expectedCode), found), cursor.Position);
    }

    /// <summary>Converts a failure of one result type into a failure of another, keeping its message and position.</summary>
    /// <typeparam name="T">The new result's value type.</typeparam>
    /// <typeparam name="TOther">The failed result's value type.</typeparam>
    /// <param name="other">A failed result.</param>
    /// <returns>A failed result with the same message and position.</returns>
    /// <exception cref="ArgumentException"><paramref name="other"/> succeeded.</exception>
    public static ParseResult<T> ConvertFailure<T, TOther>(ParseResult<TOther> other)
    {
        Preconditions.CheckArgument(!other.Success, nameof(other), "Only a failed result can be converted.");
        return new(default!, other.ErrorExplanation, other.ErrorPosition, false);
    }
}
