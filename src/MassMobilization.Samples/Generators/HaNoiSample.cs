using System.Collections.Generic;
using MassMobilization.Core.Organization;
using NodaTime;

namespace MassMobilization.Samples.Generators;

/// <summary>
/// A small, realistic part of Hà Nội: the city, Thanh Trì district and its sixteen communes before
/// 2025-07-01, the five communes they were arranged into from that day, and the Party commission merger
/// of 2025-02-03. The names of the old and new units are real; the codes (modelled on the national list),
/// the codes kept by the new communes, the split weights and which old commune went where are
/// <b>illustrative</b> (plausible, simplified from Resolution 1656/NQ-UBTVQH15), so the sample must not be
/// read as an authoritative mapping.
/// </summary>
public static class HaNoiSample
{
    /// <summary>The first day of the data (the 2008 enlargement of Hà Nội).</summary>
    public static readonly LocalDate Origin = new(2008, 8, 1);

    /// <summary>The day the Party's Propaganda and Mass Mobilization Commissions merged.</summary>
    public static readonly LocalDate CommissionMerger = new(2025, 2, 3);

    /// <summary>The last day of the three-level structure.</summary>
    public static readonly LocalDate LastDayBefore = new(2025, 6, 30);

    /// <summary>The first day of the two-level structure.</summary>
    public static readonly LocalDate FirstDayAfter = new(2025, 7, 1);

    /// <summary>Hà Nội.</summary>
    public static readonly UnitCode HaNoi = new("01");

    /// <summary>Thanh Trì district (until 2025-06-30).</summary>
    public static readonly UnitCode ThanhTri = new("020");

    /// <summary>Tân Triều commune, split by weight between Phường Thanh Liệt and Xã Đại Thanh (illustrative weights).</summary>
    public static readonly UnitCode TanTrieu = new("00643");

    /// <summary>Tam Hiệp commune, split without weights (its counts become unallocated when rebased).</summary>
    public static readonly UnitCode TamHiep = new("00655");

    /// <summary>The Mass Mobilization Commission of the Hà Nội Party Committee (until 2025-02-02).</summary>
    public static readonly CommitteeId CityMassMobilization = new("01-BDVTU");

    /// <summary>The Propaganda Commission of the Hà Nội Party Committee (until 2025-02-02).</summary>
    public static readonly CommitteeId CityPropaganda = new("01-BTGTU");

    /// <summary>The Propaganda and Mass Mobilization Commission of the Hà Nội Party Committee (from 2025-02-03).</summary>
    public static readonly CommitteeId CityPropagandaAndMassMobilization = new("01-BTGDVTU");

    /// <summary>The old communes of Thanh Trì (code, Vietnamese name, English name, kind).</summary>
    public static IReadOnlyList<(string Code, string Name, string EnglishName, UnitKind Kind)> OldCommunes { get; } =
    [
        ("00640", "Thị trấn Văn Điển", "Van Dien Township", UnitKind.Township),
        ("00643", "Xã Tân Triều", "Tan Trieu Commune", UnitKind.Commune),
        ("00646", "Xã Thanh Liệt", "Thanh Liet Commune", UnitKind.Commune),
        ("00649", "Xã Tả Thanh Oai", "Ta Thanh Oai Commune", UnitKind.Commune),
        ("00652", "Xã Hữu Hòa", "Huu Hoa Commune", UnitKind.Commune),
        ("00655", "Xã Tam Hiệp", "Tam Hiep Commune", UnitKind.Commune),
        ("00658", "Xã Yên Mỹ", "Yen My Commune", UnitKind.Commune),
        ("00661", "Xã Vĩnh Quỳnh", "Vinh Quynh Commune", UnitKind.Commune),
        ("00664", "Xã Ngũ Hiệp", "Ngu Hiep Commune", UnitKind.Commune),
        ("00667", "Xã Duyên Hà", "Duyen Ha Commune", UnitKind.Commune),
        ("00670", "Xã Ngọc Hồi", "Ngoc Hoi Commune", UnitKind.Commune),
        ("00673", "Xã Vạn Phúc", "Van Phuc Commune", UnitKind.Commune),
        ("00676", "Xã Đại Áng", "Dai Ang Commune", UnitKind.Commune),
        ("00679", "Xã Liên Ninh", "Lien Ninh Commune", UnitKind.Commune),
        ("00682", "Xã Đông Mỹ", "Dong My Commune", UnitKind.Commune),
        ("00685", "Xã Tứ Hiệp", "Tu Hiep Commune", UnitKind.Commune),
    ];

    /// <summary>The new communes from 2025-07-01 (code, Vietnamese name, English name, kind); names real, codes illustrative.</summary>
    public static IReadOnlyList<(string Code, string Name, string EnglishName, UnitKind Kind)> NewCommunes { get; } =
    [
        ("00646", "Phường Thanh Liệt", "Thanh Liet Ward", UnitKind.Ward),
        ("00649", "Xã Đại Thanh", "Dai Thanh Commune", UnitKind.Commune),
        ("00658", "Xã Thanh Trì", "Thanh Tri Commune", UnitKind.Commune),
        ("00670", "Xã Ngọc Hồi", "Ngoc Hoi Commune", UnitKind.Commune),
        ("00679", "Xã Nam Phù", "Nam Phu Commune", UnitKind.Commune),
    ];

