using System;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Mobilization;

/// <summary>One missing or invalid item of a registration, with a stable rule code and a readable message.</summary>
public sealed class RegistrationProblem : IEquatable<RegistrationProblem>
{
    /// <summary>Creates a problem.</summary>
    /// <param name="item">The item concerned.</param>
    /// <param name="ruleCode">The rule code, one of <see cref="MobilizationRuleCodes"/>.</param>
    /// <param name="message">What is wrong.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">A text is blank.</exception>
    public RegistrationProblem(RegistrationItem item, string ruleCode, string message)
    {
        Guard.Against.Null(ruleCode);
        Guard.Against.Null(message);
        Guard.Against.NullOrWhiteSpace(ruleCode);
        Guard.Against.NullOrWhiteSpace(message);
        Item = item;
        RuleCode = ruleCode;
        Message = message;
    }

    /// <summary>Gets the item concerned.</summary>
    public RegistrationItem Item { get; }

    /// <summary>Gets the rule code, for example <see cref="MobilizationRuleCodes.ItemMissing"/>.</summary>
    public string RuleCode { get; }

    /// <summary>Gets what is wrong.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public bool Equals(RegistrationProblem? other) =>
        other is not null && Item == other.Item && string.Equals(RuleCode, other.RuleCode, StringComparison.Ordinal)
        && string.Equals(Message, other.Message, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RegistrationProblem);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Item, StringComparer.Ordinal.GetHashCode(RuleCode), StringComparer.Ordinal.GetHashCode(Message));

    /// <summary>Returns "Item (RULE-CODE): message".</summary>
    /// <returns>The readable form.</returns>
    public override string ToString() => $"{Item} ({RuleCode}): {Message}";

    /// <summary>Compares two problems for equality.</summary>
    /// <param name="left">The first problem.</param>
    /// <param name="right">The second problem.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(RegistrationProblem? left, RegistrationProblem? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two problems for inequality.</summary>
    /// <param name="left">The first problem.</param>
    /// <param name="right">The second problem.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(RegistrationProblem? left, RegistrationProblem? right) => !(left == right);
}
