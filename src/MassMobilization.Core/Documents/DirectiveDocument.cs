using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using MassMobilization.Core.Organization;
using NodaTime;

namespace MassMobilization.Core.Documents;

/// <summary>
/// A directive document (văn bản chỉ đạo): a resolution, conclusion, directive, plan, decision… with its
/// number, its type (kept apart from the code in the number: 205-QĐ/TW is a regulation), its issuing
/// committee, issue date, title and typed links to earlier documents.
/// </summary>
/// <remarks>
/// Immutable: <see cref="WithLink"/> returns a new document. Links are checked against other documents
/// only when the document is put in a <see cref="DocumentGraph"/>.
/// </remarks>
public sealed class DirectiveDocument
{
    private readonly DocumentLink[] links;
    private IReadOnlyList<DocumentLink>? linksView;

    /// <summary>Initializes a document.</summary>
    /// <param name="number">The document's number.</param>
    /// <param name="type">The document's type; its system must be the number's and, when the number has a type code, it must be written with that code.</param>
    /// <param name="issuer">The issuing committee.</param>
    /// <param name="issuedOn">The issue date; for a number that holds a year, in that year.</param>
    /// <param name="title">The title (trích yếu), for example <c>Về tiếp tục đổi mới, sắp xếp tổ chức bộ máy…</c>.</param>
    /// <param name="links">Links to other documents (no link to itself, no repeated link).</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">An argument is the default value, blank, or inconsistent as described.</exception>
    public DirectiveDocument(DocumentNumber number, DocumentType type, CommitteeId issuer, LocalDate issuedOn, string title, IEnumerable<DocumentLink> links)
    {
        Guard.Against.Null(type);
        Guard.Against.Null(title);
        Guard.Against.Null(links);
        Preconditions.CheckArgument(number.Form != 0, nameof(number), "The number must not be the default value.");
        Preconditions.CheckArgument(type.System == number.System, nameof(type), $"{number} is a {number.System} number but the type {type} is a {type.System} type.");
        Preconditions.CheckArgument(
            number.TypeCode is null || type.IsWrittenAs(number.TypeCode),
            nameof(type),
            $"The type {type} is not written '{number.TypeCode}', the code in {number}.");
        Preconditions.CheckArgument(!issuer.IsDefault, nameof(issuer), "The issuer must not be the default id.");
        Preconditions.CheckArgument(number.Year is null || number.Year.Value == issuedOn.Year, nameof(issuedOn), $"{number} was issued in {number.Year}, not on {issuedOn:uuuu-MM-dd}.");
        Guard.Against.NullOrWhiteSpace(title);
        var list = new List<DocumentLink>();
        foreach (var link in links)
        {
            Preconditions.CheckArgument(link.Kind != 0, nameof(links), "A link is the default value.");
            Preconditions.CheckArgument(link.Target != number, nameof(links), $"{number} links to itself.");
            Preconditions.CheckArgument(!list.Contains(link), nameof(links), $"The link '{link}' is repeated.");
            list.Add(link);
        }

        Number = number;
        Type = type;
        Issuer = issuer;
        IssuedOn = issuedOn;
        Title = title;
        this.links = list.ToArray();
    }

    /// <summary>Gets the document's number.</summary>
    public DocumentNumber Number { get; }

    /// <summary>Gets the document's type.</summary>
    public DocumentType Type { get; }

    /// <summary>Gets the issuing committee.</summary>
    public CommitteeId Issuer { get; }

    /// <summary>Gets the issue date.</summary>
    public LocalDate IssuedOn { get; }

    /// <summary>Gets the title (trích yếu).</summary>
    public string Title { get; }

    /// <summary>Gets the links to other documents, in the order given.</summary>
    public IReadOnlyList<DocumentLink> Links => linksView ??= ReadOnlyView.Of(links);

    /// <summary>Returns whether this document links to a target with a given kind.</summary>
    /// <param name="kind">The link kind.</param>
    /// <param name="target">The target's number.</param>
    /// <returns><see langword="true"/> when the link exists.</returns>
    public bool LinksTo(DocumentLinkKind kind, DocumentNumber target) => Array.IndexOf(links, new DocumentLink(kind, target)) >= 0;

    /// <summary>Returns a copy of this document with one more link.</summary>
    /// <param name="link">The link.</param>
    /// <returns>The new document.</returns>
    /// <exception cref="ArgumentException">The link is the default value, points to this document or is already present.</exception>
    public DirectiveDocument WithLink(DocumentLink link) => new(Number, Type, Issuer, IssuedOn, Title, [.. links, link]);

    /// <summary>Returns the type, number and date, for example <c>Resolution 18-NQ/TW (2017-10-25)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Type.EnglishName} {Number} ({IssuedOn:uuuu-MM-dd})";
}
