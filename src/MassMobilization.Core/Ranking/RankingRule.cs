using System;
using System.Collections.Generic;
using System.Text;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Ranking;

/// <summary>
/// A declared ranking: a primary criterion, a chain of tie-breakers tried in order, the way tied items
/// share ranks, and an identity key that orders fully tied items in the listing without separating
/// their ranks. Results never depend on the order the items were given in.
/// </summary>
/// <typeparam name="T">The type of the ranked items.</typeparam>
public sealed class RankingRule<T>
{
    private readonly RankingCriterion<T>[] criteria;
    private IReadOnlyList<RankingCriterion<T>>? criteriaView;
    private readonly Func<T, string> identity;

    /// <summary>Creates a ranking rule.</summary>
    /// <param name="criteria">The primary criterion first, then the tie-break chain in the order it is applied; at least one.</param>
    /// <param name="identity">A stable key for each item (for example a unit code) that orders fully tied items ordinally in the listing and names items in explanations.</param>
    /// <param name="style">How tied items share ranks.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="criteria"/> is empty or holds null.</exception>
    public RankingRule(IEnumerable<RankingCriterion<T>> criteria, Func<T, string> identity, RankingStyle style = RankingStyle.Competition)
    {
        Guard.Against.Null(criteria);
        Guard.Against.Null(identity);
        this.criteria = Preconditions.CheckNotNullElements(criteria, nameof(criteria));
        Preconditions.CheckArgument(this.criteria.Length > 0, nameof(criteria), "A ranking needs at least one criterion.");
        Preconditions.CheckArgument(Enum.IsDefined(style), nameof(style), $"Unknown ranking style {style}.");
        this.identity = identity;
        Style = style;
    }

    /// <summary>Gets the criteria: the primary one first, then the tie-break chain.</summary>
    public IReadOnlyList<RankingCriterion<T>> Criteria => criteriaView ??= ReadOnlyView.Of(criteria);

    /// <summary>Gets how tied items share ranks.</summary>
    public RankingStyle Style { get; }

    /// <summary>Returns the identity key of an item.</summary>
    /// <param name="item">The item.</param>
    /// <returns>The identity key.</returns>
    public string IdentityOf(T item) => identity(item);

    /// <summary>Returns a copy of this rule with another ranking style.</summary>
    /// <param name="style">The style.</param>
    /// <returns>The new rule.</returns>
    public RankingRule<T> WithStyle(RankingStyle style) => new(criteria, identity, style);

    /// <summary>Ranks items.</summary>
    /// <param name="items">The items; their order does not matter.</param>
    /// <returns>The ranking, best first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    /// <exception cref="DomainRuleException">Two items share an identity key (rule <c>RANK-DUPLICATE-IDENTITY</c>).</exception>
    public Ranking<T> Rank(IEnumerable<T> items)
    {
        Guard.Against.Null(items);
        T[] array = Preconditions.CopyToArray(items);

        // Keys already in strictly increasing ordinal order (a round gives its teams in id order) cannot
        // repeat, so the check for a shared identity below reads no strings.
        var keys = new string[array.Length];
        bool identitiesDistinct = true;
        for (int i = 0; i < array.Length; i++)
        {
            keys[i] = identity(array[i]);
            identitiesDistinct &= i == 0 || string.CompareOrdinal(keys[i - 1], keys[i]) < 0;
        }

        // The primary criterion's keys are read once per item (a decimal score, usually), not twice per
        // comparison; the rest of the chain is consulted only between items tied on them.
        var primary = criteria[0].DecimalKey;
        decimal[]? primaryKeys = null;
        if (primary is not null)
        {
            primaryKeys = new decimal[array.Length];
            for (int i = 0; i < array.Length; i++)
            {
                primaryKeys[i] = primary(array[i]);
            }
        }

        var comparer = new IndexComparer(this, array, keys, primaryKeys);
        int[] order = new int[array.Length];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        if (!comparer.TrySortByScaledKeys(order))
        {
            Array.Sort(order, comparer);
        }

        var explainer = new Explainer(this, array, keys, order);
        var ranked = new RankedItem<T>[array.Length];
        int rank = 0;
        int distinct = 0;
        bool tiedWithPrevious = false;
        int decider = -1;
        for (int p = 0; p < order.Length; p++)
        {
            int i = order[p];
            if (!identitiesDistinct && p > 0 && tiedWithPrevious && keys[order[p - 1]] == keys[i])
            {
                throw new DomainRuleException(RankingRuleCodes.DuplicateIdentity, $"Two ranked items share the identity '{keys[i]}'.");
            }

            if (!tiedWithPrevious)
            {
                distinct++;
                rank = Style == RankingStyle.Dense ? distinct : p + 1;
            }

            int nextDecider = -1;
            bool tiedWithNext = p + 1 < order.Length && comparer.Compare(i, order[p + 1], out nextDecider) == 0;
            string? decidedBy = p == 0 || tiedWithPrevious ? null : criteria[decider].Name;
            ranked[p] = new RankedItem<T>(array[i], rank, p, tiedWithPrevious || tiedWithNext, decidedBy, explainer, decider);
            tiedWithPrevious = tiedWithNext;
            decider = nextDecider;
        }

        return new Ranking<T>(this, ranked);
    }

