using System;
using System.Globalization;
using MassMobilization.Core.Organization;

namespace MassMobilization.Core.Documents;

/// <summary>
/// The range within which a document's sequence number must be unique:
/// <list type="bullet">
/// <item>State documents: per issuer and calendar year, one sequence for all types (Decree 30/2020/NĐ-CP, art. 15: numbers restart at 01 every 1 January);</item>
/// <item>legal normative documents: per issuer, type and year (the year written in the number);</item>
/// <item>laws and National Assembly resolutions: per issuer (the National Assembly) and year;</item>
/// <item>Party documents: per issuer, type and Party committee term (Guidance 36-HD/VPTW), or per issuer and type when no term is configured for the issuer.</item>
/// </list>
/// </summary>
/// <remarks>The default value has the default issuer, no type, year or term, and system 0; it is the scope of no document.</remarks>
public readonly struct DocumentNumberScope : IEquatable<DocumentNumberScope>
{
    internal DocumentNumberScope(DocumentSystem system, CommitteeId issuer, string? typeCode, int? year, PartyTerm? term)
    {
        System = system;
        Issuer = issuer;
        TypeCode = typeCode;
        Year = year;
        Term = term;
    }

    /// <summary>Gets the document system.</summary>
    public DocumentSystem System { get; }

    /// <summary>Gets the issuing body.</summary>
    public CommitteeId Issuer { get; }

    /// <summary>Gets the type code when numbering is per type (Party and legal normative documents), otherwise <see langword="null"/>.</summary>
    public string? TypeCode { get; }

    /// <summary>Gets the calendar year of a State scope, or <see langword="null"/> for a Party scope.</summary>
    public int? Year { get; }

    /// <summary>Gets the Party committee term of a Party scope, or <see langword="null"/>.</summary>
    public PartyTerm? Term { get; }

    /// <inheritdoc />
    public bool Equals(DocumentNumberScope other) =>
        System == other.System && Issuer == other.Issuer && string.Equals(TypeCode, other.TypeCode, StringComparison.Ordinal) && Year == other.Year && Equals(Term, other.Term);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DocumentNumberScope other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(System, Issuer, TypeCode is null ? 0 : StringComparer.Ordinal.GetHashCode(TypeCode), Year, Term);

    /// <summary>Describes the scope, for example <c>Party TW, type NQ, term XII</c> or <c>State UBND-HN, year 2024</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        string text = $"{System} {Issuer}";
        if (TypeCode is not null)
        {
            text += $", type {TypeCode}";
        }

        if (Year is not null)
        {
            text += string.Create(CultureInfo.InvariantCulture, $", year {Year.Value}");
        }

        if (Term is not null)
        {
            text += $", term {Term.Name}";
        }

        return text;
    }

    /// <summary>Compares two scopes for equality.</summary>
    /// <param name="left">The first scope.</param>
    /// <param name="right">The second scope.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(DocumentNumberScope left, DocumentNumberScope right) => left.Equals(right);

    /// <summary>Compares two scopes for inequality.</summary>
    /// <param name="left">The first scope.</param>
    /// <param name="right">The second scope.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(DocumentNumberScope left, DocumentNumberScope right) => !left.Equals(right);
}
