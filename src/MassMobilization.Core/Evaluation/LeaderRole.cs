namespace MassMobilization.Core.Evaluation;

/// <summary>The post held by a disciplined leader of the unit.</summary>
public enum LeaderRole
{
    /// <summary>The head of the unit (người đứng đầu).</summary>
    Head = 0,

    /// <summary>A deputy head of the unit (cấp phó).</summary>
    DeputyHead = 1,
}
