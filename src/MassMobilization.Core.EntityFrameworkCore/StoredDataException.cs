using System;
using System.Globalization;

namespace MassMobilization.Core.EntityFrameworkCore;

/// <summary>
/// Thrown when a row in the database breaks a rule of the library (dữ liệu lưu trữ không hợp lệ): an
/// unknown unit code, a malformed document number, a negative count written by another application. The
/// message names the table, the row's key and the column, so that the row can be found and corrected;
/// the library never turns bad data into a silently wrong report (see docs/persistence.md, "Bad data").
/// </summary>
public sealed class StoredDataException : InvalidOperationException
{
    /// <summary>Initializes the exception.</summary>
    /// <param name="table">The table, for example <c>indicator_records</c>.</param>
    /// <param name="rowKey">The row's key as text, for example <c>id=42</c>.</param>
    /// <param name="column">The column, for example <c>unit_code</c>.</param>
    /// <param name="detail">What is wrong with the value.</param>
    /// <param name="innerException">The library's own error about the value, if any.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="innerException"/> is null.</exception>
    public StoredDataException(string table, string rowKey, string column, string detail, Exception? innerException = null)
        : base(Compose(table, rowKey, column, detail), innerException)
    {
        Table = table;
        RowKey = rowKey;
        Column = column;
        Detail = detail;
    }

    /// <summary>Gets the table holding the bad row.</summary>
    public string Table { get; }

    /// <summary>Gets the bad row's key, as text (<c>id=42</c>, or the grouping key of a grouped read).</summary>
    public string RowKey { get; }

    /// <summary>Gets the column holding the bad value.</summary>
    public string Column { get; }

    /// <summary>Gets what is wrong with the value.</summary>
    public string Detail { get; }

    internal static StoredDataException ForRow(string table, long id, string column, string detail, Exception? innerException = null) =>
        new(table, "id=" + id.ToString(CultureInfo.InvariantCulture), column, detail, innerException);

    private static string Compose(string table, string rowKey, string column, string detail)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rowKey);
        ArgumentNullException.ThrowIfNull(column);
        ArgumentNullException.ThrowIfNull(detail);
        return $"Bad data in table {table}, row {rowKey}, column {column}: {detail}";
    }
}
