using System;
using Ardalis.GuardClauses;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Text;

namespace MassMobilization.Core.Mobilization;

/// <summary>
/// The owner of a model, or the subject of an exemplar: a collective (tập thể: a committee, or a
/// unit as a whole) or an individual (cá nhân) with the unit they belong to. Every owner has a
/// <see cref="Unit"/>, which is also the area used by the duplicate check.
/// </summary>
public sealed class ModelOwner : IEquatable<ModelOwner>
{
    private ModelOwner(OwnerKind kind, UnitCode unit, CommitteeId? committee, string? personName)
    {
        Kind = kind;
        Unit = unit;
        Committee = committee;
        PersonName = personName;
    }

    /// <summary>Gets the kind of owner.</summary>
    public OwnerKind Kind { get; }

    /// <summary>Gets a value indicating whether the owner is a collective (committee or unit).</summary>
    public bool IsCollective => Kind != OwnerKind.Individual;

    /// <summary>Gets the unit the owner belongs to (for a unit owner, the unit itself).</summary>
    public UnitCode Unit { get; }

    /// <summary>Gets the committee, for a committee owner; otherwise <see langword="null"/>.</summary>
    public CommitteeId? Committee { get; }

    /// <summary>Gets the person's name (Unicode NFC), for an individual; otherwise <see langword="null"/>.</summary>
    public string? PersonName { get; }

    /// <summary>Creates a collective owner that is a committee or other body of a unit.</summary>
    /// <param name="committee">The committee.</param>
    /// <param name="unit">The unit the committee belongs to.</param>
    /// <returns>The owner.</returns>
    /// <exception cref="ArgumentException">An argument is the default value.</exception>
    public static ModelOwner ForCommittee(CommitteeId committee, UnitCode unit)
    {
        Preconditions.CheckArgument(!committee.IsDefault, nameof(committee), "The committee id must not be the default value.");
        CheckUnit(unit);
        return new(OwnerKind.Committee, unit, committee, null);
    }

    /// <summary>Creates a collective owner that is a unit as a whole.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The owner.</returns>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is the default value.</exception>
    public static ModelOwner ForUnit(UnitCode unit)
    {
        CheckUnit(unit);
        return new(OwnerKind.Unit, unit, null, null);
    }

    /// <summary>Creates an individual owner.</summary>
    /// <param name="personName">The person's name; kept in Unicode NFC.</param>
    /// <param name="unit">The unit the person belongs to.</param>
    /// <returns>The owner.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="personName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="personName"/> is blank, or <paramref name="unit"/> is the default value.</exception>
    public static ModelOwner ForIndividual(string personName, UnitCode unit)
    {
        Guard.Against.NullOrWhiteSpace(personName);
        CheckUnit(unit);
        return new(OwnerKind.Individual, unit, null, UnicodeText.ToFormC(personName.Trim()));
    }

    /// <inheritdoc />
    public bool Equals(ModelOwner? other) =>
        other is not null && Kind == other.Kind && Unit == other.Unit && Nullable.Equals(Committee, other.Committee)
        && string.Equals(PersonName, other.PersonName, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ModelOwner);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Unit, Committee, PersonName is null ? 0 : StringComparer.Ordinal.GetHashCode(PersonName));

    /// <summary>Returns a readable form such as "Committee 01-BDV of unit 10117".</summary>
    /// <returns>The readable form.</returns>
    public override string ToString() => Kind switch
    {
        OwnerKind.Committee => $"Committee {Committee} of unit {Unit}",
        OwnerKind.Unit => $"Unit {Unit}",
        _ => $"{PersonName} of unit {Unit}",
    };

    /// <summary>Compares two owners for equality.</summary>
    /// <param name="left">The first owner.</param>
    /// <param name="right">The second owner.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ModelOwner? left, ModelOwner? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two owners for inequality.</summary>
    /// <param name="left">The first owner.</param>
    /// <param name="right">The second owner.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(ModelOwner? left, ModelOwner? right) => !(left == right);

    private static void CheckUnit(UnitCode unit) =>
        Preconditions.CheckArgument(!unit.IsDefault, nameof(unit), "The unit code must not be the default value.");
}
