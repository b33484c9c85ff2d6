using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace MassMobilization.Core.Text;

/// <summary>
/// A fixed set of strings looked up by a span of characters without allocating, so that a parser can
/// return the catalogue's own string instance for a known code (works the same on net8.0 and later;
/// <c>Dictionary.GetAlternateLookup</c> is not available on net8.0). Open addressing with linear probing
/// over a power-of-two table that is at most half full. Immutable and thread-safe once built.
/// </summary>
internal sealed class SpanStringTable
{
    private readonly string?[] slots;
    private readonly int mask;

    /// <summary>Builds a table holding each distinct string of <paramref name="values"/> (ordinal).</summary>
    internal SpanStringTable(IEnumerable<string> values)
    {
        var distinct = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string value in values)
        {
            if (seen.Add(value))
            {
                distinct.Add(value);
            }
        }

        int size = 8;
        while (size < distinct.Count * 2)
        {
            size *= 2;
        }

        slots = new string?[size];
        mask = size - 1;
        foreach (string value in distinct)
        {
            int index = Hash(value) & mask;
            while (slots[index] is not null)
            {
                index = (index + 1) & mask;
            }

            slots[index] = value;
        }

        Count = distinct.Count;
    }

    /// <summary>Gets the number of strings in the table.</summary>
    internal int Count { get; }

    /// <summary>Finds the table's string equal (ordinal) to <paramref name="key"/>.</summary>
    internal bool TryGet(ReadOnlySpan<char> key, [NotNullWhen(true)] out string? value)
    {
        int index = Hash(key) & mask;
        while (true)
        {
            string? slot = slots[index];
            if (slot is null)
            {
                value = null;
                return false;
            }

            if (key.SequenceEqual(slot))
            {
                value = slot;
                return true;
            }

            index = (index + 1) & mask;
        }
    }

    /// <summary>Returns the table's instance equal to <paramref name="key"/>, or a new string.</summary>
    internal string GetOrCreate(ReadOnlySpan<char> key) => TryGet(key, out string? value) ? value : new string(key);

    /// <summary>Returns the table's instance equal to <paramref name="key"/>, or <paramref name="key"/> itself.</summary>
    internal string Intern(string key) => TryGet(key, out string? value) ? value : key;

    private static int Hash(ReadOnlySpan<char> text)
    {
        // FNV-1a: deterministic across processes and cheap for codes of a few characters.
        uint hash = 2166136261;
        foreach (char c in text)
        {
            hash = (hash ^ c) * 16777619;
        }

        return (int)(hash ^ (hash >> 15));
    }
}
