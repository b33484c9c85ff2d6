using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using MassMobilization.Core.Text;
using Spectre.Console;

namespace MassMobilization.Cli.Output;

/// <summary>
/// A titled table of typed cells that prints itself for people (a Spectre table in the output's language,
/// or one block per row when the table is too wide to show without cutting words), as JSON (an array of
/// objects with stable codes and exact numbers), as CSV, or as a workbook sheet, so every command offers
/// the same formats.
/// </summary>
internal sealed class CliTable
{
    /// <summary>The rows of a streamed table laid out together in the format for people.</summary>
    private const int RenderedPiece = 1000;

    private readonly List<object?[]> rows = [];
    private IEnumerable<object?[]>? source;
    private readonly HashSet<string> hiddenInTable = new(StringComparer.Ordinal);
    private readonly HashSet<string> tableOnly = new(StringComparer.Ordinal);

    /// <summary>Creates an empty table.</summary>
    /// <param name="format">The output's language and notation.</param>
    /// <param name="title">The caption printed above the table, in the output's language.</param>
    /// <param name="columns">The column codes (camelCase; JSON property names and CSV headers; the table shows their labels).</param>
    internal CliTable(CliFormat format, string title, params string[] columns)
    {
        Format = format;
        Title = title;
        Columns = columns;
    }

    /// <summary>Gets the output's language and notation.</summary>
    internal CliFormat Format { get; }

    /// <summary>Gets the caption.</summary>
    internal string Title { get; }

    /// <summary>Gets the column codes.</summary>
    internal IReadOnlyList<string> Columns { get; }

    /// <summary>Gets the number of rows added (a streamed table's rows are not counted).</summary>
    internal int Count => rows.Count;

    /// <summary>Gets the rows: those added, or those of the streamed source (produced again on every enumeration).</summary>
    internal IEnumerable<object?[]> Rows => source ?? rows;

    /// <summary>Leaves columns out of the table format (JSON, CSV and workbooks keep them).</summary>
    /// <param name="columns">The column codes.</param>
    /// <returns>This table.</returns>
    internal CliTable HideInTable(params string[] columns)
    {
        hiddenInTable.UnionWith(columns);
        return this;
    }

    /// <summary>Shows columns in the table format only: display text with no place in the language-free formats.</summary>
    /// <param name="columns">The column codes.</param>
    /// <returns>This table.</returns>
    internal CliTable TableOnly(params string[] columns)
    {
        tableOnly.UnionWith(columns);
        return this;
    }

    /// <summary>Gets whether a column is written to the machine formats.</summary>
    /// <param name="column">The column index.</param>
    /// <returns>True unless the column is table-only.</returns>
    internal bool IsMachineColumn(int column) => !tableOnly.Contains(Columns[column]);

    /// <summary>
    /// Takes the rows from a source that produces them as they are written, instead of keeping them: JSON and CSV
    /// hold one row at a time and the format for people a piece of a thousand rows, so a table of millions of rows
    /// costs no more memory than a thousand (workbooks still keep every row). The source is enumerated once per
    /// use and must give the same rows each time.
    /// </summary>
    /// <param name="produced">The rows, one cell per column.</param>
    /// <returns>This table.</returns>
    internal CliTable Stream(IEnumerable<object?[]> produced)
    {
        if (rows.Count > 0)
        {
            throw new InvalidOperationException("A table takes its rows either from Add or from one source.");
        }

        source = produced;
        return this;
    }

    /// <summary>Adds a row; cells are <see cref="CliCell"/>s, strings, integers, booleans or null.</summary>
    /// <param name="cells">One cell per column.</param>
    internal void Add(params object?[] cells)
    {
        if (source is not null)
        {
            throw new InvalidOperationException("A table takes its rows either from Add or from one source.");
        }

        if (cells.Length != Columns.Count)
        {
            throw new ArgumentException($"Expected {Columns.Count} cells, got {cells.Length}.", nameof(cells));
        }

        rows.Add(cells);
    }

    /// <summary>Renders the table for people: a table whose columns are never narrower than their longest word, or one block per row.</summary>
    /// <param name="console">The console.</param>
    /// <param name="output">The writer behind the console (the block layout writes to it directly).</param>
    /// <param name="width">The line width.</param>
    internal void Render(IAnsiConsole console, TextWriter output, int width)
    {
        if (source is null)
        {
            Render(console, output, width, rows);
            return;
        }

        // A streamed table is laid out in pieces of RenderedPiece rows, each its own table, so that the format
        // for people holds one piece at a time; a table of at most one piece looks as if it had been kept.
        var piece = new List<object?[]>(RenderedPiece);
        bool any = false;
        foreach (var row in source)
        {
            piece.Add(row);
            if (piece.Count == RenderedPiece)
            {
                Render(console, output, width, piece);
                piece.Clear();
                any = true;
            }
        }

        if (piece.Count > 0 || !any)
        {
            Render(console, output, width, piece);
        }
    }

