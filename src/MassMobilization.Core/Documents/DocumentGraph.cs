using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Ardalis.GuardClauses;
using NodaTime;

namespace MassMobilization.Core.Documents;

/// <summary>
/// A consistent set of directive documents and the links between them: every link target is in the
/// graph, no documents supersede each other in a cycle, every document is dated within a lifetime of its
/// issuer (when lifetimes are given for it), and no two documents share a sequence number within their
/// uniqueness scope. Answers "what implements this", "what is the latest conclusion on this resolution".
/// </summary>
/// <remarks>
/// Immutable: <see cref="Add"/> returns a new graph. Links name documents by number, so a graph holds one
/// document per number text; two documents with the same text in different terms or years belong in
/// different graphs (<see cref="DocumentRuleCodes.AmbiguousNumber"/>). Documents are listed by issue
/// date, then number.
/// </remarks>
public sealed class DocumentGraph
{
    private readonly DirectiveDocument[] documents;
    private IReadOnlyList<DirectiveDocument>? documentsView;
    private readonly Dictionary<DocumentNumber, DirectiveDocument> byNumber;
    private readonly IssuerLifetime[] lifetimes;
    private IReadOnlyList<IssuerLifetime>? issuerLifetimesView;
    private readonly DocumentRegistry baseRegistry;

    private DocumentGraph(DirectiveDocument[] documents, Dictionary<DocumentNumber, DirectiveDocument> byNumber, IssuerLifetime[] lifetimes, DocumentRegistry baseRegistry, DocumentRegistry registry)
    {
        this.baseRegistry = baseRegistry;
        this.documents = documents;
        this.byNumber = byNumber;
        this.lifetimes = lifetimes;
        Registry = registry;
    }

    /// <summary>Gets the documents, by issue date, then number.</summary>
    public IReadOnlyList<DirectiveDocument> Documents => documentsView ??= ReadOnlyView.Of(documents);

    /// <summary>Gets the issuer lifetimes the graph was checked against.</summary>
    public IReadOnlyList<IssuerLifetime> IssuerLifetimes => issuerLifetimesView ??= ReadOnlyView.Of(lifetimes);

    /// <summary>Gets the registry of the documents' numbers, with the Party terms the graph was checked against.</summary>
    public DocumentRegistry Registry { get; }

    /// <summary>Builds a graph, checking every rule.</summary>
    /// <param name="documents">The documents.</param>
    /// <param name="issuerLifetimes">When each issuer existed; documents of an issuer with no lifetime are not checked.</param>
    /// <param name="partyTerms">The terms of the Party committees (numbering scopes of Party documents).</param>
    /// <returns>The graph.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An element is null or a lifetime is the default value; see also <see cref="DocumentRegistry(IEnumerable{PartyTerm})"/>.</exception>
    /// <exception cref="DomainRuleException">
    /// <see cref="DocumentRuleCodes.UnknownLinkTarget"/>, <see cref="DocumentRuleCodes.SupersedesCycle"/>,
    /// <see cref="DocumentRuleCodes.IssuedBeforeIssuerExisted"/>, <see cref="DocumentRuleCodes.IssuedOutsideIssuerLifetime"/>,
    /// <see cref="DocumentRuleCodes.DuplicateInScope"/>, <see cref="DocumentRuleCodes.NoPartyTerm"/> or
    /// <see cref="DocumentRuleCodes.AmbiguousNumber"/>.
    /// </exception>
    public static DocumentGraph Create(IEnumerable<DirectiveDocument> documents, IEnumerable<IssuerLifetime> issuerLifetimes, IEnumerable<PartyTerm> partyTerms)
    {
        Guard.Against.Null(documents);
        Guard.Against.Null(issuerLifetimes);
        Guard.Against.Null(partyTerms);
        var docs = Preconditions.CheckNotNullElements(documents, nameof(documents));
        var lifetimes = new List<IssuerLifetime>(issuerLifetimes).ToArray();
        foreach (var lifetime in lifetimes)
        {
            Preconditions.CheckArgument(!lifetime.Issuer.IsDefault, nameof(issuerLifetimes), "A lifetime is the default value.");
        }

        return Build(docs, lifetimes, new DocumentRegistry(partyTerms));
    }

