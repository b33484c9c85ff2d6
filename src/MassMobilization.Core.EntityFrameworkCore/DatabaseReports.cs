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

    private const string GroupSql =
        $"""
        SELECT unit_code, indicator_code,
               CAST(SUM(value) AS BIGINT), CAST(SUM(COALESCE(denominator, 0)) AS BIGINT), COUNT(*), MIN(id),
               MIN(CASE WHEN value < 0 THEN id END), MIN(CASE WHEN denominator < 0 THEN id END),
               MIN(CASE WHEN denominator IS NULL THEN id END), MIN(CASE WHEN denominator IS NOT NULL THEN id END)
        FROM {MassMobilizationTables.IndicatorRecords}
        WHERE period = @period
        GROUP BY unit_code, indicator_code
        """;

    private const int InitialCapacity = 1 << 16;

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
            await ReadGroups(connection, lookup, layout, period, entries, cancellationToken).ConfigureAwait(false);
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

    private static async Task ReadGroups(DbConnection connection, StoredLookup lookup, IndicatorLayout layout, ReportingPeriod period, List<PartialEntry> entries, CancellationToken cancellationToken)
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
                    long firstId = reader.GetInt64(5);
                    if (!lookup.TryGetUnit(unitText, out int ordinal))
                    {
                        throw StoredLookup.UnknownUnit(firstId, unitText);
                    }

                    if (!lookup.TryGetIndicator(indicatorText, out int indicatorIndex))
                    {
                        throw StoredLookup.UnknownIndicator(firstId, indicatorText);
                    }

                    var unit = lookup.UnitOf(indicatorIndex);
                    CheckGroup(reader, unit);
                    var code = lookup.Shape.CodeAt(ordinal);
                    long count = reader.GetInt64(4);
                    int slot = lookup.SlotOf(indicatorIndex);
                    entries.Add(new PartialEntry(code, layout.SlotCodes[slot], reader.GetInt64(2), count));
                    if (unit == IndicatorUnit.Ratio)
                    {
                        entries.Add(new PartialEntry(code, layout.SlotCodes[slot + 1], reader.GetInt64(3), count));
                    }
                }
            }
        }
    }

    /// <summary>The group's witnesses of bad rows: a negative count, a negative, missing or unexpected denominator.</summary>
    private static void CheckGroup(DbDataReader reader, IndicatorUnit unit)
    {
        if (unit == IndicatorUnit.Count && Witness(reader, 6) is { } negative)
        {
            throw StoredDataException.ForRow(MassMobilizationTables.IndicatorRecords, negative, "value", "the count is negative.");
        }

        if (unit == IndicatorUnit.Ratio && Witness(reader, 8) is { } missing)
        {
            throw StoredDataException.ForRow(MassMobilizationTables.IndicatorRecords, missing, "denominator", "a ratio record has no denominator.");
        }

        if (unit == IndicatorUnit.Ratio && Witness(reader, 7) is { } negativeDenominator)
        {
            throw StoredDataException.ForRow(MassMobilizationTables.IndicatorRecords, negativeDenominator, "denominator", "the denominator is negative.");
        }

        if (unit != IndicatorUnit.Ratio && Witness(reader, 9) is { } unexpected)
        {
            throw StoredDataException.ForRow(MassMobilizationTables.IndicatorRecords, unexpected, "denominator", "a record that is not a ratio has a denominator.");
        }
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

    private static long? Witness(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);

    private static DbCommand Command(DbConnection connection, string sql, ReportingPeriod period)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@period";
        parameter.DbType = DbType.String;
        parameter.Value = ReportingPeriodPattern.Compact.Format(period);
        command.Parameters.Add(parameter);
        return command;
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