    private void Render(IAnsiConsole console, TextWriter output, int width, List<object?[]> laid)
    {
        var shown = new List<int>();
        for (int i = 0; i < Columns.Count; i++)
        {
            if (!hiddenInTable.Contains(Columns[i]))
            {
                shown.Add(i);
            }
        }

        var headers = new string[shown.Count];
        var cells = new List<string[]>(laid.Count);
        var natural = new int[shown.Count];
        var minimum = new int[shown.Count];
        for (int c = 0; c < shown.Count; c++)
        {
            headers[c] = CliText.Label(Columns[shown[c]], Format);
            natural[c] = headers[c].Length;
            minimum[c] = LongestWord(headers[c]);
        }

        foreach (var row in laid)
        {
            var texts = new string[shown.Count];
            for (int c = 0; c < shown.Count; c++)
            {
                texts[c] = Display(row[shown[c]]);
                natural[c] = Math.Max(natural[c], texts[c].Length);
                minimum[c] = Math.Max(minimum[c], LongestWord(texts[c]));
            }

            cells.Add(texts);
        }

        // Each column takes 3 characters of border and padding, plus one for the closing border.
        int available = width - (3 * shown.Count) - 1;
        int[]? widths = Widths(natural, minimum, available);
        if (widths is null)
        {
            RenderBlocks(output, headers, cells, width);
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(Title));
        for (int c = 0; c < shown.Count; c++)
        {
            var column = new TableColumn(Markup.Escape(headers[c])) { Width = widths[c] };
            if (IsNumericColumn(laid, shown[c]))
            {
                column.RightAligned();
            }

            table.AddColumn(column);
        }

        foreach (var texts in cells)
        {
            var escaped = new string[texts.Length];
            for (int c = 0; c < texts.Length; c++)
            {
                escaped[c] = Markup.Escape(texts[c]);
            }

            table.AddRow(escaped);
        }

        console.Write(table);
    }

