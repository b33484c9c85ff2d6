using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Ranking;

namespace MassMobilization.Core.Emulation;

/// <summary>
/// How the members of an emulation cluster or bloc are compared each year to pick the leading unit:
/// higher score first, then a declared tie-break chain; a unit leads only if it is alone at the top
/// and reaches the minimum score. Provincial flags go only to leaders of clusters the province
/// organises (Law 06/2022/QH15 art. 26); the Government flag is chosen among those leaders (art. 25).
/// </summary>
public sealed class ClusterStandingRule
{
    private readonly RankingRule<ClusterMemberScore> rule;

    /// <summary>Creates a rule.</summary>
    /// <param name="minimumLeaderScore">The least score a leader must reach, or null for none (for example 85, "good" on a 100-point rubric, since only units graded at least good may be proposed for awards).</param>
    /// <param name="tieBreaks">Tie-breaks applied after the score, in order; none when null.</param>
    /// <exception cref="ArgumentException"><paramref name="tieBreaks"/> holds null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumLeaderScore"/> is negative.</exception>
    public ClusterStandingRule(decimal? minimumLeaderScore = null, IEnumerable<RankingCriterion<ClusterMemberScore>>? tieBreaks = null)
    {
        if (minimumLeaderScore is { } minimum)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(minimum, nameof(minimumLeaderScore));
        }

        var criteria = new List<RankingCriterion<ClusterMemberScore>>
        {
            RankingCriterion.HigherFirst("Score", (ClusterMemberScore m) => m.Score, s => s.ToString(CultureInfo.InvariantCulture)),
        };
        if (tieBreaks is not null)
        {
            criteria.AddRange(Preconditions.CheckNotNullElements(tieBreaks, nameof(tieBreaks)));
        }

