namespace MassMobilization.Core.Documents;

/// <summary>
/// The stable rule codes of <see cref="DomainRuleException"/>s thrown by the Documents area. Applications
/// may switch on them; messages are for people and may change.
/// </summary>
public static class DocumentRuleCodes
{
    /// <summary>A link points to a document that is not in the graph.</summary>
    public const string UnknownLinkTarget = "DOC-UNKNOWN-LINK-TARGET";

    /// <summary>Documents supersede each other in a cycle (A supersedes B supersedes … A).</summary>
    public const string SupersedesCycle = "DOC-SUPERSEDES-CYCLE";

    /// <summary>A review offset is zero or negative.</summary>
    public const string ReviewOffsetNotPositive = "DOC-REVIEW-OFFSET-NOT-POSITIVE";

    /// <summary>A document is dated before its issuer existed.</summary>
    public const string IssuedBeforeIssuerExisted = "DOC-ISSUED-BEFORE-ISSUER";

    /// <summary>A document is dated after its issuer ceased to exist, or in a gap between two of its lifetimes.</summary>
    public const string IssuedOutsideIssuerLifetime = "DOC-ISSUED-OUTSIDE-ISSUER-LIFETIME";

    /// <summary>Two documents hold the same sequence number within one uniqueness scope (issuer, year or term, type).</summary>
    public const string DuplicateInScope = "DOC-DUPLICATE-IN-SCOPE";

    /// <summary>A Party document is dated outside every configured term of its issuing committee.</summary>
    public const string NoPartyTerm = "DOC-NO-PARTY-TERM";

    /// <summary>Two documents of one graph have the same number text (legitimately, in different terms or years), so a link by number could not tell them apart.</summary>
    public const string AmbiguousNumber = "DOC-AMBIGUOUS-NUMBER";
}
