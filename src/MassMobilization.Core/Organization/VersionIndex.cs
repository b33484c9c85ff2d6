using System;
using System.Collections.Generic;
using NodaTime;

namespace MassMobilization.Core.Organization;

/// <summary>
/// Versions of identified things (units or bodies) sorted by identifier then first day, with the
/// checks shared by both: no two versions of one identifier start together or overlap.
/// </summary>
internal sealed class VersionIndex<TId, T>
    where TId : struct, IEquatable<TId>, IComparable<TId>
    where T : class
{
    private readonly T[] items;
    private readonly Func<T, TId> idOf;
    private readonly Func<T, ValidityPeriod> validityOf;
    private readonly Dictionary<TId, (int Start, int Count)> ranges = new();

    internal VersionIndex(T[] versions, Func<T, TId> idOf, Func<T, ValidityPeriod> validityOf, string what, string duplicateRule, string overlapRule)
    {
        this.idOf = idOf;
        this.validityOf = validityOf;
        items = (T[])versions.Clone();
        Array.Sort(items, (a, b) =>
        {
            int byId = idOf(a).CompareTo(idOf(b));
            return byId != 0 ? byId : validityOf(a).CompareTo(validityOf(b));
        });
        int i = 0;
        while (i < items.Length)
        {
            TId id = idOf(items[i]);
            int start = i;
            for (i++; i < items.Length && idOf(items[i]).Equals(id); i++)
            {
                var previous = validityOf(items[i - 1]);
                var current = validityOf(items[i]);
                if (previous.Start == current.Start)
                {
                    throw new DomainRuleException(duplicateRule, $"Two {what} versions hold {id} from {ValidityPeriod.Format(current.Start)}: {items[i - 1]} and {items[i]}.");
                }

                if (previous.Overlaps(current))
                {
                    throw new DomainRuleException(overlapRule, $"Versions of {what} {id} overlap: {items[i - 1]} and {items[i]} are both in force on {ValidityPeriod.Format(current.Start)}.");
                }
            }

            ranges.Add(id, (start, i - start));
        }
    }

    internal T[] Items => items;

    internal bool Exists(TId id) => ranges.ContainsKey(id);

    internal ReadOnlySpan<T> Versions(TId id) =>
        ranges.TryGetValue(id, out var range) ? items.AsSpan(range.Start, range.Count) : ReadOnlySpan<T>.Empty;

    internal T? Find(TId id, LocalDate date)
    {
        foreach (var item in Versions(id))
        {
            if (validityOf(item).Contains(date))
            {
                return item;
            }
        }

        return null;
    }

    /// <summary>Returns the first day of <paramref name="period"/> on which no version of <paramref name="id"/> is in force, or null.</summary>
    internal LocalDate? FirstUncovered(TId id, ValidityPeriod period)
    {
        LocalDate cursor = period.Start;
        foreach (var item in Versions(id))
        {
            var validity = validityOf(item);
            if (!validity.Contains(cursor))
            {
                if (validity.Start > cursor)
                {
                    return cursor;
                }

                continue;
            }

            if (validity.End is not { } end)
            {
                return null;
            }

            if (period.End is { } last && end >= last)
            {
                return null;
            }

            cursor = end.PlusDays(1);
        }

        return cursor;
    }

    /// <summary>True when every version of <paramref name="id"/> starts on or after <paramref name="date"/>.</summary>
    internal bool AllStartOnOrAfter(TId id, LocalDate date)
    {
        foreach (var item in Versions(id))
        {
            if (validityOf(item).Start < date)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when every version of <paramref name="id"/> ends before <paramref name="date"/>.</summary>
    internal bool AllEndBefore(TId id, LocalDate date)
    {
        foreach (var item in Versions(id))
        {
            if (validityOf(item).End is not { } end || end >= date)
            {
                return false;
            }
        }

        return true;
    }

    internal TId IdOf(T item) => idOf(item);
}
