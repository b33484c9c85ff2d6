using System;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Evaluation;

/// <summary>A penalty entered on a score sheet (Cần Thơ decision 2579/QĐ-UBND, 2025-11-21: up to −3 in total).</summary>
public sealed record PenaltyEntry
{
    /// <summary>Creates a penalty entry.</summary>
    /// <param name="itemId">The id of the rubric's penalty item.</param>
    /// <param name="reason">What happened, for example "Report for the first half-year sent 12 days late".</param>
    /// <param name="points">The points to remove, zero or more (a positive number); capped by the rubric when above its limits.</param>
    /// <exception cref="ArgumentNullException"><paramref name="itemId"/> or <paramref name="reason"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="points"/> is negative.</exception>
    public PenaltyEntry(string itemId, string reason, decimal points)
    {
        Guard.Against.Null(itemId);
        Guard.Against.NullOrWhiteSpace(reason);
        ArgumentOutOfRangeException.ThrowIfNegative(points);
        ItemId = itemId;
        Reason = reason;
        Points = points;
    }

    /// <summary>Gets the id of the rubric's penalty item.</summary>
    public string ItemId { get; }

    /// <summary>Gets what happened.</summary>
    public string Reason { get; }

    /// <summary>Gets the points to remove (a positive number).</summary>
    public decimal Points { get; }
}
