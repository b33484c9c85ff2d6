using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using MassMobilization.Core.Organization;

namespace MassMobilization.Core.Emulation;

/// <summary>One member unit's score in the yearly comparison of an emulation cluster or bloc (cụm, khối thi đua).</summary>
public sealed class ClusterMemberScore : IEquatable<ClusterMemberScore>
{
    /// <summary>Creates a member's score.</summary>
    /// <param name="unit">The member unit.</param>
    /// <param name="name">The unit's display name.</param>
    /// <param name="score">The score compared, at least 0.</param>
    /// <param name="source">Where the score comes from.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank, <paramref name="unit"/> is the default code, or <paramref name="source"/> is undefined.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is negative.</exception>
    public ClusterMemberScore(UnitCode unit, string name, decimal score, ClusterScoreSource source)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Preconditions.CheckArgument(!unit.IsDefault, nameof(unit), "The member's unit code is the default value.");
        ArgumentOutOfRangeException.ThrowIfNegative(score);
        Preconditions.CheckArgument(Enum.IsDefined(source), nameof(source), $"Unknown score source {source}.");
        Unit = unit;
        Name = name;
        Score = score;
        Source = source;
    }

    /// <summary>
    /// Turns a judged contest round into contest-result scores for the members of a cluster: each member's
    /// score is the published score of its best team in the round. Members that entered no team get no score.
    /// </summary>
    /// <param name="result">The judged round.</param>
    /// <param name="cluster">The cluster.</param>
    /// <param name="unitName">Gives a member unit's display name.</param>
    /// <returns>One score per member that entered a team, in the cluster's member order, with source <see cref="ClusterScoreSource.ContestResult"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<ClusterMemberScore> FromRound(RoundResult result, EmulationCluster cluster, Func<UnitCode, string> unitName)
    {
        Guard.Against.Null(result);
        Guard.Against.Null(cluster);
        Guard.Against.Null(unitName);
        var best = new Dictionary<UnitCode, decimal>();
        foreach (var score in result.Scores)
        {
            if (!best.TryGetValue(score.Team.Unit, out decimal current) || score.Score > current)
            {
                best[score.Team.Unit] = score.Score;
            }
        }

        var list = new List<ClusterMemberScore>(cluster.Members.Count);
        foreach (var unit in cluster.Members)
        {
            if (best.TryGetValue(unit, out decimal score))
            {
                list.Add(new ClusterMemberScore(unit, unitName(unit), score, ClusterScoreSource.ContestResult));
            }
        }

        return list.ToArray();
    }

    /// <summary>Gets the member unit.</summary>
    public UnitCode Unit { get; }

    /// <summary>Gets the unit's display name.</summary>
    public string Name { get; }

    /// <summary>Gets the score compared.</summary>
    public decimal Score { get; }

    /// <summary>Gets where the score comes from.</summary>
    public ClusterScoreSource Source { get; }

    /// <summary>Compares two member scores for equality.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ClusterMemberScore? left, ClusterMemberScore? right) => Equals(left, right);

    /// <summary>Compares two member scores for inequality.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(ClusterMemberScore? left, ClusterMemberScore? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(ClusterMemberScore? other) =>
        other is not null && Unit == other.Unit && Name == other.Name && Score == other.Score && Source == other.Source;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ClusterMemberScore);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Unit, Score, Source);

    /// <summary>Returns the unit and its score.</summary>
    /// <returns>For example "00643 Xã Tân Triều: 96.5".</returns>
    public override string ToString() => $"{Unit} {Name}: {Score.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
