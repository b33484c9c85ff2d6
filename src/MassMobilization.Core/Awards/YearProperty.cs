namespace MassMobilization.Core.Awards;

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
