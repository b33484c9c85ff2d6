using System;

namespace MassMobilization.Core.Awards;

/// <summary>
/// How an emulation and commendation council decides one award kind: the share of the council's
/// <em>total membership</em> that must vote in favour (absent members vote in writing), and the quorum
/// of members present. Defaults per Decree 98/2023/NĐ-CP art. 30(7): 90% for national and
/// ministry/province emulation fighters, 80% for grassroots emulation fighters (and, unconfirmed, the flags).
/// </summary>
public sealed record VoteRule
{
    /// <summary>Creates a vote rule.</summary>
    /// <param name="kind">The award kind.</param>
    /// <param name="thresholdPercent">The share of all members who must vote in favour, in percent (0, 100].</param>
    /// <param name="quorumNumerator">The quorum numerator (members present ≥ numerator/denominator of all members).</param>
    /// <param name="quorumDenominator">The quorum denominator.</param>
    /// <param name="citation">The article.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number is out of range.</exception>
    public VoteRule(AwardKind kind, decimal thresholdPercent, int quorumNumerator, int quorumDenominator, LegalCitation citation)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(citation);
        if (thresholdPercent <= 0m || thresholdPercent > 100m)
        {
            throw new ArgumentOutOfRangeException(nameof(thresholdPercent), thresholdPercent, "A vote threshold is a percentage above 0% and at most 100%.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(quorumDenominator, 1);
        Preconditions.CheckArgumentRange(nameof(quorumNumerator), quorumNumerator, 0, quorumDenominator);
        Kind = kind;
        ThresholdPercent = thresholdPercent;
        QuorumNumerator = quorumNumerator;
        QuorumDenominator = quorumDenominator;
        Citation = citation;
    }

    /// <summary>Gets the award kind.</summary>
    public AwardKind Kind { get; }

    /// <summary>Gets the share of all members who must vote in favour, in percent.</summary>
    public decimal ThresholdPercent { get; }

    /// <summary>Gets the quorum numerator.</summary>
    public int QuorumNumerator { get; }

    /// <summary>Gets the quorum denominator.</summary>
    public int QuorumDenominator { get; }

    /// <summary>Gets the article.</summary>
    public LegalCitation Citation { get; }

    /// <summary>Decides a vote.</summary>
    /// <param name="vote">The ballots.</param>
    /// <returns>The result with the arithmetic shown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="vote"/> is null.</exception>
    public VoteResult Decide(CouncilVote vote)
    {
        ArgumentNullException.ThrowIfNull(vote);
        bool quorum = (long)vote.Present * QuorumDenominator >= (long)QuorumNumerator * vote.Members;
        bool threshold = vote.InFavour * 100m >= ThresholdPercent * vote.Members;
        decimal share = vote.Members == 0 ? 0m : decimal.Round(vote.InFavour * 100m / vote.Members, 2, MidpointRounding.AwayFromZero);
        string arithmetic =
            FormattableString.Invariant($"quorum: {vote.Present} present × {QuorumDenominator} {(quorum ? "≥" : "<")} {QuorumNumerator} × {vote.Members} members; ")
            + FormattableString.Invariant($"in favour: {vote.InFavour}/{vote.Members} of all members = {share:0.00}% {(threshold ? "≥" : "<")} {ThresholdPercent:0.##}% ")
            + FormattableString.Invariant($"({vote.InFavour} × 100 {(threshold ? "≥" : "<")} {ThresholdPercent:0.##} × {vote.Members}); {Citation}");
        return new VoteResult(quorum && threshold, quorum, threshold, arithmetic);
    }
}

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
        Preconditions.CheckRule(present <= members, AwardRuleCodes.BallotsExceedMembers, FormattableString.Invariant($"{present} members present but the council has only {members}."));
        Preconditions.CheckRule(ballots <= members, AwardRuleCodes.BallotsExceedMembers, FormattableString.Invariant($"{ballots} ballots but the council has only {members} members."));
        Preconditions.CheckRule(inFavour <= ballots, AwardRuleCodes.VotesExceedBallots, FormattableString.Invariant($"{inFavour} votes in favour out of only {ballots} ballots."));
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

/// <summary>The outcome of a council vote.</summary>
public sealed record VoteResult
{
    /// <summary>Initializes a new instance of the <see cref="VoteResult"/> class.</summary>
    /// <param name="passed">Whether the quorum was met and the threshold reached.</param>
    /// <param name="quorumMet">Whether enough members were present.</param>
    /// <param name="thresholdReached">Whether enough of all members voted in favour.</param>
    /// <param name="arithmetic">The arithmetic, for example "in favour: 17/19 of all members = 89.47% &lt; 90%".</param>
    /// <exception cref="System.ArgumentNullException">A reference argument is null.</exception>
    public VoteResult(bool passed, bool quorumMet, bool thresholdReached, string arithmetic)
    {
        System.ArgumentNullException.ThrowIfNull(arithmetic);
        Passed = passed;
        QuorumMet = quorumMet;
        ThresholdReached = thresholdReached;
        Arithmetic = arithmetic;
    }

    /// <summary>Gets whether the quorum was met and the threshold reached.</summary>
    public bool Passed { get; }

    /// <summary>Gets whether enough members were present.</summary>
    public bool QuorumMet { get; }

    /// <summary>Gets whether enough of all members voted in favour.</summary>
    public bool ThresholdReached { get; }

    /// <summary>Gets the arithmetic, for example "in favour: 17/19 of all members = 89.47% &lt; 90%".</summary>
    public string Arithmetic { get; }
}
