using System;
using Ardalis.GuardClauses;
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
        Guard.Against.Null(id);
        Guard.Against.Null(title);
        Id = RubricIds.Check(id, nameof(id));
        Guard.Against.NullOrWhiteSpace(title);
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
