namespace MassMobilization.Core.Documents;

/// <summary>The kind of review of a directive's implementation (docs/documents.md, "Reviews and anniversaries").</summary>
public enum ReviewKind
{
    /// <summary>An interim review (sơ kết), for example after 5 years.</summary>
    Interim = 1,

    /// <summary>A final review (tổng kết), for example after 10 years.</summary>
    Final = 2,
}
