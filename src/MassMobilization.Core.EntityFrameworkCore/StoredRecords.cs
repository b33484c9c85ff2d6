using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using MassMobilization.Core.Aggregation;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace MassMobilization.Core.EntityFrameworkCore;

/// <summary>
/// Writes indicator records (bản ghi chỉ tiêu) to <see cref="MassMobilizationTables.IndicatorRecords"/>:
/// through a context, or in bulk on PostgreSQL with binary COPY (see docs/persistence.md, "Storing records").
/// </summary>
public static class StoredRecords
{
    /// <summary>Adds the rows of records to a context; call <c>SaveChanges</c> after.</summary>
    /// <param name="context">A context with the reference schema.</param>
    /// <param name="period">The period the records belong to.</param>
    /// <param name="records">The records.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A record is the default value.</exception>
    public static void Add(DbContext context, ReportingPeriod period, IEnumerable<IndicatorRecord> records)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(records);
        var set = context.Set<StoredIndicatorRecord>();
        foreach (var record in records)
        {
            set.Add(StoredIndicatorRecord.From(period, record));
        }
    }

    /// <summary>
    /// Writes records to PostgreSQL with binary COPY, the fastest way in: no statement per row, no tracking.
    /// </summary>
    /// <param name="connection">An open Npgsql connection to a database with the reference schema.</param>
    /// <param name="period">The period the records belong to.</param>
    /// <param name="records">The records.</param>
    /// <param name="cancellationToken">Cancels the copy.</param>
    /// <returns>The number of rows written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A record is the default value.</exception>
    public static async Task<ulong> CopyToPostgreSqlAsync(NpgsqlConnection connection, ReportingPeriod period, IEnumerable<IndicatorRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(records);
        string periodText = ReportingPeriodPattern.Compact.Format(period);
        var importer = await connection.BeginBinaryImportAsync(
            $"COPY {MassMobilizationTables.IndicatorRecords} (period, unit_code, indicator_code, value, denominator) FROM STDIN (FORMAT BINARY)",
            cancellationToken).ConfigureAwait(false);
        await using (importer.ConfigureAwait(false))
        {
            foreach (var record in records)
            {
                if (record.Unit.IsDefault)
                {
                    throw new ArgumentException("A record is the default value.", nameof(records));
                }

                var value = record.Value;
                await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
                await importer.WriteAsync(periodText, NpgsqlDbType.Varchar, cancellationToken).ConfigureAwait(false);
                await importer.WriteAsync(record.Unit.Value, NpgsqlDbType.Varchar, cancellationToken).ConfigureAwait(false);
                await importer.WriteAsync(value.Indicator.Code, NpgsqlDbType.Varchar, cancellationToken).ConfigureAwait(false);
                switch (value.Indicator.Unit)
                {
                    case IndicatorUnit.Ratio:
                        await importer.WriteAsync(value.Ratio.Numerator, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
                        await importer.WriteAsync(value.Ratio.Denominator, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
                        break;
                    default:
                        await importer.WriteAsync(value.Indicator.Unit == IndicatorUnit.Count ? value.Count : value.Amount.Dong, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
                        await importer.WriteNullAsync(cancellationToken).ConfigureAwait(false);
                        break;
                }
            }

            return await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