    /// <summary>Compares two items through the criteria chain.</summary>
    /// <param name="x">The first item.</param>
    /// <param name="y">The second item.</param>
    /// <param name="decidingCriterion">The index of the criterion that separated them, or -1 when every criterion ties.</param>
    /// <returns>A negative number when <paramref name="x"/> ranks ahead, zero when fully tied, positive when behind.</returns>
    public int CompareByCriteria(T x, T y, out int decidingCriterion)
    {
        for (int k = 0; k < criteria.Length; k++)
        {
            int c = criteria[k].Compare(x, y);
            if (c != 0)
            {
                decidingCriterion = k;
                return c;
            }
        }

        decidingCriterion = -1;
        return 0;
    }

    /// <summary>
    /// Orders items by their position in the ranked array: the primary keys read once, then the rest of the
    /// chain, then the identity key (ordinal).
    /// </summary>
    private sealed class IndexComparer(RankingRule<T> rule, T[] items, string[] keys, decimal[]? primaryKeys) : IComparer<int>
    {
        private readonly bool higherFirst = rule.criteria[0].HigherKeyFirst;

        /// <summary>The full order, with the identity key last.</summary>
        public int Compare(int a, int b)
        {
            int c = Compare(a, b, out _);
            return c != 0 ? c : string.CompareOrdinal(keys[a], keys[b]);
        }

        internal int Compare(int a, int b, out int decidingCriterion)
        {
            if (primaryKeys is null)
            {
                return rule.CompareByCriteria(items[a], items[b], out decidingCriterion);
            }

            int c = higherFirst ? primaryKeys[b].CompareTo(primaryKeys[a]) : primaryKeys[a].CompareTo(primaryKeys[b]);
            if (c != 0)
            {
                decidingCriterion = 0;
                return c;
            }

            var criteria = rule.criteria;
            for (int k = 1; k < criteria.Length; k++)
            {
                c = criteria[k].Compare(items[a], items[b]);
                if (c != 0)
                {
                    decidingCriterion = k;
                    return c;
                }
            }

            decidingCriterion = -1;
            return 0;
        }

        private bool InIdentityOrder()
        {
            for (int i = 1; i < keys.Length; i++)
            {
                if (string.CompareOrdinal(keys[i - 1], keys[i]) >= 0)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Orders by the primary keys as integers (<see cref="ScaledKeyOrder"/>: exact, equal keys in the order
        /// given), then each run of equal keys by the rest of the chain and the identity key; returns false,
        /// ordering nothing, when the keys do not scale.
        /// </summary>
        internal bool TrySortByScaledKeys(int[] order)
        {
            if (primaryKeys is null)
            {
                return false;
            }

            long[]? scaled = ScaledKeyOrder.TryOrder(primaryKeys, higherFirst, order);
            if (scaled is null)
            {
                return false;
            }

            try
            {
                // With no chain left and the items given in identity order (as a round gives its teams), equal
                // keys are already in their final order: the order given.
                if (rule.criteria.Length == 1 && InIdentityOrder())
                {
                    return true;
                }

                int n = order.Length;
                int start = 0;
                for (int p = 1; p <= n; p++)
                {
                    if (p == n || scaled[order[p]] != scaled[order[start]])
                    {
                        if (p - start > 1)
                        {
                            Array.Sort(order, start, p - start, this);
                        }

                        start = p;
                    }
                }

                return true;
            }
            finally
            {
                System.Buffers.ArrayPool<long>.Shared.Return(scaled);
            }
        }
    }

    /// <summary>Writes the sentence of a position when it is first read.</summary>
    private sealed class Explainer(RankingRule<T> rule, T[] items, string[] keys, int[] order) : IRankingExplainer
    {
        public string Explain(int position, int rank, bool tied, int decider)
        {
            var criteria = rule.criteria;
            int i = order[position];
            var text = new StringBuilder();
            text.Append("Rank ").Append(rank.ToString(System.Globalization.CultureInfo.InvariantCulture));
            text.Append(": ").Append(criteria[0].Name).Append(' ').Append(criteria[0].Describe(items[i]));
            if (position == 0)
            {
                text.Append(tied ? "; tied on every criterion" : "; first");
                return text.ToString();
            }

            int previous = order[position - 1];
            if (decider < 0)
            {
                text.Append("; tied with '").Append(keys[previous]).Append("' on every criterion");
                return text.ToString();
            }

            text.Append("; behind '").Append(keys[previous]).Append("' on ");
            if (decider > 0)
            {
                text.Append("tie-break ");
            }

            text.Append('\'').Append(criteria[decider].Name).Append("' (")
                .Append(criteria[decider].Describe(items[i])).Append(" vs ").Append(criteria[decider].Describe(items[previous])).Append(')');
            if (tied)
            {
                text.Append("; tied with the next on every criterion");
            }

            return text.ToString();
        }
    }
}
