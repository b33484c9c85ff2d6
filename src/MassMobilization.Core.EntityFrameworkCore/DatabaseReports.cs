using System;
using System.Buffers;
using System.Collections.Generic;
using System.Data;
using System.Data.Common;
using System.Threading;
using System.Threading.Tasks;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Reporting;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace MassMobilization.Core.EntityFrameworkCore;

/// <summary>
/// Reports computed from the rows of <see cref="MassMobilizationTables.IndicatorRecords"/> (báo cáo từ dữ
/// liệu lưu trữ), in two ways that give the same report: streaming every row into the library's roll-up,
/// or letting the database group the rows by unit and indicator and the library roll the groups up the
/// chart as of the report date, rebasing across restructurings. Bad rows are a
/// <see cref="StoredDataException"/>, never a wrong report (see docs/persistence.md, "Reports from the database").
/// </summary>
public static class DatabaseReports
{
    private const string StreamSql =
        $"SELECT id, unit_code, indicator_code, value, denominator FROM {MassMobilizationTables.IndicatorRecords} WHERE period = @period";

    // Four cheap aggregates tell whether a group holds a row the library refuses (a negative count, a missing,
    // negative or unexpected denominator); only then does a second query read that group's rows to name one.
    private const string GroupSql =
        $"""
        SELECT unit_code, indicator_code, CAST(SUM(value) AS BIGINT), CAST(SUM(denominator) AS BIGINT), COUNT(*),
               COUNT(denominator), MIN(value), MIN(denominator)
        FROM {MassMobilizationTables.IndicatorRecords}
        WHERE period = @period
        GROUP BY unit_code, indicator_code
        """;

    private const string GroupRowsSql =
        $"""
        SELECT id, value, denominator FROM {MassMobilizationTables.IndicatorRecords}
        WHERE period = @period AND unit_code = @unit AND indicator_code = @indicator
        ORDER BY id
        """;

    private const int InitialCapacity = 1 << 16;

    private const string UnitKeys = "mm_report_unit_keys";

    private const string IndicatorKeys = "mm_report_indicator_keys";

