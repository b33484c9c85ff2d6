using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using MassMobilization.Core.Organization;
using NodaTime;

namespace MassMobilization.Core.Activities;

/// <summary>A political core team (tổ/đội nòng cốt chính trị; docs/activities.md "Ethnic and religious outreach"): its unit, leader and members; no national structure rule.</summary>
public sealed class PoliticalCoreTeam : IActivityRecord
{
    private readonly string[] members;
    private readonly ActivityQuantity[] quantities;
    private IReadOnlyList<string>? membersView;
    private IReadOnlyList<ActivityQuantity>? quantitiesView;

    /// <summary>Initializes a team.</summary>
    /// <param name="id">The record's id.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="establishedOn">The date it was set up.</param>
    /// <param name="name">The team's name.</param>
    /// <param name="leader">The leader, who is one of the members.</param>
    /// <param name="members">The members, leader included; no repeats.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">The id or unit is the default value, a text is blank, a member is repeated, or the leader is not a member.</exception>
    public PoliticalCoreTeam(ActivityId id, UnitCode unit, LocalDate establishedOn, string name, string leader, IEnumerable<string> members)
    {
        Guard.Against.Null(name);
        Guard.Against.Null(leader);
        Guard.Against.Null(members);
        Id = ActivityId.Check(id, nameof(id));
        Preconditions.CheckArgument(!unit.IsDefault, nameof(unit), "The unit must not be the default value.");
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.NullOrWhiteSpace(leader);
        this.members = Checks.NonBlankTexts(members, nameof(members));
        Preconditions.CheckArgument(new HashSet<string>(this.members, StringComparer.Ordinal).Count == this.members.Length, nameof(members), "A member is repeated.");
        Preconditions.CheckArgument(Array.IndexOf(this.members, leader) >= 0, nameof(leader), $"The leader {leader} is not a member.");
        Unit = unit;
        Date = establishedOn;
        Name = name;
        Leader = leader;
        quantities = [new(ActivityMeasures.Count, 1), new(ActivityMeasures.Members, this.members.Length)];
    }

    /// <inheritdoc />
    public ActivityId Id { get; }

    /// <inheritdoc />
    public UnitCode Unit { get; }

    /// <summary>Gets the date it was set up.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the leader.</summary>
    public string Leader { get; }

    /// <summary>Gets the members, leader included.</summary>
    public IReadOnlyList<string> Members => membersView ??= ReadOnlyView.Of(members);

    /// <summary>Gets the number of members, read without a view (the activity roll-up).</summary>
    internal int MemberCount => members.Length;

    /// <inheritdoc />
    public IReadOnlyList<ActivityQuantity> Quantities => quantitiesView ??= ReadOnlyView.Of(quantities);

    /// <summary>Returns "id: name (n members)".</summary>
    /// <returns>The readable form.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Id}: {Name} ({members.Length} members)");
}
