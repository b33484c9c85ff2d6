namespace MassMobilization.Core.Emulation;

/// <summary>Whether one team advanced, and why.</summary>
/// <param name="Team">The team.</param>
/// <param name="Rank">Its rank in the round.</param>
/// <param name="Score">Its published score.</param>
/// <param name="Outcome">Advanced, eliminated or tied at a cut.</param>
/// <param name="DecidingStep">The zero-based index of the step that stopped it, or null when it advanced.</param>
/// <param name="Reason">A readable reason, for example "Eliminated at step 1 (the best team of each unit): place 2 in unit 00643 behind 'TT-00643-1'".</param>
public sealed record AdvancementDecision(Team Team, int Rank, decimal Score, AdvancementOutcome Outcome, int? DecidingStep, string Reason);
