namespace MassMobilization.Core.Documents;

/// <summary>How one directive document relates to an earlier one (docs/documents.md, "Directive documents and their links").</summary>
public enum DocumentLinkKind
{
    /// <summary>Implements the target (triển khai thực hiện): a plan implementing a resolution, 04-KH/BCĐ on 18-NQ/TW.</summary>
    Implements = 1,

    /// <summary>Continues the target (tiếp tục thực hiện): Conclusion 43-KL/TW continued Resolution 25-NQ/TW.</summary>
    Continues = 2,

    /// <summary>Reviews the implementation of the target (sơ kết, tổng kết): 09-KL/BCĐ on 18-NQ/TW.</summary>
    Reviews = 3,

    /// <summary>Amends or supplements the target (sửa đổi, bổ sung); the target stays in force as amended.</summary>
    Amends = 4,

    /// <summary>Supersedes the target (thay thế); the target is no longer in force.</summary>
    Supersedes = 5,
}
