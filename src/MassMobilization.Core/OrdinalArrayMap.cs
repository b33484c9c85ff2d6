using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace MassMobilization.Core;

/// <summary>
/// A read-only dictionary over two parallel arrays whose string keys are unique and in ordinal order
/// (lookups by binary search). It holds what a small sorted dictionary holds in two arrays instead of a
/// tree of nodes, for values kept by the hundred thousand, such as score sheets.
/// </summary>
/// <typeparam name="TValue">The value type.</typeparam>
internal sealed class OrdinalArrayMap<TValue> : IReadOnlyDictionary<string, TValue>
{
    private readonly string[] keys;
    private readonly TValue[] values;

    /// <summary>Wraps the arrays (not copied: the caller gives up writing them).</summary>
    /// <param name="keys">The keys, unique, in ordinal order.</param>
    /// <param name="values">The values, in the order of <paramref name="keys"/>.</param>
    internal OrdinalArrayMap(string[] keys, TValue[] values)
    {
        this.keys = keys;
        this.values = values;
    }

    public int Count => keys.Length;

    public IEnumerable<string> Keys => ReadOnlyView.Of(keys);

    public IEnumerable<TValue> Values => ReadOnlyView.Of(values);

    public TValue this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The key '{key}' was not found.");

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out TValue value)
    {
        int i = IndexOf(key);
        if (i < 0)
        {
            value = default;
            return false;
        }

        value = values[i];
        return true;
    }

    public IEnumerator<KeyValuePair<string, TValue>> GetEnumerator()
    {
        for (int i = 0; i < keys.Length; i++)
        {
            yield return new KeyValuePair<string, TValue>(keys[i], values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Array.BinarySearch(keys, key, StringComparer.Ordinal);
    }
}
