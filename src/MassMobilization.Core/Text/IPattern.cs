using System;
using System.Text;

namespace MassMobilization.Core.Text;

/// <summary>
/// A pattern that parses text into values of <typeparamref name="T"/> and formats them back, in the
/// style of NodaTime's patterns. Implementations are immutable and thread-safe, and never throw from
/// <see cref="Parse(string)"/> or <see cref="Parse(ReadOnlySpan{char})"/> for any input text.
/// </summary>
/// <typeparam name="T">The type of value parsed and formatted.</typeparam>
public interface IPattern<T>
{
    /// <summary>Parses text into a value.</summary>
    /// <param name="text">The text to parse; <see langword="null"/> gives a failed result.</param>
    /// <returns>The result of parsing; never throws for bad text.</returns>
    ParseResult<T> Parse(string? text);

    /// <summary>Parses a span of characters into a value.</summary>
    /// <param name="text">The characters to parse.</param>
    /// <returns>The result of parsing; never throws for bad text.</returns>
    ParseResult<T> Parse(ReadOnlySpan<char> text);

    /// <summary>Formats a value as text.</summary>
    /// <param name="value">The value to format.</param>
    /// <returns>The formatted text.</returns>
    string Format(T value);

    /// <summary>Appends the formatted value to a builder.</summary>
    /// <param name="value">The value to format.</param>
    /// <param name="builder">The builder to append to.</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    StringBuilder AppendFormat(T value, StringBuilder builder);
}
