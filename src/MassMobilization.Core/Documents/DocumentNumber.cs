using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using Ardalis.GuardClauses;
using MassMobilization.Core.Text;

namespace MassMobilization.Core.Documents;

/// <summary>
/// The number and symbol of a Party or State document (số, ký hiệu văn bản): <c>18-NQ/TW</c>,
/// <c>3406/QĐ-UBND</c>, <c>9086/BNV-CTTN&amp;BĐG</c>, <c>98/2023/NĐ-CP</c>, <c>06/2022/QH15</c>.
/// </summary>
/// <remarks>
/// <para>
/// Equality is on meaning: the sequence number is an integer, so leading zeros in the text do not
/// matter, and every text part is kept in Unicode normalisation form C. Parts are compared ordinally
/// and case-sensitively because codes such as <c>QĐi</c>, <c>CTr</c> and <c>TrS</c> mix cases.
/// </para>
/// <para>
/// Numbers sort by system, issuer, year (a missing year first), National Assembly term, type code,
/// sequence number and drafting unit. The default value is not a valid document number: its
/// <see cref="Form"/> is 0 and <see cref="ToString"/> returns the empty string.
/// </para>
/// </remarks>
public readonly struct DocumentNumber : IEquatable<DocumentNumber>, IComparable<DocumentNumber>
{
    /// <summary>The largest sequence number accepted.</summary>
    public const int MaxSequenceNumber = 999_999;

    /// <summary>The largest number of characters in one symbol part (type, issuer or unit).</summary>
    public const int MaxPartLength = 32;

    /// <summary>Initializes a number from parts that are already validated, NFC and pooled.</summary>
    internal DocumentNumber(DocumentNumberForm form, int number, int? year, string? typeCode, string issuer, string? draftingUnit, int? term)
    {
        Form = form;
        Number = number;
        Year = year;
        TypeCode = typeCode;
        Issuer = issuer;
        DraftingUnit = draftingUnit;
        NationalAssemblyTerm = term;
    }

    /// <summary>Gets the grammar this number follows.</summary>
    public DocumentNumberForm Form { get; }

    /// <summary>Gets the document system (Party or State).</summary>
    public DocumentSystem System => Form == DocumentNumberForm.Party ? DocumentSystem.Party : DocumentSystem.State;

    /// <summary>Gets the sequence number (số), at least 1.</summary>
    public int Number { get; }

    /// <summary>Gets the year written in the number (legal normative documents and laws), or <see langword="null"/>.</summary>
    public int? Year { get; }

    /// <summary>Gets the type code in the symbol (<c>NQ</c>, <c>QĐ</c>, <c>NĐ</c>…), or <see langword="null"/> for an official letter or a law.</summary>
    public string? TypeCode { get; }

    /// <summary>Gets the issuer's code (<c>TW</c>, <c>UBND</c>, <c>CP</c>, <c>BNV</c>, <c>QH</c>…); the empty string for the default value.</summary>
    public string Issuer { get => field ?? string.Empty; }

    /// <summary>Gets the drafting unit's code in a State number (<c>CTTN&amp;BĐG</c>), or <see langword="null"/>.</summary>
    public string? DraftingUnit { get; }

    /// <summary>Gets the National Assembly term of a law or National Assembly resolution (15 in <c>QH15</c>), or <see langword="null"/>.</summary>
    public int? NationalAssemblyTerm { get; }

    /// <summary>Creates a Party document number <c>{n}-{TYPE}/{ISSUER}</c>, for example <c>18-NQ/TW</c>.</summary>
    /// <param name="number">The sequence number, 1 to <see cref="MaxSequenceNumber"/>.</param>
    /// <param name="typeCode">The type code, for example <c>NQ</c>, <c>KL</c>, <c>QĐi</c>.</param>
    /// <param name="issuer">The issuer's code, for example <c>TW</c>, <c>BCĐ</c>, <c>BDVTU</c>.</param>
    /// <returns>The number.</returns>
    /// <exception cref="ArgumentNullException">A code is null.</exception>
    /// <exception cref="ArgumentException">A code is empty, too long or holds a character that is not allowed.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is out of range.</exception>
    public static DocumentNumber Party(int number, string typeCode, string issuer)
    {
        Guard.Against.Null(typeCode);
        Guard.Against.Null(issuer);
        CheckNumber(number);
        return new(DocumentNumberForm.Party, number, null, Part(typeCode, nameof(typeCode)), Part(issuer, nameof(issuer)), null, null);
    }

    /// <summary>Creates a State document number with a named type: <c>{n}/{TYPE}-{ISSUER}[-{UNIT}]</c>, for example <c>3406/QĐ-UBND</c>.</summary>
    /// <param name="number">The sequence number, 1 to <see cref="MaxSequenceNumber"/>.</param>
    /// <param name="typeCode">The type code, for example <c>QĐ</c>, <c>CT</c>, <c>KH</c>.</param>
    /// <param name="issuer">The issuer's code, for example <c>UBND</c>, <c>TTg</c>.</param>
    /// <param name="draftingUnit">The drafting unit's code, or <see langword="null"/>.</param>
    /// <returns>The number.</returns>
    /// <exception cref="ArgumentNullException">A required code is null.</exception>
    /// <exception cref="ArgumentException">A code is empty, too long or holds a character that is not allowed, or <paramref name="typeCode"/> is not a State type code of <see cref="DocumentTypes.State"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is out of range.</exception>
    public static DocumentNumber State(int number, string typeCode, string issuer, string? draftingUnit = null)
    {
        Guard.Against.Null(typeCode);
        Guard.Against.Null(issuer);
        CheckNumber(number);
        string type = Part(typeCode, nameof(typeCode));
        Preconditions.CheckArgument(
            DocumentCodes.IsStateTypeCode(type),
            nameof(typeCode),
            $"'{typeCode}' is not a State document type code (Decree 30/2020/NĐ-CP, appendix III); a number without a type is an official letter.");
        return new(
            DocumentNumberForm.StateNamedType,
            number,
            null,
            type,
            Part(issuer, nameof(issuer)),
            draftingUnit is null ? null : Part(draftingUnit, nameof(draftingUnit)),
            null);
    }

    /// <summary>Creates the number of a State official letter (công văn, no type code): <c>{n}/{ISSUER}-{UNIT}</c>, for example <c>9086/BNV-CTTN&amp;BĐG</c>.</summary>
    /// <param name="number">The sequence number, 1 to <see cref="MaxSequenceNumber"/>.</param>
    /// <param name="issuer">The issuer's code, for example <c>BNV</c>.</param>
    /// <param name="draftingUnit">The drafting unit's code, for example <c>CTTN&amp;BĐG</c>.</param>
    /// <returns>The number.</returns>
    /// <exception cref="ArgumentNullException">A code is null.</exception>
    /// <exception cref="ArgumentException">A code is empty, too long or holds a character that is not allowed, or <paramref name="issuer"/> is a State type code or starts with a digit (the text would read as another grammar).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is out of range.</exception>
    public static DocumentNumber OfficialLetter(int number, string issuer, string draftingUnit)
    {
        Guard.Against.Null(issuer);
        Guard.Against.Null(draftingUnit);
        CheckNumber(number);
        string issuerCode = Part(issuer, nameof(issuer));
        Preconditions.CheckArgument(
            !char.IsAsciiDigit(issuerCode[0]),
            nameof(issuer),
            $"'{issuer}' starts with a digit, so '{number:00}/{issuer}-{draftingUnit}' would read as a number with a year.");
        Preconditions.CheckArgument(
            !DocumentCodes.IsStateTypeCode(issuerCode),
            nameof(issuer),
            $"'{issuer}' is a State document type code, so '{number:00}/{issuer}-{draftingUnit}' would read as a typed number; use State.");
        return new(DocumentNumberForm.StateOfficialLetter, number, null, null, issuerCode, Part(draftingUnit, nameof(draftingUnit)), null);
    }

    /// <summary>Creates the number of a legal normative document: <c>{n}/{yyyy}/{TYPE}-{ISSUER}</c>, for example <c>98/2023/NĐ-CP</c>.</summary>
    /// <param name="number">The sequence number, 1 to <see cref="MaxSequenceNumber"/>.</param>
    /// <param name="year">The year of issue, 1945 to 9999.</param>
    /// <param name="typeCode">The type code, for example <c>NĐ</c>, <c>TT</c>.</param>
    /// <param name="issuer">The issuer's code, for example <c>CP</c>, <c>BNV</c>.</param>
    /// <returns>The number.</returns>
    /// <exception cref="ArgumentNullException">A code is null.</exception>
    /// <exception cref="ArgumentException">A code is empty, too long or holds a character that is not allowed.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> or <paramref name="year"/> is out of range.</exception>
    public static DocumentNumber LegalNormative(int number, int year, string typeCode, string issuer)
    {
        Guard.Against.Null(typeCode);
        Guard.Against.Null(issuer);
        CheckNumber(number);
        CheckYear(year);
        return new(DocumentNumberForm.LegalNormative, number, year, Part(typeCode, nameof(typeCode)), Part(issuer, nameof(issuer)), null, null);
    }

    /// <summary>Creates the number of a law or National Assembly resolution: <c>{n}/{yyyy}/QH{term}</c>, for example <c>06/2022/QH15</c>.</summary>
    /// <param name="number">The sequence number, 1 to <see cref="MaxSequenceNumber"/>.</param>
    /// <param name="year">The year of adoption, 1945 to 9999.</param>
    /// <param name="term">The National Assembly term (khóa), 1 to 99.</param>
    /// <returns>The number.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static DocumentNumber NationalAssembly(int number, int year, int term)
    {
        CheckNumber(number);
        CheckYear(year);
        Guard.Against.OutOfRange(term, nameof(term), 1, 99);
        return new(DocumentNumberForm.NationalAssembly, number, year, null, "QH", null, term);
    }

    /// <summary>The largest number of characters <see cref="TryFormat"/> may write.</summary>
    public const int MaxFormattedLength = 128;

    /// <summary>Parses a number written in any of the grammars of <see cref="DocumentNumberForm"/> (see <see cref="DocumentNumberPattern"/>).</summary>
    /// <param name="text">The text, for example <c>18-NQ/TW</c> or <c>Số: 3406/QĐ-UBND</c>.</param>
    /// <returns>The number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a document number; the message says what was wrong and at which position.</exception>
    public static DocumentNumber Parse(string text)
    {
        Guard.Against.Null(text);
        return DocumentNumberPattern.ParseCore(text.AsSpan()).GetValueOrThrow();
    }

    /// <summary>Parses a number written in any of the grammars of <see cref="DocumentNumberForm"/> (see <see cref="DocumentNumberPattern"/>).</summary>
    /// <param name="text">The characters to parse.</param>
    /// <returns>The number.</returns>
    /// <exception cref="FormatException">The text is not a document number; the message says what was wrong and at which position.</exception>
    public static DocumentNumber Parse(ReadOnlySpan<char> text) => DocumentNumberPattern.ParseCore(text).GetValueOrThrow();

    /// <summary>Tries to parse a number; never throws.</summary>
    /// <param name="text">The text; <see langword="null"/> fails.</param>
    /// <param name="result">The number, or the default value when parsing failed.</param>
    /// <returns><see langword="true"/> when the text is a document number.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out DocumentNumber result)
    {
        if (text is null)
        {
            result = default;
            return false;
        }

        return DocumentNumberPattern.ParseCore(text.AsSpan()).TryGetValue(out result);
    }

    /// <summary>Tries to parse a number; never throws.</summary>
    /// <param name="text">The characters to parse.</param>
    /// <param name="result">The number, or the default value when parsing failed.</param>
    /// <returns><see langword="true"/> when the text is a document number.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out DocumentNumber result) =>
        DocumentNumberPattern.ParseCore(text).TryGetValue(out result);

    /// <summary>Formats the number canonically: numbers under 10 with a leading zero, no <c>Số:</c> prefix.</summary>
    /// <returns>The canonical text, for example <c>06/2022/QH15</c>; the empty string for the default value.</returns>
    public override string ToString()
    {
        if (Form == 0)
        {
            return string.Empty;
        }

        Span<char> buffer = stackalloc char[MaxFormattedLength];
        TryFormat(buffer, out int written);
        return new string(buffer[..written]);
    }

    /// <summary>Appends the canonical text of this number to a builder.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public StringBuilder AppendTo(StringBuilder builder)
    {
        Guard.Against.Null(builder);
        Span<char> buffer = stackalloc char[MaxFormattedLength];
        TryFormat(buffer, out int written);
        return builder.Append(buffer[..written]);
    }

    /// <summary>Writes the canonical text of this number into a span, without allocating.</summary>
    /// <param name="destination">The span to write to; <see cref="MaxFormattedLength"/> characters always suffice.</param>
    /// <param name="charsWritten">The number of characters written (0 when the span is too small or for the default value).</param>
    /// <returns><see langword="true"/> when the text fitted.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten)
    {
        charsWritten = 0;
        if (Form == 0)
        {
            return true;
        }

        int at = 0;
        bool ok = (Number >= 10 || Put(destination, ref at, '0')) && PutNumber(destination, ref at, Number);
        switch (Form)
        {
            case DocumentNumberForm.Party:
                ok = ok && Put(destination, ref at, '-') && Put(destination, ref at, TypeCode) && Put(destination, ref at, '/') && Put(destination, ref at, Issuer);
                break;
            case DocumentNumberForm.StateNamedType:
                ok = ok && Put(destination, ref at, '/') && Put(destination, ref at, TypeCode) && Put(destination, ref at, '-') && Put(destination, ref at, Issuer)
                    && (DraftingUnit is null || (Put(destination, ref at, '-') && Put(destination, ref at, DraftingUnit)));
                break;
            case DocumentNumberForm.StateOfficialLetter:
                ok = ok && Put(destination, ref at, '/') && Put(destination, ref at, Issuer) && Put(destination, ref at, '-') && Put(destination, ref at, DraftingUnit);
                break;
            case DocumentNumberForm.LegalNormative:
                ok = ok && Put(destination, ref at, '/') && PutNumber(destination, ref at, Year!.Value) && Put(destination, ref at, '/')
                    && Put(destination, ref at, TypeCode) && Put(destination, ref at, '-') && Put(destination, ref at, Issuer);
                break;
            default:
                ok = ok && Put(destination, ref at, '/') && PutNumber(destination, ref at, Year!.Value) && Put(destination, ref at, "/QH")
                    && PutNumber(destination, ref at, NationalAssemblyTerm!.Value);
                break;
        }

        charsWritten = ok ? at : 0;
        return ok;
    }

    /// <inheritdoc />
    public bool Equals(DocumentNumber other) =>
        Form == other.Form
        && Number == other.Number
        && Year == other.Year
        && NationalAssemblyTerm == other.NationalAssemblyTerm
        && string.Equals(TypeCode, other.TypeCode, StringComparison.Ordinal)
        && string.Equals(Issuer, other.Issuer, StringComparison.Ordinal)
        && string.Equals(DraftingUnit, other.DraftingUnit, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DocumentNumber other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Form, Number, Year, NationalAssemblyTerm, StringComparer.Ordinal.GetHashCode(TypeCode ?? string.Empty), StringComparer.Ordinal.GetHashCode(Issuer), StringComparer.Ordinal.GetHashCode(DraftingUnit ?? string.Empty));

    /// <summary>Orders by system, issuer, year, term, type code, number and drafting unit.</summary>
    /// <param name="other">The number to compare with.</param>
    /// <returns>A negative number, zero or a positive number as this number sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(DocumentNumber other)
    {
        int c = System.CompareTo(other.System);
        if (c == 0) { c = string.CompareOrdinal(Issuer, other.Issuer); }
        if (c == 0) { c = Nullable.Compare(Year, other.Year); }
        if (c == 0) { c = Nullable.Compare(NationalAssemblyTerm, other.NationalAssemblyTerm); }
        if (c == 0) { c = string.CompareOrdinal(TypeCode, other.TypeCode); }
        if (c == 0) { c = Number.CompareTo(other.Number); }
        if (c == 0) { c = string.CompareOrdinal(DraftingUnit, other.DraftingUnit); }
        if (c == 0) { c = Form.CompareTo(other.Form); }
        return c;
    }

    /// <summary>Compares two numbers for equality.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(DocumentNumber left, DocumentNumber right) => left.Equals(right);

    /// <summary>Compares two numbers for inequality.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(DocumentNumber left, DocumentNumber right) => !left.Equals(right);

    /// <summary>Orders two numbers.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(DocumentNumber left, DocumentNumber right) => left.CompareTo(right) < 0;

    /// <summary>Orders two numbers.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first or they are equal.</returns>
    public static bool operator <=(DocumentNumber left, DocumentNumber right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two numbers.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(DocumentNumber left, DocumentNumber right) => left.CompareTo(right) > 0;

    /// <summary>Orders two numbers.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last or they are equal.</returns>
    public static bool operator >=(DocumentNumber left, DocumentNumber right) => left.CompareTo(right) >= 0;

    private static bool Put(Span<char> destination, ref int at, char c)
    {
        if (at >= destination.Length)
        {
            return false;
        }

        destination[at++] = c;
        return true;
    }

    private static bool Put(Span<char> destination, ref int at, string? text)
    {
        if (text is null || !text.AsSpan().TryCopyTo(destination[at..]))
        {
            return false;
        }

        at += text.Length;
        return true;
    }

    private static bool PutNumber(Span<char> destination, ref int at, int value)
    {
        if (!value.TryFormat(destination[at..], out int written, default, CultureInfo.InvariantCulture))
        {
            return false;
        }

        at += written;
        return true;
    }

    private static void CheckNumber(int number) => Guard.Against.OutOfRange(number, nameof(number), 1, MaxSequenceNumber);

    private static void CheckYear(int year) => Guard.Against.OutOfRange(year, nameof(year), 1945, 9999);

    /// <summary>Validates a symbol part, returning it in NFC (not pooled).</summary>
    internal static string NormalizePart(string text, string paramName)
    {
        string? normalized = UnicodeText.IsStableInNfc(text) ? text : UnicodeText.TryNormalizeC(text);
        if (normalized is null)
        {
            throw new ArgumentException($"The symbol part '{text}' is not valid Unicode.", paramName);
        }

        if (normalized.Length == 0 || normalized.Length > MaxPartLength)
        {
            throw new ArgumentException($"A symbol part must have 1 to {MaxPartLength} characters; '{text}' has {normalized.Length}.", paramName);
        }

        foreach (char c in normalized)
        {
            if (!IsPartCharacter(c))
            {
                throw new ArgumentException($"The symbol part '{text}' holds '{c}', which is not a letter, a digit, '&' or '.'.", paramName);
            }
        }

        return normalized;
    }

    /// <summary>Returns whether a character may appear in an NFC symbol part.</summary>
    internal static bool IsPartCharacter(char c) => char.IsLetterOrDigit(c) || c == '&' || c == '.';

    private static string Part(string text, string paramName) => DocumentCodes.Intern(NormalizePart(text, paramName));
}
