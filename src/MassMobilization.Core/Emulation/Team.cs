using System;
using Ardalis.GuardClauses;
using MassMobilization.Core.Organization;

namespace MassMobilization.Core.Emulation;

/// <summary>
/// A contest team (đội thi) representing a unit, for example one of the teams of Xã Tân Triều in the
/// grassroots round. The member counts feed the women-priority tie-break (Decree 152/2025/NĐ-CP art. 4).
/// </summary>
public sealed class Team : IEquatable<Team>
{
    /// <summary>Creates a team.</summary>
    /// <param name="id">A stable identifier, unique in the contest, for example "TT-00643-2".</param>
    /// <param name="name">The team's display name.</param>
    /// <param name="unit">The unit the team represents.</param>
    /// <param name="members">The number of members, 0 when unknown.</param>
    /// <param name="womenMembers">The number of women among them.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="name"/> is blank, or <paramref name="unit"/> is the default code.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or there are more women than members.</exception>
    public Team(string id, string name, UnitCode unit, int members = 0, int womenMembers = 0)
    {
        Guard.Against.Null(id);
        Guard.Against.Null(name);
        Guard.Against.NullOrWhiteSpace(id);
        Guard.Against.NullOrWhiteSpace(name);
        Preconditions.CheckArgument(!unit.IsDefault, nameof(unit), "The team's unit code is the default value.");
        ArgumentOutOfRangeException.ThrowIfNegative(members);
        Guard.Against.OutOfRange(womenMembers, nameof(womenMembers), 0, members);
        Id = id;
        Name = name;
        Unit = unit;
        Members = members;
        WomenMembers = womenMembers;
    }

    /// <summary>Gets the team's identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the team's display name.</summary>
    public string Name { get; }

    /// <summary>Gets the unit the team represents.</summary>
    public UnitCode Unit { get; }

    /// <summary>Gets the number of members, 0 when unknown.</summary>
    public int Members { get; }

    /// <summary>Gets the number of women among the members.</summary>
    public int WomenMembers { get; }

    /// <summary>Returns whether women make up at least a share of the members (false when the members are unknown).</summary>
    /// <param name="minimumShare">The share, from 0 to 1, for example 0.70.</param>
    /// <returns><see langword="true"/> when <see cref="WomenMembers"/> / <see cref="Members"/> ≥ <paramref name="minimumShare"/>, compared exactly.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumShare"/> is outside [0, 1].</exception>
    public bool HasWomenShareAtLeast(decimal minimumShare)
    {
        Guard.Against.OutOfRange(minimumShare, nameof(minimumShare), 0m, 1m);
        return Members > 0 && WomenMembers >= minimumShare * Members;
    }

    /// <summary>Compares two teams for equality.</summary>
    /// <param name="left">The first team.</param>
    /// <param name="right">The second team.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Team? left, Team? right) => Equals(left, right);

    /// <summary>Compares two teams for inequality.</summary>
    /// <param name="left">The first team.</param>
    /// <param name="right">The second team.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(Team? left, Team? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(Team? other) =>
        other is not null && Id == other.Id && Name == other.Name && Unit == other.Unit && Members == other.Members && WomenMembers == other.WomenMembers;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Team);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), Unit);

    /// <summary>Returns the team's identifier and name.</summary>
    /// <returns>For example "TT-00643-2 Đội Tân Triều 2".</returns>
    public override string ToString() => $"{Id} {Name}";
}
