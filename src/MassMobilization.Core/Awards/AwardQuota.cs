using Ardalis.GuardClauses;

namespace MassMobilization.Core.Awards;

/// <summary>A quota that a rule set places on an award kind (for example at most 15% of a unit's advanced workers may be grassroots emulation fighters, Decree 91/2017/NĐ-CP art. 9, until 2023).</summary>
public sealed record AwardQuota
{
    /// <summary>Initializes a new instance of the <see cref="AwardQuota"/> class.</summary>
    /// <param name="kind">The award kind.</param>
    /// <param name="quota">The quota.</param>
    /// <param name="baseDescription">What the base count is, for example "advanced workers of the unit".</param>
    /// <param name="citation">The article.</param>
    /// <exception cref="System.ArgumentNullException">A reference argument is null.</exception>
    public AwardQuota(AwardKind kind, Quota quota, string baseDescription, LegalCitation citation)
    {
        Guard.Against.Null(kind);
        Guard.Against.Null(quota);
        Guard.Against.Null(baseDescription);
        Guard.Against.Null(citation);
        Kind = kind;
        Quota = quota;
        BaseDescription = baseDescription;
        Citation = citation;
    }

    /// <summary>Gets the award kind.</summary>
    public AwardKind Kind { get; }

    /// <summary>Gets the quota.</summary>
    public Quota Quota { get; }

    /// <summary>Gets what the base count is, for example "advanced workers of the unit".</summary>
    public string BaseDescription { get; }

    /// <summary>Gets the article.</summary>
    public LegalCitation Citation { get; }
}
