namespace MassMobilization.Core.Documents;

/// <summary>The grammar a document number follows (Decree 30/2020/NĐ-CP; Party Guidance 36-HD/VPTW).</summary>
public enum DocumentNumberForm
{
    /// <summary>A Party document: <c>{n}-{TYPE}/{ISSUER}</c>, for example <c>18-NQ/TW</c> or <c>04-KH/BCĐ</c>.</summary>
    Party = 1,

    /// <summary>A State document with a named type: <c>{n}/{TYPE}-{ISSUER}[-{UNIT}]</c>, for example <c>3406/QĐ-UBND</c>.</summary>
    StateNamedType = 2,

    /// <summary>A State official letter (công văn), which has no type code: <c>{n}/{ISSUER}-{UNIT}</c>, for example <c>9086/BNV-CTTN&amp;BĐG</c>.</summary>
    StateOfficialLetter = 3,

    /// <summary>A legal normative document: <c>{n}/{yyyy}/{TYPE}-{ISSUER}</c>, for example <c>98/2023/NĐ-CP</c>.</summary>
    LegalNormative = 4,

    /// <summary>A law or National Assembly resolution: <c>{n}/{yyyy}/QH{term}</c>, for example <c>06/2022/QH15</c>.</summary>
    NationalAssembly = 5,
}
