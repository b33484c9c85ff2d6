using System;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Emulation;

/// <summary>One judge's mark for a team, as it entered the team's score. Made by <see cref="TeamScore.Marks"/>.</summary>
public sealed record JudgeMark
{
    /// <summary>Creates a mark.</summary>
    /// <param name="judge">The judge's identifier.</param>
    /// <param name="total">The judge's weighted total, Σ weight × points, exact.</param>
    /// <param name="counted">Whether the total counted (false when a trimmed mean dropped it).</param>
    /// <param name="normalized">The total mapped back onto the scale by z-score normalisation, rounded with the round's policy; null for other methods.</param>
    /// <exception cref="ArgumentNullException"><paramref name="judge"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="judge"/> is blank.</exception>
    public JudgeMark(string judge, decimal total, bool counted, decimal? normalized)
    {
        Guard.Against.NullOrWhiteSpace(judge);
        Judge = judge;
        Total = total;
        Counted = counted;
        Normalized = normalized;
    }

    /// <summary>Gets the judge's identifier.</summary>
    public string Judge { get; }

    /// <summary>Gets the judge's weighted total, Σ weight × points, exact.</summary>
    public decimal Total { get; }

    /// <summary>Gets a value indicating whether the total counted (false when a trimmed mean dropped it).</summary>
    public bool Counted { get; }

    /// <summary>Gets the total mapped back onto the scale by z-score normalisation; null for other methods.</summary>
    public decimal? Normalized { get; }
}
