using System;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Reporting;
using MassMobilization.Core.Serialization.SystemTextJson;
using Spectre.Console;

namespace MassMobilization.Cli.Commands;

/// <summary>
/// Reads <c>--input</c> files within the interchange size limit: the length of a regular file is checked
/// before reading, and every read is counted, so a pipe or a device such as <c>/dev/zero</c> stops one
/// byte past the limit; peak memory stays within a small constant times the limit (docs/reliability.md,
/// "Bounded reading").
/// </summary>
internal static class CliInput
{
    /// <summary>Files at least this large (8 MiB) are read with a progress bar on the terminal's standard error.</summary>
    internal const long ProgressThreshold = 8L << 20;

    /// <summary>Gets the largest input read, in bytes: the interchange limit (<c>InterchangeReadOptions.MaxBytes</c>, 64 MiB).</summary>
    internal static long Limit => InterchangeReadOptions.Default.MaxBytes;

    /// <summary>Reads a whole file as bytes, with a progress bar when standard error is a terminal.</summary>
    /// <param name="file">The file.</param>
    /// <param name="text">The language of the error message; English when null.</param>
    /// <returns>The bytes.</returns>
    /// <exception cref="CliInputException">The file is missing, unreadable or larger than <see cref="Limit"/>.</exception>
    internal static byte[] ReadAllBytes(FileInfo file, Output.CliFormat? text = null) => ReadAllBytes(file, Limit, showProgress: !Console.IsErrorRedirected, text);

    /// <summary>Reads a whole file as bytes, stopping one byte past a limit.</summary>
    /// <param name="file">The file.</param>
    /// <param name="limit">The largest size accepted, in bytes.</param>
    /// <param name="showProgress">Whether a file of at least <see cref="ProgressThreshold"/> bytes shows a progress bar on standard error.</param>
    /// <param name="text">The language of the error message; English when null.</param>
    /// <returns>The bytes.</returns>
    /// <exception cref="CliInputException">The file is missing, unreadable or larger than <paramref name="limit"/>.</exception>
    internal static byte[] ReadAllBytes(FileInfo file, long limit, bool showProgress, Output.CliFormat? text = null)
    {
        try
        {
            using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            long known = stream.CanSeek ? stream.Length : 0;
            if (known > limit)
            {
                throw TooLarge(file, $"has {known} bytes", limit);
            }

            if (showProgress && known >= ProgressThreshold)
            {
                byte[] result = [];
                var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
                console.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new TransferSpeedColumn()).Start(context =>
                {
                    var task = context.AddTask(Markup.Escape($"reading {Output.EscapingWriter.Escape(file.Name)}"), maxValue: known);
                    result = Read(stream, file, known, limit, read => task.Value = read);
                });
                return result;
            }

            return Read(stream, file, known, limit, progress: null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException("--input: " + Output.CliMessages.Of(text ?? Output.CliFormat.English, "cannotRead", file.Name, e.Message), e);
        }
    }

    /// <summary>
    /// Reads a text file line by line: UTF-8 (with or without a byte order mark) or UTF-16 with its byte order mark;
    /// invalid text is an error naming its byte offset, never replaced silently. The whole file is checked before
    /// the first line is given, and lines are decoded only as they are reached, so the file's bytes (or, for UTF-16,
    /// its text) are all that is kept.
    /// </summary>
    /// <param name="file">The file.</param>
    /// <param name="text">The language of the error message; English when null.</param>
    /// <returns>The lines that are not blank, trimmed, with their line numbers.</returns>
    /// <exception cref="CliInputException">The file is missing, unreadable, too large or not valid text.</exception>
    internal static CliTextLines ReadLines(FileInfo file, Output.CliFormat? text = null)
    {
        byte[] bytes = ReadAllBytes(file, text);
        if (IsUtf16(bytes))
        {
            return new CliTextLines(Decode(bytes, file.Name));
        }

        int start = Utf8Start(bytes);
        CheckUtf8(bytes, start, file.Name);
        return new CliTextLines(bytes, start);
    }

