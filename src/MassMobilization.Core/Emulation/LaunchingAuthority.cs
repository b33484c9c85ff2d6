namespace MassMobilization.Core.Emulation;

/// <summary>The kind of body that launched (phát động) an emulation movement; it decides which emulation flags its leader may receive.</summary>
public enum LaunchingAuthority
{
    /// <summary>The Prime Minister (Thủ tướng Chính phủ).</summary>
    PrimeMinister = 0,

    /// <summary>A ministry, central agency, mass organisation at central level, or a province (bộ, ban, ngành, đoàn thể trung ương, tỉnh).</summary>
    MinistryOrProvince = 1,

    /// <summary>A district-level body.</summary>
    District = 2,

    /// <summary>A commune-level body.</summary>
    Commune = 3,

    /// <summary>Any other body (an agency, a unit).</summary>
    Other = 4,
}
