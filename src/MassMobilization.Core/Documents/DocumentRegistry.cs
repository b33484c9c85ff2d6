using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using MassMobilization.Core.Organization;
using NodaTime;

namespace MassMobilization.Core.Documents;

/// <summary>
/// The numbers taken by issuers, checked for uniqueness within each number's
/// <see cref="DocumentNumberScope"/>: the same sequence number is accepted in another year (State) or
/// another term (Party) and rejected within one.
/// </summary>
/// <remarks>
/// Immutable: <see cref="Register"/> returns a new registry and leaves this one unchanged. Party terms
/// are configuration: a Party issuer with no configured term is numbered per (issuer, type) for all
/// time, which is stricter than the rule; configure terms to accept a number again in a new term.
/// </remarks>
public sealed class DocumentRegistry
{
    private readonly PartyTerm[] partyTerms;
    private IReadOnlyList<PartyTerm>? partyTermsView;
    private readonly CommitteeId[] sharedSequenceIssuers;
    private IReadOnlyList<CommitteeId>? sharedSequenceIssuersView;
    private readonly ImmutableDictionary<(DocumentNumberScope Scope, int Number), RegisteredDocument> entries;

    /// <summary>Initializes an empty registry.</summary>
    /// <param name="partyTerms">The terms of the Party committees that issue documents (may be empty).</param>
    /// <exception cref="ArgumentNullException"><paramref name="partyTerms"/> is null.</exception>
    /// <exception cref="ArgumentException">An element is null, or two terms of one committee overlap.</exception>
    public DocumentRegistry(IEnumerable<PartyTerm> partyTerms)
        : this(partyTerms, [])
    {
    }

    /// <summary>Initializes an empty registry in which some Party issuers number all their documents in one sequence.</summary>
    /// <param name="partyTerms">The terms of the Party committees that issue documents (may be empty).</param>
    /// <param name="sharedSequenceIssuers">
    /// Party issuers whose documents share one sequence whatever their type: a Party congress numbers all
    /// its documents in one sequence (docs/documents.md, "Uniqueness of numbers"; Guidance 36-HD/VPTW), unlike a committee, which
    /// numbers each type separately.
    /// </param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An element of <paramref name="partyTerms"/> is null, two terms of one committee overlap, or an issuer is the default id.</exception>
    public DocumentRegistry(IEnumerable<PartyTerm> partyTerms, IEnumerable<CommitteeId> sharedSequenceIssuers)
    {
        Guard.Against.Null(partyTerms);
        Guard.Against.Null(sharedSequenceIssuers);
        var shared = new SortedSet<CommitteeId>();
        foreach (var issuer in sharedSequenceIssuers)
        {
            Preconditions.CheckArgument(!issuer.IsDefault, nameof(sharedSequenceIssuers), "An issuer is the default id.");
            shared.Add(issuer);
        }

        this.sharedSequenceIssuers = [.. shared];
        var terms = Preconditions.CheckNotNullElements(partyTerms, nameof(partyTerms));
        Array.Sort(terms, (a, b) => a.Committee != b.Committee ? a.Committee.CompareTo(b.Committee) : a.Start.CompareTo(b.Start));
        for (int i = 1; i < terms.Length; i++)
        {
            var previous = terms[i - 1];
            Preconditions.CheckArgument(
                previous.Committee != terms[i].Committee || (previous.End is { } end && end < terms[i].Start),
                nameof(partyTerms),
                $"The terms '{previous.Name}' and '{terms[i].Name}' of {terms[i].Committee} overlap.");
        }

        this.partyTerms = terms;
        entries = ImmutableDictionary<(DocumentNumberScope, int), RegisteredDocument>.Empty;
    }

    private DocumentRegistry(PartyTerm[] partyTerms, CommitteeId[] sharedSequenceIssuers, ImmutableDictionary<(DocumentNumberScope, int), RegisteredDocument> entries)
    {
        this.partyTerms = partyTerms;
        this.sharedSequenceIssuers = sharedSequenceIssuers;
        this.entries = entries;
    }

    /// <summary>Gets the configured Party committee terms, by committee and start.</summary>
    public IReadOnlyList<PartyTerm> PartyTerms => partyTermsView ??= ReadOnlyView.Of(partyTerms);

    /// <summary>Gets the Party issuers (congresses) that number all their documents in one sequence, in order.</summary>
    public IReadOnlyList<CommitteeId> SharedSequenceIssuers => sharedSequenceIssuersView ??= ReadOnlyView.Of(sharedSequenceIssuers);

    /// <summary>Gets the number of registered documents.</summary>
    public int Count => entries.Count;

    /// <summary>Gets the registered documents, by issue date, then number.</summary>
    public IReadOnlyList<RegisteredDocument> Entries
    {
        get
        {
            var list = new List<RegisteredDocument>(entries.Values);
            list.Sort((a, b) => a.IssuedOn != b.IssuedOn ? a.IssuedOn.CompareTo(b.IssuedOn) : a.Number.CompareTo(b.Number));
            return ReadOnlyView.Of(list);
        }
    }