    /// <summary>Builds a graph, registering its documents' numbers into a given registry, checking every rule.</summary>
    /// <param name="documents">The documents.</param>
    /// <param name="issuerLifetimes">When each issuer existed; documents of an issuer with no lifetime are not checked.</param>
    /// <param name="registry">
    /// The registry to register the numbers into: its Party terms and shared-sequence issuers (congresses) are the
    /// numbering scopes, and numbers it already holds (documents outside the graph) count as taken.
    /// </param>
    /// <returns>The graph.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An element is null or a lifetime is the default value.</exception>
    /// <exception cref="DomainRuleException">
    /// <see cref="DocumentRuleCodes.UnknownLinkTarget"/>, <see cref="DocumentRuleCodes.SupersedesCycle"/>,
    /// <see cref="DocumentRuleCodes.IssuedBeforeIssuerExisted"/>, <see cref="DocumentRuleCodes.IssuedOutsideIssuerLifetime"/>,
    /// <see cref="DocumentRuleCodes.DuplicateInScope"/>, <see cref="DocumentRuleCodes.NoPartyTerm"/> or
    /// <see cref="DocumentRuleCodes.AmbiguousNumber"/>.
    /// </exception>
    public static DocumentGraph Create(IEnumerable<DirectiveDocument> documents, IEnumerable<IssuerLifetime> issuerLifetimes, DocumentRegistry registry)
    {
        Guard.Against.Null(documents);
        Guard.Against.Null(issuerLifetimes);
        Guard.Against.Null(registry);
        var docs = Preconditions.CheckNotNullElements(documents, nameof(documents));
        var lifetimes = new List<IssuerLifetime>(issuerLifetimes).ToArray();
        foreach (var lifetime in lifetimes)
        {
            Preconditions.CheckArgument(!lifetime.Issuer.IsDefault, nameof(issuerLifetimes), "A lifetime is the default value.");
        }

        return Build(docs, lifetimes, registry);
    }

    /// <summary>Returns a graph that also holds <paramref name="document"/>, checking every rule.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The new graph; this graph is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="DomainRuleException">As for <see cref="Create(IEnumerable{DirectiveDocument}, IEnumerable{IssuerLifetime}, DocumentRegistry)"/>.</exception>
    public DocumentGraph Add(DirectiveDocument document)
    {
        Guard.Against.Null(document);
        return Build([.. documents, document], lifetimes, baseRegistry);
    }

    /// <summary>Finds a document by number.</summary>
    /// <param name="number">The number.</param>
    /// <returns>The document, or <see langword="null"/>.</returns>
    public DirectiveDocument? Find(DocumentNumber number) => byNumber.TryGetValue(number, out var document) ? document : null;

    /// <summary>Lists the documents that link to a target with a given kind, by issue date.</summary>
    /// <param name="target">The target's number.</param>
    /// <param name="kind">The link kind.</param>
    /// <returns>The documents; empty when none.</returns>
    public IReadOnlyList<DirectiveDocument> LinkedTo(DocumentNumber target, DocumentLinkKind kind)
    {
        var result = new List<DirectiveDocument>();
        foreach (var document in documents)
        {
            if (document.LinksTo(kind, target))
            {
                result.Add(document);
            }
        }

        return result;
    }

    /// <summary>Lists the documents issued on or before a date that link to a target with a given kind of link, by issue date.</summary>
    /// <param name="target">The target's number.</param>
    /// <param name="kind">The kind of link.</param>
    /// <param name="asOf">The date the question is asked for; later documents are left out.</param>
    /// <returns>The documents; empty when none.</returns>
    public IReadOnlyList<DirectiveDocument> LinkedTo(DocumentNumber target, DocumentLinkKind kind, LocalDate asOf)
    {
        var result = new List<DirectiveDocument>();
        foreach (var document in documents)
        {
            if (document.IssuedOn > asOf)
            {
                break;
            }

            if (document.LinksTo(kind, target))
            {
                result.Add(document);
            }
        }

        return result;
    }

    /// <summary>Lists what implements a document (plans, programmes… with an <see cref="DocumentLinkKind.Implements"/> link), by issue date.</summary>
    /// <param name="target">The implemented document's number.</param>
    /// <returns>The documents; empty when none.</returns>
    public IReadOnlyList<DirectiveDocument> Implementing(DocumentNumber target) => LinkedTo(target, DocumentLinkKind.Implements);