        MinimumLeaderScore = minimumLeaderScore;
        rule = new RankingRule<ClusterMemberScore>(criteria, m => m.Unit.Value);
    }

    /// <summary>Gets the least score a leader must reach, or null for none.</summary>
    public decimal? MinimumLeaderScore { get; }

    /// <summary>Gets the ranking rule: score, then the tie-breaks.</summary>
    public RankingRule<ClusterMemberScore> RankingRule => rule;

    /// <summary>
    /// Compares the members of an <see cref="EmulationCluster"/> of the organisation chart for a year and
    /// picks the leading unit. Every member must have a score, and only members may be scored.
    /// </summary>
    /// <param name="cluster">The cluster.</param>
    /// <param name="year">The year compared.</param>
    /// <param name="members">The members' scores, all from the same source, one per member; their order does not matter.</param>
    /// <returns>The standing, named after the cluster's Vietnamese name.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="members"/> holds null.</exception>
    /// <exception cref="DomainRuleException">
    /// A scored unit is not a member of the cluster (<c>EMU-NOT-CLUSTER-MEMBER</c>), a member has no score
    /// (<c>EMU-CLUSTER-MEMBER-NOT-SCORED</c>), or any error of <see cref="Compare(string, int, IEnumerable{ClusterMemberScore})"/>.
    /// </exception>
    public ClusterStanding Compare(EmulationCluster cluster, int year, IEnumerable<ClusterMemberScore> members)
    {
        Guard.Against.Null(cluster);
        Guard.Against.Null(members);
        var array = Preconditions.CheckNotNullElements(members, nameof(members));
        var memberSet = new HashSet<UnitCode>(cluster.Members);
        var scored = new HashSet<UnitCode>();
        foreach (var member in array)
        {
            Guard.Against.RuleViolation(memberSet.Contains(member.Unit), EmulationRuleCodes.NotClusterMember, $"Unit {member.Unit} ('{member.Name}') is scored in cluster '{cluster.VietnameseName}' ({cluster.Id}) for {year}, but is not one of its members.");
            scored.Add(member.Unit);
        }

        foreach (var unit in cluster.Members)
        {
            Guard.Against.RuleViolation(scored.Contains(unit), EmulationRuleCodes.ClusterMemberNotScored, $"Member {unit} of cluster '{cluster.VietnameseName}' ({cluster.Id}) has no score for {year}; every member is compared.");
        }

        return Compare(cluster.VietnameseName, year, array);
    }

    /// <summary>Compares the members of a cluster for a year and picks the leading unit.</summary>
    /// <param name="cluster">The cluster's name, for example "Cụm thi đua số 3".</param>
    /// <param name="year">The year compared.</param>
    /// <param name="members">The members' scores, all from the same source; their order does not matter.</param>
    /// <returns>The standing.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="cluster"/> is blank or <paramref name="members"/> holds null.</exception>
    /// <exception cref="DomainRuleException">There are no members (<c>EMU-EMPTY-CLUSTER</c>), a unit appears twice (<c>EMU-DUPLICATE-CLUSTER-MEMBER</c>), or the scores come from different sources (<c>EMU-MIXED-SCORE-SOURCES</c>).</exception>
    public ClusterStanding Compare(string cluster, int year, IEnumerable<ClusterMemberScore> members)
    {
        Guard.Against.Null(cluster);
        Guard.Against.Null(members);
        Guard.Against.NullOrWhiteSpace(cluster);
        var array = Preconditions.CheckNotNullElements(members, nameof(members));
        Guard.Against.RuleViolation(array.Length > 0, EmulationRuleCodes.EmptyCluster, $"Cluster '{cluster}' has no members to compare for {year}.");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in array)
        {
            Guard.Against.RuleViolation(seen.Add(member.Unit.Value), EmulationRuleCodes.DuplicateClusterMember, $"Unit {member.Unit} appears twice in cluster '{cluster}' for {year}.");
            Guard.Against.RuleViolation(member.Source == array[0].Source, EmulationRuleCodes.MixedScoreSources, $"Cluster '{cluster}' mixes scores from {array[0].Source} and {member.Source} (unit {member.Unit}) for {year}; compare one kind of score.");
        }

        var ranking = rule.Rank(array);
        var top = ranking[0];
        var inv = CultureInfo.InvariantCulture;
        string source = array[0].Source == ClusterScoreSource.EvaluationScore ? "evaluation score" : "contest result";
        if (top.IsTied)
        {
            var tied = new List<string>();
            foreach (var item in ranking)
            {
                if (item.Rank == 1)
                {
                    tied.Add($"'{item.Item.Name}' ({item.Item.Unit})");
                }
            }

            return new ClusterStanding(cluster, year, array[0].Source, ranking, null, string.Format(inv, "No leader: {0} are tied on every criterion with {1} {2}; the cluster must decide.", string.Join(", ", tied), source, top.Item.Score));
        }

        if (MinimumLeaderScore is { } minimum && top.Item.Score < minimum)
        {
            return new ClusterStanding(cluster, year, array[0].Source, ranking, null, string.Format(inv, "No leader: the best {0}, {1} of '{2}', is below the minimum {3} required to lead.", source, top.Item.Score, top.Item.Name, minimum));
        }

        string reason = ranking.Count == 1
            ? string.Format(inv, "'{0}' ({1}) leads cluster '{2}' in {3} as its only member, with {4} {5}.", top.Item.Name, top.Item.Unit, cluster, year, source, top.Item.Score)
            : string.Format(
                inv,
                "'{0}' ({1}) leads cluster '{2}' in {3} with {4} {5}; the runner-up '{6}' is behind on {7} ({8} vs {9}).",
                top.Item.Name,
                top.Item.Unit,
                cluster,
                year,
                source,
                top.Item.Score,
                ranking[1].Item.Name,
                ranking[1].DecidedBy,
                rule.Criteria[IndexOf(ranking[1].DecidedBy!)].Describe(top.Item),
                rule.Criteria[IndexOf(ranking[1].DecidedBy!)].Describe(ranking[1].Item));
        return new ClusterStanding(cluster, year, array[0].Source, ranking, top.Item, reason);
    }

    private int IndexOf(string criterion)
    {
        for (int i = 0; i < rule.Criteria.Count; i++)
        {
            if (rule.Criteria[i].Name == criterion)
            {
                return i;
            }
        }

        return 0;
    }
}
