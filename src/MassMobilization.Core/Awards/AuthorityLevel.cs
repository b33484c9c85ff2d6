namespace MassMobilization.Core.Awards;

/// <summary>The level of the person or body that decides an award (Law 06/2022/QH15 art. 80; Decree 129/2025/NĐ-CP art. 59).</summary>
public enum AuthorityLevel
{
    /// <summary>The head of an agency, unit or enterprise (thủ trưởng cơ quan, đơn vị).</summary>
    AgencyHead = 0,

    /// <summary>The chair of a commune-level People's Committee (chủ tịch UBND cấp xã).</summary>
    CommuneChair = 1,

    /// <summary>The chair of a district-level People's Committee (chủ tịch UBND cấp huyện; until 2025-06-30).</summary>
    DistrictChair = 2,

    /// <summary>A minister, head of a central body, or chair of a provincial People's Committee (bộ trưởng, chủ tịch UBND tỉnh).</summary>
    MinistryOrProvince = 3,

    /// <summary>The Prime Minister (Thủ tướng Chính phủ).</summary>
    PrimeMinister = 4,

    /// <summary>The President (Chủ tịch nước).</summary>
    President = 5,

    /// <summary>
    /// A Party committee or commission, the Fatherland Front or a socio-political organisation, which gives its own
    /// forms outside the State's system; which body may give which form at which level is <see cref="AwardingAuthority"/> data.
    /// </summary>
    PartyOrMassOrganisation = 6,
}
