using MassMobilization.Core.Ranking;

namespace MassMobilization.Core.Emulation;

/// <summary>The yearly standing of an emulation cluster or bloc: its members ranked, and the leading unit (đơn vị dẫn đầu) with the reason, if there is one.</summary>
/// <param name="Cluster">The cluster's name.</param>
/// <param name="Year">The year compared.</param>
/// <param name="Source">Where the scores come from.</param>
/// <param name="Ranking">The members ranked, best first, with reasons.</param>
/// <param name="Leader">The leading unit, or null when the top is tied on every criterion or below the minimum.</param>
/// <param name="Reason">Why the leader leads, or why there is none.</param>
public sealed record ClusterStanding(string Cluster, int Year, ClusterScoreSource Source, Ranking<ClusterMemberScore> Ranking, ClusterMemberScore? Leader, string Reason);
