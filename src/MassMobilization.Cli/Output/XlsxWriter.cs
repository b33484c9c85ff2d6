using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MassMobilization.Core.Text;
using NodaTime;
using NodaTime.Text;

namespace MassMobilization.Cli.Output;

/// <summary>
/// Writes a <see cref="CliReport"/> as an Excel workbook with the Open XML SDK: a summary sheet (title,
/// facts, notes), then a sheet per table and per chart. Headers are in the output's language; figures
/// are numbers with number formats (whole numbers grouped, scores with their policy's places, percentages
/// as percentages, money in whole đồng, dates as dates), never text, so the sheet can be summed and
/// re-used; codes and names stay text.
/// </summary>
internal static class XlsxWriter
{
    private const uint HeaderStyle = 1;

    /// <summary>Writes the workbook, replacing the file.</summary>
    /// <param name="report">The report.</param>
    /// <param name="file">The file.</param>
    internal static void Write(CliReport report, FileInfo file)
    {
        try
        {
            using var stream = new FileStream(file.FullName, FileMode.Create, FileAccess.ReadWrite);
            Write(report, stream);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new CliInputException(CliMessages.Of(report.Format, "cannotWrite", file.Name, e.Message), e);
        }
    }

    /// <summary>Writes the workbook to a stream.</summary>
    /// <param name="report">The report.</param>
    /// <param name="stream">A readable, writable, seekable stream.</param>
    internal static void Write(CliReport report, Stream stream)
    {
        var format = report.Format;
        var styles = new Styles(format);
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        var sheets = workbookPart.Workbook.AppendChild(new Sheets());
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        // The summary: title, facts as label and value, notes.
        var summary = new List<List<(object? Value, uint Style)>>
        {
            new() { (VietnameseSpelling.Normalize(report.Title), HeaderStyle) },
        };
        foreach (var (key, value) in report.Facts)
        {
            summary.Add([(CliText.Label(key, format), HeaderStyle), Cell(value, styles)]);
        }

        foreach (string note in report.Notes)
        {
            summary.Add([(VietnameseSpelling.Normalize(note), 0)]);
        }

        AddSheet(workbookPart, sheets, names, CliText.Label("summary", format), summary);

        foreach (var (key, table) in report.Tables)
        {
            var rows = new List<List<(object? Value, uint Style)>>();
            var header = new List<(object? Value, uint Style)>();
            for (int c = 0; c < table.Columns.Count; c++)
            {
                if (table.IsMachineColumn(c))
                {
                    header.Add((CliText.Label(table.Columns[c], format), HeaderStyle));
                }
            }

            rows.Add(header);
            foreach (var row in table.Rows)
            {
                var cells = new List<(object? Value, uint Style)>();
                for (int c = 0; c < row.Length; c++)
                {
                    if (table.IsMachineColumn(c))
                    {
                        cells.Add(Cell(row[c], styles));
                    }
                }

                rows.Add(cells);
            }

            AddSheet(workbookPart, sheets, names, CliText.Label(key, format), rows);
        }

        var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>();
        stylesPart.Stylesheet = styles.Build();
        workbookPart.Workbook.Save();
    }

    private static (object? Value, uint Style) Cell(object? cell, Styles styles)
    {
        if (cell is CliCell typed && typed.Machine is not null)
        {
            switch (typed.Kind)
            {
                case CellKind.Integer:
                    return (typed.Machine, styles.For("#,##0"));
                case CellKind.Money:
                    return (typed.Machine, styles.For(styles.MoneyFormat));
                case CellKind.Fixed:
                    return (typed.Machine, styles.For(typed.Decimals == 0 ? "#,##0" : "#,##0." + new string('0', typed.Decimals)));
                case CellKind.Percent:
                    // The percent the policy published, as a fraction Excel shows with the same places.
                    return ((decimal)typed.Machine / 100m, styles.For(typed.Decimals == 0 ? "0%" : "0." + new string('0', typed.Decimals) + "%"));
                case CellKind.Date:
                    var date = LocalDatePattern.Iso.Parse((string)typed.Machine).Value;
                    return (Period.Between(new LocalDate(1899, 12, 30), date, PeriodUnits.Days).Days, styles.For(styles.DateFormat));
            }
        }

        return CliTable.Machine(cell) switch
        {
            int i => (i, styles.For("#,##0")),
            long l => (l, styles.For("#,##0")),
            var other => (other, 0u),
        };
    }

