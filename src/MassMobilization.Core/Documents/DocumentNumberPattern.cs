using System;
using System.Text;
using Ardalis.GuardClauses;
using MassMobilization.Core.Text;

namespace MassMobilization.Core.Documents;

/// <summary>
/// Parses and formats document numbers in every grammar of Decree 30/2020/NĐ-CP (State) and Guidance
/// 36-HD/VPTW (Party), in the style of NodaTime's patterns: parsing returns a
/// <see cref="ParseResult{T}"/> and never throws, whatever the text.
/// </summary>
/// <remarks>
/// <para>Accepted text (white space around the whole text is ignored):</para>
/// <list type="bullet">
/// <item>an optional prefix <c>Số</c> (also <c>SỐ</c>, <c>số</c>, precomposed or decomposed), then optional white space and an optional <c>:</c>;</item>
/// <item>the sequence number: ASCII digits, leading zeros allowed (some provinces pad to 4 digits), value 1 to <see cref="DocumentNumber.MaxSequenceNumber"/>;</item>
/// <item>Party: <c>-{TYPE}/{ISSUER}</c> (<c>18-NQ/TW</c>);</item>
/// <item>State: <c>/{TYPE}-{ISSUER}[-{UNIT}]</c> when the first part is a State type code of appendix III
/// (<c>3406/QĐ-UBND</c>), otherwise an official letter <c>/{ISSUER}-{UNIT}</c> (<c>9086/BNV-CTTN&amp;BĐG</c>);</item>
/// <item>legal normative: <c>/{yyyy}/{TYPE}-{ISSUER}</c> (<c>98/2023/NĐ-CP</c>); law or National Assembly resolution: <c>/{yyyy}/QH{term}</c> (<c>06/2022/QH15</c>).</item>
/// </list>
/// <para>
/// A symbol part is letters, digits, <c>&amp;</c> and <c>.</c>, compared case-sensitively (<c>QĐi</c>,
/// <c>TTg</c>). Decomposed letters (a base letter followed by combining marks) are composed to NFC;
/// a combining mark that composes with nothing is an error. Codes of the built-in catalogues are
/// returned as shared string instances, so parsing a known number allocates nothing.
/// </para>
/// </remarks>
public sealed class DocumentNumberPattern : IPattern<DocumentNumber>
{
    private static readonly Explanation PartTooLong = new(ExplanationCodes.DocParsePartTooLong);
    private static readonly Explanation PartStrayMark = new(ExplanationCodes.DocParsePartStrayMark);
    private static readonly Explanation PartInvalidUnicode = new(ExplanationCodes.DocParsePartInvalidUnicode);
    private const int MaxNumberDigits = 10;
    private const int MinYear = 1945;

    private DocumentNumberPattern()
    {
    }

    /// <summary>Gets the pattern for every grammar, formatting canonically (numbers under 10 with a leading zero).</summary>
    public static DocumentNumberPattern Canonical { get; } = new();

    /// <summary>Parses text into a document number; never throws.</summary>
    /// <param name="text">The text; <see langword="null"/> gives a failed result.</param>
    /// <returns>The result.</returns>
    public ParseResult<DocumentNumber> Parse(string? text) =>
        text is null ? ParseResult.ForFailure<DocumentNumber>(new Explanation(ExplanationCodes.DocParseNull), 0) : ParseCore(text.AsSpan());

    /// <summary>Parses characters into a document number; never throws.</summary>
    /// <param name="text">The characters.</param>
    /// <returns>The result.</returns>
    public ParseResult<DocumentNumber> Parse(ReadOnlySpan<char> text) => ParseCore(text);

    /// <summary>Formats a number canonically.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The canonical text; the empty string for the default value.</returns>
    public string Format(DocumentNumber value) => value.ToString();

    /// <summary>Appends the canonical text of a number to a builder.</summary>
    /// <param name="value">The number.</param>
    /// <param name="builder">The builder.</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public StringBuilder AppendFormat(DocumentNumber value, StringBuilder builder)
    {
        Guard.Against.Null(builder);
        return value.AppendTo(builder);
    }

