using System;
using Ardalis.GuardClauses;
using MassMobilization.Core.Documents;

namespace MassMobilization.Core.Awards;

/// <summary>
/// Where a rule comes from: a legal document and an article, for example
/// "Decree 98/2023/NĐ-CP art. 30(7)". A citation whose article or content could not be checked against
/// the official text is marked <see cref="Unconfirmed"/> and says so when printed.
/// </summary>
public sealed record LegalCitation
{
    /// <summary>Creates a citation.</summary>
    /// <param name="documentName">The kind of document in English, for example "Law", "Decree".</param>
    /// <param name="document">The document's number, for example <c>98/2023/NĐ-CP</c>.</param>
    /// <param name="article">The article (and clause), for example "art. 30(7)".</param>
    /// <param name="unconfirmed">Whether the citation or its content is unconfirmed.</param>
    /// <exception cref="ArgumentNullException">A string argument is null.</exception>
    /// <exception cref="ArgumentException">A string argument is empty, or <paramref name="document"/> is the default value.</exception>
    public LegalCitation(string documentName, DocumentNumber document, string article, bool unconfirmed = false)
    {
        Guard.Against.Null(documentName);
        Guard.Against.Null(article);
        Guard.Against.NullOrWhiteSpace(documentName);
        Guard.Against.NullOrWhiteSpace(article);
        Preconditions.CheckArgument(document.Form != 0, nameof(document), "The document number is the default value.");
        DocumentName = documentName;
        Document = document;
        Article = article;
        Unconfirmed = unconfirmed;
    }

    /// <summary>Gets the kind of document, for example "Decree".</summary>
    public string DocumentName { get; }

    /// <summary>Gets the document's number.</summary>
    public DocumentNumber Document { get; }

    /// <summary>Gets the article, for example "art. 30(7)".</summary>
    public string Article { get; }

    /// <summary>Gets a value indicating whether the citation or its content could not be confirmed against the official text.</summary>
    public bool Unconfirmed { get; }

    /// <summary>Gets the readable citation, for example "Decree 98/2023/NĐ-CP art. 30(7)".</summary>
    public string Text => ToString();

    /// <summary>Returns the readable citation.</summary>
    /// <returns>For example "Decree 98/2023/NĐ-CP art. 30(7)" or "… (unconfirmed)".</returns>
    public override string ToString() =>
        DocumentName + " " + Document.ToString() + " " + Article + (Unconfirmed ? " (unconfirmed)" : string.Empty);

    /// <summary>Returns a copy marked unconfirmed.</summary>
    /// <returns>The copy.</returns>
    public LegalCitation AsUnconfirmed() => new(DocumentName, Document, Article, unconfirmed: true);

    /// <summary>Returns a citation of another article of the same document.</summary>
    /// <param name="article">The article.</param>
    /// <param name="unconfirmed">Whether it is unconfirmed.</param>
    /// <returns>The citation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    public LegalCitation At(string article, bool unconfirmed = false)
    {
        Guard.Against.Null(article);
        return new(DocumentName, Document, article, unconfirmed);
    }
}
