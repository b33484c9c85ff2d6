using System;
using Ardalis.GuardClauses;

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
        Guard.Against.Null(kind);
        Guard.Against.Null(citation);
        if (thresholdPercent <= 0m || thresholdPercent > 100m)
        {
            throw new ArgumentOutOfRangeException(nameof(thresholdPercent), thresholdPercent, "A vote threshold is a percentage above 0% and at most 100%.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(quorumDenominator, 1);
        Guard.Against.OutOfRange(quorumNumerator, nameof(quorumNumerator), 0, quorumDenominator);
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
        Guard.Against.Null(vote);
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
