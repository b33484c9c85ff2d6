namespace MassMobilization.Core.Awards;

/// <summary>A yes/no fact about one year of a record that may also be unknown (recorded as <see langword="null"/>).</summary>
public enum YearFact
{
    /// <summary>Self-reliant and took part in emulation movements (tự lực, tự cường, tích cực tham gia phong trào thi đua), for "Lao động tiên tiến".</summary>
    TookPartInEmulation = 0,

    /// <summary>Achievements in an emulation campaign or many achievements in the unit's field, for Giấy khen.</summary>
    NotableAchievement = 1,

    /// <summary>Outstanding in an emulation campaign launched by the ministry or province, for its Bằng khen (Law 06/2022/QH15 art. 74).</summary>
    OutstandingInProvincialCampaign = 2,

    /// <summary>An accepted science project or combat ingenuity (đề tài khoa học được nghiệm thu, mưu trí sáng tạo trong chiến đấu), for "Chiến sĩ thi đua cơ sở".</summary>
    ScienceProjectOrCombatIngenuity = 3,

    /// <summary>Led an emulation cluster or bloc organised by a ministry or province that year (dẫn đầu cụm, khối thi đua).</summary>
    LedEmulationCluster = 4,

    /// <summary>Led a thematic emulation campaign of at least 3 years of a ministry or province.</summary>
    LedThematicCampaign = 5,

    /// <summary>Led a bloc organised by the Central Emulation and Commendation Council.</summary>
    LedCentralBloc = 6,

    /// <summary>Led a campaign of at least 5 years launched by the Prime Minister.</summary>
    LedPrimeMinisterCampaign = 7,
}
