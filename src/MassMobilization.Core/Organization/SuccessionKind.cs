namespace MassMobilization.Core.Organization;

/// <summary>How units or bodies succeed one another on a date (Resolution 202/2025/QH15 and the
/// Standing Committee's arrangement resolutions use all four).</summary>
public enum SuccessionKind
{
    /// <summary>One unit or body continues under a new name (and possibly a new code); everything carries over.</summary>
    Rename = 0,

    /// <summary>Several units or bodies merge into one (sáp nhập); everything of each carries over to the successor.</summary>
    Merge = 1,

    /// <summary>One unit or body is divided among several (chia tách), with allocation weights or none.</summary>
    Split = 2,

    /// <summary>One unit is moved under another parent (điều chỉnh địa giới); everything carries over.</summary>
    Transfer = 3,
}
