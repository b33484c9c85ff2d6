using System;
using Ardalis.GuardClauses;

namespace MassMobilization.Core;

/// <summary>
/// The exception thrown when a command would break a rule of the domain (for example recognising a
/// "Dân vận khéo" model before it was reviewed, or building an organization chart with two units
/// holding the same code on the same day). Each rule has a stable <see cref="RuleCode"/> that
/// applications may switch on; the message is for people and may change between versions.
/// </summary>
/// <remarks>
/// Expected outcomes (a parse failure, an ineligible nominee, a model not recognised) are reported as
/// results, never with this exception. Invalid arguments (null, out of range) use the
/// <see cref="ArgumentException"/> family. An operation that throws this exception leaves every
/// object it was given unchanged.
/// </remarks>
public sealed class DomainRuleException : InvalidOperationException
{
    /// <summary>Initializes a new instance with a rule code and a readable message.</summary>
    /// <param name="ruleCode">The stable code of the broken rule, for example <c>ORG-DUPLICATE-CODE</c>.</param>
    /// <param name="message">A readable description naming the values involved.</param>
    /// <exception cref="ArgumentException"><paramref name="ruleCode"/> or <paramref name="message"/> is null, empty or white space.</exception>
    public DomainRuleException(string ruleCode, string message)
        : base(message)
    {
        Guard.Against.NullOrWhiteSpace(ruleCode);
        Guard.Against.NullOrWhiteSpace(message);
        RuleCode = ruleCode;
    }

    /// <summary>Initializes a new instance with a rule code, a readable message and the exception that caused it.</summary>
    /// <param name="ruleCode">The stable code of the broken rule.</param>
    /// <param name="message">A readable description naming the values involved.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    /// <exception cref="ArgumentException"><paramref name="ruleCode"/> or <paramref name="message"/> is null, empty or white space.</exception>
    public DomainRuleException(string ruleCode, string message, Exception? innerException)
        : base(message, innerException)
    {
        Guard.Against.NullOrWhiteSpace(ruleCode);
        Guard.Against.NullOrWhiteSpace(message);
        RuleCode = ruleCode;
    }

    /// <summary>Gets the stable code of the broken rule, for example <c>ORG-DUPLICATE-CODE</c>.</summary>
    public string RuleCode { get; }
}
