namespace MassMobilization.Core.Documents;

/// <summary>The system a document belongs to, which decides its number grammar and uniqueness scope.</summary>
public enum DocumentSystem
{
    /// <summary>A Party document (văn bản của Đảng), numbered per type for a Party committee's term: <c>18-NQ/TW</c>.</summary>
    Party = 1,

    /// <summary>A State document (văn bản nhà nước), numbered per calendar year: <c>3406/QĐ-UBND</c>, <c>98/2023/NĐ-CP</c>.</summary>
    State = 2,
}