    /// <summary>Builds the sample chart.</summary>
    /// <returns>The chart.</returns>
    public static OrganizationChart Build() => CreateBuilder().Build();

    /// <summary>Creates a builder holding the sample, so a test can add to it.</summary>
    /// <returns>The populated builder.</returns>
    public static OrganizationChartBuilder CreateBuilder()
    {
        var builder = OrganizationChart.CreateBuilder()
            .AddUnit(new AdministrativeUnit(HaNoi, "Thành phố Hà Nội", "Ha Noi City", UnitKind.CentrallyRunCity, null, ValidityPeriod.From(Origin)))
            .AddUnit(new AdministrativeUnit(ThanhTri, "Huyện Thanh Trì", "Thanh Tri District", UnitKind.RuralDistrict, HaNoi, ValidityPeriod.Between(Origin, LastDayBefore)));
        foreach (var (code, name, english, kind) in OldCommunes)
        {
            builder.AddUnit(new AdministrativeUnit(new UnitCode(code), name, english, kind, ThanhTri, ValidityPeriod.Between(Origin, LastDayBefore)));
        }

        foreach (var (code, name, english, kind) in NewCommunes)
        {
            builder.AddUnit(new AdministrativeUnit(new UnitCode(code), name, english, kind, HaNoi, ValidityPeriod.From(FirstDayAfter)));
        }

        // Illustrative arrangement (see the class summary).
        builder
            .AddSuccession(Succession.Rename(FirstDayAfter, C("00646"), C("00646")))
            .AddSuccession(Succession.Split(FirstDayAfter, TanTrieu, new[] { new SuccessorShare<UnitCode>(C("00646"), 0.6m), new SuccessorShare<UnitCode>(C("00649"), 0.4m) }))
            .AddSuccession(Succession.Merge(FirstDayAfter, new[] { C("00649"), C("00652"), C("00661") }, C("00649")))
            .AddSuccession(Succession.Merge(FirstDayAfter, new[] { C("00658"), C("00667"), C("00673") }, C("00658")))
            .AddSuccession(Succession.Merge(FirstDayAfter, new[] { C("00640"), C("00670"), C("00676"), C("00685") }, C("00670")))
            .AddSuccession(Succession.Merge(FirstDayAfter, new[] { C("00664"), C("00679"), C("00682") }, C("00679")))
            .AddSuccession(Succession.Split(FirstDayAfter, TamHiep, new[] { C("00670"), C("00649") }));

        var beforeMerger = ValidityPeriod.Between(Origin, CommissionMerger.PlusDays(-1));
        builder
            .AddCommittee(new Committee(CityMassMobilization, "Ban Dân vận Thành ủy Hà Nội", "Mass Mobilization Commission of the Ha Noi Party Committee", CommitteeKind.MassMobilizationCommission, HaNoi, beforeMerger))
            .AddCommittee(new Committee(CityPropaganda, "Ban Tuyên giáo Thành ủy Hà Nội", "Propaganda Commission of the Ha Noi Party Committee", CommitteeKind.PropagandaCommission, HaNoi, beforeMerger))
            .AddCommittee(new Committee(CityPropagandaAndMassMobilization, "Ban Tuyên giáo và Dân vận Thành ủy Hà Nội", "Propaganda and Mass Mobilization Commission of the Ha Noi Party Committee", CommitteeKind.PropagandaAndMassMobilizationCommission, HaNoi, ValidityPeriod.From(CommissionMerger)))
            .AddCommittee(new Committee(new CommitteeId("01-MTTQ"), "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội", "Vietnam Fatherland Front Committee of Ha Noi", CommitteeKind.FatherlandFront, HaNoi, ValidityPeriod.From(Origin)))
            .AddCommittee(new Committee(new CommitteeId("020-BDVHU"), "Ban Dân vận Huyện ủy Thanh Trì", "Mass Mobilization Commission of the Thanh Tri District Party Committee", CommitteeKind.MassMobilizationCommission, ThanhTri, beforeMerger))
            .AddCommittee(new Committee(new CommitteeId("020-BTGHU"), "Ban Tuyên giáo Huyện ủy Thanh Trì", "Propaganda Commission of the Thanh Tri District Party Committee", CommitteeKind.PropagandaCommission, ThanhTri, beforeMerger))
            .AddCommittee(new Committee(new CommitteeId("020-BTGDVHU"), "Ban Tuyên giáo và Dân vận Huyện ủy Thanh Trì", "Propaganda and Mass Mobilization Commission of the Thanh Tri District Party Committee", CommitteeKind.PropagandaAndMassMobilizationCommission, ThanhTri, ValidityPeriod.Between(CommissionMerger, LastDayBefore)))
            .AddCommittee(new Committee(new CommitteeId("00670-DU"), "Đảng ủy xã Ngọc Hồi", "Ngoc Hoi Commune Party Committee", CommitteeKind.PartyCommittee, C("00670"), ValidityPeriod.From(FirstDayAfter)))
            .AddSuccession(Succession.Merge(CommissionMerger, new[] { CityMassMobilization, CityPropaganda }, CityPropagandaAndMassMobilization))
            .AddSuccession(Succession.Merge(CommissionMerger, new[] { new CommitteeId("020-BDVHU"), new CommitteeId("020-BTGHU") }, new CommitteeId("020-BTGDVHU")));
        return builder;
    }

    private static UnitCode C(string code) => new(code);
}
