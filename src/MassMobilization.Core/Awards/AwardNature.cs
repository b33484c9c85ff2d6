namespace MassMobilization.Core.Awards;

/// <summary>
/// The nature of an award: merit (công trạng) awards count towards higher merit awards; ad-hoc
/// (đột xuất) and thematic (chuyên đề) awards never do (Law 06/2022/QH15 art. 5; Decree 152/2025/NĐ-CP art. 4).
/// "Dân vận khéo" commendations are thematic.
/// </summary>
public enum AwardNature
{
    /// <summary>For a record of merit over the year or over several years (công trạng); the default.</summary>
    Merit = 0,

    /// <summary>For an unexpected outstanding deed (đột xuất).</summary>
    AdHoc = 1,

    /// <summary>For results in a thematic emulation campaign (chuyên đề), for example "Dân vận khéo".</summary>
    Thematic = 2,
}
