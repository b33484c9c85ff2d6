using System;
using Ardalis.GuardClauses;
using MassMobilization.Core.Text;

namespace MassMobilization.Core.Emulation;

/// <summary>Whether one team advanced, and why. The default value is not available: create one with the constructor.</summary>
public sealed record AdvancementDecision
{
    /// <summary>Creates a decision.</summary>
    /// <param name="team">The team.</param>
    /// <param name="rank">Its rank in the round, at least 1.</param>
    /// <param name="score">Its published score.</param>
    /// <param name="outcome">Advanced, eliminated or tied at a cut.</param>
    /// <param name="decidingStep">The zero-based index of the step that stopped it, or null when it advanced.</param>
    /// <param name="reason">A readable reason.</param>
    /// <exception cref="ArgumentNullException"><paramref name="team"/> or <paramref name="reason"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rank"/> is below 1 or <paramref name="decidingStep"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="outcome"/> is undefined, or <paramref name="decidingStep"/> is given for an advancing team or missing for a stopped one.</exception>
    public AdvancementDecision(Team team, int rank, decimal score, AdvancementOutcome outcome, int? decidingStep, string reason)
    {
        Guard.Against.Null(team);
        Guard.Against.Null(reason);
        ArgumentOutOfRangeException.ThrowIfLessThan(rank, 1);
        Preconditions.CheckArgument(Enum.IsDefined(outcome), nameof(outcome), $"Unknown advancement outcome {outcome}.");
        if (decidingStep is int step)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(step, nameof(decidingStep));
        }

        Preconditions.CheckArgument(
            (outcome == AdvancementOutcome.Advanced) == (decidingStep is null),
            nameof(decidingStep),
            "An advancing team has no deciding step; a team that did not advance has one.");
        Team = team;
        Rank = rank;
        Score = score;
        Outcome = outcome;
        DecidingStep = decidingStep;
        Reason = reason;
        ReasonExplanation = new Explanation(ExplanationCodes.AsWritten, reason);
    }

    /// <summary>Creates a decision whose reason the library wrote.</summary>
    internal AdvancementDecision(Team team, int rank, decimal score, AdvancementOutcome outcome, int? decidingStep, Explanation reason)
        : this(team, rank, score, outcome, decidingStep, reason.ToString())
    {
        ReasonExplanation = reason;
    }

    /// <summary>Gets the team.</summary>
    public Team Team { get; }

    /// <summary>Gets its rank in the round.</summary>
    public int Rank { get; }

    /// <summary>Gets its published score.</summary>
    public decimal Score { get; }

    /// <summary>Gets whether it advanced, was eliminated or is tied at a cut.</summary>
    public AdvancementOutcome Outcome { get; }

    /// <summary>Gets the zero-based index of the step that stopped it, or null when it advanced.</summary>
    public int? DecidingStep { get; }

    /// <summary>Gets a readable reason, for example "Eliminated at step 1 (the best team of each unit): place 2 in unit 00643 behind 'TT-00643-1'".</summary>
    public string Reason { get; }

    /// <summary>
    /// Gets the reason as a stable code and its arguments, written in Vietnamese or English (docs/display.md);
    /// <see cref="Reason"/> is its English sentence. A reason given to the public constructor is kept as it was written.
    /// </summary>
    public Explanation ReasonExplanation { get; }
}
