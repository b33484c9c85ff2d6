namespace MassMobilization.Core.Awards;

/// <summary>The scope at which an initiative (sáng kiến) was recognised as effective, ordered.</summary>
public enum InitiativeScope
{
    /// <summary>Recognised at grassroots level (cấp cơ sở).</summary>
    Grassroots = 1,

    /// <summary>Effective at the scope of a ministry, sector or province (cấp bộ, ngành, tỉnh).</summary>
    MinistryProvince = 2,

    /// <summary>Effective at national scope (toàn quốc).</summary>
    National = 3,
}
