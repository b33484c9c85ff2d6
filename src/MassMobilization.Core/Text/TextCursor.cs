using System;

namespace MassMobilization.Core.Text;

/// <summary>
/// A forward-only reader over a span of characters, for hand-written parsers that must not allocate
/// and must never throw on bad text. Positions are zero-based indexes into the original span, so error
/// positions reported by a parser are positions in the caller's text.
/// </summary>
internal ref struct TextCursor
{
    private readonly ReadOnlySpan<char> text;
    private int position;

    /// <summary>Initializes a cursor at the start of <paramref name="text"/>.</summary>
    internal TextCursor(ReadOnlySpan<char> text)
    {
        this.text = text;
        position = 0;
    }

    /// <summary>Gets the current position.</summary>
    internal readonly int Position => position;

    /// <summary>Gets a value indicating whether every character has been read.</summary>
    internal readonly bool AtEnd => position >= text.Length;

    /// <summary>Gets the current character, or '\0' at the end.</summary>
    internal readonly char Current => position < text.Length ? text[position] : '\0';

    /// <summary>Gets the character after the current one, or '\0' past the end.</summary>
    internal readonly char Next => position + 1 < text.Length ? text[position + 1] : '\0';

    /// <summary>Gets the characters from <paramref name="start"/> for <paramref name="length"/> characters.</summary>
    internal readonly ReadOnlySpan<char> Slice(int start, int length) => text.Slice(start, length);

    /// <summary>Moves past one character when it is <paramref name="c"/>.</summary>
    internal bool TryConsume(char c)
    {
        if (position < text.Length && text[position] == c)
        {
            position++;
            return true;
        }

        return false;
    }

    /// <summary>Moves forward by <paramref name="count"/> characters (never past the end).</summary>
    internal void Advance(int count = 1) => position = Math.Min(text.Length, position + count);

    /// <summary>Skips white space and returns how many characters were skipped.</summary>
    internal int SkipWhiteSpace()
    {
        int start = position;
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        return position - start;
    }

    /// <summary>
    /// Reads a run of ASCII digits as a non-negative number. Digits beyond what <see cref="long"/> can
    /// hold are still consumed; the value then saturates at <see cref="long.MaxValue"/>.
    /// </summary>
    /// <returns>The number of digits read (0 when the current character is not a digit).</returns>
    internal int ReadDigits(out long value)
    {
        int start = position;
        long result = 0;
        while (position < text.Length && char.IsAsciiDigit(text[position]))
        {
            int digit = text[position] - '0';
            result = result > (long.MaxValue - digit) / 10 ? long.MaxValue : (result * 10) + digit;
            position++;
        }

        value = result;
        return position - start;
    }

    /// <summary>
    /// Reads a symbol part: a run of letters, digits, '&amp;', '.' and combining marks (so that a
    /// decomposed Vietnamese letter stays in one part).
    /// </summary>
    /// <param name="start">The position where the part starts.</param>
    /// <param name="needsNormalization">True when a character of the part may change under NFC normalisation.</param>
    /// <returns>The number of characters read.</returns>
    internal int ReadSymbolPart(out int start, out bool needsNormalization)
    {
        start = position;
        bool slow = false;
        while (position < text.Length)
        {
            char c = text[position];
            if (char.IsAsciiLetterOrDigit(c) || c == '&' || c == '.')
            {
                position++;
                continue;
            }

            if (char.IsLetterOrDigit(c) || UnicodeText.IsCombiningMark(c))
            {
                slow |= !UnicodeText.IsStableInNfc(c);
                position++;
                continue;
            }

            break;
        }

        needsNormalization = slow;
        return position - start;
    }
}
