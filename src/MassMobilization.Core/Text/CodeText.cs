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
}
