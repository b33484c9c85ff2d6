using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using MassMobilization.Core.Text;

namespace MassMobilization.Core.Organization;

/// <summary>
/// A kind of administrative unit (loại đơn vị hành chính), such as a province or a ward. Kinds form an
/// open catalogue: the standard kinds are provided as static members and listed in <see cref="Standard"/>,
/// and an application may create its own kinds with new codes. Kinds are equal when their codes are
/// equal (ordinal comparison).
/// </summary>
public sealed class UnitKind : IEquatable<UnitKind>, IDisplayNamed
{
    /// <summary>Initializes a new kind.</summary>
    /// <param name="code">A stable identifier of the kind, for example <c>ward</c>.</param>
    /// <param name="vietnameseName">The official Vietnamese name, with diacritics.</param>
    /// <param name="englishName">The English name.</param>
    /// <param name="tier">The level of local government the kind belongs to.</param>
    /// <exception cref="ArgumentNullException">A name or the code is null.</exception>
    /// <exception cref="ArgumentException">A name or the code is empty or white space, or <paramref name="tier"/> is not defined.</exception>
    public UnitKind(string code, string vietnameseName, string englishName, UnitTier tier)
    {
        Guard.Against.Null(code);
        Guard.Against.Null(vietnameseName);
        Guard.Against.Null(englishName);
        Guard.Against.NullOrWhiteSpace(code);
        Guard.Against.NullOrWhiteSpace(vietnameseName);
        Guard.Against.NullOrWhiteSpace(englishName);
        Preconditions.CheckArgument(Enum.IsDefined(tier), nameof(tier), $"Tier {tier} is not defined.");
        Code = code;
        VietnameseName = vietnameseName;
        EnglishName = englishName;
        Tier = tier;
    }

    /// <summary>Gets the province kind (tỉnh).</summary>
    public static UnitKind Province { get; } = new("province", "Tỉnh", "Province", UnitTier.Province);

    /// <summary>Gets the centrally-run city kind (thành phố trực thuộc trung ương).</summary>
    public static UnitKind CentrallyRunCity { get; } = new("centrally-run-city", "Thành phố trực thuộc trung ương", "Centrally-run city", UnitTier.Province);

    /// <summary>Gets the rural district kind (huyện); district level, abolished on 2025-07-01.</summary>
    public static UnitKind RuralDistrict { get; } = new("rural-district", "Huyện", "Rural district", UnitTier.District);

    /// <summary>Gets the urban district kind (quận); district level, abolished on 2025-07-01.</summary>
    public static UnitKind UrbanDistrict { get; } = new("urban-district", "Quận", "Urban district", UnitTier.District);

    /// <summary>Gets the district-level town kind (thị xã); abolished on 2025-07-01.</summary>
    public static UnitKind DistrictLevelTown { get; } = new("district-level-town", "Thị xã", "District-level town", UnitTier.District);

    /// <summary>Gets the provincial city kind (thành phố thuộc tỉnh); abolished on 2025-07-01.</summary>
    public static UnitKind ProvincialCity { get; } = new("provincial-city", "Thành phố thuộc tỉnh", "Provincial city", UnitTier.District);

    /// <summary>Gets the municipal city kind (thành phố thuộc thành phố trực thuộc trung ương); abolished on 2025-07-01.</summary>
    public static UnitKind MunicipalCity { get; } = new("municipal-city", "Thành phố thuộc thành phố trực thuộc trung ương", "Municipal city", UnitTier.District);

    /// <summary>Gets the commune kind (xã).</summary>
    public static UnitKind Commune { get; } = new("commune", "Xã", "Commune", UnitTier.Commune);

    /// <summary>Gets the ward kind (phường).</summary>
    public static UnitKind Ward { get; } = new("ward", "Phường", "Ward", UnitTier.Commune);

    /// <summary>Gets the township kind (thị trấn); no longer used from 2025-07-01.</summary>
    public static UnitKind Township { get; } = new("township", "Thị trấn", "Township", UnitTier.Commune);

    /// <summary>Gets the special zone kind (đặc khu), introduced on 2025-07-01 (Law 72/2025/QH15, Article 2).</summary>
    public static UnitKind SpecialZone { get; } = new("special-zone", "Đặc khu", "Special zone", UnitTier.Commune);

    /// <summary>Gets the standard kinds, in the order listed above.</summary>
    public static IReadOnlyList<UnitKind> Standard { get; } = Array.AsReadOnly(new[] { Province, CentrallyRunCity, RuralDistrict, UrbanDistrict, DistrictLevelTown, ProvincialCity, MunicipalCity, Commune, Ward, Township, SpecialZone });

    /// <summary>Gets the kind's stable identifier, for example <c>ward</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the official Vietnamese name.</summary>
    public string VietnameseName { get; }

    /// <summary>Gets the English name.</summary>
    public string EnglishName { get; }

    /// <summary>Gets the level of local government the kind belongs to.</summary>
    public UnitTier Tier { get; }

    /// <inheritdoc />
    public bool Equals(UnitKind? other) => other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as UnitKind);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Returns the kind's code.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;

    /// <summary>Compares two kinds for equality by code.</summary>
    /// <param name="left">The first kind.</param>
    /// <param name="right">The second kind.</param>
    /// <returns><see langword="true"/> when both are null or their codes are equal.</returns>
    public static bool operator ==(UnitKind? left, UnitKind? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two kinds for inequality by code.</summary>
    /// <param name="left">The first kind.</param>
    /// <param name="right">The second kind.</param>
    /// <returns><see langword="true"/> when the kinds differ.</returns>
    public static bool operator !=(UnitKind? left, UnitKind? right) => !(left == right);
}
