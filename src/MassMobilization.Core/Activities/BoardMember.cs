using System;
using Ardalis.GuardClauses;
using MassMobilization.Core.Organization;

namespace MassMobilization.Core.Activities;

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
