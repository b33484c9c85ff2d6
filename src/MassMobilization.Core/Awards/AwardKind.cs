using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using MassMobilization.Core.Text;
using NodaTime;

namespace MassMobilization.Core.Awards;

/// <summary>
/// An emulation title or form of commendation (danh hiệu thi đua, hình thức khen thưởng) from the
/// catalogue of docs/domain.md, "Awards", with its Vietnamese and English names, who may receive it, who decides it,
/// and its usual nature. The catalogue is closed: instances are the static properties, compared by reference.
/// </summary>
public sealed class AwardKind : IDisplayNamed, ICodedEntry
{
    private static readonly LocalDate CommuneReform = new(2025, 7, 1);
    private static readonly LocalDate BeforeCommuneReform = new(2025, 6, 30);
    private const string Art80 = "Law 06/2022/QH15 art. 80";
    private const string Art59 = "Decree 129/2025/NĐ-CP art. 59";
    private const string OwnRules = "Rules of the Party and of the mass organisations on commendation (unconfirmed); the body and level are AwardingAuthority data";

    private AwardKind(int index, string code, string vietnameseName, string englishName, AwardCategory category, RecipientKinds recipients, AwardNature usualNature, params DecidingAuthority[] authorities)
    {
        Index = index;
        Code = code;
        VietnameseName = vietnameseName;
        EnglishName = englishName;
        Category = category;
        Recipients = recipients;
        UsualNature = usualNature;
        Authorities = ReadOnlyView.Of(authorities);
    }

    /// <summary>Gets "Lao động tiên tiến" (advanced worker), an individual title (law art. 24).</summary>
    public static AwardKind AdvancedWorker { get; } = new(
        0, "LDTT", "Lao động tiên tiến", "Advanced worker", AwardCategory.Title, RecipientKinds.Individual, AwardNature.Merit,
        new DecidingAuthority(AuthorityLevel.AgencyHead, "Head of the agency or unit (thủ trưởng cơ quan, đơn vị)", null, null, Art80),
        new DecidingAuthority(AuthorityLevel.DistrictChair, "Chair of the district People's Committee, for commune staff (chủ tịch UBND cấp huyện)", null, BeforeCommuneReform, Art80),
        new DecidingAuthority(AuthorityLevel.CommuneChair, "Chair of the commune People's Committee (chủ tịch UBND cấp xã)", CommuneReform, null, Art59));

    /// <summary>Gets "Chiến sĩ thi đua cơ sở" (grassroots emulation fighter), an individual title (law art. 23).</summary>
    public static AwardKind GrassrootsEmulationFighter { get; } = new(
        1, "CSTDCS", "Chiến sĩ thi đua cơ sở", "Grassroots emulation fighter", AwardCategory.Title, RecipientKinds.Individual, AwardNature.Merit,
        new DecidingAuthority(AuthorityLevel.AgencyHead, "Head of the agency or unit (thủ trưởng cơ quan, đơn vị)", null, null, Art80),
        new DecidingAuthority(AuthorityLevel.DistrictChair, "Chair of the district People's Committee (chủ tịch UBND cấp huyện)", null, BeforeCommuneReform, Art80),
        new DecidingAuthority(AuthorityLevel.CommuneChair, "Chair of the commune People's Committee (chủ tịch UBND cấp xã)", CommuneReform, null, Art59));

    /// <summary>Gets "Chiến sĩ thi đua cấp bộ, ngành, tỉnh" (ministry/province emulation fighter), an individual title (law art. 22).</summary>
    public static AwardKind MinistryProvinceEmulationFighter { get; } = new(
        2, "CSTDT", "Chiến sĩ thi đua cấp bộ, ngành, tỉnh", "Ministry/province emulation fighter", AwardCategory.Title, RecipientKinds.Individual, AwardNature.Merit,
        new DecidingAuthority(AuthorityLevel.MinistryOrProvince, "Minister or chair of the provincial People's Committee, after council review (bộ trưởng, chủ tịch UBND tỉnh)", null, null, Art80));

