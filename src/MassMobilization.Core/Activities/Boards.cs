using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using MassMobilization.Core.Organization;
using NodaTime;

namespace MassMobilization.Core.Activities;

/// <summary>A member's role on a board (docs/activities.md "Grassroots democracy").</summary>
/// <remarks>The default value is <see cref="Member"/>.</remarks>
public enum BoardRole
{
    /// <summary>A member.</summary>
    Member = 0,

    /// <summary>The head (trưởng ban).</summary>
    Head = 1,

    /// <summary>A deputy head (phó trưởng ban).</summary>
    DeputyHead = 2,
}

/// <summary>A member of a People's Inspection Board or a Community Investment Supervision Board: a local resident of a village (docs/activities.md "Grassroots democracy").</summary>
public sealed record BoardMember
{
    /// <summary>Initializes a member.</summary>
    /// <param name="name">The member's name.</param>
    /// <param name="role">The role.</param>
    /// <param name="village">The village or residential group the member lives in and represents.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank or <paramref name="village"/> is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is not defined.</exception>
    public BoardMember(string name, BoardRole role, UnitCode village)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Role = Checks.Defined(role, nameof(role));
        Preconditions.CheckArgument(!village.IsDefault, nameof(village), "The village must not be the default value.");
        Name = name;
        Village = village;
    }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the role.</summary>
    public BoardRole Role { get; }

    /// <summary>Gets the village.</summary>
    public UnitCode Village { get; }
}

/// <summary>
/// The size rules of the People's Inspection Board (Law 10/2022/QH15 art. 36; docs/activities.md
/// "Grassroots democracy"): at least 5 members; at most 2 deputy heads when the board has 9 members or
/// more. The number of deputies below 9 members is not confirmed: <see cref="MaximumDeputiesBelowThreshold"/>
/// is configuration, default 1, and <see cref="IsBelowThresholdConfirmed"/> is false.
/// </summary>
public sealed record InspectionBoardPolicy
{
    /// <summary>Initializes a policy.</summary>
    /// <param name="minimumMembers">The minimum number of members; positive.</param>
    /// <param name="deputyThreshold">From this many members, <paramref name="maximumDeputiesFromThreshold"/> applies; positive.</param>
    /// <param name="maximumDeputiesFromThreshold">The maximum deputies with at least <paramref name="deputyThreshold"/> members; not negative.</param>
    /// <param name="maximumDeputiesBelowThreshold">The maximum deputies with fewer members; not negative.</param>
    /// <param name="isBelowThresholdConfirmed">Whether <paramref name="maximumDeputiesBelowThreshold"/> was confirmed.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public InspectionBoardPolicy(int minimumMembers, int deputyThreshold, int maximumDeputiesFromThreshold, int maximumDeputiesBelowThreshold, bool isBelowThresholdConfirmed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(minimumMembers);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(deputyThreshold);
        ArgumentOutOfRangeException.ThrowIfNegative(maximumDeputiesFromThreshold);
        ArgumentOutOfRangeException.ThrowIfNegative(maximumDeputiesBelowThreshold);
        MinimumMembers = minimumMembers;
        DeputyThreshold = deputyThreshold;
        MaximumDeputiesFromThreshold = maximumDeputiesFromThreshold;
        MaximumDeputiesBelowThreshold = maximumDeputiesBelowThreshold;
        IsBelowThresholdConfirmed = isBelowThresholdConfirmed;
    }

    /// <summary>Gets the law's values (at least 5; at most 2 deputies from 9 members) with the unconfirmed default of 1 deputy below 9.</summary>
    public static InspectionBoardPolicy Default { get; } = new(5, 9, 2, 1, false);

    /// <summary>Gets the minimum number of members.</summary>
    public int MinimumMembers { get; }

    /// <summary>Gets the member count from which <see cref="MaximumDeputiesFromThreshold"/> applies.</summary>
    public int DeputyThreshold { get; }

    /// <summary>Gets the maximum deputies with at least <see cref="DeputyThreshold"/> members.</summary>
    public int MaximumDeputiesFromThreshold { get; }

    /// <summary>Gets the maximum deputies with fewer members (configuration).</summary>
    public int MaximumDeputiesBelowThreshold { get; }

    /// <summary>Gets a value indicating whether <see cref="MaximumDeputiesBelowThreshold"/> was confirmed.</summary>
    public bool IsBelowThresholdConfirmed { get; }

    /// <summary>Gives the maximum deputies for a board size.</summary>
    /// <param name="members">The number of members.</param>
    /// <returns>The maximum number of deputy heads.</returns>
    public int MaximumDeputies(int members) => members >= DeputyThreshold ? MaximumDeputiesFromThreshold : MaximumDeputiesBelowThreshold;
}

