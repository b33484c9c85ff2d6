namespace MassMobilization.Core.Emulation;

/// <summary>The kinds of step in a round's tie-break chain.</summary>
public enum TieBreakKind
{
    /// <summary>The higher published score in a named section ranks ahead.</summary>
    SectionScore = 0,

    /// <summary>The team with fewer absent judges ranks ahead.</summary>
    FewerAbsentJudges = 1,

    /// <summary>A team that satisfies a configured priority (such as the women priority of Decree 152/2025/NĐ-CP art. 4) ranks ahead.</summary>
    Priority = 2,
}
