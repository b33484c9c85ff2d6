using System;
using System.Collections.Generic;
using MassMobilization.Core.Text;
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
    private readonly Dictionary<TId, (int Start, int Count)> ranges;

    internal VersionIndex(T[] versions, Func<T, TId> idOf, Func<TId, string> textOf, Func<T, ValidityPeriod> validityOf, string what, string duplicateRule, string overlapRule)
    {
        this.idOf = idOf;
        this.validityOf = validityOf;
        // One sort of (identifier, first day, position) keys with a struct comparer: no delegate calls
        // in the comparisons, and equal keys keep their input order so errors name the same pair every time.
        var keys = new SortKey[versions.Length];
        for (int k = 0; k < keys.Length; k++)
        {
            var id = idOf(versions[k]);
            bool packed = CodeText.TryPackOrdinal(textOf(id), out ulong high, out ulong low);
            keys[k] = new SortKey(high, low, packed, id, validityOf(versions[k]).Start, k);
        }

        items = (T[])versions.Clone();
        keys.AsSpan().Sort(items.AsSpan(), default(SortKeyComparer));
        ranges = new Dictionary<TId, (int Start, int Count)>(keys.Length);
        int i = 0;
        while (i < items.Length)
        {
            TId id = keys[i].Id;
            int start = i;
            for (i++; i < items.Length && keys[i].Id.Equals(id); i++)
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

    internal ReadOnlySpan<T> Versions(TId id) =>
        ranges.TryGetValue(id, out var range) ? items.AsSpan(range.Start, range.Count) : ReadOnlySpan<T>.Empty;

    internal T? Find(TId id, LocalDate date) => Find(Versions(id), date);

    internal T? Find(ReadOnlySpan<T> versions, LocalDate date)
    {
        foreach (var item in versions)
        {
            if (validityOf(item).Contains(date))
            {
                return item;
            }
        }

        return null;
    }

    /// <summary>Returns the first day of <paramref name="period"/> on which no version of <paramref name="id"/> is in force, or null.</summary>
    internal LocalDate? FirstUncovered(TId id, ValidityPeriod period) => FirstUncovered(Versions(id), period);

    /// <summary>Returns the first day of <paramref name="period"/> on which none of <paramref name="versions"/> (one identifier's, in order) is in force, or null.</summary>
    internal LocalDate? FirstUncovered(ReadOnlySpan<T> versions, ValidityPeriod period)
    {
        LocalDate cursor = period.Start;
        foreach (var item in versions)
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

    /// <summary>True when every one of <paramref name="versions"/> starts on or after <paramref name="date"/>.</summary>
    internal bool AllStartOnOrAfter(ReadOnlySpan<T> versions, LocalDate date)
    {
        foreach (var item in versions)
        {
            if (validityOf(item).Start < date)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when every one of <paramref name="versions"/> ends before <paramref name="date"/>.</summary>
    internal bool AllEndBefore(ReadOnlySpan<T> versions, LocalDate date)
    {
        foreach (var item in versions)
        {
            if (validityOf(item).End is not { } end || end >= date)
            {
                return false;
            }
        }

        return true;
    }

    internal TId IdOf(T item) => idOf(item);

    /// <summary>A version's sort key: the identifier (packed into two integers in ordinal order when it fits), its first day and its input position.</summary>
    private readonly record struct SortKey(ulong High, ulong Low, bool Packed, TId Id, LocalDate Start, int Position);

    private readonly struct SortKeyComparer : IComparer<SortKey>
    {
        public int Compare(SortKey x, SortKey y)
        {
            int byId = x.Packed && y.Packed
                ? (x.High != y.High ? x.High.CompareTo(y.High) : x.Low.CompareTo(y.Low))
                : x.Id.CompareTo(y.Id);
            if (byId != 0)
            {
                return byId;
            }

            int byStart = x.Start.CompareTo(y.Start);
            return byStart != 0 ? byStart : x.Position.CompareTo(y.Position);
        }
    }
}
