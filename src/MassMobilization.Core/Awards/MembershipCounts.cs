using System;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Awards;

/// <summary>A collective's membership counts for one year (used by the collective titles, law arts. 27–28).</summary>
public sealed record MembershipCounts
{
    /// <summary>Creates membership counts.</summary>
    /// <param name="members">All members.</param>
    /// <param name="advancedWorkers">Members holding "Lao động tiên tiến" that year.</param>
    /// <param name="grassrootsFighters">Members holding "Chiến sĩ thi đua cơ sở" that year.</param>
    /// <param name="completedTasks">Members rated "completed" or better.</param>
    /// <param name="women">Women members.</param>
    /// <param name="disciplinedWarningOrAbove">Members disciplined at warning (cảnh cáo) or above that year.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or a part exceeds <paramref name="members"/>.</exception>
    public MembershipCounts(int members, int advancedWorkers, int grassrootsFighters, int completedTasks, int women, int disciplinedWarningOrAbove)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(members);
        Guard.Against.OutOfRange(advancedWorkers, nameof(advancedWorkers), 0, members);
        Guard.Against.OutOfRange(grassrootsFighters, nameof(grassrootsFighters), 0, advancedWorkers);
        Guard.Against.OutOfRange(completedTasks, nameof(completedTasks), 0, members);
        Guard.Against.OutOfRange(women, nameof(women), 0, members);
        Guard.Against.OutOfRange(disciplinedWarningOrAbove, nameof(disciplinedWarningOrAbove), 0, members);
        Members = members;
        AdvancedWorkers = advancedWorkers;
        GrassrootsFighters = grassrootsFighters;
        CompletedTasks = completedTasks;
        Women = women;
        DisciplinedWarningOrAbove = disciplinedWarningOrAbove;
    }

    /// <summary>Gets the number of members.</summary>
    public int Members { get; }

    /// <summary>Gets the number of advanced workers.</summary>
    public int AdvancedWorkers { get; }

    /// <summary>Gets the number of grassroots emulation fighters.</summary>
    public int GrassrootsFighters { get; }

    /// <summary>Gets the number of members who completed their tasks.</summary>
    public int CompletedTasks { get; }

    /// <summary>Gets the number of women.</summary>
    public int Women { get; }

    /// <summary>Gets the number of members disciplined at warning or above.</summary>
    public int DisciplinedWarningOrAbove { get; }

    internal int Get(MembershipField field) => field switch
    {
        MembershipField.AdvancedWorkers => AdvancedWorkers,
        MembershipField.GrassrootsFighters => GrassrootsFighters,
        MembershipField.CompletedTasks => CompletedTasks,
        MembershipField.Women => Women,
        MembershipField.DisciplinedWarningOrAbove => DisciplinedWarningOrAbove,
        _ => Members,
    };
}
