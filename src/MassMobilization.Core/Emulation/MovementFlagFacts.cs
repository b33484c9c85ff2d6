namespace MassMobilization.Core.Emulation;

/// <summary>
/// What an emulation movement's length and launcher allow its leading collective to receive: the
/// facts, with the reason for each. These are eligibility facts about the movement only; a flag still
/// needs the collective to lead the movement and the council's review.
/// </summary>
/// <param name="LengthInWholeYears">The movement's length in whole years.</param>
/// <param name="LeaderMayReceiveProvincialFlag">Whether the leader of the movement may receive a ministry/province emulation flag (Law 06/2022/QH15 art. 26).</param>
/// <param name="ProvincialFlagReason">Why, for example "thematic campaign of 5 whole years ≥ 3 (Law 06/2022/QH15 art. 26)".</param>
/// <param name="LeaderMayReceiveGovernmentFlag">Whether the leader of the movement may receive a Government emulation flag (Law 06/2022/QH15 art. 25).</param>
/// <param name="GovernmentFlagReason">Why, for example "launched by a ministry or province, not the Prime Minister (Law 06/2022/QH15 art. 25)".</param>
public sealed record MovementFlagFacts(
    int LengthInWholeYears,
    bool LeaderMayReceiveProvincialFlag,
    string ProvincialFlagReason,
    bool LeaderMayReceiveGovernmentFlag,
    string GovernmentFlagReason);
