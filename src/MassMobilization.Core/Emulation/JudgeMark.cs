namespace MassMobilization.Core.Emulation;

/// <summary>One judge's mark for a team, as it entered the team's score.</summary>
/// <param name="Judge">The judge's identifier.</param>
/// <param name="Total">The judge's weighted total, Σ weight × points, exact.</param>
/// <param name="Counted">Whether the total counted (false when a trimmed mean dropped it).</param>
/// <param name="Normalized">The total mapped back onto the scale by z-score normalisation, rounded with the round's policy; null for other methods.</param>
public sealed record JudgeMark(string Judge, decimal Total, bool Counted, decimal? Normalized);
