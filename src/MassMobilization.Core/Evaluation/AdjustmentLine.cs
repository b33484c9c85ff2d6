namespace MassMobilization.Core.Evaluation;

/// <summary>A bonus or penalty line of a score card.</summary>
public sealed class AdjustmentLine
{
    internal AdjustmentLine(AdjustmentItem item, string evidence, decimal entered, decimal counted, string? note, BonusClaim? claim)
    {
        Claim = claim;
        ItemId = item.Id;
        ItemTitle = item.Title;
        Evidence = evidence;
        Entered = entered;
        Counted = counted;
        Note = note;
    }

    /// <summary>Gets the rubric item's id.</summary>
    public string ItemId { get; }

    /// <summary>Gets the rubric item's title.</summary>
    public string ItemTitle { get; }

    /// <summary>Gets the evidence: the recognised model or exemplar for a bonus, the reason for a penalty.</summary>
    public string Evidence { get; }

    /// <summary>Gets the points entered on the sheet.</summary>
    public decimal Entered { get; }

    /// <summary>Gets the points counted after the item's per-entry limit (before the total cap).</summary>
    public decimal Counted { get; }

    /// <summary>Gets a note when the per-entry limit reduced the points, else <see langword="null"/>.</summary>
    public string? Note { get; }

    /// <summary>Gets the bonus claim with the recognised model or exemplar that earned the points; <see langword="null"/> for a penalty line.</summary>
    public BonusClaim? Claim { get; }
}
