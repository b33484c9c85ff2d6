namespace MassMobilization.Core.Emulation;

/// <summary>The level of a contest round (vòng thi); rounds of a contest go up by level.</summary>
public enum ContestLevel
{
    /// <summary>The grassroots round (vòng cơ sở), held by communes, wards and agencies.</summary>
    Grassroots = 0,

    /// <summary>The district round (vòng huyện, cấp huyện).</summary>
    District = 1,

    /// <summary>The provincial round (vòng tỉnh, thành phố).</summary>
    Province = 2,

    /// <summary>The national round (vòng toàn quốc).</summary>
    National = 3,
}
