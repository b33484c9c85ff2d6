using System.Globalization;

namespace MassMobilization.Core.Emulation;

/// <summary>One step of an <see cref="AdvancementRule"/>, applied to the teams that passed the steps before it.</summary>
public sealed record AdvancementStep
{
    internal AdvancementStep(AdvancementStepKind kind, int count, decimal minimumScore)
    {
        Kind = kind;
        Count = count;
        MinimumScore = minimumScore;
    }

    /// <summary>Gets the kind of step.</summary>
    public AdvancementStepKind Kind { get; }

    /// <summary>Gets N for <see cref="AdvancementStepKind.TopOverall"/> and <see cref="AdvancementStepKind.TopPerUnit"/>; 0 otherwise.</summary>
    public int Count { get; }

    /// <summary>Gets the minimum published score for <see cref="AdvancementStepKind.MinimumScore"/>; 0 otherwise.</summary>
    public decimal MinimumScore { get; }

    /// <summary>Describes the step.</summary>
    /// <returns>For example "the best team of each unit".</returns>
    public override string ToString() => Kind switch
    {
        AdvancementStepKind.TopOverall => string.Format(CultureInfo.InvariantCulture, "the top {0} overall", Count),
        AdvancementStepKind.TopPerUnit => Count == 1 ? "the best team of each unit" : string.Format(CultureInfo.InvariantCulture, "the best {0} teams of each unit", Count),
        _ => string.Format(CultureInfo.InvariantCulture, "a score of at least {0}", MinimumScore),
    };
}
