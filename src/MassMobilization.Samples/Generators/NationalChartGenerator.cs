using System;
using System.Collections.Generic;
using MassMobilization.Core.Organization;
using NodaTime;

namespace MassMobilization.Samples.Generators;

/// <summary>
/// A generated national chart and the lists of codes that tests and benchmarks need.
/// </summary>
public sealed class NationalChart
{
    internal NationalChart(int seed, OrganizationChart chart, UnitCode[] provincesBefore, UnitCode[] provincesAfter, UnitCode[] districtsBefore, UnitCode[] communesBefore, UnitCode[] communesAfter)
    {
        Seed = seed;
        Chart = chart;
        ProvincesBefore = provincesBefore;
        ProvincesAfter = provincesAfter;
        DistrictsBefore = districtsBefore;
        CommunesBefore = communesBefore;
        CommunesAfter = communesAfter;
    }

    /// <summary>Gets the seed the chart was generated from.</summary>
    public int Seed { get; }

    /// <summary>Gets the chart.</summary>
    public OrganizationChart Chart { get; }

    /// <summary>Gets the 63 provinces in force on <see cref="NationalChartGenerator.LastDayBefore"/>, by code.</summary>
    public IReadOnlyList<UnitCode> ProvincesBefore { get; }

    /// <summary>Gets the 34 provinces in force on <see cref="NationalChartGenerator.FirstDayAfter"/>, by code.</summary>
    public IReadOnlyList<UnitCode> ProvincesAfter { get; }

    /// <summary>Gets the district-level units in force on <see cref="NationalChartGenerator.LastDayBefore"/>, by code.</summary>
    public IReadOnlyList<UnitCode> DistrictsBefore { get; }

    /// <summary>Gets the 10,035 communes in force on <see cref="NationalChartGenerator.LastDayBefore"/>, by code.</summary>
    public IReadOnlyList<UnitCode> CommunesBefore { get; }

    /// <summary>Gets the 3,321 communes in force on <see cref="NationalChartGenerator.FirstDayAfter"/>, by code.</summary>
    public IReadOnlyList<UnitCode> CommunesAfter { get; }
}

/// <summary>
/// Generates a realistic national chart deterministically from a seed: 63 provinces, about 700
/// district-level units and 10,035 communes until 2025-06-30; 34 provinces and 3,321 communes (no
/// districts) from 2025-07-01, with the merge and weighted-split successions between them, the
/// provinces' merger groups of Resolution 202/2025/QH15, and a Mass Mobilization Commission (and its
/// 2025-02-03 merger into the Propaganda and Mass Mobilization Commission) for every province and district.
/// </summary>
/// <remarks>
/// Province codes and names and the province merger groups are real (a merged province keeps the code of
/// the province named first in its group, which is illustrative). District and commune names, their
/// sizes, which old communes form which new commune, the split weights and the commune codes (old
/// communes numbered 00001.. in province order; a new commune keeps the code of its first predecessor)
/// are generated and illustrative. The counts of kinds match the domain notes (docs/domain.md): 7,694 xã / 1,724 phường /
/// 617 thị trấn before; 2,621 xã / 687 phường / 13 đặc khu after.
/// </remarks>
public static class NationalChartGenerator
{
    /// <summary>The number of district-level units generated (about 700 before 2025-07-01; the exact figure is unconfirmed).</summary>
    public const int DistrictCount = 705;

    /// <summary>The number of communes before 2025-07-01.</summary>
    public const int CommuneCountBefore = 10_035;

    /// <summary>The number of communes from 2025-07-01.</summary>
    public const int CommuneCountAfter = 3_321;

    /// <summary>The first day of the generated data.</summary>
    public static readonly LocalDate Origin = new(2008, 8, 1);

    /// <summary>The day the Party's Propaganda and Mass Mobilization Commissions merged.</summary>
    public static readonly LocalDate CommissionMerger = new(2025, 2, 3);

    /// <summary>The last day of the three-level structure.</summary>
    public static readonly LocalDate LastDayBefore = new(2025, 6, 30);

