namespace MassMobilization.Core.Awards;

/// <summary>Why a run of qualifying years (see <see cref="Streak.RatedRun"/>) stopped where it did.</summary>
public enum RunStop
{
    /// <summary>The run did not stop before reaching the earliest year that matters.</summary>
    None = 0,

    /// <summary>It reached a year with no data: more data might extend it.</summary>
    UnknownYear = 1,

    /// <summary>It reached a year rated below the minimum (or before the nominee existed).</summary>
    RatingBelowMinimum = 2,

    /// <summary>It reached a year under discipline: achievements count only after its end (law art. 5).</summary>
    Discipline = 3,

    /// <summary>It reached the year of an earlier award the run must follow.</summary>
    EarlierAward = 4,
}
