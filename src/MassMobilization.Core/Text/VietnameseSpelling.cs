using System;
using System.Text;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Text;

/// <summary>
/// The library's one spelling of Vietnamese text (docs/display.md): Unicode form C, and the tone mark of
/// the open syllables "oa", "oe" and "uy" on the first vowel ("hòa", "khỏe", "thủy"; not "hoà", "khoẻ",
/// "thuỷ"), the placement of the official administrative names and of most legal texts. "quý" keeps
/// its mark (the "u" of "qu" is not a vowel), and closed syllables ("hoàn", "Quỳnh") are untouched.
/// Names are compared and shown in this form, so a commune is spelt the same in every output.
/// </summary>
public static class VietnameseSpelling
{
    // Each row: the plain vowel, then its five toned forms (huyền, sắc, hỏi, ngã, nặng).
    private const string A = "aàáảãạ";
    private const string E = "eèéẻẽẹ";
    private const string O = "oòóỏõọ";
    private const string U = "uùúủũụ";
    private const string Y = "yỳýỷỹỵ";

    /// <summary>Writes text in the library's spelling: NFC, and "oa", "oe", "uy" marked on the first vowel.</summary>
    /// <param name="text">The text, in any normalization form.</param>
    /// <returns>The text in the library's spelling; the same instance when it already is.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is not valid Unicode (a lone surrogate).</exception>
    public static string Normalize(string text)
    {
        Guard.Against.Null(text);
        string nfc = UnicodeText.TryNormalizeC(text) ?? throw new ArgumentException("The text is not valid Unicode.", nameof(text));
        int first = FirstMove(nfc);
        if (first < 0)
        {
            return nfc;
        }

        var builder = new StringBuilder(nfc);
        for (int i = first; i < builder.Length; i++)
        {
            if (TryMove(builder, i, out char vowel, out char toned))
            {
                builder[i - 1] = vowel;
                builder[i] = toned;
            }
        }

        return builder.ToString();
    }

    /// <summary>Returns true when text is already in the library's spelling.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when <see cref="Normalize(string)"/> would return it unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static bool IsNormalized(string text)
    {
        Guard.Against.Null(text);
        return UnicodeText.IsFormC(text) && FirstMove(text) < 0;
    }

    private static int FirstMove(string text)
    {
        var builder = new StringBuilder(text);
        for (int i = 1; i < text.Length; i++)
        {
            if (TryMove(builder, i, out _, out _))
            {
                return i;
            }
        }

        return -1;
    }

    // If text[i] is a toned a/e after a plain o, or a toned y after a plain u (not after q), at the end of a
    // word, gives the toned first vowel and the plain second one.
    private static bool TryMove(StringBuilder text, int i, out char first, out char second)
    {
        first = second = '\0';
        if (i < 1 || (i + 1 < text.Length && char.IsLetter(text[i + 1])))
        {
            return false;
        }

        char c = text[i];
        char before = text[i - 1];
        int tone;
        string row;
        string firstRow;
        if ((tone = Tone(A, c)) > 0 || (tone = Tone(E, c)) > 0)
        {
            row = Tone(A, c) > 0 ? A : E;
            firstRow = O;
        }
        else if ((tone = Tone(Y, c)) > 0)
        {
            row = Y;
            firstRow = U;
            if (i >= 2 && char.ToLowerInvariant(text[i - 2]) == 'q')
            {
                return false;
            }
        }
        else
        {
            return false;
        }

        if (char.ToLowerInvariant(before) != firstRow[0])
        {
            return false;
        }

        bool upperFirst = char.IsUpper(before);
        bool upperSecond = char.IsUpper(c);
        first = upperFirst ? char.ToUpperInvariant(firstRow[tone]) : firstRow[tone];
        second = upperSecond ? char.ToUpperInvariant(row[0]) : row[0];
        return true;
    }

    private static int Tone(string row, char c)
    {
        int index = row.IndexOf(char.ToLowerInvariant(c), StringComparison.Ordinal);
        return index;
    }
}
