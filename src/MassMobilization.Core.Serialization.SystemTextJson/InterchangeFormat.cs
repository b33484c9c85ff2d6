using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Serialization.SystemTextJson;

/// <summary>
/// One kind of interchange document (an organization chart, a set of documents, models…): writes a
/// value as versioned JSON inside the envelope <c>{"format":"massmob","version":1,"kind":…}</c> and
/// reads it back strictly. The instances are in <see cref="InterchangeFormats"/>; docs/interchange.md
/// describes every kind precisely.
/// </summary>
/// <typeparam name="T">The type of value the document holds.</typeparam>
/// <remarks>
/// Writing then reading gives back an equal value. Reading either returns a complete, validated value
/// or throws one <see cref="InterchangeException"/> naming the JSON path, line and byte position.
/// Text is written and read in Unicode normalization form C, dates as ISO <c>yyyy-MM-dd</c>,
/// exact numbers as JSON numbers with every digit. No reflection is used, so the library stays
/// trimming- and AOT-friendly.
/// </remarks>
public sealed class InterchangeFormat<T>
    where T : class
{
    private readonly Action<Utf8JsonWriter, T> writeBody;
    private readonly Func<JsonObjectView, T> readBody;

    internal InterchangeFormat(string kind, Action<Utf8JsonWriter, T> writeBody, Func<JsonObjectView, T> readBody)
    {
        Kind = kind;
        this.writeBody = writeBody;
        this.readBody = readBody;
    }

    /// <summary>Gets the value of the envelope's <c>kind</c> property, for example <c>chart</c>.</summary>
    public string Kind { get; }

    /// <summary>Gets the format version this library writes (and the only one it reads).</summary>
    public int Version => InterchangeFormats.CurrentVersion;

    /// <summary>Writes a value as one JSON object (the whole document) to a writer.</summary>
    /// <param name="value">The value.</param>
    /// <param name="writer">The writer; it is flushed, not disposed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> or <paramref name="writer"/> is null.</exception>
    /// <exception cref="ArgumentException">The value holds something the format cannot express (the message says what).</exception>
    public void Write(T value, Utf8JsonWriter writer)
    {
        Guard.Against.Null(value);
        Guard.Against.Null(writer);
        writer.WriteStartObject();
        writer.WriteString("format", InterchangeFormats.FormatName);
        writer.WriteNumber("version", InterchangeFormats.CurrentVersion);
        writer.WriteString("kind", Kind);
        writeBody(writer, value);
        writer.WriteEndObject();
        writer.Flush();
    }

    /// <summary>Writes a value as UTF-8 JSON.</summary>
    /// <param name="value">The value.</param>
    /// <param name="indented">Whether to indent with two spaces and '\n' line ends (the default) or write compactly.</param>
    /// <returns>The UTF-8 bytes, without a byte order mark.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException">The value holds something the format cannot express.</exception>
    public byte[] WriteUtf8(T value, bool indented = true)
    {
        Guard.Against.Null(value);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions(indented)))
        {
            Write(value, writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes a value as a JSON string.</summary>
    /// <param name="value">The value.</param>
    /// <param name="indented">Whether to indent (the default) or write compactly.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException">The value holds something the format cannot express.</exception>
    public string WriteString(T value, bool indented = true)
    {
        Guard.Against.Null(value);
        return Encoding.UTF8.GetString(WriteUtf8(value, indented));
    }

    /// <summary>Reads a document from UTF-8 JSON (a leading byte order mark is allowed).</summary>
    /// <param name="utf8Json">The input.</param>
    /// <param name="options">The limits, or <see langword="null"/> for <see cref="InterchangeReadOptions.Default"/>.</param>
    /// <returns>The value.</returns>
    /// <exception cref="InterchangeException">The input is not a valid document of this kind and version.</exception>
    public T Read(ReadOnlySpan<byte> utf8Json, InterchangeReadOptions? options = null)
    {
        var tree = JsonTree.Parse(utf8Json, options ?? InterchangeReadOptions.Default);
        var root = InterchangeFormats.OpenEnvelope(tree);
        string kind = root.String("kind");
        if (!string.Equals(kind, Kind, StringComparison.Ordinal))
        {
            throw root.Required("kind").Error(InterchangeErrorCodes.WrongKind, $"The document is a '{kind}', not a '{Kind}'.");
        }

        var value = readBody(root);
        root.End();
        return value;
    }

    /// <summary>Reads a document from JSON text; positions in errors count UTF-8 bytes of the text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">The limits, or <see langword="null"/> for the defaults.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="InterchangeException">The input is not a valid document of this kind and version.</exception>
    public T Read(string json, InterchangeReadOptions? options = null)
    {
        Guard.Against.Null(json);
        options ??= InterchangeReadOptions.Default;
        if (json.Length > options.MaxBytes)
        {
            // Every character takes at least one byte.
            return Read(Encoding.UTF8.GetBytes(json.Substring(0, (int)Math.Min(json.Length, options.MaxBytes + 1))), options);
        }

        return Read(Encoding.UTF8.GetBytes(json), options);
    }

    /// <summary>Reads a document from a stream, reading at most one byte more than the size limit.</summary>
    /// <param name="utf8Json">The stream of UTF-8 JSON; it is read to its end, not disposed.</param>
    /// <param name="options">The limits, or <see langword="null"/> for the defaults.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="InterchangeException">The input is not a valid document of this kind and version.</exception>
    /// <exception cref="IOException">The stream fails.</exception>
    public T Read(Stream utf8Json, InterchangeReadOptions? options = null)
    {
        Guard.Against.Null(utf8Json);
        options ??= InterchangeReadOptions.Default;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = utf8Json.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > options.MaxBytes)
            {
                break;
            }
        }

        return Read(new ReadOnlySpan<byte>(buffer.GetBuffer(), 0, (int)buffer.Length), options);
    }

    /// <summary>Returns the kind, for example <c>InterchangeFormat(chart)</c>.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"InterchangeFormat({Kind})";

    internal static JsonWriterOptions WriterOptions(bool indented) => new()
    {
        Indented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
#if NET9_0_OR_GREATER
        NewLine = "\n",
#endif
    };
}