    /// <summary>Writes the rows as a JSON array of objects with machine values.</summary>
    /// <param name="writer">The JSON writer, positioned where a value may be written.</param>
    internal void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartArray();
        foreach (var row in Rows)
        {
            writer.WriteStartObject();
            for (int i = 0; i < row.Length; i++)
            {
                if (IsMachineColumn(i))
                {
                    writer.WritePropertyName(Columns[i]);
                    WriteJsonValue(writer, row[i]);
                }
            }

            writer.WriteEndObject();
            if (writer.BytesPending > 1 << 16)
            {
                writer.Flush();
            }
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes the rows as CSV with a header line of codes and invariant machine values.</summary>
    /// <param name="output">The writer.</param>
    internal void WriteCsv(TextWriter output)
    {
        bool first = true;
        for (int i = 0; i < Columns.Count; i++)
        {
            if (IsMachineColumn(i))
            {
                output.Write(first ? string.Empty : ",");
                output.Write(Columns[i]);
                first = false;
            }
        }

        output.Write("\r\n");
        foreach (var row in Rows)
        {
            first = true;
            for (int i = 0; i < row.Length; i++)
            {
                if (IsMachineColumn(i))
                {
                    output.Write(first ? string.Empty : ",");
                    output.Write(CsvField(MachineText(row[i])));
                    first = false;
                }
            }

            output.Write("\r\n");
        }
    }

    /// <summary>Gets the language-free value of a cell: the machine value of a <see cref="CliCell"/>, text in the library's spelling, numbers and booleans as themselves.</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>The value.</returns>
    internal static object? Machine(object? cell) => cell switch
    {
        CliCell c => c.Machine is string s ? VietnameseSpelling.Normalize(s) : c.Machine,
        string s => VietnameseSpelling.Normalize(s),
        _ => cell,
    };

    /// <summary>Formats a cell's machine value as invariant text.</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>The text.</returns>
    internal static string MachineText(object? cell) => Machine(cell) switch
    {
        null => string.Empty,
        string s => s,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var other => other.ToString() ?? string.Empty,
    };

    /// <summary>Writes a cell's machine value as a JSON value: numbers and booleans as themselves, everything else as invariant text.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="cell">The cell.</param>
    internal static void WriteJsonValue(Utf8JsonWriter writer, object? cell)
    {
        switch (Machine(cell))
        {
            case null:
                writer.WriteNullValue();
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case decimal d:
                writer.WriteNumberValue(d);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            default:
                writer.WriteStringValue(MachineText(cell));
                break;
        }
    }

    /// <summary>Formats a cell for people in the output's language.</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>The text.</returns>
    internal string Display(object? cell) => cell switch
    {
        null => string.Empty,
        CliCell c => VietnameseSpelling.Normalize(c.Display),
        string s => VietnameseSpelling.Normalize(s),
        bool b => Format.YesNo(b),
        int i => Format.IntegerText(i),
        long l => Format.IntegerText(l),
        decimal d => d.ToString(Format.Numbers),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? string.Empty,
    };

    /// <summary>Splits text into lines of at most <paramref name="width"/> characters at spaces only; a word longer than a line stays whole on its own line.</summary>
    /// <param name="text">The text.</param>
    /// <param name="width">The line width.</param>
    /// <returns>The lines.</returns>
    internal static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (string word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        if (line.Length > 0 || lines.Count == 0)
        {
            lines.Add(line.ToString());
        }

        return lines;
    }

    private static int[]? Widths(int[] natural, int[] minimum, int available)
    {
        int naturalTotal = 0;
        int minimumTotal = 0;
        for (int c = 0; c < natural.Length; c++)
        {
            naturalTotal += natural[c];
            minimumTotal += minimum[c];
        }

        if (naturalTotal <= available)
        {
            return natural;
        }

        if (minimumTotal > available)
        {
            return null;
        }

        // Every column keeps its longest word. The rest of the line goes first to the columns that lack least
        // (so short phrases such as "Nghị quyết" stay on one line), then in proportion to what the others lack.
        var widths = (int[])minimum.Clone();
        int spare = available - minimumTotal;
        var order = new List<int>();
        for (int c = 0; c < widths.Length; c++)
        {
            order.Add(c);
        }

        order.Sort((a, b) => (natural[a] - minimum[a]).CompareTo(natural[b] - minimum[b]) is var byLack && byLack != 0 ? byLack : a.CompareTo(b));
        int next = 0;
        for (; next < order.Count && natural[order[next]] - minimum[order[next]] <= spare; next++)
        {
            spare -= natural[order[next]] - minimum[order[next]];
            widths[order[next]] = natural[order[next]];
        }

        long lacking = 0;
        for (int i = next; i < order.Count; i++)
        {
            lacking += natural[order[i]] - minimum[order[i]];
        }

        int given = 0;
        for (int i = next; i < order.Count && lacking > 0; i++)
        {
            int c = order[i];
            int extra = (int)(spare * (long)(natural[c] - minimum[c]) / lacking);
            widths[c] += extra;
            given += extra;
        }

        for (int i = next; given < spare && i < order.Count; i++)
        {
            widths[order[i]]++;
            given++;
        }

        return widths;
    }

    private void RenderBlocks(TextWriter output, string[] headers, List<string[]> cells, int width)
    {
        output.WriteLine(Title);
        int label = 0;
        foreach (string header in headers)
        {
            label = Math.Max(label, header.Length);
        }

        foreach (var texts in cells)
        {
            output.WriteLine();
            for (int c = 0; c < texts.Length; c++)
            {
                if (texts[c].Length == 0)
                {
                    continue;
                }

                string prefix = "  " + headers[c].PadRight(label) + " : ";
                var lines = Wrap(texts[c], Math.Max(20, width - prefix.Length));
                output.WriteLine(prefix + lines[0]);
                for (int l = 1; l < lines.Count; l++)
                {
                    output.WriteLine(new string(' ', prefix.Length) + lines[l]);
                }
            }
        }
    }

    private static int LongestWord(string text)
    {
        int longest = 0;
        foreach (string word in text.Split(' '))
        {
            longest = Math.Max(longest, word.Length);
        }

        return longest;
    }

    private static bool IsNumericColumn(List<object?[]> laid, int column)
    {
        bool any = false;
        foreach (var row in laid)
        {
            switch (row[column])
            {
                case null:
                    continue;
                case int or long or decimal:
                case CliCell { Kind: CellKind.Integer or CellKind.Fixed or CellKind.Percent or CellKind.Money }:
                    any = true;
                    continue;
                default:
                    return false;
            }
        }

        return any;
    }

    private static string CsvField(string text)
    {
        if (text.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (char c in text)
        {
            builder.Append(c == '"' ? "\"\"" : c.ToString());
        }

        return builder.Append('"').ToString();
    }
}
