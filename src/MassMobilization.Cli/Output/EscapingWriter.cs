using System;
using System.Buffers;
using System.IO;
using System.Text;

namespace MassMobilization.Cli.Output;

/// <summary>
/// Wraps standard output or standard error so that nothing from the input can drive the terminal: control
/// characters other than tab, line feed and carriage return (C0, DEL, C1, so also the escape that starts an
/// ANSI sequence) and the bidirectional overrides and isolates are written as <c>\u001B</c>-style escapes.
/// Every byte the CLI writes to a terminal passes here (docs/reliability.md, "The CLI contract").
/// </summary>
internal sealed class EscapingWriter : TextWriter
{
    private static readonly SearchValues<char> Unsafe = SearchValues.Create(UnsafeCharacters());

    private readonly TextWriter inner;

    /// <summary>Creates the writer.</summary>
    /// <param name="inner">The writer written to.</param>
    internal EscapingWriter(TextWriter inner)
        : base(inner.FormatProvider)
    {
        this.inner = inner;
        NewLine = inner.NewLine;
    }

    /// <inheritdoc/>
    public override Encoding Encoding => inner.Encoding;

    /// <summary>Escapes the unsafe characters of a text (see the type's summary).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text with each unsafe character written as <c>\uXXXX</c>.</returns>
    internal static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny(Unsafe) < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            Append(builder, c);
        }

        return builder.ToString();
    }

    /// <inheritdoc/>
    public override void Write(char value)
    {
        if (Unsafe.Contains(value))
        {
            inner.Write(EscapeOf(value));
        }
        else
        {
            inner.Write(value);
        }
    }

    /// <inheritdoc/>
    public override void Write(string? value) => Write(value.AsSpan());

    /// <inheritdoc/>
    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    /// <inheritdoc/>
    public override void Write(ReadOnlySpan<char> buffer)
    {
        while (!buffer.IsEmpty)
        {
            int at = buffer.IndexOfAny(Unsafe);
            if (at < 0)
            {
                inner.Write(buffer);
                return;
            }

            inner.Write(buffer[..at]);
            inner.Write(EscapeOf(buffer[at]));
            buffer = buffer[(at + 1)..];
        }
    }

    /// <inheritdoc/>
    public override void WriteLine(string? value)
    {
        Write(value);
        inner.Write(NewLine);
    }

    /// <inheritdoc/>
    public override void Flush() => inner.Flush();

    private static string EscapeOf(char c) => $"\\u{(int)c:X4}";

    private static void Append(StringBuilder builder, char c)
    {
        if (Unsafe.Contains(c))
        {
            builder.Append(EscapeOf(c));
        }
        else
        {
            builder.Append(c);
        }
    }

    private static string UnsafeCharacters()
    {
        var builder = new StringBuilder();
        for (char c = '\0'; c < ' '; c++)
        {
            if (c is not ('\t' or '\n' or '\r'))
            {
                builder.Append(c);
            }
        }

        for (char c = '\u007F'; c <= '\u009F'; c++)
        {
            builder.Append(c);
        }

        // Bidirectional embeddings, overrides and isolates reorder what the terminal shows ("Trojan source").
        builder.Append("\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");
        return builder.ToString();
    }
}
