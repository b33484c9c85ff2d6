using System;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Emulation;

/// <summary>
/// What an emulation movement's length and launcher allow its leading collective to receive: the
/// facts, with the reason for each. These are eligibility facts about the movement only; a flag still
/// needs the collective to lead the movement and the council's review. Made by <see cref="EmulationMovement.FlagFacts"/>.
/// </summary>
public sealed record MovementFlagFacts
{
    /// <summary>Creates the facts.</summary>
    /// <param name="lengthInWholeYears">The movement's length in whole years, at least 0.</param>
    /// <param name="leaderMayReceiveProvincialFlag">Whether the leader of the movement may receive a ministry/province emulation flag (Law 06/2022/QH15 art. 26).</param>
    /// <param name="provincialFlagReason">Why, for example "thematic campaign of 5 whole years ≥ 3 (Law 06/2022/QH15 art. 26)".</param>
    /// <param name="leaderMayReceiveGovernmentFlag">Whether the leader of the movement may receive a Government emulation flag (Law 06/2022/QH15 art. 25).</param>
    /// <param name="governmentFlagReason">Why, for example "launched by a ministry or province, not the Prime Minister (Law 06/2022/QH15 art. 25)".</param>
    /// <exception cref="ArgumentNullException"><paramref name="provincialFlagReason"/> or <paramref name="governmentFlagReason"/> is null.</exception>
    /// <exception cref="ArgumentException">A reason is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lengthInWholeYears"/> is negative.</exception>
    public MovementFlagFacts(int lengthInWholeYears, bool leaderMayReceiveProvincialFlag, string provincialFlagReason, bool leaderMayReceiveGovernmentFlag, string governmentFlagReason)
    {
        Guard.Against.Null(provincialFlagReason);
        Guard.Against.Null(governmentFlagReason);
        Guard.Against.NullOrWhiteSpace(provincialFlagReason);
        Guard.Against.NullOrWhiteSpace(governmentFlagReason);
        ArgumentOutOfRangeException.ThrowIfNegative(lengthInWholeYears);
        LengthInWholeYears = lengthInWholeYears;
        LeaderMayReceiveProvincialFlag = leaderMayReceiveProvincialFlag;
        ProvincialFlagReason = provincialFlagReason;
        LeaderMayReceiveGovernmentFlag = leaderMayReceiveGovernmentFlag;
        GovernmentFlagReason = governmentFlagReason;
    }

    /// <summary>Gets the movement's length in whole years.</summary>
    public int LengthInWholeYears { get; }

    /// <summary>Gets a value indicating whether the leader of the movement may receive a ministry/province emulation flag (Law 06/2022/QH15 art. 26).</summary>
    public bool LeaderMayReceiveProvincialFlag { get; }

    /// <summary>Gets why the leader may or may not receive a ministry/province flag.</summary>
    public string ProvincialFlagReason { get; }

    /// <summary>Gets a value indicating whether the leader of the movement may receive a Government emulation flag (Law 06/2022/QH15 art. 25).</summary>
    public bool LeaderMayReceiveGovernmentFlag { get; }

    /// <summary>Gets why the leader may or may not receive a Government flag.</summary>
    public string GovernmentFlagReason { get; }
}
