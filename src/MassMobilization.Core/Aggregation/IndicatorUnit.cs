namespace MassMobilization.Core.Aggregation;

/// <summary>What an <see cref="Indicator"/> measures in, which decides how its values add up.</summary>
/// <remarks>The default value is <see cref="Count"/>.</remarks>
public enum IndicatorUnit
{
    /// <summary>A whole count (dialogues, gifts, models); values add.</summary>
    Count = 0,

    /// <summary>A <see cref="Quantities.Ratio"/> such as 301/314 citizens received; values pool (numerators and denominators add).</summary>
    Ratio = 1,

    /// <summary>An amount in đồng (<see cref="VndAmount"/>); values add.</summary>
    VndAmount = 2,
}
