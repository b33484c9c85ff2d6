using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Awards;

/// <summary>The eligibility criteria of one award kind for one kind of recipient in a rule set: every rule must be met.</summary>
public sealed class AwardCriteria
{
    private readonly EligibilityRule[] rules;
    private IReadOnlyList<EligibilityRule>? rulesView;

    /// <summary>Creates the criteria of a kind.</summary>
    /// <param name="kind">The award kind.</param>
    /// <param name="recipient">The recipient kind these criteria are for (a Bằng khen has different criteria for individuals and collectives).</param>
    /// <param name="rules">The rules, all of which must be met, in the order they are explained; at least one.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="rules"/> is empty or holds null, or the kind is not given to <paramref name="recipient"/>.</exception>
    public AwardCriteria(AwardKind kind, RecipientKinds recipient, IEnumerable<EligibilityRule> rules)
    {
        Guard.Against.Null(kind);
        Guard.Against.Null(rules);
        this.rules = Preconditions.CheckNotNullElements(rules, nameof(rules));
        Preconditions.CheckArgument(this.rules.Length > 0, nameof(rules), "A kind's criteria need at least one rule.");
        foreach (var rule in this.rules)
        {
            CheckCode(rule);
        }

        Preconditions.CheckArgument(
            recipient is RecipientKinds.Individual or RecipientKinds.Collective or RecipientKinds.Household or RecipientKinds.Model && kind.IsFor(recipient),
            nameof(recipient),
            $"{kind.Code} is not given to a {recipient}.");
        Kind = kind;
        Recipient = recipient;
    }

    /// <summary>Gets the award kind.</summary>
    public AwardKind Kind { get; }

    /// <summary>Gets the recipient kind.</summary>
    public RecipientKinds Recipient { get; }

    internal int Slot => Slotted(Kind, Recipient);

    /// <summary>Gets the rules, all of which must be met.</summary>
    public IReadOnlyList<EligibilityRule> Rules => rulesView ??= ReadOnlyView.Of(rules);

    internal EligibilityRule[] RuleArray => rules;

    private static void CheckCode(EligibilityRule rule)
    {
        Preconditions.CheckArgument(
            rule.Code.StartsWith(AwardRuleCodes.Prefix, StringComparison.Ordinal) && rule.Code.Length > AwardRuleCodes.Prefix.Length,
            "rules",
            $"Rule codes start with 'AWD-', not '{rule.Code}'.");
        foreach (var inner in rule.Inner)
        {
            CheckCode(inner);
        }
    }

    internal static int Slotted(AwardKind kind, RecipientKinds recipient) =>
        (kind.Index * SlotsPerKind) + (recipient == RecipientKinds.Individual ? 0 : recipient == RecipientKinds.Collective ? 1 : recipient == RecipientKinds.Household ? 2 : 3);

    internal const int SlotsPerKind = 4;
}