    /// <summary>Finds the latest document of a type that links to a target in any way.</summary>
    /// <param name="target">The target's number.</param>
    /// <param name="type">The type of the document sought.</param>
    /// <returns>The latest by issue date (then number), or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="type"/> is null.</exception>
    public DirectiveDocument? LatestLinkedTo(DocumentNumber target, DocumentType type)
    {
        Guard.Against.Null(type);
        DirectiveDocument? latest = null;
        foreach (var document in documents)
        {
            if (document.Type == type && HasLinkTo(document, target))
            {
                latest = document;
            }
        }

        return latest;
    }

    /// <summary>Finds the latest document of a type issued on or before a date that links to a target in any way.</summary>
    /// <param name="target">The target's number.</param>
    /// <param name="type">The type of the document sought.</param>
    /// <param name="asOf">The date the question is asked for; later documents are left out.</param>
    /// <returns>The latest by issue date (then number), or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="type"/> is null.</exception>
    public DirectiveDocument? LatestLinkedTo(DocumentNumber target, DocumentType type, LocalDate asOf)
    {
        Guard.Against.Null(type);
        DirectiveDocument? latest = null;
        foreach (var document in documents)
        {
            if (document.IssuedOn > asOf)
            {
                break;
            }

            if (document.Type == type && HasLinkTo(document, target))
            {
                latest = document;
            }
        }

        return latest;
    }

    /// <summary>Finds the latest Party conclusion issued on or before a date that links to a document.</summary>
    /// <param name="target">The document's number, for example 25-NQ/TW.</param>
    /// <param name="asOf">The date the question is asked for; later documents are left out.</param>
    /// <returns>The latest conclusion, or <see langword="null"/>.</returns>
    public DirectiveDocument? LatestConclusionOn(DocumentNumber target, LocalDate asOf) => LatestLinkedTo(target, DocumentTypes.PartyConclusion, asOf);

    /// <summary>Finds the latest Party conclusion on a document as of today in Vietnam (UTC+7) according to a clock.</summary>
    /// <param name="target">The document's number, for example 25-NQ/TW.</param>
    /// <param name="clock">The clock that says what today is.</param>
    /// <returns>The latest conclusion issued on or before today, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public DirectiveDocument? LatestConclusionOn(DocumentNumber target, IClock clock)
    {
        Guard.Against.Null(clock);
        return LatestLinkedTo(target, DocumentTypes.PartyConclusion, VietnamTime.Today(clock));
    }

    /// <summary>Returns whether a document of the graph was in force on a date: issued on or before it and not yet superseded.</summary>
    /// <param name="number">The document's number.</param>
    /// <param name="asOf">The date.</param>
    /// <returns><see langword="true"/> when the document was issued by <paramref name="asOf"/> and no document issued by then supersedes it.</returns>
    /// <exception cref="ArgumentException"><paramref name="number"/> is not in the graph.</exception>
    public bool IsInForce(DocumentNumber number, LocalDate asOf)
    {
        var document = Find(number) ?? throw new ArgumentException($"{number} is not in the graph.", nameof(number));
        return document.IssuedOn <= asOf && LinkedTo(number, DocumentLinkKind.Supersedes, asOf).Count == 0;
    }

    /// <summary>Finds the latest Party conclusion (kết luận) that continues, reviews or otherwise links to a document.</summary>
    /// <param name="target">The document's number, for example 18-NQ/TW.</param>
    /// <returns>The latest conclusion, or <see langword="null"/>.</returns>
    public DirectiveDocument? LatestConclusionOn(DocumentNumber target) => LatestLinkedTo(target, DocumentTypes.PartyConclusion);

    /// <summary>Finds the document that supersedes a document, if any.</summary>
    /// <param name="target">The document's number.</param>
    /// <returns>The earliest superseding document, or <see langword="null"/> while the document is not superseded.</returns>
    public DirectiveDocument? SupersededBy(DocumentNumber target)
    {
        var list = LinkedTo(target, DocumentLinkKind.Supersedes);
        return list.Count == 0 ? null : list[0];
    }

    private static bool HasLinkTo(DirectiveDocument document, DocumentNumber target)
    {
        foreach (var link in document.Links)
        {
            if (link.Target == target)
            {
                return true;
            }
        }

        return false;
    }

