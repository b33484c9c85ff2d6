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
/// The default value is a failure with the message "No value was parsed." at position 0.
/// </remarks>
/// <typeparam name="T">The type of the parsed value.</typeparam>
public readonly struct ParseResult<T> : IResult<T>
{
    private readonly T value;
    private readonly string? errorMessage;
    private readonly int errorPosition;
    private readonly bool success;

    internal ParseResult(T value, string? errorMessage, int errorPosition, bool success)
    {
        this.value = value;
        this.errorMessage = errorMessage;
        this.errorPosition = errorPosition;
        this.success = success;
    }

    /// <inheritdoc />
    [MemberNotNullWhen(false, nameof(ErrorMessage))]
    public bool Success => success;

    /// <inheritdoc cref="IResult{T}.Value" />
    /// <exception cref="FormatException">The parse failed; the message says what was wrong and where.</exception>
    public T Value => GetValueOrThrow();

    /// <inheritdoc />
    public string? ErrorMessage => success ? null : errorMessage ?? "No value was parsed.";

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
        return new(default!, message, position, false);
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
        return new(default!, other.ErrorMessage, other.ErrorPosition, false);
    }
}
