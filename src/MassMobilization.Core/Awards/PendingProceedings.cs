using System;

namespace MassMobilization.Core.Awards;

/// <summary>Proceedings still open about a nominee; any of them blocks every award (Law 06/2022/QH15 art. 5; Decree 152/2025/NĐ-CP art. 4).</summary>
[Flags]
public enum PendingProceedings
{
    /// <summary>Nothing pending (the default).</summary>
    None = 0,

    /// <summary>Disciplinary proceedings not yet decided (đang xem xét kỷ luật).</summary>
    Discipline = 1,

    /// <summary>An inspection or investigation in progress (đang thanh tra, kiểm tra, điều tra).</summary>
    Inspection = 2,

    /// <summary>A complaint or denunciation not yet resolved (có đơn khiếu nại, tố cáo đang xem xét).</summary>
    Complaint = 4,
}
