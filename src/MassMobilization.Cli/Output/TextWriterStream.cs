using System;
using System.IO;
using System.Text;

namespace MassMobilization.Cli.Output;

/// <summary>
/// A write-only stream that decodes UTF-8 into a text writer as it arrives, so that JSON output is written
/// in bounded pieces instead of being built whole in memory (docs/reliability.md, "Bounded reading").
/// </summary>
internal sealed class TextWriterStream : Stream
{
    private readonly TextWriter output;
    private readonly Decoder decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
    private char[] chars = new char[4096];

    /// <summary>Creates the stream.</summary>
    /// <param name="output">The writer the decoded text goes to.</param>
    internal TextWriterStream(TextWriter output) => this.output = output;

    /// <inheritdoc/>
    public override bool CanRead => false;

    /// <inheritdoc/>
    public override bool CanSeek => false;

    /// <inheritdoc/>
    public override bool CanWrite => true;

    /// <inheritdoc/>
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    /// <inheritdoc/>
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        int needed = decoder.GetCharCount(buffer, flush: false);
        if (needed > chars.Length)
        {
            chars = new char[needed];
        }

        int written = decoder.GetChars(buffer, chars, flush: false);
        output.Write(chars, 0, written);
    }

    /// <inheritdoc/>
    public override void Flush() => output.Flush();

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException();
}