    /// <summary>
    /// Builds a report by streaming the period's rows into the library's roll-up: one lean
    /// <see cref="DbDataReader"/> loop that turns each row into a unit ordinal, a slot and an amount in
    /// pooled arrays (no object per row), then <see cref="ReportBuilder.Build(ReportRequest, PartialAggregate)"/>.
    /// </summary>
    /// <param name="context">A context with the reference schema.</param>
    /// <param name="request">The report request; its period selects the rows.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The report, the same as from the records in memory (its <see cref="ProgressReport.RecordCount"/> counts partial entries).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="StoredDataException">A row names an unknown unit or indicator or holds a value the library refuses.</exception>
    public static async Task<ProgressReport> StreamReportAsync(DbContext context, ReportRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);
        var partial = await WithConnection(context, c => StreamPartialAsync(c, request.Chart, request.Layout.Indicators, request.Period, cancellationToken), cancellationToken).ConfigureAwait(false);
        return ReportBuilder.Build(request, partial);
    }

    /// <summary>
    /// Builds a report from the database's leaf GROUP BY (unit, indicator): the library rolls the groups up
    /// the chart as of the report date, rebasing when the records predate it.
    /// </summary>
    /// <param name="context">A context with the reference schema.</param>
    /// <param name="request">The report request; its period selects the rows.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The report, the same as from the records in memory (its <see cref="ProgressReport.RecordCount"/> counts partial entries).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="StoredDataException">A group names an unknown unit or indicator or holds a value the library refuses; the message names one offending row.</exception>
    public static async Task<ProgressReport> GroupedReportAsync(DbContext context, ReportRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);
        var partial = await WithConnection(context, c => GroupedPartialAsync(c, request.Chart, request.Layout.Indicators, request.Period, cancellationToken), cancellationToken).ConfigureAwait(false);
        return ReportBuilder.Build(request, partial);
    }

    /// <summary>
    /// Streams a period's rows into a mergeable partial keyed by the units the records are kept against
    /// (not yet added up the hierarchy), with no object allocated per row.
    /// </summary>
    /// <param name="connection">A connection to a database with the reference schema; opened and closed here when closed.</param>
    /// <param name="chart">The chart whose units (of any date) the rows may name.</param>
    /// <param name="layout">The indicators the rows may name.</param>
    /// <param name="period">The period whose rows are read.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The partial.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="StoredDataException">A row names an unknown unit or indicator or holds a value the library refuses.</exception>
    public static async Task<PartialAggregate> StreamPartialAsync(DbConnection connection, OrganizationChart chart, IndicatorLayout layout, ReportingPeriod period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(period);
        var lookup = new StoredLookup(chart, layout);
        var buffers = new Columns(InitialCapacity);
        bool opened = await OpenIfClosed(connection, cancellationToken).ConfigureAwait(false);
        try
        {
            var command = Command(connection, StreamSql, period);
            await using (command.ConfigureAwait(false))
            {
                var reader = await command.ExecuteReaderAsync(CommandBehavior.SingleResult, cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    var unitText = new char[UnitCode.MaxLength + 1];
                    var indicatorText = new char[Indicator.MaxCodeLength + 1];
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        long id = reader.GetInt64(0);
                        int unitLength = (int)reader.GetChars(1, 0, unitText, 0, unitText.Length);
                        if (!lookup.TryGetUnit(unitText.AsSpan(0, unitLength), out int ordinal))
                        {
                            throw StoredLookup.UnknownUnit(id, reader.GetString(1));
                        }

                        int indicatorLength = (int)reader.GetChars(2, 0, indicatorText, 0, indicatorText.Length);
                        if (!lookup.TryGetIndicator(indicatorText.AsSpan(0, indicatorLength), out int indicatorIndex))
                        {
                            throw StoredLookup.UnknownIndicator(id, reader.GetString(2));
                        }

                        long value = reader.GetInt64(3);
                        long? denominator = reader.IsDBNull(4) ? null : reader.GetInt64(4);
                        var unit = lookup.UnitOf(indicatorIndex);
                        RecordChecks.Check(unit, value, denominator, id);
                        int slot = lookup.SlotOf(indicatorIndex);
                        buffers.Add(ordinal, slot, value);
                        if (unit == IndicatorUnit.Ratio)
                        {
                            buffers.Add(ordinal, slot + 1, denominator.GetValueOrDefault());
                        }
                    }
                }
            }

            return PartialAggregate.FromRecords(lookup.Shape, layout, period, buffers.Ordinals, buffers.Slots, buffers.Amounts);
        }
        finally
        {
            buffers.Return();
            if (opened)
            {
                await connection.CloseAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Builds a report on PostgreSQL by streaming the period's rows with binary COPY into the library's
    /// roll-up (see <see cref="CopyPartialAsync"/>), then <see cref="ReportBuilder.Build(ReportRequest, PartialAggregate)"/>.
    /// </summary>
    /// <param name="context">A context with the reference schema on PostgreSQL.</param>
    /// <param name="request">The report request; its period selects the rows.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The report, the same as from the records in memory (its <see cref="ProgressReport.RecordCount"/> counts partial entries).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">The context's connection is not a PostgreSQL connection.</exception>
    /// <exception cref="StoredDataException">A row names an unknown unit or indicator or holds a value the library refuses.</exception>
    public static async Task<ProgressReport> CopyReportAsync(DbContext context, ReportRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);
        var partial = await WithConnection(
            context,
            c => CopyPartialAsync(c as NpgsqlConnection ?? throw new InvalidOperationException("The binary COPY report path needs a PostgreSQL connection."), request.Chart, request.Layout.Indicators, request.Period, cancellationToken),
            cancellationToken).ConfigureAwait(false);
        return ReportBuilder.Build(request, partial);
    }

    /// <summary>
    /// Streams a period's rows on PostgreSQL with binary COPY into a mergeable partial keyed by the units the
    /// records are kept against, with no object allocated per row: the chart's unit codes and the layout's
    /// indicator codes are first copied into two temporary tables of the session, so that the rows arrive
    /// with integer keys (the codes' own text comes only for a row whose code is unknown, to name it).
    /// </summary>
    /// <param name="connection">A PostgreSQL connection to a database with the reference schema; opened and closed here when closed.</param>
    /// <param name="chart">The chart whose units (of any date) the rows may name.</param>
    /// <param name="layout">The indicators the rows may name.</param>
    /// <param name="period">The period whose rows are read.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The partial, the same as <see cref="StreamPartialAsync"/> makes.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="StoredDataException">A row names an unknown unit or indicator or holds a value the library refuses.</exception>
    public static async Task<PartialAggregate> CopyPartialAsync(NpgsqlConnection connection, OrganizationChart chart, IndicatorLayout layout, ReportingPeriod period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(period);
        var lookup = new StoredLookup(chart, layout);
        var buffers = new Columns(InitialCapacity);
        bool opened = await OpenIfClosed(connection, cancellationToken).ConfigureAwait(false);
        try
        {
            await CopyKeys(connection, lookup, layout, cancellationToken).ConfigureAwait(false);
            string periodText = ReportingPeriodPattern.Compact.Format(period).Replace("'", "''", StringComparison.Ordinal);
            var exporter = await connection.BeginBinaryExportAsync(
                $"""
                COPY (SELECT r.id, u.ordinal, i.position, r.value, r.denominator,
                             CASE WHEN u.ordinal IS NULL THEN r.unit_code END, CASE WHEN i.position IS NULL THEN r.indicator_code END
                      FROM {MassMobilizationTables.IndicatorRecords} r
                      LEFT JOIN pg_temp.{UnitKeys} u ON u.code = r.unit_code
                      LEFT JOIN pg_temp.{IndicatorKeys} i ON i.code = r.indicator_code
                      WHERE r.period = '{periodText}') TO STDOUT (FORMAT BINARY)
                """,
                cancellationToken).ConfigureAwait(false);
            await using (exporter.ConfigureAwait(false))
            {
                while (await exporter.StartRowAsync(cancellationToken).ConfigureAwait(false) != -1)
                {
                    long id = await exporter.ReadAsync<long>(cancellationToken).ConfigureAwait(false);
                    int ordinal = await ReadKey(exporter, cancellationToken).ConfigureAwait(false);
                    int indicatorIndex = await ReadKey(exporter, cancellationToken).ConfigureAwait(false);
                    long value = await exporter.ReadAsync<long>(cancellationToken).ConfigureAwait(false);
                    long? denominator = exporter.IsNull ? await SkipNull(exporter, cancellationToken).ConfigureAwait(false) : await exporter.ReadAsync<long>(cancellationToken).ConfigureAwait(false);
                    if (ordinal < 0)
                    {
                        throw StoredLookup.UnknownUnit(id, await exporter.ReadAsync<string>(cancellationToken).ConfigureAwait(false));
                    }

                    await exporter.SkipAsync(cancellationToken).ConfigureAwait(false);
                    if (indicatorIndex < 0)
                    {
                        throw StoredLookup.UnknownIndicator(id, await exporter.ReadAsync<string>(cancellationToken).ConfigureAwait(false));
                    }

                    await exporter.SkipAsync(cancellationToken).ConfigureAwait(false);
                    var unit = lookup.UnitOf(indicatorIndex);
                    RecordChecks.Check(unit, value, denominator, id);
                    int slot = lookup.SlotOf(indicatorIndex);
                    buffers.Add(ordinal, slot, value);
                    if (unit == IndicatorUnit.Ratio)
                    {
                        buffers.Add(ordinal, slot + 1, denominator.GetValueOrDefault());
                    }
                }
            }

            return PartialAggregate.FromRecords(lookup.Shape, layout, period, buffers.Ordinals, buffers.Slots, buffers.Amounts);
        }
        finally
        {
            buffers.Return();
            if (opened)
            {
                await connection.CloseAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Lets the database group a period's rows by unit and indicator (sums and counts) and turns the groups
    /// into a mergeable partial keyed by the units the records are kept against.
    /// </summary>
    /// <param name="connection">A connection to a database with the reference schema; opened and closed here when closed.</param>
    /// <param name="chart">The chart whose units (of any date) the rows may name.</param>
    /// <param name="layout">The indicators the rows may name.</param>
    /// <param name="period">The period whose rows are read.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The partial.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="StoredDataException">A group names an unknown unit or indicator or holds a value the library refuses; the message names one offending row.</exception>
    public static async Task<PartialAggregate> GroupedPartialAsync(DbConnection connection, OrganizationChart chart, IndicatorLayout layout, ReportingPeriod period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(period);
        var lookup = new StoredLookup(chart, layout);
        var entries = new List<PartialEntry>();
        bool opened = await OpenIfClosed(connection, cancellationToken).ConfigureAwait(false);
        try
        {
            if (await ReadGroups(connection, lookup, layout, period, entries, cancellationToken).ConfigureAwait(false) is { } bad)
            {
                throw await NameBadRow(connection, lookup, period, bad, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync().ConfigureAwait(false);
            }
        }

        return PartialAggregate.Create(period, entries);
    }

    /// <summary>Reads the groups into entries; returns the first group that holds a bad row, or null.</summary>
    private static async Task<(string Unit, string Indicator)?> ReadGroups(DbConnection connection, StoredLookup lookup, IndicatorLayout layout, ReportingPeriod period, List<PartialEntry> entries, CancellationToken cancellationToken)
    {
        var command = Command(connection, GroupSql, period);
        await using (command.ConfigureAwait(false))
        {
            var reader = await command.ExecuteReaderAsync(CommandBehavior.SingleResult, cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    string unitText = reader.GetString(0);
                    string indicatorText = reader.GetString(1);
                    if (!lookup.TryGetUnit(unitText, out int ordinal) || !lookup.TryGetIndicator(indicatorText, out int indicatorIndex))
                    {
                        return (unitText, indicatorText);
                    }

                    var unit = lookup.UnitOf(indicatorIndex);
                    long count = reader.GetInt64(4);
                    long withDenominator = reader.GetInt64(5);
                    long? leastDenominator = reader.IsDBNull(7) ? null : reader.GetInt64(7);

                    // The group's worst case as one row, checked by the rules of a row: its least value and, for a
                    // ratio, no denominator when a row lacks one, else the least; for another unit, any denominator.
                    long? denominator = unit == IndicatorUnit.Ratio
                        ? (withDenominator < count ? null : leastDenominator)
                        : (withDenominator > 0 ? leastDenominator : null);
                    if (RecordChecks.Problem(unit, reader.GetInt64(6), denominator, out _) is not null)
                    {
                        return (unitText, indicatorText);
                    }

                    var code = lookup.Shape.CodeAt(ordinal);
                    int slot = lookup.SlotOf(indicatorIndex);
                    entries.Add(new PartialEntry(code, layout.SlotCodes[slot], reader.GetInt64(2), count));
                    if (unit == IndicatorUnit.Ratio)
                    {
                        entries.Add(new PartialEntry(code, layout.SlotCodes[slot + 1], reader.GetInt64(3), count));
                    }
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Reads the rows of a group found bad, in id order, and makes the error for the first the library
    /// refuses, with the checks and messages of the streaming path.
    /// </summary>
    private static async Task<StoredDataException> NameBadRow(DbConnection connection, StoredLookup lookup, ReportingPeriod period, (string Unit, string Indicator) group, CancellationToken cancellationToken)
    {
        var command = Command(connection, GroupRowsSql, period);
        await using (command.ConfigureAwait(false))
        {
            AddText(command, "@unit", group.Unit);
            AddText(command, "@indicator", group.Indicator);
            var reader = await command.ExecuteReaderAsync(CommandBehavior.SingleResult, cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    long id = reader.GetInt64(0);
                    if (!lookup.TryGetUnit(group.Unit, out _))
                    {
                        return StoredLookup.UnknownUnit(id, group.Unit);
                    }

                    if (!lookup.TryGetIndicator(group.Indicator, out int indicatorIndex))
                    {
                        return StoredLookup.UnknownIndicator(id, group.Indicator);
                    }

                    long? denominator = reader.IsDBNull(2) ? null : reader.GetInt64(2);
                    string? column = RecordChecks.Problem(lookup.UnitOf(indicatorIndex), reader.GetInt64(1), denominator, out string detail);
                    if (column is not null)
                    {
                        return StoredDataException.ForRow(MassMobilizationTables.IndicatorRecords, id, column, detail);
                    }
                }
            }
        }

        throw new InvalidOperationException($"The rows of unit '{group.Unit}', indicator '{group.Indicator}' changed while the report was read; read it again.");
    }

    /// <summary>Copies the chart's unit codes and the layout's indicator codes, with their ordinals, into the session's temporary key tables.</summary>
    private static async Task CopyKeys(NpgsqlConnection connection, StoredLookup lookup, IndicatorLayout layout, CancellationToken cancellationToken)
    {
        var create = connection.CreateCommand();
        await using (create.ConfigureAwait(false))
        {
            create.CommandText =
                $"""
                CREATE TEMPORARY TABLE IF NOT EXISTS {UnitKeys} (code varchar({UnitCode.MaxLength}) PRIMARY KEY, ordinal integer NOT NULL);
                CREATE TEMPORARY TABLE IF NOT EXISTS {IndicatorKeys} (code varchar({Indicator.MaxCodeLength}) PRIMARY KEY, position integer NOT NULL);
                TRUNCATE pg_temp.{UnitKeys}, pg_temp.{IndicatorKeys};
                """;
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var units = await connection.BeginBinaryImportAsync($"COPY pg_temp.{UnitKeys} (code, ordinal) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
        await using (units.ConfigureAwait(false))
        {
            for (int ordinal = 0; ordinal < lookup.Shape.Count; ordinal++)
            {
                await units.StartRowAsync(cancellationToken).ConfigureAwait(false);
                await units.WriteAsync(lookup.Shape.CodeAt(ordinal).Value, NpgsqlDbType.Varchar, cancellationToken).ConfigureAwait(false);
                await units.WriteAsync(ordinal, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
            }

            await units.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        var indicators = await connection.BeginBinaryImportAsync($"COPY pg_temp.{IndicatorKeys} (code, position) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
        await using (indicators.ConfigureAwait(false))
        {
            for (int position = 0; position < layout.Indicators.Count; position++)
            {
                await indicators.StartRowAsync(cancellationToken).ConfigureAwait(false);
                await indicators.WriteAsync(layout.Indicators[position].Code, NpgsqlDbType.Varchar, cancellationToken).ConfigureAwait(false);
                await indicators.WriteAsync(position, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
            }

            await indicators.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        var analyze = connection.CreateCommand();
        await using (analyze.ConfigureAwait(false))
        {
            analyze.CommandText = $"ANALYZE pg_temp.{UnitKeys}, pg_temp.{IndicatorKeys}";
            await analyze.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads an integer key column; -1 when null (the row's code is not known).</summary>
    private static async ValueTask<int> ReadKey(NpgsqlBinaryExporter exporter, CancellationToken cancellationToken)
    {
        if (exporter.IsNull)
        {
            await exporter.SkipAsync(cancellationToken).ConfigureAwait(false);
            return -1;
        }

        return await exporter.ReadAsync<int>(cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask<long?> SkipNull(NpgsqlBinaryExporter exporter, CancellationToken cancellationToken)
    {
        await exporter.SkipAsync(cancellationToken).ConfigureAwait(false);
        return null;
    }

    private static async Task<bool> OpenIfClosed(DbConnection connection, CancellationToken cancellationToken)
    {
        if (connection.State == ConnectionState.Open)
        {
            return false;
        }

        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    private static DbCommand Command(DbConnection connection, string sql, ReportingPeriod period)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        AddText(command, "@period", ReportingPeriodPattern.Compact.Format(period));
        return command;
    }

    private static void AddText(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = DbType.String;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static async Task<PartialAggregate> WithConnection(DbContext context, Func<DbConnection, Task<PartialAggregate>> read, CancellationToken cancellationToken)
    {
        await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await read(context.Database.GetDbConnection()).ConfigureAwait(false);
        }
        finally
        {
            await context.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Record columns in pooled arrays that grow by doubling.</summary>
    private sealed class Columns(int capacity)
    {
        private int[] ordinals = ArrayPool<int>.Shared.Rent(capacity);
        private int[] slots = ArrayPool<int>.Shared.Rent(capacity);
        private long[] amounts = ArrayPool<long>.Shared.Rent(capacity);
        private int count;

        public ReadOnlySpan<int> Ordinals => ordinals.AsSpan(0, count);

        public ReadOnlySpan<int> Slots => slots.AsSpan(0, count);

        public ReadOnlySpan<long> Amounts => amounts.AsSpan(0, count);

        public void Add(int ordinal, int slot, long amount)
        {
            if (count == ordinals.Length)
            {
                Grow(ref ordinals);
                Grow(ref slots);
                Grow(ref amounts);
            }

            ordinals[count] = ordinal;
            slots[count] = slot;
            amounts[count] = amount;
            count++;
        }

        public void Return()
        {
            ArrayPool<int>.Shared.Return(ordinals);
            ArrayPool<int>.Shared.Return(slots);
            ArrayPool<long>.Shared.Return(amounts);
            ordinals = [];
            slots = [];
            amounts = [];
        }

        private void Grow<T>(ref T[] array)
        {
            var larger = ArrayPool<T>.Shared.Rent(array.Length * 2);
            array.AsSpan(0, count).CopyTo(larger);
            ArrayPool<T>.Shared.Return(array);
            array = larger;
        }
    }
}
