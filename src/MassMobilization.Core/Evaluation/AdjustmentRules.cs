using System;
using System.Collections.Generic;
using MassMobilization.Core.Mobilization;

namespace MassMobilization.Core.Evaluation;

/// <summary>
/// One kind of bonus (điểm thưởng) or penalty (điểm trừ) a rubric allows, with the most points one
/// entry of that kind may carry. Entries above that amount are capped, and the cap is shown.
/// </summary>
public sealed class AdjustmentItem
{
    /// <summary>Creates an adjustment item.</summary>
    /// <param name="id">A stable id unique among the rubric's bonus (or penalty) items.</param>
    /// <param name="title">What earns (or costs) the points.</param>
    /// <param name="maxPointsPerEntry">The most points one entry may carry, positive.</param>
    /// <param name="evidenceSubject">For a bonus item, the kind of recognised subject (model or exemplar) its claims must name; <see langword="null"/> for any (and for penalty items).</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="title"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not a valid id, <paramref name="title"/> is empty or <paramref name="evidenceSubject"/> is not defined.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxPointsPerEntry"/> is not positive.</exception>
    public AdjustmentItem(string id, string title, decimal maxPointsPerEntry, RecognitionSubject? evidenceSubject = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(title);
        Id = RubricIds.Check(id, nameof(id));
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxPointsPerEntry);
        Preconditions.CheckArgument(evidenceSubject is null || Enum.IsDefined(evidenceSubject.Value), nameof(evidenceSubject), $"Unknown recognition subject {evidenceSubject}.");
        Title = title;
        MaxPointsPerEntry = maxPointsPerEntry;
        EvidenceSubject = evidenceSubject;
    }

    /// <summary>Gets the item's id.</summary>
    public string Id { get; }

    /// <summary>Gets what earns (or costs) the points.</summary>
    public string Title { get; }

    /// <summary>Gets the most points one entry may carry.</summary>
    public decimal MaxPointsPerEntry { get; }

    /// <summary>Gets the kind of recognised subject a bonus claim under this item must name, or <see langword="null"/> for any.</summary>
    public RecognitionSubject? EvidenceSubject { get; }

    /// <summary>Returns the item's id and title.</summary>
    /// <returns>The id and title.</returns>
    public override string ToString() => $"{Id} {Title} (≤ {RubricIds.Points(MaxPointsPerEntry)} per entry)";
}

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
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(citation);
        ArgumentOutOfRangeException.ThrowIfNegative(cap);
        ArgumentException.ThrowIfNullOrWhiteSpace(citation);
        this.items = Preconditions.CheckNotNullElements(items, nameof(items));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in this.items)
        {
            Preconditions.CheckRule(seen.Add(item.Id), EvaluationRuleCodes.RubricDuplicateId, $"Two adjustment items share the id '{item.Id}'.");
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
        ArgumentNullException.ThrowIfNull(id);
        return Array.Find(items, i => string.Equals(i.Id, id, StringComparison.Ordinal));
    }

    internal int IndexOf(string id) => Array.FindIndex(items, i => string.Equals(i.Id, id, StringComparison.Ordinal));
}
