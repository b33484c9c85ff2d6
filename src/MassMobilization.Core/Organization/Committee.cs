using System;
using Ardalis.GuardClauses;
using MassMobilization.Core.Text;

namespace MassMobilization.Core.Organization;

/// <summary>
/// One version of a body attached to an administrative unit (cơ quan, tổ chức): a Party committee,
/// a Mass Mobilization Commission, a Fatherland Front committee and so on, with the days on which it
/// exists. Versions are equal when every property is equal.
/// </summary>
/// <remarks>
/// Bodies have their own validity, independent of their unit's (the Party's Propaganda and Mass
/// Mobilization Commissions merged on 2025-02-03, months before the territorial restructuring). An
/// <see cref="OrganizationChart"/> checks that the unit is in force on every day the body is.
/// </remarks>
public sealed class Committee : IEquatable<Committee>, IDisplayNamed
{
    /// <summary>Initializes a new body version.</summary>
    /// <param name="id">The body's identifier.</param>
    /// <param name="vietnameseName">The official Vietnamese name, for example <c>Ban Dân vận Thành ủy Hà Nội</c>.</param>
    /// <param name="englishName">The English name.</param>
    /// <param name="kind">The kind of body.</param>
    /// <param name="unit">The code of the unit the body belongs to.</param>
    /// <param name="validity">The days on which this version exists.</param>
    /// <exception cref="ArgumentNullException">A name or <paramref name="kind"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="unit"/> is a default value, or a name is empty or white space.</exception>
    public Committee(CommitteeId id, string vietnameseName, string englishName, CommitteeKind kind, UnitCode unit, ValidityPeriod validity)
    {
        Guard.Against.Null(vietnameseName);
        Guard.Against.Null(englishName);
        Guard.Against.Null(kind);
        Preconditions.CheckArgument(!id.IsDefault, nameof(id), "The committee id is the default (empty) id.");
        Guard.Against.NullOrWhiteSpace(vietnameseName);
        Guard.Against.NullOrWhiteSpace(englishName);
        Preconditions.CheckArgument(!unit.IsDefault, nameof(unit), "The unit code is the default (empty) code.");
        Id = id;
        VietnameseName = vietnameseName;
        EnglishName = englishName;
        Kind = kind;
        Unit = unit;
        Validity = validity;
    }

    /// <summary>Gets the body's identifier.</summary>
    public CommitteeId Id { get; }

    /// <summary>Gets the official Vietnamese name.</summary>
    public string VietnameseName { get; }

    /// <summary>Gets the English name.</summary>
    public string EnglishName { get; }

    /// <summary>Gets the kind of body.</summary>
    public CommitteeKind Kind { get; }

    /// <summary>Gets the code of the unit the body belongs to.</summary>
    public UnitCode Unit { get; }

    /// <summary>Gets the days on which this version exists.</summary>
    public ValidityPeriod Validity { get; }

    /// <inheritdoc />
    public bool Equals(Committee? other) =>
        other is not null
        && Id == other.Id
        && string.Equals(VietnameseName, other.VietnameseName, StringComparison.Ordinal)
        && string.Equals(EnglishName, other.EnglishName, StringComparison.Ordinal)
        && Kind == other.Kind
        && Unit == other.Unit
        && Validity == other.Validity;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Committee);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, StringComparer.Ordinal.GetHashCode(VietnameseName), Kind, Unit, Validity);

    /// <summary>Returns the identifier, the Vietnamese name and the validity.</summary>
    /// <returns>For example <c>01-BDVTU Ban Dân vận Thành ủy Hà Nội [1930-10-15, 2025-02-02]</c>.</returns>
    public override string ToString() => $"{Id} {VietnameseName} {Validity}";

    /// <summary>Compares two versions for equality.</summary>
    /// <param name="left">The first version.</param>
    /// <param name="right">The second version.</param>
    /// <returns><see langword="true"/> when both are null or all their properties are equal.</returns>
    public static bool operator ==(Committee? left, Committee? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two versions for inequality.</summary>
    /// <param name="left">The first version.</param>
    /// <param name="right">The second version.</param>
    /// <returns><see langword="true"/> when the versions differ.</returns>
    public static bool operator !=(Committee? left, Committee? right) => !(left == right);
}
