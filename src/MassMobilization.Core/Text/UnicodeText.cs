using System;
using System.Globalization;
using System.Text;

namespace MassMobilization.Core.Text;

/// <summary>
/// Unicode helpers for codes written with Vietnamese letters, which arrive both precomposed (NFC) and
/// decomposed (NFD: a base letter followed by combining marks).
/// </summary>
internal static class UnicodeText
{
    /// <summary>Returns true for a combining mark (Mn, Mc or Me), such as U+0301 COMBINING ACUTE ACCENT.</summary>
    internal static bool IsCombiningMark(char c)
    {
        if (c < '\u0300')
        {
            return false;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }

    /// <summary>
    /// Returns true when <paramref name="c"/> can be used as is in NFC text: every character below
    /// U+0300 (ASCII, Latin-1, Latin Extended-A/B, which hold Đ, Ơ, Ư) and the precomposed Vietnamese
    /// letters of Latin Extended Additional (U+1E00 to U+1EFF). Anything else takes the slow path.
    /// </summary>
    internal static bool IsStableInNfc(char c) => c < '\u0300' || (c >= '\u1E00' && c <= '\u1EFF');

    /// <summary>Returns true when every character of <paramref name="text"/> is <see cref="IsStableInNfc(char)"/>.</summary>
    internal static bool IsStableInNfc(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!IsStableInNfc(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Normalises text to form C, returning null instead of throwing when the text is not valid
    /// Unicode (for example a lone surrogate).
    /// </summary>
    internal static string? TryNormalizeC(ReadOnlySpan<char> text)
    {
        string value = new(text);
        try
        {
            return value.IsNormalized(NormalizationForm.FormC) ? value : value.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
