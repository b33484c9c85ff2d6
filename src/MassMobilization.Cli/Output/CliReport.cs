using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using MassMobilization.Core.Text;
using Spectre.Console;

namespace MassMobilization.Cli.Output;

/// <summary>
/// What a command prints: a title, summary facts, tables, bar charts of distributions and notes, in one
/// language, rendered in one of the <see cref="OutputFormat"/>s. The table format is for people; JSON,
/// CSV and workbooks hold language-free codes and exact numbers (JSON and workbooks everything, CSV the
/// first table).
/// </summary>
internal sealed class CliReport
{
    /// <summary>The line width of the table format.</summary>
    internal const int Width = 120;

    private readonly List<(string Key, object? Value)> facts = [];
    private readonly List<(string Key, CliTable Table)> tables = [];
    private readonly List<(string Key, string Title, IReadOnlyList<(string Code, string Label, long Value)> Bars)> charts = [];
    private readonly List<string> notes = [];

    /// <summary>Creates an empty report.</summary>
    /// <param name="format">The output's language and notation.</param>
    /// <param name="title">The heading, in the output's language.</param>
    internal CliReport(CliFormat format, string title)
    {
        Format = format;
        Title = title;
    }

    /// <summary>Gets the output's language and notation.</summary>
    internal CliFormat Format { get; }

    /// <summary>Gets the heading.</summary>
    internal string Title { get; }

    /// <summary>Gets the facts.</summary>
    internal IReadOnlyList<(string Key, object? Value)> Facts => facts;

    /// <summary>Gets the tables.</summary>
    internal IReadOnlyList<(string Key, CliTable Table)> Tables => tables;

    /// <summary>Gets the notes.</summary>
    internal IReadOnlyList<string> Notes => notes;

    /// <summary>A JSON object's property names are unique: a fact and a table never share a key.</summary>
    private void CheckNewKey(string key)
    {
        if (facts.Exists(f => f.Key == key) || tables.Exists(t => t.Key == key) || charts.Exists(c => c.Key == key))
        {
            throw new InvalidOperationException($"The output already has a property '{key}'.");
        }
    }

    /// <summary>Adds a summary fact.</summary>
    /// <param name="key">The camelCase code.</param>
    /// <param name="value">The value (a <see cref="CliCell"/>, string, number, boolean or null).</param>
    /// <returns>This report.</returns>
    internal CliReport Fact(string key, object? value)
    {
        CheckNewKey(key);
        facts.Add((key, value));
        return this;
    }

    /// <summary>Adds a table.</summary>
    /// <param name="key">The camelCase JSON property name.</param>
    /// <param name="table">The table.</param>
    /// <returns>This report.</returns>
    internal CliReport Table(string key, CliTable table)
    {
        CheckNewKey(key);
        tables.Add((key, table));
        return this;
    }

    /// <summary>Adds a bar chart of a distribution (shown in table format; in JSON as an object of counts by code).</summary>
    /// <param name="key">The camelCase JSON property name.</param>
    /// <param name="title">The chart title, in the output's language.</param>
    /// <param name="bars">The bars: a stable code, a label in the output's language and the value, in display order.</param>
    /// <returns>This report.</returns>
    internal CliReport Chart(string key, string title, IReadOnlyList<(string Code, string Label, long Value)> bars)
    {
        charts.Add((key, title, bars));
        return this;
    }

    /// <summary>Adds a note (an explanation, a warning, the rule that applied), in the output's language; notes are for people and appear in the table format only.</summary>
    /// <param name="note">The note.</param>
    /// <returns>This report.</returns>
    internal CliReport Note(string note)
    {
        notes.Add(note);
        return this;
    }

    /// <summary>Writes the report.</summary>
    /// <param name="output">The writer.</param>
    /// <param name="format">The format.</param>
    /// <param name="file">The workbook file, for <see cref="OutputFormat.Xlsx"/>.</param>
    internal void Write(TextWriter output, OutputFormat format, FileInfo? file = null)
    {
        switch (format)
        {
            case OutputFormat.Json:
                WriteJson(output);
                break;
            case OutputFormat.Csv:
                if (tables.Count > 0)
                {
                    tables[0].Table.WriteCsv(output);
                }

                break;
            case OutputFormat.Xlsx:
                if (file is null)
                {
                    throw new CliInputException(CliMessages.Of(Format, "xlsxNeedsOutput"));
                }

                XlsxWriter.Write(this, file);
                output.WriteLine(Format.T($"Đã ghi {file.Name} ({tables.Count + 1} trang tính).", $"Wrote {file.Name} ({tables.Count + 1} sheets)."));
                break;
            default:
                WriteTables(output);
                break;
        }
    }

    /// <summary>Writes a note wrapped at spaces, with a hanging indent.</summary>
    /// <param name="output">The writer.</param>
    /// <param name="note">The note.</param>
    internal static void WriteNote(TextWriter output, string note)
    {
        var lines = CliTable.Wrap(VietnameseSpelling.Normalize(note), Width - 4);
        output.WriteLine("  * " + lines[0]);
        for (int i = 1; i < lines.Count; i++)
        {
            output.WriteLine("    " + lines[i]);
        }
    }

    private void WriteTables(TextWriter output)
    {
        var console = CliApplication.CreateConsole(output);
        console.Write(new Rule(Markup.Escape(VietnameseSpelling.Normalize(Title))).LeftJustified());
        var factTable = new CliTable(Format, string.Empty);
        foreach (var (key, value) in facts)
        {
            output.WriteLine($"  {CliText.Label(key, Format)}: {factTable.Display(value)}");
        }

        foreach (var (_, table) in tables)
        {
            output.WriteLine();
            table.Render(console, output, Width);
        }

        foreach (var (_, title, bars) in charts)
        {
            if (bars.Count == 0)
            {
                continue;
            }

            output.WriteLine();
            var chart = new BarChart().Width(80).Label(Markup.Escape(title));
            foreach (var (_, label, value) in bars)
            {
                chart.AddItem(Markup.Escape(VietnameseSpelling.Normalize(label)), value);
            }

            console.Write(chart);
        }

        if (notes.Count > 0)
        {
            output.WriteLine();
            foreach (string note in notes)
            {
                WriteNote(output, note);
            }
        }
    }

    private void WriteJson(TextWriter output)
    {
        // Written through in pieces (the tables flush as they go), never built whole in memory.
        using var stream = new TextWriterStream(output);
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" }))
        {
            writer.WriteStartObject();
            foreach (var (key, value) in facts)
            {
                writer.WritePropertyName(key);
                CliTable.WriteJsonValue(writer, value);
            }

            foreach (var (key, table) in tables)
            {
                writer.WritePropertyName(key);
                table.WriteJson(writer);
            }

            foreach (var (key, _, bars) in charts)
            {
                writer.WritePropertyName(key);
                writer.WriteStartObject();
                foreach (var (code, _, value) in bars)
                {
                    writer.WriteNumber(code, value);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        output.Write('\n');
    }
}