    /// <summary>Gets "Chiến sĩ thi đua toàn quốc" (national emulation fighter), an individual title (law art. 21).</summary>
    public static AwardKind NationalEmulationFighter { get; } = new(
        3, "CSTDTQ", "Chiến sĩ thi đua toàn quốc", "National emulation fighter", AwardCategory.Title, RecipientKinds.Individual, AwardNature.Merit,
        new DecidingAuthority(AuthorityLevel.PrimeMinister, "Prime Minister (Thủ tướng Chính phủ)", null, null, Art80));

    /// <summary>Gets "Tập thể lao động tiên tiến" (advanced collective), a collective title (law art. 28).</summary>
    public static AwardKind AdvancedCollective { get; } = new(
        4, "TTLDTT", "Tập thể lao động tiên tiến", "Advanced collective", AwardCategory.Title, RecipientKinds.Collective, AwardNature.Merit,
        new DecidingAuthority(AuthorityLevel.AgencyHead, "Head of the agency or unit (thủ trưởng cơ quan, đơn vị)", null, null, Art80),
        new DecidingAuthority(AuthorityLevel.DistrictChair, "Chair of the district People's Committee (chủ tịch UBND cấp huyện)", null, BeforeCommuneReform, Art80),
        new DecidingAuthority(AuthorityLevel.CommuneChair, "Chair of the commune People's Committee (chủ tịch UBND cấp xã)", CommuneReform, null, Art59));

    /// <summary>Gets "Tập thể lao động xuất sắc" (excellent collective), a collective title (law art. 27).</summary>
    public static AwardKind ExcellentCollective { get; } = new(
        5, "TTLDXS", "Tập thể lao động xuất sắc", "Excellent collective", AwardCategory.Title, RecipientKinds.Collective, AwardNature.Merit,
        new DecidingAuthority(AuthorityLevel.MinistryOrProvince, "Minister or chair of the provincial People's Committee (bộ trưởng, chủ tịch UBND tỉnh)", null, null, Art80));

    /// <summary>Gets "Cờ thi đua của bộ, ngành, tỉnh" (ministry/province emulation flag), a collective title (law art. 26).</summary>
    public static AwardKind MinistryProvinceEmulationFlag { get; } = new(
        6, "COTDT", "Cờ thi đua của bộ, ngành, tỉnh", "Ministry/province emulation flag", AwardCategory.Title, RecipientKinds.Collective, AwardNature.Merit,
        new DecidingAuthority(AuthorityLevel.MinistryOrProvince, "Minister or chair of the provincial People's Committee, after council review", null, null, Art80));

    /// <summary>Gets "Cờ thi đua của Chính phủ" (Government emulation flag), a collective title (law art. 25).</summary>
    public static AwardKind GovernmentEmulationFlag { get; } = new(
        7, "COTDCP", "Cờ thi đua của Chính phủ", "Government emulation flag", AwardCategory.Title, RecipientKinds.Collective, AwardNature.Merit,
        new DecidingAuthority(AuthorityLevel.PrimeMinister, "Prime Minister (Thủ tướng Chính phủ)", null, null, Art80));

    /// <summary>Gets "Giấy khen" (certificate of commendation), a form for individuals, collectives and households.</summary>
    public static AwardKind CertificateOfCommendation { get; } = new(
        8, "GK", "Giấy khen", "Certificate of commendation", AwardCategory.Form, RecipientKinds.Individual | RecipientKinds.Collective | RecipientKinds.Household, AwardNature.Merit,
        new DecidingAuthority(AuthorityLevel.AgencyHead, "Head of the agency or unit (thủ trưởng cơ quan, đơn vị)", null, null, Art80),
        new DecidingAuthority(AuthorityLevel.DistrictChair, "Chair of the district People's Committee (chủ tịch UBND cấp huyện)", null, BeforeCommuneReform, Art80),
        new DecidingAuthority(AuthorityLevel.CommuneChair, "Chair of the commune People's Committee (chủ tịch UBND cấp xã)", CommuneReform, null, Art59));

