using System;
using System.Collections;
using System.Collections.Generic;
using System.Text;

namespace MassMobilization.Cli.Commands;

/// <summary>
/// The lines of a text file read by <see cref="CliInput.ReadLines"/>, already checked to be valid text: each line
/// is decoded when it is reached, trimmed, and blank lines are skipped, so enumerating holds one line at a time
/// beside the file's bytes (UTF-8) or its decoded text (UTF-16). Enumerating again gives the same lines.
/// </summary>
internal sealed class CliTextLines : IEnumerable<(int Line, string Text)>
{
    private readonly byte[]? utf8;
    private readonly int start;
    private readonly string? utf16;

    /// <summary>Creates the lines of valid UTF-8 bytes.</summary>
    /// <param name="utf8">The bytes, valid UTF-8 from <paramref name="start"/> on.</param>
    /// <param name="start">The offset of the text (past a byte order mark).</param>
    internal CliTextLines(byte[] utf8, int start)
    {
        this.utf8 = utf8;
        this.start = start;
    }

    /// <summary>Creates the lines of decoded text.</summary>
    /// <param name="text">The text.</param>
    internal CliTextLines(string text)
    {
        utf16 = text;
    }

    /// <summary>Gets the line number (1-based, blank lines counted) and the trimmed text of every line that is not blank.</summary>
    /// <returns>The lines.</returns>
    public IEnumerator<(int Line, string Text)> GetEnumerator()
    {
        int length = utf8?.Length ?? utf16!.Length;
        int position = utf8 is null ? 0 : start;
        int line = 0;
        while (position <= length)
        {
            line++;
            string text = Next(ref position);
            if (text.Length > 0)
            {
                yield return (line, text);
            }
        }
    }

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Decodes the line at <paramref name="position"/>, trimmed, and moves past its line feed (or one past the end).</summary>
    private string Next(ref int position)
    {
        if (utf8 is not null)
        {
            var rest = utf8.AsSpan(position);
            int end = rest.IndexOf((byte)'\n');
            var line = end < 0 ? rest : rest[..end];
            position += line.Length + 1;
            return Encoding.UTF8.GetString(line).Trim();
        }

        var chars = utf16.AsSpan(position);
        int feed = chars.IndexOf('\n');
        var text = feed < 0 ? chars : chars[..feed];
        position += text.Length + 1;
        return text.Trim().ToString();
    }
}
