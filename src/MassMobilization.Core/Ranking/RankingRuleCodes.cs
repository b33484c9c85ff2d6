namespace MassMobilization.Core.Ranking;

/// <summary>
/// The stable rule codes of <see cref="DomainRuleException"/>s thrown by the Ranking area (scheme
/// <c>RANK-UPPER-KEBAB</c>). Applications may switch on them; messages are for people.
/// </summary>
public static class RankingRuleCodes
{
    /// <summary>Two items of one ranking share an identity, so the ranking could not tell them apart in its explanations or a quota's cut.</summary>
    public const string DuplicateIdentity = "RANK-DUPLICATE-IDENTITY";
}