    /// <summary>The first day of the two-level structure.</summary>
    public static readonly LocalDate FirstDayAfter = new(2025, 7, 1);

    // Code, name, centrally-run city. Order is the official code order.
    private static readonly (string Code, string Name, bool City)[] Provinces =
    [
        ("01", "Hà Nội", true), ("02", "Hà Giang", false), ("04", "Cao Bằng", false), ("06", "Bắc Kạn", false),
        ("08", "Tuyên Quang", false), ("10", "Lào Cai", false), ("11", "Điện Biên", false), ("12", "Lai Châu", false),
        ("14", "Sơn La", false), ("15", "Yên Bái", false), ("17", "Hòa Bình", false), ("19", "Thái Nguyên", false),
        ("20", "Lạng Sơn", false), ("22", "Quảng Ninh", false), ("24", "Bắc Giang", false), ("25", "Phú Thọ", false),
        ("26", "Vĩnh Phúc", false), ("27", "Bắc Ninh", false), ("30", "Hải Dương", false), ("31", "Hải Phòng", true),
        ("33", "Hưng Yên", false), ("34", "Thái Bình", false), ("35", "Hà Nam", false), ("36", "Nam Định", false),
        ("37", "Ninh Bình", false), ("38", "Thanh Hóa", false), ("40", "Nghệ An", false), ("42", "Hà Tĩnh", false),
        ("44", "Quảng Bình", false), ("45", "Quảng Trị", false), ("46", "Huế", true), ("48", "Đà Nẵng", true),
        ("49", "Quảng Nam", false), ("51", "Quảng Ngãi", false), ("52", "Bình Định", false), ("54", "Phú Yên", false),
        ("56", "Khánh Hòa", false), ("58", "Ninh Thuận", false), ("60", "Bình Thuận", false), ("62", "Kon Tum", false),
        ("64", "Gia Lai", false), ("66", "Đắk Lắk", false), ("67", "Đắk Nông", false), ("68", "Lâm Đồng", false),
        ("70", "Bình Phước", false), ("72", "Tây Ninh", false), ("74", "Bình Dương", false), ("75", "Đồng Nai", false),
        ("77", "Bà Rịa - Vũng Tàu", false), ("79", "Hồ Chí Minh", true), ("80", "Long An", false), ("82", "Tiền Giang", false),
        ("83", "Bến Tre", false), ("84", "Trà Vinh", false), ("86", "Vĩnh Long", false), ("87", "Đồng Tháp", false),
        ("89", "An Giang", false), ("91", "Kiên Giang", false), ("92", "Cần Thơ", true), ("93", "Hậu Giang", false),
        ("94", "Sóc Trăng", false), ("95", "Bạc Liêu", false), ("96", "Cà Mau", false),
    ];

    // Resolution 202/2025/QH15: the first code of each group names the province from 2025-07-01.
    private static readonly string[][] Groups =
    [
        ["01"], ["04"], ["11"], ["12"], ["14"], ["20"], ["22"], ["38"], ["40"], ["42"], ["46"],
        ["08", "02"], ["10", "15"], ["19", "06"], ["25", "26", "17"], ["27", "24"], ["33", "34"], ["31", "30"],
        ["37", "35", "36"], ["45", "44"], ["48", "49"], ["51", "62"], ["64", "52"], ["56", "58"], ["68", "67", "60"],
        ["66", "54"], ["79", "74", "77"], ["75", "70"], ["72", "80"], ["92", "94", "93"], ["86", "83", "84"],
        ["87", "82"], ["96", "95"], ["89", "91"],
    ];

    /// <summary>Generates the chart.</summary>
    /// <param name="seed">The seed; equal seeds give equal charts.</param>
    /// <returns>The chart and its code lists.</returns>
    public static NationalChart Generate(int seed)
    {
        var lists = new Lists();
        var builder = Populate(seed, lists);
        return new NationalChart(seed, builder.Build(), lists.ProvincesBefore.ToArray(), lists.ProvincesAfter.ToArray(), lists.Districts.ToArray(), lists.CommunesBefore.ToArray(), lists.CommunesAfter.ToArray());
    }

