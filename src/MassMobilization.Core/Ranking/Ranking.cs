using System.Collections;
using System.Collections.Generic;

namespace MassMobilization.Core.Ranking;

/// <summary>The result of <see cref="RankingRule{T}.Rank"/>: every item with its rank and the reason for it, best first.</summary>
/// <typeparam name="T">The type of the ranked items.</typeparam>
public sealed class Ranking<T> : IReadOnlyList<RankedItem<T>>
{
    private readonly RankedItem<T>[] items;

    internal Ranking(RankingRule<T> rule, RankedItem<T>[] items)
    {
        Rule = rule;
        this.items = items;
    }

    /// <summary>Gets the rule that produced this ranking.</summary>
    public RankingRule<T> Rule { get; }

    /// <summary>Gets the number of ranked items.</summary>
    public int Count => items.Length;

    /// <summary>Gets the item at a position in the listing.</summary>
    /// <param name="index">The zero-based position.</param>
    /// <returns>The ranked item.</returns>
    public RankedItem<T> this[int index] => items[index];

    /// <summary>Returns the items ranked at or above <paramref name="rank"/> (all tied items at the cut are included).</summary>
    /// <param name="rank">The lowest rank to include, from 1.</param>
    /// <returns>The items, best first.</returns>
    public IReadOnlyList<RankedItem<T>> AtOrAbove(int rank)
    {
        var result = new List<RankedItem<T>>();
        foreach (var item in items)
        {
            if (item.Rank <= rank)
            {
                result.Add(item);
            }
        }

        return result;
    }

    /// <summary>Enumerates the ranked items, best first.</summary>
    /// <returns>An enumerator.</returns>
    public IEnumerator<RankedItem<T>> GetEnumerator() => ((IEnumerable<RankedItem<T>>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
