using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using MassMobilization.Core.Text;

namespace MassMobilization.Core.Documents;

/// <summary>
/// A kind of document (loại văn bản) of one system, with the code written in its number's symbol and
/// its Vietnamese and English names: <c>NQ</c> nghị quyết (resolution), <c>KL</c> kết luận (conclusion),
/// <c>QĐ</c> quyết định (decision).
/// </summary>
/// <remarks>
/// <para>
/// A type is kept apart from the code in a number because the code alone does not always tell the type:
/// a Party regulation (quy định) is written <c>QĐi</c> (08-QĐi/TW) but also <c>QĐ</c> (205-QĐ/TW,
/// 294-QĐ/TW), the same code as a Party decision. <see cref="AlternativeCodes"/> lists such codes.
/// </para>
/// <para>Equality is on every property; the type is immutable.</para>
/// </remarks>
public sealed class DocumentType : IEquatable<DocumentType>, IDisplayNamed
{
    private readonly string[] alternativeCodes;
    private IReadOnlyList<string>? alternativeCodesView;

    /// <summary>Initializes a document type.</summary>
    /// <param name="system">The system the type belongs to.</param>
    /// <param name="code">The code written in the number's symbol (case-sensitive, for example <c>QĐi</c>).</param>
    /// <param name="vietnameseName">The official Vietnamese name with diacritics, for example <c>Nghị quyết</c>.</param>
    /// <param name="englishName">The English name, for example <c>Resolution</c>.</param>
    /// <param name="isLegalNormative">Whether documents of this type are legal normative documents (numbered with their year).</param>
    /// <param name="isConfirmed">Whether the entry is confirmed by its <paramref name="source"/>; false for entries taken from third-party lists.</param>
    /// <param name="source">Where the entry comes from, for example <c>Decree 30/2020/NĐ-CP, appendix III</c>.</param>
    /// <param name="alternativeCodes">Other codes documents of this type are seen written with (may be empty).</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">A code or name is empty or white space, or <paramref name="system"/> is not defined.</exception>
    public DocumentType(DocumentSystem system, string code, string vietnameseName, string englishName, bool isLegalNormative, bool isConfirmed, string source, IEnumerable<string> alternativeCodes)
    {
        Guard.Against.Null(code);
        Guard.Against.Null(vietnameseName);
        Guard.Against.Null(englishName);
        Guard.Against.Null(source);
        Guard.Against.Null(alternativeCodes);
        Preconditions.CheckArgument(Enum.IsDefined(system), nameof(system), $"{system} is not a document system.");
        Guard.Against.NullOrWhiteSpace(code);
        Guard.Against.NullOrWhiteSpace(vietnameseName);
        Guard.Against.NullOrWhiteSpace(englishName);
        Guard.Against.NullOrWhiteSpace(source);
        string[] alternatives = Preconditions.CheckNotNullElements(alternativeCodes, nameof(alternativeCodes));
        for (int i = 0; i < alternatives.Length; i++)
        {
            alternatives[i] = DocumentNumber.NormalizePart(alternatives[i], nameof(alternativeCodes));
        }

        System = system;
        Code = DocumentNumber.NormalizePart(code, nameof(code));
        VietnameseName = MassMobilization.Core.Text.UnicodeText.ToFormC(vietnameseName);
        EnglishName = englishName;
        IsLegalNormative = isLegalNormative;
        IsConfirmed = isConfirmed;
        Source = source;
        this.alternativeCodes = alternatives;
    }

    /// <summary>Gets the system the type belongs to.</summary>
    public DocumentSystem System { get; }

    /// <summary>Gets the code written in a number's symbol, for example <c>NQ</c>, <c>QĐi</c>, <c>CTr</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the official Vietnamese name, for example <c>Nghị quyết</c>.</summary>
    public string VietnameseName { get; }

    /// <summary>Gets the English name, for example <c>Resolution</c>.</summary>
    public string EnglishName { get; }

    /// <summary>Gets a value indicating whether documents of this type are legal normative documents (văn bản quy phạm pháp luật).</summary>
    public bool IsLegalNormative { get; }

    /// <summary>Gets a value indicating whether the entry is confirmed by its source; false for entries taken only from third-party lists.</summary>
    public bool IsConfirmed { get; }

    /// <summary>Gets where the entry comes from.</summary>
    public string Source { get; }

    /// <summary>Gets the other codes documents of this type are written with, for example <c>QĐ</c> for a Party regulation.</summary>
    public IReadOnlyList<string> AlternativeCodes => alternativeCodesView ??= ReadOnlyView.Of(alternativeCodes);

    /// <summary>Returns whether a number's type code may denote this type (its code or an alternative code).</summary>
    /// <param name="typeCode">The code in a number's symbol.</param>
    /// <returns><see langword="true"/> when <paramref name="typeCode"/> is <see cref="Code"/> or one of <see cref="AlternativeCodes"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="typeCode"/> is null.</exception>
    public bool IsWrittenAs(string typeCode)
    {
        Guard.Against.Null(typeCode);
        if (string.Equals(Code, typeCode, StringComparison.Ordinal))
        {
            return true;
        }

        foreach (string alternative in alternativeCodes)
        {
            if (string.Equals(alternative, typeCode, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public bool Equals(DocumentType? other) =>
        other is not null
        && System == other.System
        && string.Equals(Code, other.Code, StringComparison.Ordinal)
        && string.Equals(VietnameseName, other.VietnameseName, StringComparison.Ordinal)
        && string.Equals(EnglishName, other.EnglishName, StringComparison.Ordinal)
        && IsLegalNormative == other.IsLegalNormative
        && IsConfirmed == other.IsConfirmed
        && string.Equals(Source, other.Source, StringComparison.Ordinal)
        && alternativeCodes.AsSpan().SequenceEqual(other.alternativeCodes);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DocumentType);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(System, StringComparer.Ordinal.GetHashCode(Code), StringComparer.Ordinal.GetHashCode(VietnameseName));

    /// <summary>Returns the code and the English name, for example <c>NQ (Resolution)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Code} ({EnglishName})";

    /// <summary>Compares two types for equality.</summary>
    /// <param name="left">The first type.</param>
    /// <param name="right">The second type.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(DocumentType? left, DocumentType? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two types for inequality.</summary>
    /// <param name="left">The first type.</param>
    /// <param name="right">The second type.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(DocumentType? left, DocumentType? right) => !(left == right);
}
