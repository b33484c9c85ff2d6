using System;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Awards;

/// <summary>The ballots of a council on one nominee: counted on the council's total membership.</summary>
public sealed record CouncilVote
{
    /// <summary>Creates a vote.</summary>
    /// <param name="members">All members of the council, at least 1.</param>
    /// <param name="present">Members present at the session.</param>
    /// <param name="ballots">Ballots returned (present members plus written ballots of absent ones).</param>
    /// <param name="inFavour">Ballots in favour.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or <paramref name="members"/> is 0.</exception>
    /// <exception cref="DomainRuleException">More present or more ballots than members (<c>AWD-BALLOTS-EXCEED-MEMBERS</c>), or more in favour than ballots (<c>AWD-VOTES-EXCEED-BALLOTS</c>).</exception>
    public CouncilVote(int members, int present, int ballots, int inFavour)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(members, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(present);
        ArgumentOutOfRangeException.ThrowIfNegative(ballots);
        ArgumentOutOfRangeException.ThrowIfNegative(inFavour);
        Guard.Against.RuleViolation(present <= members, AwardRuleCodes.BallotsExceedMembers, FormattableString.Invariant($"{present} members present but the council has only {members}."));
        Guard.Against.RuleViolation(ballots <= members, AwardRuleCodes.BallotsExceedMembers, FormattableString.Invariant($"{ballots} ballots but the council has only {members} members."));
        Guard.Against.RuleViolation(inFavour <= ballots, AwardRuleCodes.VotesExceedBallots, FormattableString.Invariant($"{inFavour} votes in favour out of only {ballots} ballots."));
        Members = members;
        Present = present;
        Ballots = ballots;
        InFavour = inFavour;
    }

    /// <summary>Gets the number of council members.</summary>
    public int Members { get; }

    /// <summary>Gets the number of members present.</summary>
    public int Present { get; }

    /// <summary>Gets the number of ballots returned.</summary>
    public int Ballots { get; }

    /// <summary>Gets the number of ballots in favour.</summary>
    public int InFavour { get; }
}
