using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Ardalis.GuardClauses;
using MassMobilization.Core.Text;
using NodaTime;

namespace MassMobilization.Core.Organization;

/// <summary>Whether an emulation group gathers units by territory or by sector.</summary>
public enum EmulationClusterKind
{
    /// <summary>A cluster (cụm thi đua) of neighbouring territorial units, for example provinces of one region.</summary>
    Territorial = 0,

    /// <summary>A bloc (khối thi đua) of agencies or bodies of one sector.</summary>
    Sectoral = 1,
}

/// <summary>
/// The head unit (trưởng cụm/khối) and deputy head unit (phó trưởng cụm/khối) of an emulation cluster for
/// one year. Values are equal when year, head and deputy are equal.
/// </summary>
public sealed record ClusterLeadership
{
    /// <summary>Initializes a new leadership.</summary>
    /// <param name="year">The emulation year.</param>
    /// <param name="head">The head unit.</param>
    /// <param name="deputy">The deputy head unit.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1900..9999.</exception>
    /// <exception cref="ArgumentException"><paramref name="head"/> or <paramref name="deputy"/> is the default code.</exception>
    /// <exception cref="DomainRuleException"><paramref name="head"/> equals <paramref name="deputy"/> (rule <c>ORG-CLUSTER-HEAD-IS-DEPUTY</c>).</exception>
    public ClusterLeadership(int year, UnitCode head, UnitCode deputy)
    {
        Guard.Against.OutOfRange(year, nameof(year), 1900, 9999);
        Preconditions.CheckArgument(!head.IsDefault, nameof(head), "The head is the default (empty) code.");
        Preconditions.CheckArgument(!deputy.IsDefault, nameof(deputy), "The deputy is the default (empty) code.");
        Guard.Against.RuleViolation(head != deputy, OrganizationRuleCodes.ClusterHeadIsDeputy, $"Unit {head} cannot be both head and deputy head in {year.ToString(CultureInfo.InvariantCulture)}.");
        Year = year;
        Head = head;
        Deputy = deputy;
    }

    /// <summary>Gets the emulation year.</summary>
    public int Year { get; }

    /// <summary>Gets the head unit.</summary>
    public UnitCode Head { get; }

    /// <summary>Gets the deputy head unit.</summary>
    public UnitCode Deputy { get; }
}

/// <summary>
/// An emulation cluster or bloc (cụm, khối thi đua): member units compared with one another each year,
/// led by a head and a deputy head chosen in rotation at the year-end review (Guidance 1122/BTĐKT-VI,
/// 2011). Immutable: adding a year's leadership returns a new cluster.
/// </summary>
public sealed class EmulationCluster : IDisplayNamed
{
    private readonly UnitCode[] members;
    private IReadOnlyList<UnitCode>? membersView;
    private readonly ClusterLeadership[] leaderships;
    private IReadOnlyList<ClusterLeadership>? leadershipsView;

    /// <summary>Initializes a new cluster.</summary>
    /// <param name="id">The cluster's identifier, for example <c>cum-5</c>.</param>
    /// <param name="vietnameseName">The Vietnamese name, for example <c>Cụm thi đua số 5</c>.</param>
    /// <param name="englishName">The English name.</param>
    /// <param name="kind">Territorial cluster or sectoral bloc.</param>
    /// <param name="members">The member units, in rotation order.</param>
    /// <param name="leaderships">The leaderships of past and current years, at most one per year.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A name or the identifier is empty or white space, <paramref name="kind"/> is not defined, or a member is the default code.</exception>
    /// <exception cref="DomainRuleException">
    /// Fewer than two members (<c>ORG-CLUSTER-TOO-SMALL</c>); a member repeated (<c>ORG-CLUSTER-DUPLICATE-MEMBER</c>);
    /// a head or deputy not a member (<c>ORG-CLUSTER-LEADER-NOT-MEMBER</c>); two leaderships for one year (<c>ORG-CLUSTER-YEAR-TAKEN</c>).
    /// </exception>
    public EmulationCluster(string id, string vietnameseName, string englishName, EmulationClusterKind kind, IEnumerable<UnitCode> members, IEnumerable<ClusterLeadership> leaderships)
    {
        Guard.Against.Null(id);
        Guard.Against.Null(vietnameseName);
        Guard.Against.Null(englishName);
        Guard.Against.Null(members);
        Guard.Against.Null(leaderships);
        Guard.Against.NullOrWhiteSpace(id);
        Guard.Against.NullOrWhiteSpace(vietnameseName);
        Guard.Against.NullOrWhiteSpace(englishName);
        Preconditions.CheckArgument(Enum.IsDefined(kind), nameof(kind), $"Kind {kind} is not defined.");
        var memberList = new List<UnitCode>(members);
        var seen = new HashSet<UnitCode>();
        foreach (var member in memberList)
        {
            Preconditions.CheckArgument(!member.IsDefault, nameof(members), "A member is the default (empty) code.");
            Guard.Against.RuleViolation(seen.Add(member), OrganizationRuleCodes.ClusterDuplicateMember, $"Cluster {id} lists member {member} twice.");
        }

        Guard.Against.RuleViolation(memberList.Count >= 2, OrganizationRuleCodes.ClusterTooSmall, $"Cluster {id} has {memberList.Count} member(s); at least two are needed to compare.");
        var leadershipList = new List<ClusterLeadership>(Preconditions.CheckNotNullElements(leaderships, nameof(leaderships)));
        leadershipList.Sort((a, b) => a.Year.CompareTo(b.Year));
        for (int i = 0; i < leadershipList.Count; i++)
        {
            var leadership = leadershipList[i];
            Guard.Against.RuleViolation(
                i == 0 || leadershipList[i - 1].Year != leadership.Year,
                OrganizationRuleCodes.ClusterYearTaken,
                $"Cluster {id} has two leaderships for {leadership.Year.ToString(CultureInfo.InvariantCulture)}.");
            foreach (var leader in new[] { leadership.Head, leadership.Deputy })
            {
                Guard.Against.RuleViolation(
                    seen.Contains(leader),
                    OrganizationRuleCodes.ClusterLeaderNotMember,
                    $"Unit {leader}, leader of cluster {id} in {leadership.Year.ToString(CultureInfo.InvariantCulture)}, is not a member.");
            }
        }

        Id = id;
        VietnameseName = vietnameseName;
        EnglishName = englishName;
        Kind = kind;
        this.members = memberList.ToArray();
        this.leaderships = leadershipList.ToArray();
    }

