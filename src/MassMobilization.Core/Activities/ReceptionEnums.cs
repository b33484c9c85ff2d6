namespace MassMobilization.Core.Activities;

/// <summary>The level of the head who receives citizens (docs/activities.md "Citizen reception").</summary>
/// <remarks>The default value is <see cref="Province"/>.</remarks>
public enum ReceptionLevel
{
    /// <summary>Province level (cấp tỉnh).</summary>
    Province = 0,

    /// <summary>District level (cấp huyện); no longer has a reception requirement from 2025-11-23 (Conclusion 215-KL/TW).</summary>
    District = 1,

    /// <summary>Commune level (cấp xã).</summary>
    Commune = 2,
}

/// <summary>Whether a reception is periodic or ad hoc (tiếp dân định kỳ / đột xuất; Regulation 11-QĐi/TW).</summary>
/// <remarks>The default value is <see cref="Periodic"/>.</remarks>
public enum ReceptionKind
{
    /// <summary>A periodic reception day; these count towards the monthly requirement.</summary>
    Periodic = 0,

    /// <summary>An ad-hoc reception, held because of a trigger (<see cref="AdHocTrigger"/>); it does not count towards the monthly requirement.</summary>
    AdHoc = 1,
}

/// <summary>Why an ad-hoc reception was held (Regulation 11-QĐi/TW; docs/activities.md "Citizen reception").</summary>
/// <remarks>The default value <see cref="None"/> is the only value a periodic reception may have.</remarks>
public enum AdHocTrigger
{
    /// <summary>No trigger: a periodic reception.</summary>
    None = 0,

    /// <summary>A complex, long-running case.</summary>
    ComplexProlongedCase = 1,

    /// <summary>A case involving many people or several agencies.</summary>
    ManyPeopleOrAgencies = 2,

    /// <summary>A case that may seriously affect security and order.</summary>
    SecurityAndOrder = 3,
}
