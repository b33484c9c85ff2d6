using System;
using Ardalis.GuardClauses;
using MassMobilization.Core.Organization;

namespace MassMobilization.Core.Activities;

/// <summary>
/// The head of a Party committee or of an authority who receives citizens (người đứng đầu cấp ủy,
/// chính quyền; docs/activities.md "Citizen reception"): who, which body, at which level, in which unit.
/// </summary>
public sealed record ReceptionHead
{
    /// <summary>Initializes a head.</summary>
    /// <param name="id">The person's id in the application.</param>
    /// <param name="name">The person's name.</param>
    /// <param name="body">The body the person heads, for example <see cref="CommitteeKind.PartyCommittee"/> or <see cref="CommitteeKind.PeoplesCommittee"/>.</param>
    /// <param name="level">The level.</param>
    /// <param name="unit">The administrative unit.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="body"/> is null.</exception>
    /// <exception cref="ArgumentException">The id or the unit is the default value, or the name is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a defined level.</exception>
    public ReceptionHead(ActivityId id, string name, CommitteeKind body, ReceptionLevel level, UnitCode unit)
    {
        Guard.Against.Null(name);
        Guard.Against.Null(body);
        Guard.Against.NullOrWhiteSpace(name);
        Id = ActivityId.Check(id, nameof(id));
        Preconditions.CheckArgument(!unit.IsDefault, nameof(unit), "The unit must not be the default value.");
        if (!Enum.IsDefined(level))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown reception level.");
        }

        Name = name;
        Body = body;
        Level = level;
        Unit = unit;
    }

    /// <summary>Gets the person's id.</summary>
    public ActivityId Id { get; }

    /// <summary>Gets the person's name.</summary>
    public string Name { get; }

    /// <summary>Gets the body the person heads.</summary>
    public CommitteeKind Body { get; }

    /// <summary>Gets the level.</summary>
    public ReceptionLevel Level { get; }

    /// <summary>Gets the administrative unit.</summary>
    public UnitCode Unit { get; }

    /// <summary>Returns "name (body, level, unit)".</summary>
    /// <returns>The readable form.</returns>
    public override string ToString() => $"{Name} ({Body.EnglishName}, {Level}, {Unit})";
}
