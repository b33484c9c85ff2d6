using System;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Ranking;

/// <summary>
/// One criterion of a ranking: the primary measure (for example the final score) or a step in the
/// declared tie-break chain (for example "higher score in section B", "fewer absent judges", the
/// women-priority rule of Decree 152/2025/NĐ-CP art. 4).
/// </summary>
/// <typeparam name="T">The type of the ranked items.</typeparam>
public sealed class RankingCriterion<T>
{
    private readonly Comparison<T> compare;
    private readonly Func<T, string> describe;

    /// <summary>Creates a criterion from a comparison.</summary>
    /// <param name="name">A readable name, for example "Final score" or "Women priority (Decree 152/2025/NĐ-CP art. 4)".</param>
    /// <param name="compare">Returns a negative number when the first item ranks <em>ahead</em> of the second, zero when this criterion cannot separate them.</param>
    /// <param name="describe">Describes an item's value under this criterion for explanations, for example "95.50".</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public RankingCriterion(string name, Comparison<T> compare, Func<T, string> describe)
        : this(name, compare, describe, null, false)
    {
    }

    private RankingCriterion(string name, Comparison<T> compare, Func<T, string> describe, Func<T, decimal>? decimalKey, bool higherFirst)
    {
        Guard.Against.Null(name);
        Guard.Against.Null(compare);
        Guard.Against.Null(describe);
        Guard.Against.NullOrWhiteSpace(name);
        Name = name;
        this.compare = compare;
        this.describe = describe;
        DecimalKey = decimalKey;
        HigherKeyFirst = higherFirst;
    }

    /// <summary>Gets the decimal key this criterion orders by, when it was made from one, so a ranking can read every key once instead of once per comparison.</summary>
    internal Func<T, decimal>? DecimalKey { get; }

    /// <summary>Gets whether a higher <see cref="DecimalKey"/> ranks ahead.</summary>
    internal bool HigherKeyFirst { get; }

    /// <summary>Gets the criterion's readable name.</summary>
    public string Name { get; }

    /// <summary>Compares two items under this criterion.</summary>
    /// <param name="x">The first item.</param>
    /// <param name="y">The second item.</param>
    /// <returns>A negative number when <paramref name="x"/> ranks ahead, zero when tied, positive when behind.</returns>
    public int Compare(T x, T y) => compare(x, y);

    /// <summary>Describes an item's value under this criterion.</summary>
    /// <param name="item">The item.</param>
    /// <returns>A short description, for example "95.50".</returns>
    public string Describe(T item) => describe(item);

    /// <summary>Returns the criterion's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;

    /// <summary>Creates a criterion ordered by a key, remembering a decimal key for rankings that read keys once.</summary>
    internal static RankingCriterion<T> ByKey<TKey>(string name, Func<T, TKey> key, Func<TKey, string> format, bool higherFirst)
        where TKey : IComparable<TKey>
    {
        Comparison<T> compare = higherFirst ? (a, b) => key(b).CompareTo(key(a)) : (a, b) => key(a).CompareTo(key(b));
        var decimalKey = typeof(TKey) == typeof(decimal) ? (Func<T, decimal>)(object)key : null;
        return new RankingCriterion<T>(name, compare, item => format(key(item)), decimalKey, higherFirst);
    }
}

/// <summary>Creates the common kinds of <see cref="RankingCriterion{T}"/>.</summary>
public static class RankingCriterion
{
    /// <summary>Creates a criterion where a higher key ranks ahead.</summary>
    /// <typeparam name="T">The type of the ranked items.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="name">The criterion's name.</param>
    /// <param name="key">Selects the key.</param>
    /// <param name="format">Describes a key for explanations.</param>
    /// <returns>The criterion.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static RankingCriterion<T> HigherFirst<T, TKey>(string name, Func<T, TKey> key, Func<TKey, string> format)
        where TKey : IComparable<TKey>
    {
        Guard.Against.Null(name);
        Guard.Against.Null(key);
        Guard.Against.Null(format);
        return RankingCriterion<T>.ByKey(name, key, format, higherFirst: true);
    }

    /// <summary>Creates a criterion where a lower key ranks ahead (for example fewer absent judges).</summary>
    /// <typeparam name="T">The type of the ranked items.</typeparam>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="name">The criterion's name.</param>
    /// <param name="key">Selects the key.</param>
    /// <param name="format">Describes a key for explanations.</param>
    /// <returns>The criterion.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static RankingCriterion<T> LowerFirst<T, TKey>(string name, Func<T, TKey> key, Func<TKey, string> format)
        where TKey : IComparable<TKey>
    {
        Guard.Against.Null(name);
        Guard.Against.Null(key);
        Guard.Against.Null(format);
        return RankingCriterion<T>.ByKey(name, key, format, higherFirst: false);
    }

    /// <summary>Creates a criterion where items that satisfy a condition rank ahead of those that do not.</summary>
    /// <typeparam name="T">The type of the ranked items.</typeparam>
    /// <param name="name">The criterion's name, for example "Women priority (Decree 152/2025/NĐ-CP art. 4)".</param>
    /// <param name="condition">The condition.</param>
    /// <returns>The criterion; explanations read "yes" or "no".</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static RankingCriterion<T> PreferWhen<T>(string name, Func<T, bool> condition)
    {
        Guard.Against.Null(name);
        Guard.Against.Null(condition);
        return new RankingCriterion<T>(name, (a, b) => condition(b).CompareTo(condition(a)), item => condition(item) ? "yes" : "no");
    }
}
