using System;
using System.Diagnostics.CodeAnalysis;

namespace MassMobilization.Core.Text;

/// <summary>
/// The one shape of every expected outcome in the library: a value, or the reason there is none.
/// Parsing (<see cref="ParseResult{T}"/>), registration (<c>RegistrationResult&lt;T&gt;</c>) and lifecycle steps
/// (<c>LifecycleResult&lt;T&gt;</c>) all implement it with the same semantics: producing a result never
/// throws for an expected failure; <see cref="Value"/> and <see cref="GetValueOrThrow"/> throw the
/// failure's own exception (<see cref="Exception"/>), carrying <see cref="ErrorMessage"/>.
/// </summary>
/// <remarks>The implementations are value types; their default value is a failure.</remarks>
/// <typeparam name="T">The type of the value.</typeparam>
public interface IResult<T>
{
    /// <summary>Gets a value indicating whether there is a value.</summary>
    bool Success { get; }

    /// <summary>Gets the value; the same as <see cref="GetValueOrThrow"/>.</summary>
    /// <exception cref="FormatException">A parse failed; the message says what was wrong and where.</exception>
    /// <exception cref="DomainRuleException">A domain rule forbade the operation; its rule code and message say which and why.</exception>
    T Value { get; }

    /// <summary>Gets the readable reason there is no value, or <see langword="null"/> on success.</summary>
    string? ErrorMessage { get; }

    /// <summary>Gets the exception that <see cref="GetValueOrThrow"/> would throw, or <see langword="null"/> on success.</summary>
    Exception? Exception { get; }

    /// <summary>Returns the value, or throws the failure's own exception (<see cref="Exception"/>).</summary>
    /// <returns>The value.</returns>
    /// <exception cref="FormatException">A parse failed; the message says what was wrong and where.</exception>
    /// <exception cref="DomainRuleException">A domain rule forbade the operation; its rule code and message say which and why.</exception>
    T GetValueOrThrow();

    /// <summary>Gets the value without throwing.</summary>
    /// <param name="value">The value, or the default of <typeparamref name="T"/> on failure.</param>
    /// <returns><see langword="true"/> on success.</returns>
    bool TryGetValue([MaybeNullWhen(false)] out T value);
}
