using System;
using Ardalis.GuardClauses;
using MassMobilization.Core.Text;

namespace MassMobilization.Core.Organization;

/// <summary>
/// One version of an administrative unit (đơn vị hành chính): its code, official names, kind, parent
/// and the days on which this version is in force. A unit that is renamed, changes kind or moves to
/// another parent gets a new version with the same code; a code may also be reused for a different
/// unit after a restructuring. Versions are equal when every property is equal.
/// </summary>
/// <remarks>
/// The parent is named by its code and is resolved on each date within <see cref="Validity"/>, so a
/// child does not need a new version when its parent only changes name. An
/// <see cref="OrganizationChart"/> checks that the parent is in force on every day the child is.
/// </remarks>
public sealed class AdministrativeUnit : IEquatable<AdministrativeUnit>, IDisplayNamed
{
    /// <summary>Initializes a new unit version.</summary>
    /// <param name="code">The unit's code.</param>
    /// <param name="vietnameseName">The official Vietnamese name with diacritics, for example <c>Xã Tân Triều</c>.</param>
    /// <param name="englishName">The English name, for example <c>Tan Trieu Commune</c>.</param>
    /// <param name="kind">The kind of unit.</param>
    /// <param name="parent">The parent's code, or <see langword="null"/> for a top-level unit.</param>
    /// <param name="validity">The days on which this version is in force.</param>
    /// <exception cref="ArgumentNullException">A name or <paramref name="kind"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="parent"/> is the default code, or a name is empty or white space.</exception>
    /// <exception cref="DomainRuleException"><paramref name="parent"/> equals <paramref name="code"/> (rule <c>ORG-SELF-PARENT</c>).</exception>
    public AdministrativeUnit(UnitCode code, string vietnameseName, string englishName, UnitKind kind, UnitCode? parent, ValidityPeriod validity)
    {
        Guard.Against.Null(vietnameseName);
        Guard.Against.Null(englishName);
        Guard.Against.Null(kind);
        Preconditions.CheckArgument(!code.IsDefault, nameof(code), "The unit code is the default (empty) code.");
        Guard.Against.NullOrWhiteSpace(vietnameseName);
        Guard.Against.NullOrWhiteSpace(englishName);
        Preconditions.CheckArgument(parent is null || !parent.Value.IsDefault, nameof(parent), "The parent code is the default (empty) code.");
        Guard.Against.RuleViolation(
            parent is null || parent.Value != code,
            OrganizationRuleCodes.SelfParent,
            $"Unit {code} ({vietnameseName}) valid {validity} names itself as its parent.");
        Code = code;
        VietnameseName = vietnameseName;
        EnglishName = englishName;
        Kind = kind;
        Parent = parent;
        Validity = validity;
    }

    /// <summary>Gets the unit's code.</summary>
    public UnitCode Code { get; }

    /// <summary>Gets the official Vietnamese name.</summary>
    public string VietnameseName { get; }

    /// <summary>Gets the English name.</summary>
    public string EnglishName { get; }

    /// <summary>Gets the kind of unit.</summary>
    public UnitKind Kind { get; }

    /// <summary>Gets the parent's code, or <see langword="null"/> for a top-level unit.</summary>
    public UnitCode? Parent { get; }

    /// <summary>Gets the days on which this version is in force.</summary>
    public ValidityPeriod Validity { get; }

    /// <inheritdoc />
    public bool Equals(AdministrativeUnit? other) =>
        other is not null
        && Code == other.Code
        && string.Equals(VietnameseName, other.VietnameseName, StringComparison.Ordinal)
        && string.Equals(EnglishName, other.EnglishName, StringComparison.Ordinal)
        && Kind == other.Kind
        && Parent == other.Parent
        && Validity == other.Validity;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AdministrativeUnit);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, StringComparer.Ordinal.GetHashCode(VietnameseName), Kind, Parent, Validity);

    /// <summary>Returns the code, the Vietnamese name and the validity.</summary>
    /// <returns>For example <c>00643 Xã Tân Triều [2008-08-01, 2025-06-30]</c>.</returns>
    public override string ToString() => $"{Code} {VietnameseName} {Validity}";

    /// <summary>Compares two versions for equality.</summary>
    /// <param name="left">The first version.</param>
    /// <param name="right">The second version.</param>
    /// <returns><see langword="true"/> when both are null or all their properties are equal.</returns>
    public static bool operator ==(AdministrativeUnit? left, AdministrativeUnit? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two versions for inequality.</summary>
    /// <param name="left">The first version.</param>
    /// <param name="right">The second version.</param>
    /// <returns><see langword="true"/> when the versions differ.</returns>
    public static bool operator !=(AdministrativeUnit? left, AdministrativeUnit? right) => !(left == right);
}
