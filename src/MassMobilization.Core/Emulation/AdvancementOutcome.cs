namespace MassMobilization.Core.Emulation;

/// <summary>What happened to a team at the end of a round.</summary>
public enum AdvancementOutcome
{
    /// <summary>The team goes on to the next round.</summary>
    Advanced = 0,

    /// <summary>The team does not go on.</summary>
    Eliminated = 1,

    /// <summary>
    /// The team is tied on every criterion with another team across a cut, and advancing both would
    /// exceed the number allowed: it does not advance until the organisers decide (never more teams
    /// than allowed are selected).
    /// </summary>
    TiedAtCut = 2,
}
