using System;

namespace MassMobilization.Core.Activities;

/// <summary>
/// The size rules of the People's Inspection Board (Law 10/2022/QH15 art. 36; docs/activities.md
/// "Grassroots democracy"): at least 5 members; at most 2 deputy heads when the board has 9 members or
/// more. The number of deputies below 9 members is not confirmed: <see cref="MaximumDeputiesBelowThreshold"/>
/// is configuration, default 1, and <see cref="IsBelowThresholdConfirmed"/> is false.
/// </summary>
public sealed record InspectionBoardPolicy
{
    /// <summary>Initializes a policy.</summary>
    /// <param name="minimumMembers">The minimum number of members; positive.</param>
    /// <param name="deputyThreshold">From this many members, <paramref name="maximumDeputiesFromThreshold"/> applies; positive.</param>
    /// <param name="maximumDeputiesFromThreshold">The maximum deputies with at least <paramref name="deputyThreshold"/> members; not negative.</param>
    /// <param name="maximumDeputiesBelowThreshold">The maximum deputies with fewer members; not negative.</param>
    /// <param name="isBelowThresholdConfirmed">Whether <paramref name="maximumDeputiesBelowThreshold"/> was confirmed.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public InspectionBoardPolicy(int minimumMembers, int deputyThreshold, int maximumDeputiesFromThreshold, int maximumDeputiesBelowThreshold, bool isBelowThresholdConfirmed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(minimumMembers);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(deputyThreshold);
        ArgumentOutOfRangeException.ThrowIfNegative(maximumDeputiesFromThreshold);
        ArgumentOutOfRangeException.ThrowIfNegative(maximumDeputiesBelowThreshold);
        MinimumMembers = minimumMembers;
        DeputyThreshold = deputyThreshold;
        MaximumDeputiesFromThreshold = maximumDeputiesFromThreshold;
        MaximumDeputiesBelowThreshold = maximumDeputiesBelowThreshold;
        IsBelowThresholdConfirmed = isBelowThresholdConfirmed;
    }

    /// <summary>Gets the law's values (at least 5; at most 2 deputies from 9 members) with the unconfirmed default of 1 deputy below 9.</summary>
    public static InspectionBoardPolicy Default { get; } = new(5, 9, 2, 1, false);

    /// <summary>Gets the minimum number of members.</summary>
    public int MinimumMembers { get; }

    /// <summary>Gets the member count from which <see cref="MaximumDeputiesFromThreshold"/> applies.</summary>
    public int DeputyThreshold { get; }

    /// <summary>Gets the maximum deputies with at least <see cref="DeputyThreshold"/> members.</summary>
    public int MaximumDeputiesFromThreshold { get; }

    /// <summary>Gets the maximum deputies with fewer members (configuration).</summary>
    public int MaximumDeputiesBelowThreshold { get; }

    /// <summary>Gets a value indicating whether <see cref="MaximumDeputiesBelowThreshold"/> was confirmed.</summary>
    public bool IsBelowThresholdConfirmed { get; }

    /// <summary>Gives the maximum deputies for a board size.</summary>
    /// <param name="members">The number of members.</param>
    /// <returns>The maximum number of deputy heads.</returns>
    public int MaximumDeputies(int members) => members >= DeputyThreshold ? MaximumDeputiesFromThreshold : MaximumDeputiesBelowThreshold;
}
