using System;
using Ardalis.GuardClauses;
using MassMobilization.Core.Ranking;

namespace MassMobilization.Core.Emulation;

/// <summary>
/// The yearly standing of an emulation cluster or bloc: its members ranked, and the leading unit
/// (đơn vị dẫn đầu) with the reason, if there is one. Made by <see cref="ClusterStandingRule"/>.
/// </summary>
public sealed record ClusterStanding
{
    /// <summary>Creates a standing.</summary>
    /// <param name="cluster">The cluster's name.</param>
    /// <param name="year">The year compared.</param>
    /// <param name="source">Where the scores come from.</param>
    /// <param name="ranking">The members ranked, best first, with reasons.</param>
    /// <param name="leader">The leading unit, or null when the top is tied on every criterion or below the minimum.</param>
    /// <param name="reason">Why the leader leads, or why there is none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="cluster"/>, <paramref name="ranking"/> or <paramref name="reason"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="cluster"/> or <paramref name="reason"/> is blank, <paramref name="source"/> is undefined, or <paramref name="leader"/> is not ranked first.</exception>
    public ClusterStanding(string cluster, int year, ClusterScoreSource source, Ranking<ClusterMemberScore> ranking, ClusterMemberScore? leader, string reason)
    {
        Guard.Against.Null(cluster);
        Guard.Against.Null(ranking);
        Guard.Against.Null(reason);
        Guard.Against.NullOrWhiteSpace(cluster);
        Guard.Against.NullOrWhiteSpace(reason);
        Preconditions.CheckArgument(Enum.IsDefined(source), nameof(source), $"Unknown score source {source}.");
        Preconditions.CheckArgument(
            leader is null || (ranking.Count > 0 && ranking[0].Item == leader && !ranking[0].IsTied),
            nameof(leader),
            "The leader must be the member ranked first alone.");
        Cluster = cluster;
        Year = year;
        Source = source;
        Ranking = ranking;
        Leader = leader;
        Reason = reason;
    }

    /// <summary>Gets the cluster's name.</summary>
    public string Cluster { get; }

    /// <summary>Gets the year compared.</summary>
    public int Year { get; }

    /// <summary>Gets where the scores come from.</summary>
    public ClusterScoreSource Source { get; }

    /// <summary>Gets the members ranked, best first, with reasons.</summary>
    public Ranking<ClusterMemberScore> Ranking { get; }

    /// <summary>Gets the leading unit, or null when the top is tied on every criterion or below the minimum.</summary>
    public ClusterMemberScore? Leader { get; }

    /// <summary>Gets why the leader leads, or why there is none.</summary>
    public string Reason { get; }
}
