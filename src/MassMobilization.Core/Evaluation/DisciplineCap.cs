using System;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Evaluation;

/// <summary>
/// A grade cap triggered by the discipline of the unit's head or deputy head: at this discipline level
/// or heavier, the grade is at most <see cref="MaximumGrade"/> (reprimand caps at "good", warning at
/// "completed" in Cần Thơ decision 2579/QĐ-UBND, 2025-11-21).
/// </summary>
public sealed record DisciplineCap
{
    /// <summary>Creates a cap.</summary>
    /// <param name="level">The lightest discipline level the cap applies to; not <see cref="LeaderDisciplineLevel.None"/>.</param>
    /// <param name="maximumGrade">The best grade a unit may get at that level.</param>
    /// <param name="citation">Where the cap comes from.</param>
    /// <exception cref="ArgumentNullException"><paramref name="citation"/> is null.</exception>
    /// <exception cref="ArgumentException">An argument is empty or not defined, or <paramref name="level"/> is <see cref="LeaderDisciplineLevel.None"/>.</exception>
    public DisciplineCap(LeaderDisciplineLevel level, EvaluationGrade maximumGrade, string citation)
    {
        Guard.Against.NullOrWhiteSpace(citation);
        Preconditions.CheckArgument(Enum.IsDefined(level) && level != LeaderDisciplineLevel.None, nameof(level), $"A cap needs a discipline level, not {level}.");
        Preconditions.CheckArgument(Enum.IsDefined(maximumGrade), nameof(maximumGrade), $"Unknown grade {maximumGrade}.");
        Level = level;
        MaximumGrade = maximumGrade;
        Citation = citation;
    }

    /// <summary>Gets the lightest discipline level the cap applies to.</summary>
    public LeaderDisciplineLevel Level { get; }

    /// <summary>Gets the best grade a unit may get at that level or heavier.</summary>
    public EvaluationGrade MaximumGrade { get; }

    /// <summary>Gets where the cap comes from.</summary>
    public string Citation { get; }
}
