namespace MassMobilization.Core.Emulation;

/// <summary>Whether an emulation movement (phong trào thi đua) is regular or thematic (Law 06/2022/QH15 art. 6).</summary>
public enum MovementKind
{
    /// <summary>A regular (thường xuyên) movement, run every year along the unit's tasks.</summary>
    Regular = 0,

    /// <summary>A thematic (theo chuyên đề / đợt) campaign with its own goal and period, such as "Dân vận khéo".</summary>
    Thematic = 1,
}