    /// <summary>Gets "Bằng khen của bộ, ngành, tỉnh" (certificate of merit of a ministry or province), a form (law art. 74).</summary>
    public static AwardKind MinistryProvinceCertificateOfMerit { get; } = new(
        9, "BKT", "Bằng khen của bộ, ngành, tỉnh", "Certificate of merit of a ministry/province", AwardCategory.Form, RecipientKinds.Individual | RecipientKinds.Collective | RecipientKinds.Household, AwardNature.Merit,
        new DecidingAuthority(AuthorityLevel.MinistryOrProvince, "Minister or chair of the provincial People's Committee (bộ trưởng, chủ tịch UBND tỉnh)", null, null, Art80));

    /// <summary>Gets "Bằng khen của Thủ tướng Chính phủ" (Prime Minister's certificate of merit), a form (law art. 73).</summary>
    public static AwardKind PrimeMinisterCertificateOfMerit { get; } = new(
        10, "BKTTG", "Bằng khen của Thủ tướng Chính phủ", "Prime Minister's certificate of merit", AwardCategory.Form, RecipientKinds.Individual | RecipientKinds.Collective | RecipientKinds.Household, AwardNature.Merit,
        new DecidingAuthority(AuthorityLevel.PrimeMinister, "Prime Minister (Thủ tướng Chính phủ)", null, null, Art80));

    /// <summary>Gets "Huân chương Lao động hạng Ba" (Labour Order, third class), a form (law art. 44).</summary>
    public static AwardKind LabourOrderThirdClass { get; } = new(
        11, "HCLD3", "Huân chương Lao động hạng Ba", "Labour Order, third class", AwardCategory.Form, RecipientKinds.Individual | RecipientKinds.Collective, AwardNature.Merit,
        new DecidingAuthority(AuthorityLevel.President, "President (Chủ tịch nước), on the Prime Minister's proposal", null, null, Art80));

    /// <summary>Gets "Gia đình văn hóa" (cultural family), a household title.</summary>
    public static AwardKind CulturalFamily { get; } = new(
        12, "GDVH", "Gia đình văn hóa", "Cultural family", AwardCategory.Title, RecipientKinds.Household, AwardNature.Merit,
        new DecidingAuthority(AuthorityLevel.CommuneChair, "Chair of the commune People's Committee (chủ tịch UBND cấp xã)", null, null, Art59));

    /// <summary>Gets "Thôn, tổ dân phố văn hóa" (cultural village or residential group), a collective title.</summary>
    public static AwardKind CulturalVillage { get; } = new(
        13, "TVH", "Thôn, tổ dân phố văn hóa", "Cultural village", AwardCategory.Title, RecipientKinds.Collective, AwardNature.Merit,
        new DecidingAuthority(AuthorityLevel.DistrictChair, "Chair of the district People's Committee (chủ tịch UBND cấp huyện)", null, BeforeCommuneReform, Art80),
        new DecidingAuthority(AuthorityLevel.CommuneChair, "Chair of the commune People's Committee (chủ tịch UBND cấp xã)", CommuneReform, null, Art59));

    /// <summary>Gets "Xã, phường, thị trấn tiêu biểu" (exemplary commune), a collective title (deciding level unconfirmed).</summary>
    public static AwardKind ExemplaryCommune { get; } = new(
        14, "XTB", "Xã, phường, thị trấn tiêu biểu", "Exemplary commune", AwardCategory.Title, RecipientKinds.Collective, AwardNature.Merit,
        new DecidingAuthority(AuthorityLevel.MinistryOrProvince, "Chair of the provincial People's Committee (unconfirmed)", null, null, Art80 + " (unconfirmed)"));

