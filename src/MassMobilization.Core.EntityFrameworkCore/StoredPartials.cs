using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MassMobilization.Core.Aggregation;
using Microsoft.EntityFrameworkCore;

namespace MassMobilization.Core.EntityFrameworkCore;

/// <summary>
/// Stores mergeable partials (<see cref="PartialAggregate"/>, kết quả tổng hợp bộ phận) under a key and reads
/// them back, merged with the library's <see cref="PartialAggregate.Merge"/> (see docs/persistence.md,
/// "Mergeable partials").
/// </summary>
public static class StoredPartials
{
    /// <summary>Adds the rows of a partial under a key; call <c>SaveChanges</c> after. A key holds one partial.</summary>
    /// <param name="context">A context with the reference schema.</param>
    /// <param name="key">The partial's key, for example <c>"26740/2024"</c>.</param>
    /// <param name="partial">The partial.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="key"/> is empty or longer than <see cref="StoredPartialEntry.KeyMaxLength"/>.</exception>
    public static void Add(DbContext context, string key, PartialAggregate partial)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(partial);
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(key.Length, StoredPartialEntry.KeyMaxLength, nameof(key));
        string period = ReportingPeriodPattern.Compact.Format(partial.Period);
        foreach (var entry in partial.Entries)
        {
            context.Set<StoredPartialEntry>().Add(new StoredPartialEntry
            {
                PartialKey = key,
                Period = period,
                UnitCode = entry.Unit.Value,
                SlotCode = entry.SlotCode,
                Sum = entry.Sum,
                Count = entry.Count,
            });
        }
    }

    /// <summary>Reads the partials stored under some keys and merges them.</summary>
    /// <param name="context">A context with the reference schema.</param>
    /// <param name="period">The period the partials must be for.</param>
    /// <param name="keys">The keys; a key with no rows is an empty partial.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The merged partial.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="StoredDataException">A row breaks a rule of <see cref="PartialEntry"/> or is for another period; the message names the row and the column.</exception>
    public static async Task<PartialAggregate> LoadMergedAsync(DbContext context, ReportingPeriod period, IEnumerable<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(keys);
        string periodText = ReportingPeriodPattern.Compact.Format(period);
        var merged = PartialAggregate.Empty(period);
        foreach (string key in keys.Distinct(StringComparer.Ordinal))
        {
            var rows = await context.Set<StoredPartialEntry>().AsNoTracking().Where(e => e.PartialKey == key).ToListAsync(cancellationToken).ConfigureAwait(false);
            var entries = new List<PartialEntry>(rows.Count);
            foreach (var row in rows)
            {
                if (!string.Equals(row.Period, periodText, StringComparison.Ordinal))
                {
                    throw new StoredDataException(MassMobilizationTables.PartialEntries, row.Key, "period", $"the partial is for '{row.Period}', not '{periodText}'.");
                }

                entries.Add(row.ToEntry());
            }

            merged = merged.Merge(PartialAggregate.Create(period, entries));
        }

        return merged;
    }
}
