using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using MassMobilization.Core.Organization;
using NodaTime;

namespace MassMobilization.Core.Activities;

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
