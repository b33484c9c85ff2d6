namespace MassMobilization.Core.Emulation;

/// <summary>Where the scores compared in a cluster standing come from.</summary>
public enum ClusterScoreSource
{
    /// <summary>The unit's yearly evaluation score (xếp loại), for example on a 100-point rubric.</summary>
    EvaluationScore = 0,

    /// <summary>The unit's result in a contest.</summary>
    ContestResult = 1,
}
