namespace MassMobilization.Core.Awards;

/// <summary>A disciplinary level (hình thức kỷ luật), ordered by severity.</summary>
public enum DisciplineLevel
{
    /// <summary>Reprimand (khiển trách).</summary>
    Reprimand = 1,

    /// <summary>Warning (cảnh cáo).</summary>
    Warning = 2,

    /// <summary>Demotion (hạ bậc lương) or removal from a post (cách chức).</summary>
    Dismissal = 3,

    /// <summary>Forced resignation (buộc thôi việc) or expulsion (khai trừ).</summary>
    Expulsion = 4,
}
