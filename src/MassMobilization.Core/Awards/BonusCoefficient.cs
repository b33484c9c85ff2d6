using Ardalis.GuardClauses;

namespace MassMobilization.Core.Awards;

/// <summary>A bonus multiple of the base salary for an award kind and recipient.</summary>
public sealed record BonusCoefficient
{
    /// <summary>Initializes a new instance of the <see cref="BonusCoefficient"/> class.</summary>
    /// <param name="kind">The award kind.</param>
    /// <param name="recipient">The recipient kind.</param>
    /// <param name="multiple">The multiple of the monthly base salary.</param>
    /// <param name="source">Where it comes from.</param>
    /// <param name="unconfirmed">Whether it is unconfirmed.</param>
    /// <exception cref="System.ArgumentNullException">A reference argument is null.</exception>
    public BonusCoefficient(AwardKind kind, RecipientKinds recipient, decimal multiple, string source, bool unconfirmed)
    {
        Guard.Against.Null(kind);
        Guard.Against.Null(source);
        Kind = kind;
        Recipient = recipient;
        Multiple = multiple;
        Source = source;
        Unconfirmed = unconfirmed;
    }

    /// <summary>Gets the award kind.</summary>
    public AwardKind Kind { get; }

    /// <summary>Gets the recipient kind.</summary>
    public RecipientKinds Recipient { get; }

    /// <summary>Gets the multiple of the monthly base salary.</summary>
    public decimal Multiple { get; }

    /// <summary>Gets where it comes from.</summary>
    public string Source { get; }

    /// <summary>Gets whether it is unconfirmed.</summary>
    public bool Unconfirmed { get; }
}
