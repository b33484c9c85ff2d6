namespace MassMobilization.Core.Awards;

/// <summary>A count in <see cref="MembershipCounts"/>.</summary>
public enum MembershipField
{
    /// <summary>All members.</summary>
    Members = 0,

    /// <summary>Advanced workers.</summary>
    AdvancedWorkers = 1,

    /// <summary>Grassroots emulation fighters.</summary>
    GrassrootsFighters = 2,

    /// <summary>Members who completed their tasks.</summary>
    CompletedTasks = 3,

    /// <summary>Women.</summary>
    Women = 4,

    /// <summary>Members disciplined at warning or above.</summary>
    DisciplinedWarningOrAbove = 5,
}