    /// <summary>Creates a builder holding the generated chart (for measuring <see cref="OrganizationChartBuilder.Build"/> alone).</summary>
    /// <param name="seed">The seed.</param>
    /// <returns>The populated builder.</returns>
    public static OrganizationChartBuilder CreateBuilder(int seed) => Populate(seed, new Lists());

    private static OrganizationChartBuilder Populate(int seed, Lists lists)
    {
        var random = new Random(seed);
        var builder = OrganizationChart.CreateBuilder();
        int n = Provinces.Length;
        var provinceIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int p = 0; p < n; p++)
        {
            provinceIndex.Add(Provinces[p].Code, p);
        }

        var groupOf = new int[n];
        for (int g = 0; g < Groups.Length; g++)
        {
            foreach (string code in Groups[g])
            {
                groupOf[provinceIndex[code]] = g;
            }
        }

        // Sizes: districts first (at least 5 per province), then communes roughly in proportion.
        var sizeWeights = new decimal[n];
        for (int p = 0; p < n; p++)
        {
            sizeWeights[p] = Provinces[p].City ? 3m : 0.5m + (random.Next(0, 100) / 100m);
        }

        var districtsPerProvince = AddEach(Apportionment.LargestRemainder(DistrictCount - (5 * n), sizeWeights), 5);
        var communeWeights = new decimal[n];
        for (int p = 0; p < n; p++)
        {
            communeWeights[p] = districtsPerProvince[p] * (0.7m + (random.Next(0, 60) / 100m));
        }

        var communesPerProvince = Apportionment.LargestRemainder(CommuneCountBefore, communeWeights);
        var oldKinds = ShuffledKinds(random, CommuneCountBefore, (UnitKind.Ward, 1_724), (UnitKind.Township, 617), (UnitKind.Commune, 7_694));

        var beforeMerger = ValidityPeriod.Between(Origin, CommissionMerger.PlusDays(-1));
        var old = ValidityPeriod.Between(Origin, LastDayBefore);
        var communesOfGroup = new List<UnitCode>[Groups.Length];
        for (int g = 0; g < Groups.Length; g++)
        {
            communesOfGroup[g] = new List<UnitCode>();
        }

        int districtNumber = 0;
        int communeNumber = 0;
        for (int p = 0; p < n; p++)
        {
            var (code, name, city) = Provinces[p];
            var province = new UnitCode(code);
            bool unchanged = Groups[groupOf[p]].Length == 1;
            bool retained = Groups[groupOf[p]][0] == code;
            var kind = city ? UnitKind.CentrallyRunCity : UnitKind.Province;
            string prefix = city ? "Thành phố" : "Tỉnh";
            string englishPrefix = city ? "City" : "Province";
            builder.AddUnit(new AdministrativeUnit(province, $"{prefix} {name}", $"{name} {englishPrefix}", kind, null, unchanged ? ValidityPeriod.From(Origin) : old));
            if (retained && !unchanged)
            {
                builder.AddUnit(new AdministrativeUnit(province, $"{prefix} {name}", $"{name} {englishPrefix}", kind, null, ValidityPeriod.From(FirstDayAfter)));
            }

            lists.ProvincesBefore.Add(province);
            AddCommissions(builder, code, $"{(city ? "Thành ủy" : "Tỉnh ủy")} {name}", $"{name} {englishPrefix} Party Committee", province, retained ? null : LastDayBefore);

            var communeSizes = AddEach(Apportionment.LargestRemainder(communesPerProvince[p] - (2 * districtsPerProvince[p]), RandomWeights(random, districtsPerProvince[p])), 2);
            for (int d = 0; d < districtsPerProvince[p]; d++)
            {
                districtNumber++;
                var district = new UnitCode($"{districtNumber:D3}");
                var districtKind = d == 0 ? (city ? UnitKind.UrbanDistrict : UnitKind.ProvincialCity) : (random.Next(8) == 0 ? UnitKind.DistrictLevelTown : UnitKind.RuralDistrict);
                builder.AddUnit(new AdministrativeUnit(district, $"{districtKind.VietnameseName} {districtNumber:D3}", $"{districtKind.EnglishName} {districtNumber:D3}", districtKind, province, old));
                lists.Districts.Add(district);
                AddCommissions(builder, $"{districtNumber:D3}", $"Huyện ủy {districtNumber:D3}", $"District {districtNumber:D3} Party Committee", district, LastDayBefore);
                for (int c = 0; c < communeSizes[d]; c++)
                {
                    var communeKind = oldKinds[communeNumber];
                    communeNumber++;
                    var commune = new UnitCode($"{communeNumber:D5}");
                    builder.AddUnit(new AdministrativeUnit(commune, $"{communeKind.VietnameseName} {communeNumber:D5}", $"{communeKind.EnglishName} {communeNumber:D5}", communeKind, district, old));
                    lists.CommunesBefore.Add(commune);
                    communesOfGroup[groupOf[p]].Add(commune);
                }
            }
        }