    /// <summary>The parser behind every public entry point.</summary>
    internal static ParseResult<DocumentNumber> ParseCore(ReadOnlySpan<char> input)
    {
        var cursor = new TextCursor(input.TrimEnd());
        cursor.SkipWhiteSpace();
        if (cursor.AtEnd)
        {
            return ParseResult.ForFailure<DocumentNumber>(new Explanation(ExplanationCodes.DocParseEmpty), 0);
        }

        if (cursor.Current is 'S' or 's')
        {
            int prefixStart = cursor.Position;
            cursor.Advance();
            if (!TrySkipO(ref cursor))
            {
                return ParseResult.ForFailure<DocumentNumber>(new Explanation(ExplanationCodes.DocParsePrefix), prefixStart);
            }

            cursor.SkipWhiteSpace();
            cursor.TryConsume(':');
            cursor.SkipWhiteSpace();
        }

        int numberStart = cursor.Position;
        int digits = cursor.ReadDigits(out long value);
        if (digits == 0)
        {
            return ParseResult.ExpectedAt<DocumentNumber>(ExplanationCodes.DocParseNumber, ref cursor);
        }

        if (digits > MaxNumberDigits)
        {
            return ParseResult.ForFailure<DocumentNumber>(new Explanation(ExplanationCodes.DocParseNumberDigits), numberStart);
        }

        if (value == 0)
        {
            return ParseResult.ForFailure<DocumentNumber>(new Explanation(ExplanationCodes.DocParseNumberZero), numberStart);
        }

        if (value > DocumentNumber.MaxSequenceNumber)
        {
            return ParseResult.ForFailure<DocumentNumber>(new Explanation(ExplanationCodes.DocParseNumberMaximum), numberStart);
        }

        int number = (int)value;
        if (cursor.TryConsume('-'))
        {
            return ParseParty(ref cursor, number);
        }

        if (cursor.TryConsume('/'))
        {
            return char.IsAsciiDigit(cursor.Current) ? ParseWithYear(ref cursor, number) : ParseState(ref cursor, number);
        }

        return ParseResult.ExpectedAt<DocumentNumber>(ExplanationCodes.DocParseSeparator, ref cursor);
    }

    private static ParseResult<DocumentNumber> ParseParty(ref TextCursor cursor, int number)
    {
        if (ReadPart(ref cursor, out string type, out int typeStart) is { } typeError)
        {
            return ParseResult.ForFailure<DocumentNumber>(typeError, typeStart);
        }

        if (type.Length == 0)
        {
            return ParseResult.ExpectedAt<DocumentNumber>(ExplanationCodes.DocParseTypeAfterDash, ref cursor);
        }

        if (!cursor.TryConsume('/'))
        {
            return ParseResult.ExpectedAt<DocumentNumber>(ExplanationCodes.DocParseSlashAfterType, ref cursor);
        }

        if (ReadPart(ref cursor, out string issuer, out int issuerStart) is { } issuerError)
        {
            return ParseResult.ForFailure<DocumentNumber>(issuerError, issuerStart);
        }

        if (issuer.Length == 0)
        {
            return ParseResult.ExpectedAt<DocumentNumber>(ExplanationCodes.DocParseIssuerAfterSlash, ref cursor);
        }

        if (!cursor.AtEnd)
        {
            return ParseResult.ExpectedAt<DocumentNumber>(ExplanationCodes.DocParseAfterIssuer, ref cursor);
        }

        return ParseResult.ForValue(new DocumentNumber(DocumentNumberForm.Party, number, null, type, issuer, null, null));
    }

    private static ParseResult<DocumentNumber> ParseWithYear(ref TextCursor cursor, int number)
    {
        int yearStart = cursor.Position;
        int digits = cursor.ReadDigits(out long year);
        if (digits != 4)
        {
            return ParseResult.ForFailure<DocumentNumber>(new Explanation(ExplanationCodes.DocParseYearDigits), yearStart);
        }

        if (year < MinYear)
        {
            return ParseResult.ForFailure<DocumentNumber>(new Explanation(ExplanationCodes.DocParseYearMinimum), yearStart);
        }

        if (!cursor.TryConsume('/'))
        {
            return ParseResult.ExpectedAt<DocumentNumber>(ExplanationCodes.DocParseSlashAfterYear, ref cursor);
        }

        int typeLength = cursor.ReadSymbolPart(out int typeStart, out bool typeNeedsNormalization);
        if (typeLength == 0)
        {
            return ParseResult.ExpectedAt<DocumentNumber>(ExplanationCodes.DocParseTypeAfterYear, ref cursor);
        }

        var typeText = cursor.Slice(typeStart, typeLength);
        if (cursor.Current != '-' && typeLength > 2 && typeText[0] == 'Q' && typeText[1] == 'H' && IsAsciiDigits(typeText[2..]))
        {
            // A law or National Assembly resolution: no string is created for "QH{term}".
            if (!cursor.AtEnd)
            {
                return ParseResult.ExpectedAt<DocumentNumber>(ExplanationCodes.DocParseAfterTerm, ref cursor);
            }

            int term = 0;
            for (int i = 2; i < typeLength && term <= 99; i++)
            {
                term = (term * 10) + (typeText[i] - '0');
            }

            if (term is < 1 or > 99)
            {
                return ParseResult.ForFailure<DocumentNumber>(new Explanation(ExplanationCodes.DocParseTerm), typeStart + 2);
            }

            return ParseResult.ForValue(new DocumentNumber(DocumentNumberForm.NationalAssembly, number, (int)year, null, "QH", null, term));
        }

        if (MakePart(typeText, typeNeedsNormalization, out string type) is { } typeError)
        {
            return ParseResult.ForFailure<DocumentNumber>(typeError, typeStart);
        }

        if (cursor.TryConsume('-'))
        {
            if (ReadPart(ref cursor, out string issuer, out int issuerStart) is { } issuerError)
            {
                return ParseResult.ForFailure<DocumentNumber>(issuerError, issuerStart);
            }

            if (issuer.Length == 0)
            {
                return ParseResult.ExpectedAt<DocumentNumber>(ExplanationCodes.DocParseIssuerAfterDash, ref cursor);
            }

            if (!cursor.AtEnd)
            {
                return ParseResult.ExpectedAt<DocumentNumber>(ExplanationCodes.DocParseAfterIssuer, ref cursor);
            }

            return ParseResult.ForValue(new DocumentNumber(DocumentNumberForm.LegalNormative, number, (int)year, type, issuer, null, null));
        }

        return ParseResult.ExpectedAt<DocumentNumber>(ExplanationCodes.DocParseDashAfterType, ref cursor);
    }

