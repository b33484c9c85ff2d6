using System;

namespace MassMobilization.Core.Emulation;

/// <summary>
/// The minimum lengths that let the leader of a thematic emulation campaign receive an emulation flag:
/// a ministry/province flag (Law 06/2022/QH15 art. 26) and a Government flag when the Prime Minister
/// launched it (art. 25). The lengths are data so that a later amendment needs no code change.
/// </summary>
/// <param name="ProvincialFlagMinimumYears">The whole years a thematic campaign must have run, reviewed, for its leader to receive a ministry/province flag; 3 under Law 06/2022/QH15 art. 26.</param>
/// <param name="GovernmentFlagMinimumYears">The whole years a thematic campaign launched by the Prime Minister must have run for its leader to receive a Government flag; 5 under Law 06/2022/QH15 art. 25.</param>
public sealed record MovementFlagPolicy(int ProvincialFlagMinimumYears, int GovernmentFlagMinimumYears)
{
    /// <summary>Gets the policy of Law 06/2022/QH15 arts. 25 and 26 (in force 2024-01-01): 3 years for a ministry/province flag, 5 years for a Government flag.</summary>
    public static MovementFlagPolicy Law06of2022 { get; } = new(3, 5);

    /// <summary>Gets the minimum years for a ministry/province flag.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int ProvincialFlagMinimumYears { get; init => field = Positive(value, nameof(ProvincialFlagMinimumYears)); } = Positive(ProvincialFlagMinimumYears, nameof(ProvincialFlagMinimumYears));

    /// <summary>Gets the minimum years for a Government flag.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int GovernmentFlagMinimumYears { get; init => field = Positive(value, nameof(GovernmentFlagMinimumYears)); } = Positive(GovernmentFlagMinimumYears, nameof(GovernmentFlagMinimumYears));

    private static int Positive(int value, string name)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, 1, name);
        return value;
    }
}