        // Provinces from 2025-07-01 and their merger successions (committees follow their province).
        var groupOrder = new int[Groups.Length];
        for (int g = 0; g < Groups.Length; g++)
        {
            groupOrder[g] = g;
        }

        Array.Sort(groupOrder, (a, b) => string.CompareOrdinal(Groups[a][0], Groups[b][0]));
        foreach (int g in groupOrder)
        {
            var retained = new UnitCode(Groups[g][0]);
            lists.ProvincesAfter.Add(retained);
            if (Groups[g].Length == 1)
            {
                continue;
            }

            var members = new List<UnitCode>();
            var commissions = new List<CommitteeId>();
            var fronts = new List<CommitteeId>();
            foreach (string code in Groups[g])
            {
                members.Add(new UnitCode(code));
                commissions.Add(new CommitteeId($"{code}-BTGDV"));
                fronts.Add(new CommitteeId($"{code}-MTTQ"));
            }

            builder.AddSuccession(Succession.Merge(FirstDayAfter, members, retained));
            builder.AddSuccession(Succession.Merge(FirstDayAfter, commissions, new CommitteeId($"{Groups[g][0]}-BTGDV")));
            builder.AddSuccession(Succession.Merge(FirstDayAfter, fronts, new CommitteeId($"{Groups[g][0]}-MTTQ")));
        }

        // New communes: each province group's old communes, in code order, arranged into consecutive groups.
        var communeCounts = new decimal[Groups.Length];
        for (int g = 0; g < Groups.Length; g++)
        {
            communeCounts[g] = communesOfGroup[g].Count;
        }

        var newPerGroup = Apportionment.LargestRemainder(CommuneCountAfter, communeCounts);
        var newKinds = ShuffledKinds(random, CommuneCountAfter, (UnitKind.Ward, 687), (UnitKind.SpecialZone, 13), (UnitKind.Commune, 2_621));
        int newNumber = 0;
        var created = new List<(UnitCode Code, UnitKind Kind, UnitCode Province)>();
        foreach (int g in groupOrder)
        {
            var olds = communesOfGroup[g];
            int count = (int)newPerGroup[g];
            var sizes = Apportionment.LargestRemainder(olds.Count, RandomWeights(random, count, equal: true));
            var province = new UnitCode(Groups[g][0]);
            int offset = 0;
            var splitIntoNext = default(UnitCode?);
            for (int k = 0; k < count; k++)
            {
                int size = (int)sizes[k];
                var whole = new List<UnitCode>();
                for (int i = 0; i < size; i++)
                {
                    whole.Add(olds[offset + i]);
                }

                offset += size;
                var code = whole[0];
                created.Add((code, newKinds[newNumber++], province));
                lists.CommunesAfter.Add(code);
                if (splitIntoNext is { } previousSplit)
                {
                    // The previous new commune's last old commune was split between it and this one.
                    splitIntoNext = null;
                    var last = created[^2].Code;
                    decimal weight = (random.Next(3, 8) * 10m) / 100m;
                    builder.AddSuccession(Succession.Split(FirstDayAfter, previousSplit, new[] { new SuccessorShare<UnitCode>(last, weight), new SuccessorShare<UnitCode>(code, 1m - weight) }));
                }

                if (size >= 3 && k + 1 < count && random.Next(12) == 0)
                {
                    splitIntoNext = whole[^1];
                    whole.RemoveAt(whole.Count - 1);
                }

                builder.AddSuccession(Succession.Merge(FirstDayAfter, whole, code));
            }
        }