    private static DocumentGraph Build(DirectiveDocument[] docs, IssuerLifetime[] lifetimes, DocumentRegistry baseRegistry)
    {
        var registry = baseRegistry;
        Array.Sort(docs, (a, b) => a.IssuedOn != b.IssuedOn ? a.IssuedOn.CompareTo(b.IssuedOn) : a.Number.CompareTo(b.Number));
        var byNumber = new Dictionary<DocumentNumber, DirectiveDocument>();
        foreach (var document in docs)
        {
            CheckIssuerLifetime(document, lifetimes);
            registry = registry.Register(document.Issuer, document.Number, document.IssuedOn);
            if (!byNumber.TryAdd(document.Number, document))
            {
                throw new DomainRuleException(
                    DocumentRuleCodes.AmbiguousNumber,
                    string.Create(CultureInfo.InvariantCulture, $"Two documents are numbered {document.Number} ({byNumber[document.Number].IssuedOn:uuuu-MM-dd} and {document.IssuedOn:uuuu-MM-dd}); links by number could not tell them apart."));
            }
        }

        foreach (var document in docs)
        {
            foreach (var link in document.Links)
            {
                if (!byNumber.ContainsKey(link.Target))
                {
                    throw new DomainRuleException(
                        DocumentRuleCodes.UnknownLinkTarget,
                        $"{document.Number} {LinkVerb(link.Kind)} {link.Target}, which is not in the graph.");
                }
            }
        }

        CheckSupersedesCycles(docs, byNumber);
        return new DocumentGraph(docs, byNumber, lifetimes, baseRegistry, registry);
    }

    private static void CheckIssuerLifetime(DirectiveDocument document, IssuerLifetime[] lifetimes)
    {
        bool known = false;
        LocalDate? earliest = null;
        foreach (var lifetime in lifetimes)
        {
            if (lifetime.Issuer != document.Issuer)
            {
                continue;
            }

            if (lifetime.Contains(document.IssuedOn))
            {
                return;
            }

            known = true;
            if (earliest is null || lifetime.From < earliest.Value)
            {
                earliest = lifetime.From;
            }
        }

        if (!known || earliest is null)
        {
            return;
        }

        if (document.IssuedOn < earliest.Value)
        {
            throw new DomainRuleException(
                DocumentRuleCodes.IssuedBeforeIssuerExisted,
                string.Create(CultureInfo.InvariantCulture, $"{document.Number} is dated {document.IssuedOn:uuuu-MM-dd}, before its issuer {document.Issuer} existed (from {earliest.Value:uuuu-MM-dd})."));
        }

        throw new DomainRuleException(
            DocumentRuleCodes.IssuedOutsideIssuerLifetime,
            string.Create(CultureInfo.InvariantCulture, $"{document.Number} is dated {document.IssuedOn:uuuu-MM-dd}, when its issuer {document.Issuer} did not exist."));
    }

    private static void CheckSupersedesCycles(DirectiveDocument[] docs, Dictionary<DocumentNumber, DirectiveDocument> byNumber)
    {
        // 0 = unvisited, 1 = on the current path, 2 = done. Iterative so that long chains cannot overflow the stack.
        var state = new Dictionary<DocumentNumber, int>();
        var path = new List<DocumentNumber>();
        var next = new List<int>();
        foreach (var root in docs)
        {
            if (state.GetValueOrDefault(root.Number) != 0)
            {
                continue;
            }

            path.Add(root.Number);
            next.Add(0);
            state[root.Number] = 1;
            while (path.Count > 0)
            {
                int top = path.Count - 1;
                var links = byNumber[path[top]].Links;
                int i = next[top];
                while (i < links.Count && links[i].Kind != DocumentLinkKind.Supersedes)
                {
                    i++;
                }

                if (i == links.Count)
                {
                    state[path[top]] = 2;
                    path.RemoveAt(top);
                    next.RemoveAt(top);
                    continue;
                }

                next[top] = i + 1;
                var target = links[i].Target;
                int targetState = state.GetValueOrDefault(target);
                if (targetState == 1)
                {
                    var cycle = new StringBuilder();
                    for (int j = path.IndexOf(target); j < path.Count; j++)
                    {
                        cycle.Append(path[j]).Append(" supersedes ");
                    }

                    cycle.Append(target);
                    throw new DomainRuleException(DocumentRuleCodes.SupersedesCycle, $"Documents supersede each other in a cycle: {cycle}.");
                }

                if (targetState == 0)
                {
                    state[target] = 1;
                    path.Add(target);
                    next.Add(0);
                }
            }
        }
    }

    private static string LinkVerb(DocumentLinkKind kind) => kind switch
    {
        DocumentLinkKind.Implements => "implements",
        DocumentLinkKind.Continues => "continues",
        DocumentLinkKind.Reviews => "reviews",
        DocumentLinkKind.Amends => "amends",
        _ => "supersedes",
    };
}
