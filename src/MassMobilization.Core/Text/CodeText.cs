using System;

namespace MassMobilization.Core.Text;

/// <summary>Validation shared by the library's identifier codes (unit codes, committee ids).</summary>
internal static class CodeText
{
    /// <summary>
    /// Returns null when <paramref name="text"/> is 1 to <paramref name="maxLength"/> ASCII letters,
    /// digits, '.', '_' or '-'; otherwise a sentence saying what is wrong.
    /// </summary>
    internal static string? Validate(ReadOnlySpan<char> text, int maxLength)
    {
        if (text.IsEmpty)
        {
            return "it is empty.";
        }

        if (text.Length > maxLength)
        {
            return $"it has {text.Length} characters, more than {maxLength}.";
        }

        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (!char.IsAsciiLetterOrDigit(c) && c != '.' && c != '_' && c != '-')
            {
                return $"the character '{c}' at position {i} is not an ASCII letter, digit, '.', '_' or '-'.";
            }
        }

        return null;
    }

    /// <summary>
    /// Packs a code of at most 16 characters below U+0100 into two integers whose order is the ordinal
    /// order of the texts (shorter first when one is a prefix of the other: the missing characters count
    /// as 0, which no code holds), so a sort compares two integers instead of two strings.
    /// </summary>
    /// <returns><see langword="false"/> when the text is longer or holds a character that does not fit.</returns>
    internal static bool TryPackOrdinal(ReadOnlySpan<char> text, out ulong high, out ulong low)
    {
        high = 0;
        low = 0;
        if (text.Length > 16)
        {
            return false;
        }

        for (int i = 0; i < 16; i++)
        {
            ulong c = 0;
            if (i < text.Length)
            {
                c = text[i];
                if (c is 0 or > 0xFF)
                {
                    high = 0;
                    low = 0;
                    return false;
                }
            }

            if (i < 8)
            {
                high = (high << 8) | c;
            }
            else
            {
                low = (low << 8) | c;
            }
        }

        return true;
    }
}