    /// <summary>
    /// Gets "Giấy khen" of a Party committee or commission (for example the Mass Mobilization Commission, Ban Dân vận), the
    /// Fatherland Front or a socio-political organisation: a form outside the State's system (docs/awards.md, "Commendation by the Party and the mass organisations"; criteria unconfirmed).
    /// </summary>
    public static AwardKind PoliticalCertificateOfCommendation { get; } = new(
        15, "GK-CTXH", "Giấy khen (cơ quan Đảng, Mặt trận, đoàn thể)", "Certificate of commendation of a Party body, the Front or a mass organisation", AwardCategory.Form, RecipientKinds.Individual | RecipientKinds.Collective, AwardNature.Merit,
        new DecidingAuthority(AuthorityLevel.PartyOrMassOrganisation, "A Party committee or commission, the Fatherland Front or a socio-political organisation (see AwardingAuthority)", null, null, OwnRules));

    /// <summary>
    /// Gets "Bằng khen" of a Party committee or commission, the Fatherland Front or a socio-political organisation: a form
    /// outside the State's system (docs/awards.md, "Commendation by the Party and the mass organisations"; criteria unconfirmed).
    /// </summary>
    public static AwardKind PoliticalCertificateOfMerit { get; } = new(
        16, "BK-CTXH", "Bằng khen (cơ quan Đảng, Mặt trận, đoàn thể)", "Certificate of merit of a Party body, the Front or a mass organisation", AwardCategory.Form, RecipientKinds.Individual | RecipientKinds.Collective, AwardNature.Merit,
        new DecidingAuthority(AuthorityLevel.PartyOrMassOrganisation, "A Party committee or commission, the Fatherland Front or a socio-political organisation (see AwardingAuthority)", null, null, OwnRules));

    /// <summary>
    /// Gets the commemorative medal "Vì sự nghiệp Dân vận" (for the cause of mass mobilization), of the central Mass Mobilization
    /// Commission and, from 2025-02-03, of the merged Propaganda and Mass Mobilization Commission; once per person, never posthumously.
    /// </summary>
    public static AwardKind MassMobilizationMedal { get; } = new(
        17, "KNC-DV", "Kỷ niệm chương \"Vì sự nghiệp Dân vận\"", "Commemorative medal \"For the cause of mass mobilization\"", AwardCategory.CommemorativeMedal, RecipientKinds.Individual, AwardNature.Merit,
        new DecidingAuthority(AuthorityLevel.PartyOrMassOrganisation, "The central Mass Mobilization Commission (Ban Dân vận Trung ương); from 2025-02-03 the central Propaganda and Mass Mobilization Commission (see AwardingAuthority)", null, null, OwnRules));

    /// <summary>
    /// Gets the commemorative medal "Vì sự nghiệp đại đoàn kết toàn dân tộc" (for the cause of great national unity) of the
    /// Vietnam Fatherland Front; once per person, never posthumously.
    /// </summary>
    public static AwardKind NationalUnityMedal { get; } = new(
        18, "KNC-DDK", "Kỷ niệm chương \"Vì sự nghiệp đại đoàn kết toàn dân tộc\"", "Commemorative medal \"For the cause of great national unity\"", AwardCategory.CommemorativeMedal, RecipientKinds.Individual, AwardNature.Merit,
        new DecidingAuthority(AuthorityLevel.PartyOrMassOrganisation, "The Central Committee of the Vietnam Fatherland Front (see AwardingAuthority)", null, null, OwnRules));

    /// <summary>
    /// Gets the commendation of a typical "Dân vận khéo" model or exemplar (khen thưởng mô hình, điển hình "Dân vận khéo"), a
    /// thematic form given by a mass mobilization commission to models, collectives and individuals (criteria unconfirmed).
    /// </summary>
    public static AwardKind SkilledMobilizationCommendation { get; } = new(
        19, "KT-DVK", "Khen thưởng mô hình, điển hình \"Dân vận khéo\"", "Commendation of a typical \"skilled mass mobilization\" model or exemplar", AwardCategory.Form, RecipientKinds.Model | RecipientKinds.Collective | RecipientKinds.Individual, AwardNature.Thematic,
        new DecidingAuthority(AuthorityLevel.PartyOrMassOrganisation, "A mass mobilization commission (Ban Dân vận; from 2025-02-03 Ban Tuyên giáo và Dân vận) at its level (see AwardingAuthority)", null, null, OwnRules));

