using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace MassMobilization.Core;

/// <summary>
/// Read-only views of the arrays, lists and dictionaries that types keep privately. A public
/// collection property returns one of these, made once per instance, so that a caller cannot cast
/// it back to the array or list and change the object (or a shared static) underneath everyone;
/// the type itself and its kernels keep using the private collection directly.
/// </summary>
internal static class ReadOnlyView
{
    /// <summary>A read-only view of <paramref name="items"/>; the shared empty view when there are none.</summary>
    internal static ReadOnlyCollection<T> Of<T>(T[] items) =>
        items.Length == 0 ? ReadOnlyCollection<T>.Empty : new ReadOnlyCollection<T>(items);

    /// <summary>A read-only view of <paramref name="items"/>; it follows later changes to the list.</summary>
    internal static ReadOnlyCollection<T> Of<T>(List<T> items) => new(items);

    /// <summary>
    /// A read-only view of a list handed in by the library's own code: returned as it is when it is
    /// already a read-only view, wrapped when it is an array or a list, copied otherwise.
    /// </summary>
    internal static IReadOnlyList<T> Of<T>(IReadOnlyList<T> items) => items switch
    {
        T[] array => Of(array),
        List<T> list => Of(list),
        IList<T> { IsReadOnly: true } => items,
        _ => Of(new List<T>(items)),
    };

    /// <summary>A read-only view of <paramref name="entries"/>, enumerating in the dictionary's own order.</summary>
    internal static ReadOnlyDictionary<TKey, TValue> Of<TKey, TValue>(IDictionary<TKey, TValue> entries)
        where TKey : notnull =>
        new(entries);
}
