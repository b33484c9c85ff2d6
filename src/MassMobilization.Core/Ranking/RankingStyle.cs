namespace MassMobilization.Core.Ranking;

/// <summary>How tied items share ranks.</summary>
public enum RankingStyle
{
    /// <summary>Standard competition ranking: tied items share a rank and the next rank is skipped (1, 2, 2, 4).</summary>
    Competition = 0,

    /// <summary>Dense ranking: tied items share a rank and the next rank follows on (1, 2, 2, 3).</summary>
    Dense = 1,
}