    /// <summary>Gets every kind in the catalogue, titles first, in catalogue order (the State's, then those of the Party and the mass organisations).</summary>
    public static IReadOnlyList<AwardKind> All { get; } =
    [
        AdvancedWorker, GrassrootsEmulationFighter, MinistryProvinceEmulationFighter, NationalEmulationFighter,
        AdvancedCollective, ExcellentCollective, MinistryProvinceEmulationFlag, GovernmentEmulationFlag,
        CertificateOfCommendation, MinistryProvinceCertificateOfMerit, PrimeMinisterCertificateOfMerit, LabourOrderThirdClass,
        CulturalFamily, CulturalVillage, ExemplaryCommune,
        PoliticalCertificateOfCommendation, PoliticalCertificateOfMerit, MassMobilizationMedal, NationalUnityMedal, SkilledMobilizationCommendation,
    ];

    /// <summary>Gets the number of kinds in the catalogue.</summary>
    public static int Count => All.Count;

    /// <summary>Gets the stable short code, for example <c>CSTDCS</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the official Vietnamese name, for example "Chiến sĩ thi đua cơ sở".</summary>
    public string VietnameseName { get; }

    /// <summary>Gets the English name, for example "Grassroots emulation fighter".</summary>
    public string EnglishName { get; }

    /// <summary>Gets whether this is a title or a form of commendation.</summary>
    public AwardCategory Category { get; }

    /// <summary>Gets who may receive it.</summary>
    public RecipientKinds Recipients { get; }

    /// <summary>Gets its usual nature; a form such as Giấy khen may also be given ad hoc or for a thematic campaign (see <see cref="ReceivedAward.Nature"/>).</summary>
    public AwardNature UsualNature { get; }

    /// <summary>Gets a value indicating whether the kind is given once per person (commemorative medals).</summary>
    public bool OncePerPerson => Category == AwardCategory.CommemorativeMedal;

    /// <summary>Gets who decides it, by level and period.</summary>
    public IReadOnlyList<DecidingAuthority> Authorities { get; }

    /// <summary>Gets the dense position in <see cref="All"/>.</summary>
    internal int Index { get; }

    /// <summary>Finds a kind by its code.</summary>
    /// <param name="code">The code, for example <c>CSTDCS</c> (ordinal comparison).</param>
    /// <returns>The kind, or <see langword="null"/> when no kind has this code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public static AwardKind? FromCode(string code)
    {
        Guard.Against.Null(code);
        foreach (var kind in All)
        {
            if (string.Equals(kind.Code, code, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>Whether a recipient may receive this kind.</summary>
    /// <param name="recipient">A single recipient kind.</param>
    /// <returns><see langword="true"/> when allowed.</returns>
    public bool IsFor(RecipientKinds recipient) => recipient != RecipientKinds.None && (Recipients & recipient) == recipient;

    /// <summary>Returns the deciding authorities that apply on a date.</summary>
    /// <param name="date">The date of the decision.</param>
    /// <returns>The authorities, in catalogue order.</returns>
    public IReadOnlyList<DecidingAuthority> AuthoritiesOn(LocalDate date)
    {
        var result = new List<DecidingAuthority>();
        foreach (var authority in Authorities)
        {
            if (authority.AppliesOn(date))
            {
                result.Add(authority);
            }
        }

        return result;
    }

    /// <summary>Returns the code and the Vietnamese name.</summary>
    /// <returns>For example "CSTDCS (Chiến sĩ thi đua cơ sở)".</returns>
    public override string ToString() => Code + " (" + VietnameseName + ")";
}