    private static void AddSheet(WorkbookPart workbookPart, Sheets sheets, HashSet<string> names, string title, List<List<(object? Value, uint Style)>> rows)
    {
        var part = workbookPart.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        var widths = new List<int>();
        for (int r = 0; r < rows.Count; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (int c = 0; c < rows[r].Count; c++)
            {
                var (value, style) = rows[r][c];
                if (value is null)
                {
                    continue;
                }

                var cell = new Cell { CellReference = ColumnName(c) + (r + 1).ToString(CultureInfo.InvariantCulture) };
                if (style != 0)
                {
                    cell.StyleIndex = style;
                }

                int length;
                switch (value)
                {
                    case bool b:
                        cell.DataType = CellValues.Boolean;
                        cell.CellValue = new CellValue(b ? "1" : "0");
                        length = 5;
                        break;
                    case int or long or decimal:
                        string number = ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture);
                        cell.CellValue = new CellValue(number);
                        length = number.Length + 4;
                        break;
                    default:
                        string text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
                        cell.DataType = CellValues.InlineString;
                        cell.InlineString = new InlineString(new Text(text));
                        length = rows[r].Count == 1 ? 0 : text.Length;
                        break;
                }

                while (widths.Count <= c)
                {
                    widths.Add(8);
                }

                widths[c] = Math.Max(widths[c], Math.Min(60, length + 2));
                row.Append(cell);
            }

            data.Append(row);
        }

        var columns = new Columns();
        for (int c = 0; c < widths.Count; c++)
        {
            columns.Append(new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = widths[c], CustomWidth = true });
        }

        part.Worksheet = widths.Count > 0 ? new Worksheet(columns, data) : new Worksheet(data);
        string name = SheetName(title, names);
        sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = (uint)(sheets.ChildElements.Count + 1), Name = name });
    }

    private static string SheetName(string title, HashSet<string> names)
    {
        var chars = title.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (chars[i] is '[' or ']' or ':' or '*' or '?' or '/' or '\\')
            {
                chars[i] = ' ';
            }
        }

        string name = new string(chars).Trim();
        name = name.Length > 31 ? name[..31] : name;
        string unique = name;
        for (int n = 2; !names.Add(unique); n++)
        {
            string suffix = " " + n.ToString(CultureInfo.InvariantCulture);
            unique = (name.Length + suffix.Length > 31 ? name[..(31 - suffix.Length)] : name) + suffix;
        }

        return unique;
    }

    private static string ColumnName(int index)
    {
        string name = string.Empty;
        for (int n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>The cell formats of one workbook: default, bold headers, then one per number format used.</summary>
    private sealed class Styles(CliFormat format)
    {
        private readonly List<string> formats = [];

        internal string MoneyFormat { get; } = format.T("#,##0 \"đồng\"", "#,##0 \"VND\"");

        internal string DateFormat { get; } = format.T("dd/mm/yyyy", "yyyy-mm-dd");

        internal uint For(string numberFormat)
        {
            int index = formats.IndexOf(numberFormat);
            if (index < 0)
            {
                formats.Add(numberFormat);
                index = formats.Count - 1;
            }

            return (uint)(index + 2);
        }

        internal Stylesheet Build()
        {
            var numbering = new NumberingFormats();
            var cellFormats = new CellFormats(
                new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
                new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true });
            for (int i = 0; i < formats.Count; i++)
            {
                uint id = (uint)(164 + i);
                numbering.Append(new NumberingFormat { NumberFormatId = id, FormatCode = formats[i] });
                cellFormats.Append(new CellFormat { NumberFormatId = id, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true });
            }

            numbering.Count = (uint)formats.Count;
            cellFormats.Count = (uint)cellFormats.ChildElements.Count;
            return new Stylesheet(
                numbering,
                new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
                new Borders(new Border()) { Count = 1 },
                new CellStyleFormats(new CellFormat()) { Count = 1 },
                cellFormats);
        }
    }
}
