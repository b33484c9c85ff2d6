namespace MassMobilization.Core.Organization;

/// <summary>
/// The level of local government a kind of unit belongs to (cấp hành chính). Before 2025-07-01 there
/// were three levels; since then the district level no longer exists (Law 72/2025/QH15, Article 2).
/// </summary>
public enum UnitTier
{
    /// <summary>Province level (cấp tỉnh): provinces and centrally-run cities.</summary>
    Province = 0,

    /// <summary>District level (cấp huyện): rural and urban districts, towns, provincial cities; abolished on 2025-07-01.</summary>
    District = 1,

    /// <summary>Commune level (cấp xã): communes, wards, townships, special zones.</summary>
    Commune = 2,

    /// <summary>Anything else an application adds (agencies, synthetic groupings).</summary>
    Other = 3,
}
