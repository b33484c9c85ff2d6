using System;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Organization;
using NodaTime;

namespace MassMobilization.Core.AdministrativeUnits;

/// <summary>
/// One row of the official mapping: an old unit goes, whole or in part, into a new unit on
/// <see cref="EffectiveDate"/>, as decided by <see cref="Resolution"/>.
/// </summary>
public sealed class UnitLink : IEquatable<UnitLink>
{
    internal UnitLink(AdministrativeUnit predecessor, AdministrativeUnit successor, bool isWhole, DocumentNumber resolution)
    {
        Predecessor = predecessor;
        Successor = successor;
        IsWhole = isWhole;
        Resolution = resolution;
    }

    /// <summary>Gets the old unit (the version in force on the day before <see cref="EffectiveDate"/>).</summary>
    public AdministrativeUnit Predecessor { get; }

    /// <summary>Gets the new unit (the version in force from <see cref="EffectiveDate"/>).</summary>
    public AdministrativeUnit Successor { get; }

    /// <summary>Gets a value indicating whether the whole of <see cref="Predecessor"/> goes into <see cref="Successor"/> (toàn bộ); otherwise it is divided between several new units and only part of it goes here (một phần).</summary>
    public bool IsWhole { get; }

    /// <summary>Gets the resolution that decided the arrangement, for example <c>1656/NQ-UBTVQH15</c> for a commune of Hà Nội or <c>202/2025/QH15</c> for a province.</summary>
    public DocumentNumber Resolution { get; }

    /// <summary>Gets the first day of <see cref="Successor"/>.</summary>
    public LocalDate EffectiveDate => Successor.Validity.Start;

    /// <inheritdoc />
    public bool Equals(UnitLink? other) =>
        other is not null && Predecessor == other.Predecessor && Successor == other.Successor && IsWhole == other.IsWhole && Resolution == other.Resolution;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as UnitLink);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Predecessor, Successor, IsWhole, Resolution);

    /// <summary>Describes the link.</summary>
    /// <returns>For example <c>00001 Phường Phúc Xá → 00097 Phường Hồng Hà (whole, 1656/NQ-UBTVQH15)</c>.</returns>
    public override string ToString() =>
        $"{Predecessor.Code} {Predecessor.VietnameseName} → {Successor.Code} {Successor.VietnameseName} ({(IsWhole ? "whole" : "part")}, {Resolution})";

    /// <summary>Compares two links for equality.</summary>
    /// <param name="left">The first link.</param>
    /// <param name="right">The second link.</param>
    /// <returns><see langword="true"/> when both are equal or both null.</returns>
    public static bool operator ==(UnitLink? left, UnitLink? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two links for inequality.</summary>
    /// <param name="left">The first link.</param>
    /// <param name="right">The second link.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(UnitLink? left, UnitLink? right) => !(left == right);
}
