using MassMobilization.Core.Text;

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
    public override string ToString() => DescriptionExplanation.ToString();

    /// <summary>Gets the step's description as a stable code and its arguments, written in Vietnamese or English (docs/display.md).</summary>
    public Explanation DescriptionExplanation => Kind switch
    {
        AdvancementStepKind.TopOverall => new Explanation(ExplanationCodes.EmuStepTopOverall, Count),
        AdvancementStepKind.TopPerUnit => Count == 1 ? new Explanation(ExplanationCodes.EmuStepBestOfUnit) : new Explanation(ExplanationCodes.EmuStepBestOfUnitMany, Count),
        _ => new Explanation(ExplanationCodes.EmuStepMinimumScore, MinimumScore),
    };
}
