namespace MassMobilization.Core.Evaluation;

/// <summary>
/// The discipline (kỷ luật) of a head or deputy head of the unit, ordered from lightest to heaviest.
/// The default value is <see cref="None"/>.
/// </summary>
public enum LeaderDisciplineLevel
{
    /// <summary>No discipline.</summary>
    None = 0,

    /// <summary>Reprimand (khiển trách).</summary>
    Reprimand = 1,

    /// <summary>Warning (cảnh cáo).</summary>
    Warning = 2,

    /// <summary>Dismissal from the post (cách chức).</summary>
    Dismissal = 3,
}
