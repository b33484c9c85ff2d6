namespace MassMobilization.Core.Awards;

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
