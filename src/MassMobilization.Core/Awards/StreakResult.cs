using System;

namespace MassMobilization.Core.Awards;

/// <summary>The result of a streak check, with the years it looked at.</summary>
/// <remarks>The default value is an unknown outcome that examined no year.</remarks>
public readonly struct StreakResult : IEquatable<StreakResult>
{
    internal StreakResult(CriterionOutcome outcome, int firstYearExamined, int lastYearExamined, int length, int occurrences, int decisiveYear, RunStop stop)
    {
        Outcome = outcome;
        FirstYearExamined = firstYearExamined;
        LastYearExamined = lastYearExamined;
        Length = length;
        Occurrences = occurrences;
        DecisiveYear = decisiveYear;
        Stop = stop;
    }

    /// <summary>Gets the outcome: met, not met on known facts, or unknown.</summary>
    public CriterionOutcome Outcome { get; }

    /// <summary>Gets the earliest year examined.</summary>
    public int FirstYearExamined { get; }

    /// <summary>Gets the latest year examined.</summary>
    public int LastYearExamined { get; }

    /// <summary>Gets the number of qualifying years found (consecutive years, or the run's length).</summary>
    public int Length { get; }

    /// <summary>Gets the number of occurrences of the counted property inside a run.</summary>
    public int Occurrences { get; }

    /// <summary>Gets the year that broke the streak (or the first unknown year), or 0.</summary>
    public int DecisiveYear { get; }

    /// <summary>Gets why a run stopped.</summary>
    public RunStop Stop { get; }

    /// <inheritdoc />
    public bool Equals(StreakResult other) =>
        Outcome == other.Outcome && FirstYearExamined == other.FirstYearExamined && LastYearExamined == other.LastYearExamined
        && Length == other.Length && Occurrences == other.Occurrences && DecisiveYear == other.DecisiveYear && Stop == other.Stop;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is StreakResult other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Outcome, FirstYearExamined, LastYearExamined, Length, Occurrences, DecisiveYear, Stop);

    /// <summary>Compares two results for equality.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(StreakResult left, StreakResult right) => left.Equals(right);

    /// <summary>Compares two results for inequality.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(StreakResult left, StreakResult right) => !left.Equals(right);
}
