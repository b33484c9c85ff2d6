using System;

namespace MassMobilization.Core.Awards;

/// <summary>Whether an award kind is an emulation title (danh hiệu thi đua) or a form of commendation (hình thức khen thưởng).</summary>
public enum AwardCategory
{
    /// <summary>An emulation title (danh hiệu thi đua), for example "Lao động tiên tiến".</summary>
    Title = 0,

    /// <summary>A form of commendation (hình thức khen thưởng): Giấy khen, Bằng khen, orders.</summary>
    Form = 1,
}

/// <summary>Who may receive an award kind (tập thể / cá nhân / hộ gia đình).</summary>
[Flags]
public enum RecipientKinds
{
    /// <summary>No recipient (the default value; never valid for a catalogue entry).</summary>
    None = 0,

    /// <summary>An individual (cá nhân).</summary>
    Individual = 1,

    /// <summary>A collective (tập thể): a unit, department, village or team.</summary>
    Collective = 2,

    /// <summary>A household (hộ gia đình).</summary>
    Household = 4,
}

/// <summary>
/// The nature of an award: merit (công trạng) awards count towards higher merit awards; ad-hoc
/// (đột xuất) and thematic (chuyên đề) awards never do (Law 06/2022/QH15 art. 5; Decree 152/2025/NĐ-CP art. 4).
/// "Dân vận khéo" commendations are thematic.
/// </summary>
public enum AwardNature
{
    /// <summary>For a record of merit over the year or over several years (công trạng); the default.</summary>
    Merit = 0,

    /// <summary>For an unexpected outstanding deed (đột xuất).</summary>
    AdHoc = 1,

    /// <summary>For results in a thematic emulation campaign (chuyên đề), for example "Dân vận khéo".</summary>
    Thematic = 2,
}

/// <summary>The level of the person or body that decides an award (Law 06/2022/QH15 art. 80; Decree 129/2025/NĐ-CP art. 59).</summary>
public enum AuthorityLevel
{
    /// <summary>The head of an agency, unit or enterprise (thủ trưởng cơ quan, đơn vị).</summary>
    AgencyHead = 0,

    /// <summary>The chair of a commune-level People's Committee (chủ tịch UBND cấp xã).</summary>
    CommuneChair = 1,

    /// <summary>The chair of a district-level People's Committee (chủ tịch UBND cấp huyện; until 2025-06-30).</summary>
    DistrictChair = 2,

    /// <summary>A minister, head of a central body, or chair of a provincial People's Committee (bộ trưởng, chủ tịch UBND tỉnh).</summary>
    MinistryOrProvince = 3,

    /// <summary>The Prime Minister (Thủ tướng Chính phủ).</summary>
    PrimeMinister = 4,

    /// <summary>The President (Chủ tịch nước).</summary>
    President = 5,
}

/// <summary>The yearly task rating (mức độ hoàn thành nhiệm vụ), ordered: not completed &lt; completed &lt; good &lt; excellent.</summary>
public enum TaskRating
{
    /// <summary>Did not complete the tasks (không hoàn thành nhiệm vụ).</summary>
    NotCompleted = 0,

    /// <summary>Completed the tasks (hoàn thành nhiệm vụ).</summary>
    Completed = 1,

    /// <summary>Completed the tasks well (hoàn thành tốt nhiệm vụ).</summary>
    Good = 2,

    /// <summary>Completed the tasks excellently (hoàn thành xuất sắc nhiệm vụ).</summary>
    Excellent = 3,
}

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

/// <summary>A yes/no fact about one year of a record that may also be unknown (recorded as <see langword="null"/>).</summary>
public enum YearFact
{
    /// <summary>Self-reliant and took part in emulation movements (tự lực, tự cường, tích cực tham gia phong trào thi đua), for "Lao động tiên tiến".</summary>
    TookPartInEmulation = 0,

    /// <summary>Achievements in an emulation campaign or many achievements in the unit's field, for Giấy khen.</summary>
    NotableAchievement = 1,

    /// <summary>Outstanding in an emulation campaign launched by the ministry or province, for its Bằng khen (Law 06/2022/QH15 art. 74).</summary>
    OutstandingInProvincialCampaign = 2,

    /// <summary>An accepted science project or combat ingenuity (đề tài khoa học được nghiệm thu, mưu trí sáng tạo trong chiến đấu), for "Chiến sĩ thi đua cơ sở".</summary>
    ScienceProjectOrCombatIngenuity = 3,

    /// <summary>Led an emulation cluster or bloc organised by a ministry or province that year (dẫn đầu cụm, khối thi đua).</summary>
    LedEmulationCluster = 4,

    /// <summary>Led a thematic emulation campaign of at least 3 years of a ministry or province.</summary>
    LedThematicCampaign = 5,

    /// <summary>Led a bloc organised by the Central Emulation and Commendation Council.</summary>
    LedCentralBloc = 6,

    /// <summary>Led a campaign of at least 5 years launched by the Prime Minister.</summary>
    LedPrimeMinisterCampaign = 7,
}

/// <summary>A year-by-year property of a record that streaks are counted over (see <see cref="Streak"/>).</summary>
public enum YearProperty
{
    /// <summary>Rated "completed" or better.</summary>
    RatedCompletedOrBetter = 0,

    /// <summary>Rated "good" or better.</summary>
    RatedGoodOrBetter = 1,

    /// <summary>Rated "excellent".</summary>
    RatedExcellent = 2,

    /// <summary>Received the merit title "Lao động tiên tiến".</summary>
    AdvancedWorkerTitle = 3,

    /// <summary>Received the merit title "Chiến sĩ thi đua cơ sở".</summary>
    GrassrootsFighterTitle = 4,

    /// <summary>Received the merit title "Chiến sĩ thi đua cấp bộ, ngành, tỉnh".</summary>
    MinistryProvinceFighterTitle = 5,

    /// <summary>Received the merit title "Tập thể lao động xuất sắc".</summary>
    ExcellentCollectiveTitle = 6,

    /// <summary>Received the merit title "Tập thể lao động tiên tiến".</summary>
    AdvancedCollectiveTitle = 7,
}

/// <summary>The answer of an eligibility check (domain.md §8 "Results must be explainable and honest").</summary>
public enum Verdict
{
    /// <summary>Every criterion is met. This never grants the award: the council and the deciding authority do.</summary>
    Eligible = 0,

    /// <summary>At least one criterion is not met on known facts.</summary>
    Ineligible = 1,

    /// <summary>No criterion fails on known facts but some evidence is missing or the rule set has no criteria: a person must look.</summary>
    NeedsReview = 2,
}

/// <summary>The outcome of one criterion.</summary>
public enum CriterionOutcome
{
    /// <summary>The criterion is met on known facts.</summary>
    Met = 0,

    /// <summary>The criterion fails on known facts.</summary>
    NotMet = 1,

    /// <summary>The facts needed are missing.</summary>
    Unknown = 2,
}