    private static ParseResult<DocumentNumber> ParseState(ref TextCursor cursor, int number)
    {
        if (ReadPart(ref cursor, out string first, out int firstStart) is { } firstError)
        {
            return ParseResult.ForFailure<DocumentNumber>(firstError, firstStart);
        }

        if (first.Length == 0)
        {
            return ParseResult.ExpectedAt<DocumentNumber>(ExplanationCodes.DocParseFirstAfterSlash, ref cursor);
        }

        if (!cursor.TryConsume('-'))
        {
            return ParseResult.ExpectedAt<DocumentNumber>(ExplanationCodes.DocParseDashAfterFirst, ref cursor);
        }

        if (ReadPart(ref cursor, out string second, out int secondStart) is { } secondError)
        {
            return ParseResult.ForFailure<DocumentNumber>(secondError, secondStart);
        }

        if (second.Length == 0)
        {
            return ParseResult.ExpectedAt<DocumentNumber>(ExplanationCodes.DocParseIssuerAfterDash, ref cursor);
        }

        bool typed = DocumentCodes.IsStateTypeCode(first);
        if (cursor.AtEnd)
        {
            return ParseResult.ForValue(typed
                ? new DocumentNumber(DocumentNumberForm.StateNamedType, number, null, first, second, null, null)
                : new DocumentNumber(DocumentNumberForm.StateOfficialLetter, number, null, null, first, second, null));
        }

        if (cursor.Current != '-')
        {
            return ParseResult.ExpectedAt<DocumentNumber>(ExplanationCodes.DocParseAfterIssuer, ref cursor);
        }

        if (!typed)
        {
            return ParseResult.ForFailure<DocumentNumber>(new Explanation(ExplanationCodes.DocParseLetterThirdPart), cursor.Position);
        }

        cursor.Advance();
        if (ReadPart(ref cursor, out string unit, out int unitStart) is { } unitError)
        {
            return ParseResult.ForFailure<DocumentNumber>(unitError, unitStart);
        }

        if (unit.Length == 0)
        {
            return ParseResult.ExpectedAt<DocumentNumber>(ExplanationCodes.DocParseUnitAfterDash, ref cursor);
        }

        if (!cursor.AtEnd)
        {
            return ParseResult.ExpectedAt<DocumentNumber>(ExplanationCodes.DocParseAfterUnit, ref cursor);
        }

        return ParseResult.ForValue(new DocumentNumber(DocumentNumberForm.StateNamedType, number, null, first, second, unit, null));
    }

    /// <summary>Reads a symbol part into a pooled NFC string (empty when there is none); returns the error or null.</summary>
    private static Explanation? ReadPart(ref TextCursor cursor, out string value, out int start)
    {
        int length = cursor.ReadSymbolPart(out start, out bool needsNormalization);
        if (length == 0)
        {
            value = string.Empty;
            return null;
        }

        return MakePart(cursor.Slice(start, length), needsNormalization, out value);
    }

    /// <summary>Turns the characters of a non-empty symbol part into a pooled NFC string; returns the error or null.</summary>
    private static Explanation? MakePart(ReadOnlySpan<char> span, bool needsNormalization, out string value)
    {
        value = string.Empty;
        int length = span.Length;
        if (!needsNormalization)
        {
            if (length > DocumentNumber.MaxPartLength)
            {
                return PartTooLong;
            }

            value = DocumentCodes.Pool.GetOrCreate(span);
            return null;
        }

        string? normalized = UnicodeText.TryNormalizeC(span);
        if (normalized is null)
        {
            return PartInvalidUnicode;
        }

        if (normalized.Length > DocumentNumber.MaxPartLength)
        {
            return PartTooLong;
        }

        foreach (char c in normalized)
        {
            if (!DocumentNumber.IsPartCharacter(c))
            {
                return PartStrayMark;
            }
        }

        value = DocumentCodes.Intern(normalized);
        return null;
    }

    /// <summary>Skips the 'ố' of 'Số' in any case, precomposed or decomposed.</summary>
    private static bool TrySkipO(ref TextCursor cursor)
    {
        char c = cursor.Current;
        if (c is '\u1ED1' or '\u1ED0')
        {
            cursor.Advance();
        }
        else if (c is '\u00F4' or '\u00D4' && cursor.Next == '\u0301')
        {
            cursor.Advance(2);
        }
        else if (c is 'o' or 'O' && cursor.Next == '\u0302')
        {
            cursor.Advance(2);
            if (!cursor.TryConsume('\u0301'))
            {
                return false;
            }
        }
        else
        {
            return false;
        }

        return !UnicodeText.IsCombiningMark(cursor.Current);
    }

    private static bool IsAsciiDigits(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