/// <summary>
/// A commune's People's Inspection Board (Ban Thanh tra nhân dân; Law 10/2022/QH15 art. 36;
/// docs/activities.md "Grassroots democracy"), validated on creation: at least 5 members, every village
/// or residential group of the commune represented and no member from outside them, exactly one head,
/// and no more deputies than <see cref="InspectionBoardPolicy"/> allows. Its term follows the village
/// heads' term, given as <see cref="Term"/>.
/// </summary>
public sealed class PeoplesInspectionBoard : IActivityRecord
{
    private readonly BoardMember[] members;
    private readonly UnitCode[] villages;
    private readonly ActivityQuantity[] quantities;
    private IReadOnlyList<BoardMember>? membersView;
    private IReadOnlyList<UnitCode>? villagesView;
    private IReadOnlyList<ActivityQuantity>? quantitiesView;

    /// <summary>Initializes a board.</summary>
    /// <param name="id">The record's id.</param>
    /// <param name="commune">The commune.</param>
    /// <param name="electedOn">The election date, within the term.</param>
    /// <param name="term">The term: the village heads' term.</param>
    /// <param name="villages">The villages and residential groups of the commune; no repeats.</param>
    /// <param name="members">The members.</param>
    /// <param name="policy">The size rules.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">The id or commune is the default value, a village is the default value or repeated, a member is null, or the election date is outside the term.</exception>
    /// <exception cref="DomainRuleException">Too few members (<see cref="ActivityRuleCodes.InspectionBoardTooSmall"/>), a village unrepresented or a member from elsewhere (<see cref="ActivityRuleCodes.InspectionBoardVillages"/>), not exactly one head (<see cref="ActivityRuleCodes.InspectionBoardHead"/>) or too many deputies (<see cref="ActivityRuleCodes.InspectionBoardDeputies"/>).</exception>
    public PeoplesInspectionBoard(ActivityId id, UnitCode commune, LocalDate electedOn, ValidityPeriod term, IEnumerable<UnitCode> villages, IEnumerable<BoardMember> members, InspectionBoardPolicy policy)
    {
        Guard.Against.Null(villages);
        Guard.Against.Null(members);
        Guard.Against.Null(policy);
        Id = ActivityId.Check(id, nameof(id));
        Preconditions.CheckArgument(!commune.IsDefault, nameof(commune), "The commune must not be the default value.");
        Preconditions.CheckArgument(term.Contains(electedOn), nameof(electedOn), $"The election on {Checks.Iso(electedOn)} is outside the term {term}.");
        var villageSet = new HashSet<UnitCode>();
        var villageList = new List<UnitCode>();
        foreach (var village in villages)
        {
            Preconditions.CheckArgument(!village.IsDefault, nameof(villages), "A village is the default value.");
            Preconditions.CheckArgument(villageSet.Add(village), nameof(villages), $"The village {village} is repeated.");
            villageList.Add(village);
        }

        var list = Preconditions.CheckNotNullElements(members, nameof(members));
        Guard.Against.RuleViolation(
            list.Length >= policy.MinimumMembers,
            ActivityRuleCodes.InspectionBoardTooSmall,
            string.Create(CultureInfo.InvariantCulture, $"A People's Inspection Board has at least {policy.MinimumMembers} members; {list.Length} given (Law 10/2022/QH15 art. 36)."));
        var represented = new HashSet<UnitCode>();
        int heads = 0;
        int deputies = 0;
        foreach (var member in list)
        {
            Guard.Against.RuleViolation(villageSet.Contains(member.Village), ActivityRuleCodes.InspectionBoardVillages, $"{member.Name} lives in {member.Village}, which is not a village of {commune}.");
            represented.Add(member.Village);
            heads += member.Role == BoardRole.Head ? 1 : 0;
            deputies += member.Role == BoardRole.DeputyHead ? 1 : 0;
        }

        foreach (var village in villageList)
        {
            Guard.Against.RuleViolation(represented.Contains(village), ActivityRuleCodes.InspectionBoardVillages, $"The village {village} has no member on the board (one member per village or residential group).");
        }

        Guard.Against.RuleViolation(heads == 1, ActivityRuleCodes.InspectionBoardHead, string.Create(CultureInfo.InvariantCulture, $"A board has exactly one head; {heads} given."));
        int allowed = policy.MaximumDeputies(list.Length);
        Guard.Against.RuleViolation(
            deputies <= allowed,
            ActivityRuleCodes.InspectionBoardDeputies,
            string.Create(CultureInfo.InvariantCulture, $"A board of {list.Length} members has at most {allowed} deputy head(s){(list.Length >= policy.DeputyThreshold || policy.IsBelowThresholdConfirmed ? string.Empty : " (configured, unconfirmed)")}; {deputies} given."));
        Commune = commune;
        Date = electedOn;
        Term = term;
        Policy = policy;
        this.villages = villageList.ToArray();
        this.members = list;
        quantities = [new(ActivityMeasures.Count, 1), new(ActivityMeasures.Members, list.Length)];
    }

