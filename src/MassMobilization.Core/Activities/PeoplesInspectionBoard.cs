using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using MassMobilization.Core.Organization;
using NodaTime;

namespace MassMobilization.Core.Activities;

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
