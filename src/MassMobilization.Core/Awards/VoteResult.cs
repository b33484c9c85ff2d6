using Ardalis.GuardClauses;

namespace MassMobilization.Core.Awards;

/// <summary>The outcome of a council vote.</summary>
public sealed record VoteResult
{
    /// <summary>Initializes a new instance of the <see cref="VoteResult"/> class.</summary>
    /// <param name="passed">Whether the quorum was met and the threshold reached.</param>
    /// <param name="quorumMet">Whether enough members were present.</param>
    /// <param name="thresholdReached">Whether enough of all members voted in favour.</param>
    /// <param name="arithmetic">The arithmetic, for example "in favour: 17/19 of all members = 89.47% &lt; 90%".</param>
    /// <exception cref="System.ArgumentNullException">A reference argument is null.</exception>
    public VoteResult(bool passed, bool quorumMet, bool thresholdReached, string arithmetic)
    {
        Guard.Against.Null(arithmetic);
        Passed = passed;
        QuorumMet = quorumMet;
        ThresholdReached = thresholdReached;
        Arithmetic = arithmetic;
    }

    /// <summary>Gets whether the quorum was met and the threshold reached.</summary>
    public bool Passed { get; }

    /// <summary>Gets whether enough members were present.</summary>
    public bool QuorumMet { get; }

    /// <summary>Gets whether enough of all members voted in favour.</summary>
    public bool ThresholdReached { get; }

    /// <summary>Gets the arithmetic, for example "in favour: 17/19 of all members = 89.47% &lt; 90%".</summary>
    public string Arithmetic { get; }
}