        foreach (var (code, kind, province) in created)
        {
            builder.AddUnit(new AdministrativeUnit(code, $"{kind.VietnameseName} mới {code}", $"New {kind.EnglishName} {code}", kind, province, ValidityPeriod.From(FirstDayAfter)));
        }

        lists.CommunesAfter.Sort();
        lists.ProvincesAfter.Sort();
        return builder;

        void AddCommissions(OrganizationChartBuilder target, string code, string party, string englishParty, UnitCode unit, LocalDate? end)
        {
            var mm = new CommitteeId($"{code}-BDV");
            var pr = new CommitteeId($"{code}-BTG");
            var merged = new CommitteeId($"{code}-BTGDV");
            target
                .AddCommittee(new Committee(mm, $"Ban Dân vận {party}", $"Mass Mobilization Commission of the {englishParty}", CommitteeKind.MassMobilizationCommission, unit, beforeMerger))
                .AddCommittee(new Committee(pr, $"Ban Tuyên giáo {party}", $"Propaganda Commission of the {englishParty}", CommitteeKind.PropagandaCommission, unit, beforeMerger))
                .AddCommittee(new Committee(merged, $"Ban Tuyên giáo và Dân vận {party}", $"Propaganda and Mass Mobilization Commission of the {englishParty}", CommitteeKind.PropagandaAndMassMobilizationCommission, unit, new ValidityPeriod(CommissionMerger, end)))
                .AddSuccession(Succession.Merge(CommissionMerger, new[] { mm, pr }, merged));
            if (unit.Value.Length == 2)
            {
                target.AddCommittee(new Committee(new CommitteeId($"{code}-MTTQ"), $"Ủy ban Mặt trận Tổ quốc {party[(party.IndexOf(' ', StringComparison.Ordinal) + 1)..]}", $"Fatherland Front Committee of {englishParty}", CommitteeKind.FatherlandFront, unit, new ValidityPeriod(Origin, end)));
            }
        }
    }

    private static long[] AddEach(IReadOnlyList<long> parts, long extra)
    {
        var result = new long[parts.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = parts[i] + extra;
        }

        return result;
    }

    private static decimal[] RandomWeights(Random random, long count, bool equal = false)
    {
        var weights = new decimal[count];
        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] = equal ? 1m : 0.5m + (random.Next(0, 100) / 100m);
        }

        return weights;
    }

    private static UnitKind[] ShuffledKinds(Random random, int total, params (UnitKind Kind, int Count)[] counts)
    {
        var kinds = new UnitKind[total];
        int i = 0;
        foreach (var (kind, count) in counts)
        {
            for (int k = 0; k < count; k++)
            {
                kinds[i++] = kind;
            }
        }

        for (int k = kinds.Length - 1; k > 0; k--)
        {
            int j = random.Next(k + 1);
            (kinds[k], kinds[j]) = (kinds[j], kinds[k]);
        }

        return kinds;
    }

    private sealed class Lists
    {
        public List<UnitCode> ProvincesBefore { get; } = new();

        public List<UnitCode> ProvincesAfter { get; } = new();

        public List<UnitCode> Districts { get; } = new();

        public List<UnitCode> CommunesBefore { get; } = new();

        public List<UnitCode> CommunesAfter { get; } = new();
    }
}
