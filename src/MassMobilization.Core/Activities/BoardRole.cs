namespace MassMobilization.Core.Activities;

/// <summary>A member's role on a board (docs/activities.md "Grassroots democracy").</summary>
/// <remarks>The default value is <see cref="Member"/>.</remarks>
public enum BoardRole
{
    /// <summary>A member.</summary>
    Member = 0,

    /// <summary>The head (trưởng ban).</summary>
    Head = 1,

    /// <summary>A deputy head (phó trưởng ban).</summary>
    DeputyHead = 2,
}
