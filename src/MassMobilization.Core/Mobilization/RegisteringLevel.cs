using System;
using MassMobilization.Core.Organization;

namespace MassMobilization.Core.Mobilization;

/// <summary>
/// Where a model or exemplar is registered: a territorial level (commune, district, province, central)
/// or an agency (a department, a ministry, a mass organisation's committee) at the agency's own level.
/// The level decides which recognitions the registering body may grant (<see cref="RecognitionAuthority"/>).
/// </summary>
/// <remarks>The default value has level 0, which is not a valid level; check <see cref="IsDefault"/>.</remarks>
public readonly struct RegisteringLevel : IEquatable<RegisteringLevel>, IComparable<RegisteringLevel>
{
    private RegisteringLevel(ModelLevel level, CommitteeId agency)
    {
        Level = level;
        Agency = agency.IsDefault ? null : agency;
    }

    /// <summary>Gets the level of the registering body.</summary>
    public ModelLevel Level { get; }

    /// <summary>Gets the agency the model is registered with, or <see langword="null"/> for a territorial registration.</summary>
    public CommitteeId? Agency { get; }

    /// <summary>Gets a value indicating whether this is the default (invalid) value.</summary>
    public bool IsDefault => Level == 0;

    /// <summary>Creates a registration with the territorial body of a level.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The registering level.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a defined level.</exception>
    public static RegisteringLevel Territorial(ModelLevel level) => new(CheckLevel(level), default);

    /// <summary>Creates a registration with an agency, at the agency's level.</summary>
    /// <param name="agency">The agency's committee id.</param>
    /// <param name="agencyLevel">The level the agency belongs to.</param>
    /// <returns>The registering level.</returns>
    /// <exception cref="ArgumentException"><paramref name="agency"/> is the default id.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="agencyLevel"/> is not a defined level.</exception>
    public static RegisteringLevel OfAgency(CommitteeId agency, ModelLevel agencyLevel)
    {
        Preconditions.CheckArgument(!agency.IsDefault, nameof(agency), "The agency id must not be the default value.");
        return new(CheckLevel(agencyLevel, nameof(agencyLevel)), agency);
    }

    /// <inheritdoc />
    public bool Equals(RegisteringLevel other) => Level == other.Level && Nullable.Equals(Agency, other.Agency);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RegisteringLevel other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Level, Agency);

    /// <summary>Orders by level, then territorial before agencies, then by agency id.</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(RegisteringLevel other)
    {
        int c = Level.CompareTo(other.Level);
        return c != 0 ? c : Nullable.Compare(Agency, other.Agency);
    }

    /// <summary>Returns "Province" or "Province (agency 01-SNV)".</summary>
    /// <returns>A readable form.</returns>
    public override string ToString() => Agency is { } a ? $"{Level} (agency {a})" : Level.ToString();

    /// <summary>Compares for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(RegisteringLevel left, RegisteringLevel right) => left.Equals(right);

    /// <summary>Compares for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(RegisteringLevel left, RegisteringLevel right) => !left.Equals(right);

    /// <summary>Orders two values.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(RegisteringLevel left, RegisteringLevel right) => left.CompareTo(right) < 0;

    /// <summary>Orders two values.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first or they are equal.</returns>
    public static bool operator <=(RegisteringLevel left, RegisteringLevel right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two values.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(RegisteringLevel left, RegisteringLevel right) => left.CompareTo(right) > 0;

    /// <summary>Orders two values.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last or they are equal.</returns>
    public static bool operator >=(RegisteringLevel left, RegisteringLevel right) => left.CompareTo(right) >= 0;

    internal static ModelLevel CheckLevel(ModelLevel level, string paramName = "level")
    {
        if (level < ModelLevel.Commune || level > ModelLevel.Central)
        {
            throw new ArgumentOutOfRangeException(paramName, level, "The level must be Commune, District, Province or Central.");
        }

        return level;
    }
}
