using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using Spectre.Console;

namespace MassMobilization.Cli.Output;

/// <summary>
/// A titled table of typed cells that prints itself as a Spectre table, as JSON (an array of objects,
/// numbers kept as numbers) or as CSV, so every command offers the same three formats.
/// </summary>
internal sealed class CliTable
{
    private readonly List<object?[]> rows = [];
    private readonly HashSet<string> hiddenInTable = new(StringComparer.Ordinal);

    /// <summary>Creates an empty table.</summary>
    /// <param name="title">The caption printed above the table (and the JSON property name).</param>
    /// <param name="columns">The column names (camelCase; used as JSON property names and CSV headers).</param>
    internal CliTable(string title, params string[] columns)
    {
        Title = title;
        Columns = columns;
    }

    /// <summary>Gets the caption.</summary>
    internal string Title { get; }

    /// <summary>Gets the column names.</summary>
    internal IReadOnlyList<string> Columns { get; }

    /// <summary>Gets the number of rows.</summary>
    internal int Count => rows.Count;

    /// <summary>Leaves columns out of the table format (JSON and CSV keep every column).</summary>
    /// <param name="columns">The column names.</param>
    /// <returns>This table.</returns>
    internal CliTable HideInTable(params string[] columns)
    {
        hiddenInTable.UnionWith(columns);
        return this;
    }

    /// <summary>Adds a row; cells are strings, integers, decimals, booleans or null.</summary>
    /// <param name="cells">One cell per column.</param>
    internal void Add(params object?[] cells)
    {
        if (cells.Length != Columns.Count)
        {
            throw new ArgumentException($"Expected {Columns.Count} cells, got {cells.Length}.", nameof(cells));
        }

        rows.Add(cells);
    }

    /// <summary>Renders the table on a console.</summary>
    /// <param name="console">The console.</param>
    internal void Render(IAnsiConsole console)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(Title));
        var shown = new List<int>();
        for (int i = 0; i < Columns.Count; i++)
        {
            if (!hiddenInTable.Contains(Columns[i]))
            {
                shown.Add(i);
            }
        }

        foreach (int i in shown)
        {
            var column = new TableColumn(Markup.Escape(Columns[i]));
            if (IsNumericColumn(i))
            {
                column.RightAligned();
            }

            table.AddColumn(column);
        }

        foreach (var row in rows)
        {
            var cells = new string[shown.Count];
            for (int i = 0; i < shown.Count; i++)
            {
                cells[i] = Markup.Escape(Text(row[shown[i]]));
            }

            table.AddRow(cells);
        }

        console.Write(table);
    }

    /// <summary>Writes the rows as a JSON array of objects.</summary>
    /// <param name="writer">The JSON writer, positioned where a value may be written.</param>
    internal void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartArray();
        foreach (var row in rows)
        {
            writer.WriteStartObject();
            for (int i = 0; i < row.Length; i++)
            {
                writer.WritePropertyName(Columns[i]);
                WriteJsonValue(writer, row[i]);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes the rows as CSV with a header line.</summary>
    /// <param name="output">The writer.</param>
    internal void WriteCsv(TextWriter output)
    {
        output.Write(string.Join(",", Columns));
        output.Write("\r\n");
        foreach (var row in rows)
        {
            for (int i = 0; i < row.Length; i++)
            {
                if (i > 0)
                {
                    output.Write(',');
                }

                output.Write(CsvField(Text(row[i])));
            }

            output.Write("\r\n");
        }
    }

    /// <summary>Formats a cell as invariant text.</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>The text.</returns>
    internal static string Text(object? cell) => cell switch
    {
        null => string.Empty,
        string s => s,
        bool b => b ? "yes" : "no",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? string.Empty,
    };

    private bool IsNumericColumn(int column)
    {
        bool any = false;
        foreach (var row in rows)
        {
            switch (row[column])
            {
                case null:
                    continue;
                case int or long or decimal:
                    any = true;
                    continue;
                default:
                    return false;
            }
        }

        return any;
    }

    /// <summary>Writes a cell as a JSON value: numbers and booleans as themselves, everything else as invariant text.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="cell">The cell.</param>
    internal static void WriteJsonValue(Utf8JsonWriter writer, object? cell)
    {
        switch (cell)
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
                writer.WriteStringValue(Text(cell));
                break;
        }
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
