using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Evaluation;

/// <summary>
/// The bonus (or penalty) part of a rubric: the items and the cap on their total, for example
/// "bonus up to +3" of Cần Thơ decision 2579/QĐ-UBND (2025-11-21).
/// </summary>
public sealed class AdjustmentRules
{
    private readonly AdjustmentItem[] items;
    private IReadOnlyList<AdjustmentItem>? itemsView;

    /// <summary>Creates the rules.</summary>
    /// <param name="cap">The most points all entries together may add (or remove); zero disables the adjustment.</param>
    /// <param name="items">The items, with distinct ids; empty when <paramref name="cap"/> is zero.</param>
    /// <param name="citation">Where the rule comes from, for example "Decision 2579/QĐ-UBND (2025-11-21)".</param>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or <paramref name="citation"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="items"/> holds null or <paramref name="citation"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cap"/> is negative.</exception>
    /// <exception cref="DomainRuleException">Two items share an id (<c>EVAL-RUBRIC-DUPLICATE-ID</c>).</exception>
    public AdjustmentRules(decimal cap, IEnumerable<AdjustmentItem> items, string citation)
    {
        Guard.Against.Null(items);
        Guard.Against.Null(citation);
        ArgumentOutOfRangeException.ThrowIfNegative(cap);
        Guard.Against.NullOrWhiteSpace(citation);
        this.items = Preconditions.CheckNotNullElements(items, nameof(items));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in this.items)
        {
            Guard.Against.RuleViolation(seen.Add(item.Id), EvaluationRuleCodes.RubricDuplicateId, $"Two adjustment items share the id '{item.Id}'.");
        }

        Cap = cap;
        Citation = citation;
    }

    /// <summary>Gets rules that allow no adjustment at all.</summary>
    public static AdjustmentRules None { get; } = new(0m, [], "none");

    /// <summary>Gets the most points all entries together may add (or remove).</summary>
    public decimal Cap { get; }

    /// <summary>Gets the items.</summary>
    public IReadOnlyList<AdjustmentItem> Items => itemsView ??= ReadOnlyView.Of(items);

    /// <summary>Gets where the rule comes from.</summary>
    public string Citation { get; }

    /// <summary>Finds an item by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The item, or <see langword="null"/> when there is none with that id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public AdjustmentItem? Find(string id)
    {
        Guard.Against.Null(id);
        return Array.Find(items, i => string.Equals(i.Id, id, StringComparison.Ordinal));
    }

    internal int IndexOf(string id) => Array.FindIndex(items, i => string.Equals(i.Id, id, StringComparison.Ordinal));
}
