using System;

namespace MassMobilization.Core.Evaluation;

/// <summary>
/// A sheet's final score and grade without the explanation: the result of the allocation-free
/// <see cref="Rubric.Summarize"/>, and <see cref="ScoreCard.Summary"/> of the explained path. The
/// default value is a 0-point, "not completed" summary decided by <see cref="GradeRule.ScoreBand"/>.
/// </summary>
public readonly struct ScoreSummary : IEquatable<ScoreSummary>
{
    internal ScoreSummary(decimal baseScore, decimal bonus, decimal penalty, decimal finalScore, bool hasZeroCriterion, EvaluationGrade bandGrade, EvaluationGrade grade, GradeRule decidedBy)
    {
        BaseScore = baseScore;
        Bonus = bonus;
        Penalty = penalty;
        FinalScore = finalScore;
        HasZeroCriterion = hasZeroCriterion;
        BandGrade = bandGrade;
        Grade = grade;
        DecidedBy = decidedBy;
    }

    /// <summary>Gets the sum of the criteria's points, before bonus and penalty.</summary>
    public decimal BaseScore { get; }

    /// <summary>Gets the bonus counted, after the per-entry limits and the cap.</summary>
    public decimal Bonus { get; }

    /// <summary>Gets the penalty counted (a positive number), after the per-entry limits and the cap.</summary>
    public decimal Penalty { get; }

    /// <summary>Gets the final score: <c>max(0, BaseScore + Bonus − Penalty)</c>.</summary>
    public decimal FinalScore { get; }

    /// <summary>Gets a value indicating whether a top-level criterion was scored 0.</summary>
    public bool HasZeroCriterion { get; }

    /// <summary>Gets the grade of the score bands alone, before discipline caps and automatic fails.</summary>
    public EvaluationGrade BandGrade { get; }

    /// <summary>Gets the final grade.</summary>
    public EvaluationGrade Grade { get; }

    /// <summary>Gets the kind of rule that decided the final grade.</summary>
    public GradeRule DecidedBy { get; }

    /// <summary>Compares two summaries for equality.</summary>
    /// <param name="left">The first summary.</param>
    /// <param name="right">The second summary.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public static bool operator ==(ScoreSummary left, ScoreSummary right) => left.Equals(right);

    /// <summary>Compares two summaries for inequality.</summary>
    /// <param name="left">The first summary.</param>
    /// <param name="right">The second summary.</param>
    /// <returns><see langword="true"/> when a value differs.</returns>
    public static bool operator !=(ScoreSummary left, ScoreSummary right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(ScoreSummary other) =>
        BaseScore == other.BaseScore && Bonus == other.Bonus && Penalty == other.Penalty && FinalScore == other.FinalScore
        && HasZeroCriterion == other.HasZeroCriterion && BandGrade == other.BandGrade && Grade == other.Grade && DecidedBy == other.DecidedBy;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ScoreSummary other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(BaseScore, Bonus, Penalty, FinalScore, HasZeroCriterion, BandGrade, Grade, DecidedBy);

    /// <summary>Returns the final score, grade and deciding rule.</summary>
    /// <returns>For example "96.50 Excellent (ScoreBand)".</returns>
    public override string ToString() => $"{RubricIds.Points(FinalScore)} {Grade} ({DecidedBy})";
}