    /// <summary>Gets the cluster's identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the Vietnamese name.</summary>
    public string VietnameseName { get; }

    /// <summary>Gets the English name.</summary>
    public string EnglishName { get; }

    /// <summary>Gets whether this is a territorial cluster or a sectoral bloc.</summary>
    public EmulationClusterKind Kind { get; }

    /// <summary>Gets the member units, in rotation order.</summary>
    public IReadOnlyList<UnitCode> Members => membersView ??= ReadOnlyView.Of(members);

    /// <summary>Gets the leaderships, by year.</summary>
    public IReadOnlyList<ClusterLeadership> Leaderships => leadershipsView ??= ReadOnlyView.Of(leaderships);

    /// <summary>Looks up the leadership of a year.</summary>
    /// <param name="year">The emulation year.</param>
    /// <param name="leadership">The leadership, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the year has a leadership.</returns>
    public bool TryGetLeadership(int year, [NotNullWhen(true)] out ClusterLeadership? leadership)
    {
        leadership = Array.Find(leaderships, l => l.Year == year);
        return leadership is not null;
    }

    /// <summary>Gets the leadership of a year.</summary>
    /// <param name="year">The emulation year.</param>
    /// <returns>The leadership.</returns>
    /// <exception cref="DomainRuleException">The year has no leadership (rule <c>ORG-CLUSTER-NO-LEADERSHIP</c>).</exception>
    public ClusterLeadership LeadershipFor(int year) =>
        TryGetLeadership(year, out var leadership)
            ? leadership
            : throw new DomainRuleException(OrganizationRuleCodes.ClusterNoLeadership, $"Cluster {Id} has no leadership for {year.ToString(CultureInfo.InvariantCulture)}.");

    /// <summary>Returns a copy of the cluster with the leadership elected for a year.</summary>
    /// <param name="leadership">The leadership.</param>
    /// <returns>The new cluster.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="leadership"/> is null.</exception>
    /// <exception cref="DomainRuleException">The year already has a leadership, or a leader is not a member.</exception>
    public EmulationCluster WithLeadership(ClusterLeadership leadership)
    {
        Guard.Against.Null(leadership);
        var all = new List<ClusterLeadership>(leaderships) { leadership };
        return new EmulationCluster(Id, VietnameseName, EnglishName, Kind, members, all);
    }

    /// <summary>
    /// Returns a copy of the cluster with the next year's leadership by the default rotation: the
    /// previous year's deputy becomes head and the member after it in rotation order becomes deputy.
    /// A cluster that elects otherwise uses <see cref="WithLeadership"/>.
    /// </summary>
    /// <param name="year">The year to fill; the year before must have a leadership.</param>
    /// <returns>The new cluster.</returns>
    /// <exception cref="DomainRuleException">The year before has no leadership (<c>ORG-CLUSTER-NO-LEADERSHIP</c>), or the year already has one (<c>ORG-CLUSTER-YEAR-TAKEN</c>).</exception>
    public EmulationCluster Rotate(int year)
    {
        var previous = LeadershipFor(year - 1);
        int deputyIndex = Array.IndexOf(members, previous.Deputy);
        var nextDeputy = members[(deputyIndex + 1) % members.Length];
        return WithLeadership(new ClusterLeadership(year, previous.Deputy, nextDeputy));
    }

    /// <summary>Lists the members that are not in force in a chart on a date (for example after a merger).</summary>
    /// <param name="chart">The chart.</param>
    /// <param name="date">The date.</param>
    /// <returns>The members not in force, in rotation order; empty when all are.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="chart"/> is null.</exception>
    public IReadOnlyList<UnitCode> MembersNotInForce(OrganizationChart chart, LocalDate date)
    {
        Guard.Against.Null(chart);
        var snapshot = chart.At(date);
        var missing = new List<UnitCode>();
        foreach (var member in members)
        {
            if (!snapshot.Contains(member))
            {
                missing.Add(member);
            }
        }

        return missing.AsReadOnly();
    }
}
