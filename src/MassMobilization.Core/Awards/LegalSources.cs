using MassMobilization.Core.Documents;

namespace MassMobilization.Core.Awards;

/// <summary>The laws and decrees the built-in rule sets cite.</summary>
public static class LegalSources
{
    /// <summary>Gets the Law on Emulation and Commendation of 2003 (15/2003/QH11, amended 2005 and 2013).</summary>
    public static LegalCitation Law2003 { get; } = new("Law", DocumentNumber.NationalAssembly(15, 2003, 11), "(amended 2005, 2013)");

    /// <summary>Gets Decree 91/2017/NĐ-CP detailing the 2003 law (in force until 2023-12-31).</summary>
    public static LegalCitation Decree91Of2017 { get; } = new("Decree", DocumentNumber.LegalNormative(91, 2017, "NĐ", "CP"), "(whole)");

    /// <summary>Gets the Law on Emulation and Commendation 06/2022/QH15 (in force 2024-01-01).</summary>
    public static LegalCitation Law2022 { get; } = new("Law", DocumentNumber.NationalAssembly(6, 2022, 15), "(whole)");

    /// <summary>Gets Decree 98/2023/NĐ-CP (2024-01-01 to 2025-06-30).</summary>
    public static LegalCitation Decree98Of2023 { get; } = new("Decree", DocumentNumber.LegalNormative(98, 2023, "NĐ", "CP"), "(whole)");

    /// <summary>Gets Decree 152/2025/NĐ-CP (from 2025-07-01).</summary>
    public static LegalCitation Decree152Of2025 { get; } = new("Decree", DocumentNumber.LegalNormative(152, 2025, "NĐ", "CP"), "(whole)");

    /// <summary>Gets Decree 129/2025/NĐ-CP on the division of powers between the two levels of local government (commune-level powers from 2025-07-01).</summary>
    public static LegalCitation Decree129Of2025 { get; } = new("Decree", DocumentNumber.LegalNormative(129, 2025, "NĐ", "CP"), "(whole)");
}
