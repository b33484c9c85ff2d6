namespace MassMobilization.Core.Mobilization;

/// <summary>
/// The level of the political system at which a model or exemplar is registered or recognised
/// (cấp). Levels are ordered: recognition at a higher level implies recognition at every lower one
/// (docs/mobilization.md "Lifecycle").
/// </summary>
public enum ModelLevel
{
    /// <summary>Commune level (cấp xã: xã, phường, thị trấn, đặc khu).</summary>
    Commune = 1,

    /// <summary>District level (cấp huyện: huyện, quận, thị xã, thành phố thuộc tỉnh); abolished on 2025-07-01.</summary>
    District = 2,

    /// <summary>Province level (cấp tỉnh: tỉnh, thành phố trực thuộc trung ương; "city level" in Hà Nội's reports).</summary>
    Province = 3,

    /// <summary>Central level (cấp trung ương).</summary>
    Central = 4,
}