    /// <summary>Decodes text strictly (see <see cref="ReadLines"/>).</summary>
    /// <param name="bytes">The bytes.</param>
    /// <param name="name">The file's name, for errors.</param>
    /// <returns>The text.</returns>
    /// <exception cref="CliInputException">The bytes are not valid UTF-8 or UTF-16.</exception>
    internal static string Decode(ReadOnlySpan<byte> bytes, string name)
    {
        if (IsUtf16(bytes))
        {
            var utf16 = new UnicodeEncoding(bigEndian: bytes[0] == 0xFE, byteOrderMark: true, throwOnInvalidBytes: true);
            try
            {
                return utf16.GetString(bytes[2..]);
            }
            catch (DecoderFallbackException e)
            {
                throw new CliInputException($"{InterchangeErrorCodes.Syntax} at --input '{name}' byte {2 + Math.Max(e.Index, 0)}: the text is not valid UTF-16 (an unpaired surrogate or an odd number of bytes).", e);
            }
        }

        int start = Utf8Start(bytes);
        CheckUtf8(bytes, start, name);
        return Encoding.UTF8.GetString(bytes[start..]);
    }

    private static bool IsUtf16(ReadOnlySpan<byte> bytes) => bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF);

    private static int Utf8Start(ReadOnlySpan<byte> bytes) => bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;

    /// <summary>Checks that the bytes from <paramref name="start"/> on are valid UTF-8, decoding them in pieces into a small buffer.</summary>
    private static void CheckUtf8(ReadOnlySpan<byte> bytes, int start, string name)
    {
        Span<char> piece = stackalloc char[4096];
        int offset = start;
        while (true)
        {
            var status = Utf8.ToUtf16(bytes[offset..], piece, out int read, out _, replaceInvalidSequences: false);
            offset += read;
            if (status == System.Buffers.OperationStatus.Done)
            {
                return;
            }

            if (status != System.Buffers.OperationStatus.DestinationTooSmall)
            {
                throw new CliInputException($"{InterchangeErrorCodes.Syntax} at --input '{name}' byte {offset}: the text is not valid UTF-8 (byte 0x{bytes[offset]:X2}); save the file as UTF-8.");
            }
        }
    }

    /// <summary>
    /// Reads a partial aggregate (kind <c>partial</c>) for <c>report</c> and <c>rebase</c> and checks it against the
    /// report layout with awards by authority (<see cref="ReportLayouts.WithAwards"/>, which the report uses) before any figure is used: every slot is one of the layout's (a negative
    /// sum is already refused by the partial format), and no slot's sums or counts over all
    /// units exceed 64 bits, so no roll-up can overflow.
    /// </summary>
    /// <param name="file">The file.</param>
    /// <param name="text">The language of the error message; English when null.</param>
    /// <returns>The partial.</returns>
    /// <exception cref="CliInputException">The file cannot be read, or an entry does not fit the layout (one line with the code and the JSON path).</exception>
    /// <exception cref="InterchangeException">The file is not a valid partial document.</exception>
    internal static PartialAggregate ReadPartial(FileInfo file, Output.CliFormat? text = null) => ReadPartial(ReadAllBytes(file, text), ReportLayouts.WithAwards);

    /// <summary>Reads a partial aggregate from bytes already read, checked as <see cref="ReadPartial(FileInfo, Output.CliFormat?)"/> checks it.</summary>
    /// <param name="bytes">The document.</param>
    /// <param name="layout">The report layout the partial must fit; <see cref="ReportLayouts.Standard"/> when null.</param>
    /// <returns>The partial.</returns>
    /// <exception cref="CliInputException">An entry does not fit the layout.</exception>
    /// <exception cref="InterchangeException">The bytes are not a valid partial document.</exception>
    internal static PartialAggregate ReadPartial(byte[] bytes, ReportLayout? layout = null)
    {
        var partial = InterchangeFormats.Partial.Read(bytes);
        var indicators = (layout ?? ReportLayouts.Standard).Indicators;
        var sums = new long[indicators.SlotCount];
        var counts = new long[indicators.SlotCount];
        foreach (var entry in partial.Entries)
        {
            if (!indicators.TryGetSlot(entry.SlotCode, out int slot))
            {
                throw Invalid(bytes, entry, "slot", AggregationRuleCodes.UnknownIndicator, $"unit {entry.Unit} gives slot '{entry.SlotCode}', which is not a slot of the report's layout (for example MODELS-REGISTERED or CITIZENS-RECEIVED:denominator).");
            }

            if (entry.Sum > long.MaxValue - sums[slot])
            {
                throw Invalid(bytes, entry, "sum", InterchangeErrorCodes.InvalidValue, $"unit {entry.Unit} gives {entry.SlotCode} the sum {entry.Sum}, which takes the total over all units past {long.MaxValue}, more than any roll-up can add.");
            }

            if (entry.Count > long.MaxValue - counts[slot])
            {
                throw Invalid(bytes, entry, "count", InterchangeErrorCodes.InvalidValue, $"unit {entry.Unit} gives {entry.SlotCode} the count {entry.Count}, which takes the total over all units past {long.MaxValue}, more than any roll-up can add.");
            }

            sums[slot] += entry.Sum;
            counts[slot] += entry.Count;
        }

        return partial;
    }

    private static byte[] Read(Stream stream, FileInfo file, long known, long limit, Action<long>? progress)
    {
        // A known length sizes the buffer exactly; a pipe or device grows it by doubling, never past limit + 1.
        byte[] buffer = new byte[(int)Math.Min(Math.Max(known + 1, 64 * 1024), limit + 1)];
        long total = 0;
        while (true)
        {
            if (total == buffer.Length)
            {
                if (total > limit)
                {
                    throw TooLarge(file, $"has more than {limit} bytes (reading stopped there)", limit);
                }

                Array.Resize(ref buffer, (int)Math.Min(buffer.Length * 2L, limit + 1));
            }

            int n = stream.Read(buffer, (int)total, (int)Math.Min(buffer.Length - total, 1 << 20));
            if (n == 0)
            {
                break;
            }

            total += n;
            progress?.Invoke(total);
        }

        if (total > limit)
        {
            throw TooLarge(file, $"has more than {limit} bytes (reading stopped there)", limit);
        }

        Array.Resize(ref buffer, (int)total);
        return buffer;
    }

    private static CliInputException TooLarge(FileInfo file, string what, long limit) =>
        new($"{InterchangeErrorCodes.TooLarge} at --input: '{file.Name}' {what}; the limit is {limit} bytes{(limit % (1 << 20) == 0 ? $" ({limit >> 20} MiB)" : string.Empty)}.");

    private static CliInputException Invalid(byte[] bytes, PartialEntry entry, string property, string code, string detail) =>
        new($"{code} at {PathOf(bytes, entry)}.{property}: {detail}");

    /// <summary>Finds the JSON path of an entry in the document (the partial keeps its entries sorted and drops empty ones, so the index is looked up).</summary>
    private static string PathOf(byte[] bytes, PartialEntry entry)
    {
        int start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        using var document = JsonDocument.Parse(bytes.AsMemory(start), new JsonDocumentOptions { MaxDepth = InterchangeReadOptions.Default.MaxDepth });
        int index = 0;
        foreach (var element in document.RootElement.GetProperty("entries").EnumerateArray())
        {
            if (element.TryGetProperty("unit", out var unit) && unit.ValueKind == JsonValueKind.String && unit.ValueEquals(entry.Unit.ToString())
                && element.TryGetProperty("slot", out var slot) && slot.ValueKind == JsonValueKind.String && slot.ValueEquals(entry.SlotCode))
            {
                return $"$.entries[{index}]";
            }

            index++;
        }

        // The reader accepted the document, so the entry is there; a unit code written in another form is named in the message.
        return "$.entries";
    }
}
