using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Spectre.Console;

namespace MassMobilization.Cli.Output;

/// <summary>
/// What a command prints: a title, summary facts, tables, bar charts of distributions and notes,
/// rendered in one of the <see cref="OutputFormat"/>s. CSV prints the first table only (CSV holds one
/// table); JSON holds everything.
/// </summary>
internal sealed class CliReport
{
    private readonly List<(string Key, object? Value)> facts = [];
    private readonly List<(string Key, CliTable Table)> tables = [];
    private readonly List<(string Title, IReadOnlyList<(string Label, long Value)> Bars)> charts = [];
    private readonly List<string> notes = [];

    /// <summary>Creates an empty report.</summary>
    /// <param name="title">The heading.</param>
    internal CliReport(string title) => Title = title;

    /// <summary>Gets the heading.</summary>
    internal string Title { get; }

    /// <summary>Adds a summary fact.</summary>
    /// <param name="key">The camelCase name.</param>
    /// <param name="value">The value (string, number, boolean or null).</param>
    /// <returns>This report.</returns>
    internal CliReport Fact(string key, object? value)
    {
        facts.Add((key, value));
        return this;
    }

    /// <summary>Adds a table.</summary>
    /// <param name="key">The camelCase JSON property name.</param>
    /// <param name="table">The table.</param>
    /// <returns>This report.</returns>
    internal CliReport Table(string key, CliTable table)
    {
        tables.Add((key, table));
        return this;
    }

    /// <summary>Adds a bar chart of a distribution (shown in table format; in JSON as an object of counts).</summary>
    /// <param name="title">The chart title.</param>
    /// <param name="bars">The labelled values, in display order.</param>
    /// <returns>This report.</returns>
    internal CliReport Chart(string title, IReadOnlyList<(string Label, long Value)> bars)
    {
        charts.Add((title, bars));
        return this;
    }

    /// <summary>Adds a note (an explanation, a warning, the rule that applied).</summary>
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
    internal void Write(TextWriter output, OutputFormat format)
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
            default:
                WriteTables(output);
                break;
        }
    }

    private void WriteTables(TextWriter output)
    {
        var console = CliApplication.CreateConsole(output);
        console.Write(new Rule(Markup.Escape(Title)).LeftJustified());
        foreach (var (key, value) in facts)
        {
            console.MarkupLine($"  {Markup.Escape(key)}: [bold]{Markup.Escape(CliTable.Text(value))}[/]");
        }

        foreach (var (_, table) in tables)
        {
            console.WriteLine();
            table.Render(console);
        }

        foreach (var (title, bars) in charts)
        {
            console.WriteLine();
            var chart = new BarChart().Width(80).Label(Markup.Escape(title));
            foreach (var (label, value) in bars)
            {
                chart.AddItem(Markup.Escape(label), value);
            }

            console.Write(chart);
        }

        if (notes.Count > 0)
        {
            console.WriteLine();
            foreach (string note in notes)
            {
                console.WriteLine("  * " + note);
            }
        }
    }

    private void WriteJson(TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("title", Title);
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

            foreach (var (title, bars) in charts)
            {
                writer.WritePropertyName(ChartKey(title));
                writer.WriteStartObject();
                foreach (var (label, value) in bars)
                {
                    writer.WriteNumber(label, value);
                }

                writer.WriteEndObject();
            }

            if (notes.Count > 0)
            {
                writer.WriteStartArray("notes");
                foreach (string note in notes)
                {
                    writer.WriteStringValue(note);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        output.Write(Encoding.UTF8.GetString(stream.ToArray()).ReplaceLineEndings("\n"));
        output.Write('\n');
    }

    private static string ChartKey(string title)
    {
        var builder = new StringBuilder();
        bool upper = false;
        foreach (char c in title)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(builder.Length == 0 ? char.ToLowerInvariant(c) : upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else
            {
                upper = builder.Length > 0;
            }
        }

        return builder.ToString();
    }
}
