namespace MassMobilization.Core.Emulation;

/// <summary>The kinds of step in an advancement rule.</summary>
public enum AdvancementStepKind
{
    /// <summary>The best N of the remaining teams overall.</summary>
    TopOverall = 0,

    /// <summary>The best N of the remaining teams of each unit (N = 1: the best team of each commune).</summary>
    TopPerUnit = 1,

    /// <summary>The remaining teams whose published score reaches a minimum.</summary>
    MinimumScore = 2,
}
