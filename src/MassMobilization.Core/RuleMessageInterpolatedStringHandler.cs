using System;
using System.ComponentModel;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace MassMobilization.Core;

/// <summary>
/// Builds the message of a guard (<see cref="RuleGuards.RuleViolation(Ardalis.GuardClauses.IGuardClause, bool, string, ref RuleMessageInterpolatedStringHandler)"/>)
/// only when the guard fails, with the invariant culture, so a guard that holds on a hot path allocates
/// nothing (docs/architecture.md, "Conventions that hold everywhere").
/// </summary>
/// <remarks>The compiler uses this type for an interpolated message; it is not meant to be written by hand (docs/advanced.md).</remarks>
[InterpolatedStringHandler]
[EditorBrowsable(EditorBrowsableState.Advanced)]
public ref struct RuleMessageInterpolatedStringHandler
{
    private DefaultInterpolatedStringHandler inner;
    private readonly bool active;

    /// <summary>Starts a message that is built only when <paramref name="condition"/> is false.</summary>
    /// <param name="literalLength">The number of literal characters.</param>
    /// <param name="formattedCount">The number of holes.</param>
    /// <param name="condition">Whether the guarded rule or condition holds.</param>
    /// <param name="shouldAppend">Whether the parts of the message are to be appended (the condition is false).</param>
    public RuleMessageInterpolatedStringHandler(int literalLength, int formattedCount, bool condition, out bool shouldAppend)
    {
        active = !condition;
        shouldAppend = active;
        inner = active ? new DefaultInterpolatedStringHandler(literalLength, formattedCount, CultureInfo.InvariantCulture) : default;
    }

    /// <summary>Appends literal text.</summary>
    /// <param name="value">The text.</param>
    public void AppendLiteral(string value) => inner.AppendLiteral(value);

    /// <summary>Appends a value, formatted with the invariant culture.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    public void AppendFormatted<T>(T value) => inner.AppendFormatted(value);

    /// <summary>Appends a value with a format, formatted with the invariant culture.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="format">The format.</param>
    public void AppendFormatted<T>(T value, string? format) => inner.AppendFormatted(value, format);

    /// <summary>Appends a value with an alignment.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="alignment">The minimum width; negative to align left.</param>
    public void AppendFormatted<T>(T value, int alignment) => inner.AppendFormatted(value, alignment);

    /// <summary>Appends a value with an alignment and a format.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="alignment">The minimum width; negative to align left.</param>
    /// <param name="format">The format.</param>
    public void AppendFormatted<T>(T value, int alignment, string? format) => inner.AppendFormatted(value, alignment, format);

    /// <summary>Appends characters.</summary>
    /// <param name="value">The characters.</param>
    public void AppendFormatted(ReadOnlySpan<char> value) => inner.AppendFormatted(value);

    /// <summary>Appends a string.</summary>
    /// <param name="value">The string.</param>
    public void AppendFormatted(string? value) => inner.AppendFormatted(value);

    /// <summary>Gets the message (empty when the condition held) and releases the buffer.</summary>
    /// <returns>The message.</returns>
    public string ToStringAndClear() => active ? inner.ToStringAndClear() : string.Empty;

    /// <summary>Gets the message (empty when the condition held) and releases the buffer.</summary>
    /// <returns>The message.</returns>
    public override string ToString() => ToStringAndClear();
}
