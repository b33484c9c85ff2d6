namespace MassMobilization.Core.Awards;

/// <summary>The level at which a Party body, the Fatherland Front or a socio-political organisation gives awards (cấp trung ương, tỉnh, huyện, xã).</summary>
public enum AwardingLevel
{
    /// <summary>The central level (Trung ương): a body attached to no province.</summary>
    Central = 0,

    /// <summary>The province level (cấp tỉnh).</summary>
    Province = 1,

    /// <summary>The district level (cấp huyện; until 2025-06-30).</summary>
    District = 2,

    /// <summary>The commune level (cấp xã).</summary>
    Commune = 3,
}