    /// <summary>Returns the scope a number is unique in.</summary>
    /// <param name="issuer">The issuing body.</param>
    /// <param name="number">The number.</param>
    /// <param name="issuedOn">The issue date (gives the State year and the Party term).</param>
    /// <returns>The scope.</returns>
    /// <exception cref="ArgumentException"><paramref name="issuer"/> or <paramref name="number"/> is the default value.</exception>
    /// <exception cref="DomainRuleException"><see cref="DocumentRuleCodes.NoPartyTerm"/>: the issuer has terms, but none contains <paramref name="issuedOn"/>.</exception>
    public DocumentNumberScope ScopeOf(CommitteeId issuer, DocumentNumber number, LocalDate issuedOn)
    {
        Preconditions.CheckArgument(!issuer.IsDefault, nameof(issuer), "The issuer must not be the default id.");
        Preconditions.CheckArgument(number.Form != 0, nameof(number), "The number must not be the default value.");
        switch (number.Form)
        {
            case DocumentNumberForm.Party:
                string? partyType = Array.BinarySearch(sharedSequenceIssuers, issuer) >= 0 ? null : number.TypeCode;
                return new(DocumentSystem.Party, issuer, partyType, null, FindTerm(issuer, number, issuedOn));
            case DocumentNumberForm.LegalNormative:
                return new(DocumentSystem.State, issuer, number.TypeCode, number.Year, null);
            case DocumentNumberForm.NationalAssembly:
                return new(DocumentSystem.State, issuer, null, number.Year, null);
            default:
                return new(DocumentSystem.State, issuer, null, issuedOn.Year, null);
        }
    }

    /// <summary>Returns whether the number's sequence number is already taken in its scope.</summary>
    /// <param name="issuer">The issuing body.</param>
    /// <param name="number">The number.</param>
    /// <param name="issuedOn">The issue date.</param>
    /// <returns><see langword="true"/> when a registered document holds the same sequence number in the same scope.</returns>
    /// <exception cref="ArgumentException"><paramref name="issuer"/> or <paramref name="number"/> is the default value.</exception>
    /// <exception cref="DomainRuleException"><see cref="DocumentRuleCodes.NoPartyTerm"/>: see <see cref="ScopeOf"/>.</exception>
    public bool IsTaken(CommitteeId issuer, DocumentNumber number, LocalDate issuedOn) =>
        entries.ContainsKey((ScopeOf(issuer, number, issuedOn), number.Number));

    /// <summary>Registers a number, returning a new registry.</summary>
    /// <param name="issuer">The issuing body.</param>
    /// <param name="number">The number.</param>
    /// <param name="issuedOn">The issue date.</param>
    /// <returns>A registry that also holds the number.</returns>
    /// <exception cref="ArgumentException"><paramref name="issuer"/> or <paramref name="number"/> is the default value.</exception>
    /// <exception cref="DomainRuleException">
    /// <see cref="DocumentRuleCodes.DuplicateInScope"/>: the sequence number is taken in the scope;
    /// <see cref="DocumentRuleCodes.NoPartyTerm"/>: see <see cref="ScopeOf"/>.
    /// </exception>
    public DocumentRegistry Register(CommitteeId issuer, DocumentNumber number, LocalDate issuedOn)
    {
        var scope = ScopeOf(issuer, number, issuedOn);
        if (entries.TryGetValue((scope, number.Number), out var existing))
        {
            throw new DomainRuleException(
                DocumentRuleCodes.DuplicateInScope,
                string.Create(CultureInfo.InvariantCulture, $"{number} ({issuedOn:uuuu-MM-dd}) repeats sequence number {number.Number} of {existing.Number} ({existing.IssuedOn:uuuu-MM-dd}) within the scope {scope}."));
        }

        return new DocumentRegistry(partyTerms, sharedSequenceIssuers, entries.Add((scope, number.Number), new RegisteredDocument(issuer, number, issuedOn, scope)));
    }

    private PartyTerm? FindTerm(CommitteeId issuer, DocumentNumber number, LocalDate issuedOn)
    {
        bool hasTerms = false;
        foreach (var term in partyTerms)
        {
            if (term.Committee != issuer)
            {
                continue;
            }

            hasTerms = true;
            if (term.Contains(issuedOn))
            {
                return term;
            }
        }

        if (hasTerms)
        {
            throw new DomainRuleException(
                DocumentRuleCodes.NoPartyTerm,
                string.Create(CultureInfo.InvariantCulture, $"{number} of {issuer} is dated {issuedOn:uuuu-MM-dd}, outside every configured term of {issuer}."));
        }

        return null;
    }
}
