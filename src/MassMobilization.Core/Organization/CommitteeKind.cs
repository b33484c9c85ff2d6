using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using MassMobilization.Core.Text;

namespace MassMobilization.Core.Organization;

/// <summary>
/// A kind of body attached to a unit (loại cơ quan, tổ chức): a Party committee, a commission, the
/// Fatherland Front, a socio-political organisation, the People's Council or Committee. Kinds form an
/// open catalogue: the standard kinds are static members listed in <see cref="Standard"/>, and an
/// application may create its own. Kinds are equal when their codes are equal (ordinal comparison).
/// </summary>
public sealed class CommitteeKind : IEquatable<CommitteeKind>, IDisplayNamed
{
    /// <summary>Initializes a new kind.</summary>
    /// <param name="code">A stable identifier of the kind, for example <c>mass-mobilization-commission</c>.</param>
    /// <param name="vietnameseName">The official Vietnamese name, with diacritics.</param>
    /// <param name="englishName">The English name.</param>
    /// <exception cref="ArgumentNullException">A name or the code is null.</exception>
    /// <exception cref="ArgumentException">A name or the code is empty or white space.</exception>
    public CommitteeKind(string code, string vietnameseName, string englishName)
    {
        Guard.Against.Null(code);
        Guard.Against.Null(vietnameseName);
        Guard.Against.Null(englishName);
        Guard.Against.NullOrWhiteSpace(code);
        Guard.Against.NullOrWhiteSpace(vietnameseName);
        Guard.Against.NullOrWhiteSpace(englishName);
        Code = code;
        VietnameseName = vietnameseName;
        EnglishName = englishName;
    }

    /// <summary>Gets the Party committee of a unit (cấp ủy).</summary>
    public static CommitteeKind PartyCommittee { get; } = new("party-committee", "Cấp ủy Đảng", "Party committee");

    /// <summary>Gets the Party's Mass Mobilization Commission (Ban Dân vận); merged into <see cref="PropagandaAndMassMobilizationCommission"/> from 2025-02-03.</summary>
    public static CommitteeKind MassMobilizationCommission { get; } = new("mass-mobilization-commission", "Ban Dân vận", "Mass Mobilization Commission");

    /// <summary>Gets the Party's Propaganda Commission (Ban Tuyên giáo); merged into <see cref="PropagandaAndMassMobilizationCommission"/> from 2025-02-03.</summary>
    public static CommitteeKind PropagandaCommission { get; } = new("propaganda-commission", "Ban Tuyên giáo", "Propaganda Commission");

    /// <summary>Gets the Party's Propaganda and Mass Mobilization Commission (Ban Tuyên giáo và Dân vận), formed on 2025-02-03 by merging the two commissions.</summary>
    public static CommitteeKind PropagandaAndMassMobilizationCommission { get; } = new("propaganda-and-mass-mobilization-commission", "Ban Tuyên giáo và Dân vận", "Propaganda and Mass Mobilization Commission");

    /// <summary>Gets the Vietnam Fatherland Front committee (Ủy ban Mặt trận Tổ quốc Việt Nam).</summary>
    public static CommitteeKind FatherlandFront { get; } = new("fatherland-front", "Ủy ban Mặt trận Tổ quốc Việt Nam", "Vietnam Fatherland Front Committee");

    /// <summary>Gets the Labour Federation (Liên đoàn Lao động).</summary>
    public static CommitteeKind TradeUnion { get; } = new("trade-union", "Liên đoàn Lao động", "Labour Federation");

    /// <summary>Gets the Ho Chi Minh Communist Youth Union (Đoàn Thanh niên Cộng sản Hồ Chí Minh).</summary>
    public static CommitteeKind YouthUnion { get; } = new("youth-union", "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Ho Chi Minh Communist Youth Union");

    /// <summary>Gets the Women's Union (Hội Liên hiệp Phụ nữ).</summary>
    public static CommitteeKind WomensUnion { get; } = new("womens-union", "Hội Liên hiệp Phụ nữ", "Women's Union");

    /// <summary>Gets the Farmers' Association (Hội Nông dân).</summary>
    public static CommitteeKind FarmersAssociation { get; } = new("farmers-association", "Hội Nông dân", "Farmers' Association");

    /// <summary>Gets the Veterans' Association (Hội Cựu chiến binh).</summary>
    public static CommitteeKind VeteransAssociation { get; } = new("veterans-association", "Hội Cựu chiến binh", "Veterans' Association");

    /// <summary>Gets the People's Council (Hội đồng nhân dân).</summary>
    public static CommitteeKind PeoplesCouncil { get; } = new("peoples-council", "Hội đồng nhân dân", "People's Council");

    /// <summary>Gets the People's Committee (Ủy ban nhân dân).</summary>
    public static CommitteeKind PeoplesCommittee { get; } = new("peoples-committee", "Ủy ban nhân dân", "People's Committee");

    /// <summary>Gets a steering committee (Ban Chỉ đạo), for example for grassroots democracy.</summary>
    public static CommitteeKind SteeringCommittee { get; } = new("steering-committee", "Ban Chỉ đạo", "Steering committee");

    /// <summary>Gets the standard kinds, in the order listed above.</summary>
    public static IReadOnlyList<CommitteeKind> Standard { get; } = Array.AsReadOnly(new[] { PartyCommittee, MassMobilizationCommission, PropagandaCommission, PropagandaAndMassMobilizationCommission, FatherlandFront, TradeUnion, YouthUnion, WomensUnion, FarmersAssociation, VeteransAssociation, PeoplesCouncil, PeoplesCommittee, SteeringCommittee });

    /// <summary>Gets the kind's stable identifier.</summary>
    public string Code { get; }

    /// <summary>Gets the official Vietnamese name.</summary>
    public string VietnameseName { get; }

    /// <summary>Gets the English name.</summary>
    public string EnglishName { get; }

    /// <inheritdoc />
    public bool Equals(CommitteeKind? other) => other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CommitteeKind);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Returns the kind's code.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;

    /// <summary>Compares two kinds for equality by code.</summary>
    /// <param name="left">The first kind.</param>
    /// <param name="right">The second kind.</param>
    /// <returns><see langword="true"/> when both are null or their codes are equal.</returns>
    public static bool operator ==(CommitteeKind? left, CommitteeKind? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two kinds for inequality by code.</summary>
    /// <param name="left">The first kind.</param>
    /// <param name="right">The second kind.</param>
    /// <returns><see langword="true"/> when the kinds differ.</returns>
    public static bool operator !=(CommitteeKind? left, CommitteeKind? right) => !(left == right);
}