    /// <inheritdoc />
    public ActivityId Id { get; }

    /// <summary>Gets the commune.</summary>
    public UnitCode Commune { get; }

    /// <summary>Gets the unit the record is kept against: the commune.</summary>
    public UnitCode Unit => Commune;

    /// <summary>Gets the election date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the term.</summary>
    public ValidityPeriod Term { get; }

    /// <summary>Gets the size rules the board was checked against.</summary>
    public InspectionBoardPolicy Policy { get; }

    /// <summary>Gets the villages and residential groups of the commune.</summary>
    public IReadOnlyList<UnitCode> Villages => villagesView ??= ReadOnlyView.Of(villages);

    /// <summary>Gets the members.</summary>
    public IReadOnlyList<BoardMember> Members => membersView ??= ReadOnlyView.Of(members);

    /// <inheritdoc />
    public IReadOnlyList<ActivityQuantity> Quantities => quantitiesView ??= ReadOnlyView.Of(quantities);

    /// <summary>Returns "id: People's Inspection Board of commune, n members".</summary>
    /// <returns>The readable form.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Id}: People's Inspection Board of {Commune}, {members.Length} members, term {Term}");
}

/// <summary>
/// A Community Investment Supervision Board (Ban Giám sát đầu tư của cộng đồng; docs/activities.md
/// "Grassroots democracy"): one per programme or project, led by the commune Front, with 5 to 7
/// resident members, checked on creation. Its term is not confirmed (presumably the project's life), so
/// it is an input.
/// </summary>
public sealed class CommunityInvestmentSupervisionBoard : IActivityRecord
{
    /// <summary>The minimum number of members.</summary>
    public const int MinimumMembers = 5;

    /// <summary>The maximum number of members.</summary>
    public const int MaximumMembers = 7;

    private readonly BoardMember[] members;
    private readonly ActivityQuantity[] quantities;
    private IReadOnlyList<BoardMember>? membersView;
    private IReadOnlyList<ActivityQuantity>? quantitiesView;

    /// <summary>Initializes a board.</summary>
    /// <param name="id">The record's id.</param>
    /// <param name="commune">The commune.</param>
    /// <param name="project">The programme or project supervised.</param>
    /// <param name="establishedOn">The date it was set up, within the term.</param>
    /// <param name="term">The term (unconfirmed in the law; usually the project's life).</param>
    /// <param name="members">The 5 to 7 members.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">The id or commune is the default value, the project is blank, a member is null, or the date is outside the term.</exception>
    /// <exception cref="DomainRuleException">Fewer than 5 or more than 7 members (<see cref="ActivityRuleCodes.InvestmentBoardSize"/>).</exception>
    public CommunityInvestmentSupervisionBoard(ActivityId id, UnitCode commune, string project, LocalDate establishedOn, ValidityPeriod term, IEnumerable<BoardMember> members)
    {
        Guard.Against.Null(project);
        Guard.Against.Null(members);
        Id = ActivityId.Check(id, nameof(id));
        Preconditions.CheckArgument(!commune.IsDefault, nameof(commune), "The commune must not be the default value.");
        Guard.Against.NullOrWhiteSpace(project);
        Preconditions.CheckArgument(term.Contains(establishedOn), nameof(establishedOn), $"The date {Checks.Iso(establishedOn)} is outside the term {term}.");
        var list = Preconditions.CheckNotNullElements(members, nameof(members));
        Guard.Against.RuleViolation(
            list.Length is >= MinimumMembers and <= MaximumMembers,
            ActivityRuleCodes.InvestmentBoardSize,
            string.Create(CultureInfo.InvariantCulture, $"A Community Investment Supervision Board has {MinimumMembers} to {MaximumMembers} members; {list.Length} given."));
        Commune = commune;
        Project = project;
        Date = establishedOn;
        Term = term;
        this.members = list;
        quantities = [new(ActivityMeasures.Count, 1), new(ActivityMeasures.Members, list.Length)];
    }

    /// <inheritdoc />
    public ActivityId Id { get; }

    /// <summary>Gets the commune.</summary>
    public UnitCode Commune { get; }

    /// <summary>Gets the unit the record is kept against: the commune.</summary>
    public UnitCode Unit => Commune;

    /// <summary>Gets the programme or project supervised.</summary>
    public string Project { get; }

    /// <summary>Gets the date it was set up.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the term.</summary>
    public ValidityPeriod Term { get; }

    /// <summary>Gets the members.</summary>
    public IReadOnlyList<BoardMember> Members => membersView ??= ReadOnlyView.Of(members);

    /// <inheritdoc />
    public IReadOnlyList<ActivityQuantity> Quantities => quantitiesView ??= ReadOnlyView.Of(quantities);

    /// <summary>Returns "id: board for project, n members".</summary>
    /// <returns>The readable form.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Id}: Community Investment Supervision Board for {Project}, {members.Length} members");
}
