using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;

namespace MassMobilization.Core;

/// <summary>
/// The library's own guard clauses, beside Ardalis.GuardClauses' argument guards: a broken domain rule
/// throws <see cref="DomainRuleException"/> carrying its stable rule code (docs/architecture.md,
/// "Conventions that hold everywhere"; the codes are listed in docs/rules.md).
/// </summary>
public static class RuleGuards
{
    /// <summary>Guards against the violation of a domain rule: throws unless the rule holds.</summary>
    /// <param name="guardClause">The guard clause (<c>Guard.Against</c>).</param>
    /// <param name="ruleHolds">Whether the rule holds.</param>
    /// <param name="ruleCode">The rule's stable code, for example <c>ORG-UNIT-OVERLAP</c>.</param>
    /// <param name="message">What was wrong, readable.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DomainRuleException"><paramref name="ruleHolds"/> is false.</exception>
    public static void RuleViolation(this IGuardClause guardClause, [DoesNotReturnIf(false)] bool ruleHolds, string ruleCode, string message)
    {
        Guard.Against.Null(guardClause);
        Guard.Against.Null(ruleCode);
        Guard.Against.Null(message);
        if (!ruleHolds)
        {
            throw new DomainRuleException(ruleCode, message);
        }
    }

    /// <summary>
    /// Guards against the violation of a domain rule with an interpolated message, which is built (with the
    /// invariant culture) only when the rule is broken, so the guard allocates nothing when it holds.
    /// </summary>
    /// <param name="guardClause">The guard clause (<c>Guard.Against</c>).</param>
    /// <param name="ruleHolds">Whether the rule holds.</param>
    /// <param name="ruleCode">The rule's stable code, for example <c>ORG-UNIT-OVERLAP</c>.</param>
    /// <param name="message">What was wrong, readable.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DomainRuleException"><paramref name="ruleHolds"/> is false.</exception>
    public static void RuleViolation(
        this IGuardClause guardClause,
        [DoesNotReturnIf(false)] bool ruleHolds,
        string ruleCode,
        [InterpolatedStringHandlerArgument(nameof(ruleHolds))] ref RuleMessageInterpolatedStringHandler message)
    {
        Guard.Against.Null(guardClause);
        Guard.Against.Null(ruleCode);
        if (!ruleHolds)
        {
            throw new DomainRuleException(ruleCode, message.ToStringAndClear());
        }
    }
}
