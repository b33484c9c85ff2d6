using System;
using Ardalis.GuardClauses;
using MassMobilization.Core.Organization;

namespace MassMobilization.Core.Awards;

/// <summary>One recipient named in an award decision.</summary>
public sealed record AwardRecipient
{
    /// <summary>Creates a recipient.</summary>
    /// <param name="nomineeId">The nominee's identifier (matches <see cref="ServiceRecord.NomineeId"/>); for a collective the unit code or committee id, for a model its model identifier.</param>
    /// <param name="name">The name as written in the decision.</param>
    /// <param name="recipient">Individual, collective, household or model.</param>
    /// <param name="award">The title or form given.</param>
    /// <param name="nature">Merit, ad-hoc or thematic.</param>
    /// <param name="unit">The unit the recipient belongs to, or the default value.</param>
    /// <param name="reason">Why it is given, as the decision writes it (for example "for outstanding achievements in mass mobilization work in 2024"), or empty.</param>
    /// <param name="posthumous">Whether the award is given posthumously (truy tặng); commemorative medals never are.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">A text is blank or <paramref name="recipient"/> is not exactly one kind.</exception>
    /// <exception cref="DomainRuleException">The award is not given to this kind of recipient (<c>AWD-RECIPIENT-MISMATCH</c>).</exception>
    public AwardRecipient(string nomineeId, string name, RecipientKinds recipient, AwardKind award, AwardNature nature = AwardNature.Merit, UnitCode unit = default, string reason = "", bool posthumous = false)
    {
        Guard.Against.Null(reason);
        Guard.Against.NullOrWhiteSpace(nomineeId);
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.Null(award);
        Preconditions.CheckArgument(recipient is RecipientKinds.Individual or RecipientKinds.Collective or RecipientKinds.Household or RecipientKinds.Model, nameof(recipient), "A recipient is exactly one kind.");
        Guard.Against.OutOfRange((int)nature, nameof(nature), 0, 2);
        Guard.Against.RuleViolation(award.IsFor(recipient), AwardRuleCodes.RecipientMismatch, $"{award.Code} is not given to a {recipient} ('{name}').");
        NomineeId = nomineeId;
        Name = name;
        Recipient = recipient;
        Award = award;
        Nature = nature;
        Unit = unit;
        Reason = reason;
        Posthumous = posthumous;
    }

    /// <summary>Gets the nominee's identifier.</summary>
    public string NomineeId { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the recipient kind.</summary>
    public RecipientKinds Recipient { get; }

    /// <summary>Gets the award given.</summary>
    public AwardKind Award { get; }

    /// <summary>Gets the nature of the award.</summary>
    public AwardNature Nature { get; }

    /// <summary>Gets the unit, or the default value.</summary>
    public UnitCode Unit { get; }

    /// <summary>Gets why it is given, as the decision writes it, or empty.</summary>
    public string Reason { get; }

    /// <summary>Gets a value indicating whether the award is given posthumously (truy tặng).</summary>
    public bool Posthumous { get; }
}
