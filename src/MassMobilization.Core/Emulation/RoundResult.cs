using System.Collections.Generic;
using MassMobilization.Core.Ranking;

namespace MassMobilization.Core.Emulation;

/// <summary>The result of judging a round: every team's score, the ranking with its reasons, and who advances.</summary>
public sealed class RoundResult
{
    private readonly TeamScore[] scores;
    private IReadOnlyList<TeamScore>? scoresView;

    internal RoundResult(ContestRound round, TeamScore[] scores, Ranking<TeamScore> ranking, AdvancementResult? advancement)
    {
        Round = round;
        this.scores = scores;
        Ranking = ranking;
        Advancement = advancement;
    }

    /// <summary>Gets the round.</summary>
    public ContestRound Round { get; }

    /// <summary>Gets every team's score, in ordinal order of the team ids.</summary>
    public IReadOnlyList<TeamScore> Scores => scoresView ??= ReadOnlyView.Of(scores);

    /// <summary>Gets the ranking, best first, with the tie-break that placed each team.</summary>
    public Ranking<TeamScore> Ranking { get; }

    /// <summary>Gets the advancement decisions, or null when the round has no advancement rule (a final round).</summary>
    public AdvancementResult? Advancement { get; }

    /// <summary>Gets the teams that advance to the next round, in ranking order; empty for a final round.</summary>
    public IReadOnlyList<Team> AdvancingTeams => Advancement is null ? [] : Advancement.Advancing;
}
