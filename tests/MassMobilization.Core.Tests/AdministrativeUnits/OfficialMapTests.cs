using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using MassMobilization.Core.AdministrativeUnits;
using MassMobilization.Core.Organization;
using NodaTime;
using Xunit;

namespace MassMobilization.Core.Tests.AdministrativeUnits;

public sealed class OfficialMapTests
{
    private static readonly OfficialMap Map = OfficialMap.Instance;
    private static readonly LocalDate Before = new(2025, 6, 30);
    private static readonly LocalDate After = new(2025, 7, 1);

    private static UnitCode Code(string text) => new(text);

    [Fact]
    public void Counts_before_and_after_the_reform()
    {
        var old = Map.Chart.At(Before);
        Assert.Equal(63, old.UnitsOfTier(UnitTier.Province).Count);
        Assert.Equal(696, old.UnitsOfTier(UnitTier.District).Count);
        Assert.Equal(10_047, old.UnitsOfTier(UnitTier.Commune).Count);
        var now = Map.Chart.At(After);
        Assert.Equal(34, now.UnitsOfTier(UnitTier.Province).Count);
        Assert.Empty(now.UnitsOfTier(UnitTier.District));
        Assert.Equal(3_321, now.UnitsOfTier(UnitTier.Commune).Count);
        Assert.Equal(13, now.UnitsOfKind(UnitKind.SpecialZone).Count);
        Assert.Equal(Before, Map.LastDayBeforeReform);
        Assert.Empty(Map.Chart.At(Map.FirstDay.PlusDays(-1)).Units);
    }

    [Fact]
    public void The_shipped_data_matches_its_manifest()
    {
        byte[] data = OfficialMap.ReadData();
        var manifest = Map.Manifest;
        Assert.Equal(manifest.Bytes, data.Length);
        Assert.Equal(manifest.Sha256, Convert.ToHexString(SHA256.HashData(data)).ToLowerInvariant());
        Assert.Contains("v20250301", manifest.OldSource, StringComparison.Ordinal);
        Assert.Contains("github.com/dvhcvn/20250701", manifest.NewSource, StringComparison.Ordinal);
        Assert.Equal((63, 696, 10_047, 34, 3_321), (manifest.OldProvinces, manifest.OldDistricts, manifest.OldCommunes, manifest.NewProvinces, manifest.NewCommunes));
        Assert.Equal((9_587, 460, 3_316, 5, 1), (manifest.WholeCommunes, manifest.DividedCommunes, manifest.ReusedCodes, manifest.DistrictSuccessors, manifest.Corrections));
        Assert.Equal(manifest.Corrections, Map.Corrections.Count);
    }

    [Fact]
    public void Every_old_commune_goes_somewhere_in_its_successor_province_and_every_new_commune_comes_from_somewhere()
    {
        foreach (var commune in Map.Chart.At(Before).UnitsOfTier(UnitTier.Commune))
        {
            var links = Map.SuccessorsOf(commune.Code, Before);
            Assert.NotEmpty(links);
            var province = Map.Chart.Ancestors(commune.Code, Before).Single(u => u.Kind.Tier == UnitTier.Province).Code;
            var successorProvince = Map.SuccessorsOf(province, Before) is { Count: > 0 } p ? p[0].Successor.Code : province;
            Assert.All(links, link => Assert.Equal(successorProvince, link.Successor.Parent));
            Assert.All(links, link => Assert.Equal(links.Count == 1, link.IsWhole));
        }

        foreach (var commune in Map.Chart.At(After).UnitsOfTier(UnitTier.Commune))
        {
            Assert.NotEmpty(Map.PredecessorsOf(commune.Code, After));
        }

        int reused = Map.Chart.At(After).UnitsOfTier(UnitTier.Commune).Count(c => Map.Chart.TryGetUnit(c.Code, Before, out var old) && old.Kind.Tier == UnitTier.Commune);
        Assert.Equal(3_316, reused);
    }

    [Fact]
    public void The_seed_provinces_merged_as_resolution_202_decided()
    {
        Assert.Equal(["60", "67", "68"], Predecessors("68"));
        Assert.Equal(["54", "66"], Predecessors("66"));
        Assert.Equal(["74", "77", "79"], Predecessors("79"));
        Assert.Equal("Tỉnh Lâm Đồng", Map.Find(Code("68"), After).VietnameseName);
        Assert.Equal("Tỉnh Đắk Lắk", Map.Find(Code("66"), After).VietnameseName);
        Assert.Equal("Thành phố Hồ Chí Minh", Map.Find(Code("79"), After).VietnameseName);
        Assert.Equal("Ho Chi Minh City", Map.Find(Code("79"), After).EnglishName);
        Assert.All(Map.PredecessorsOf(Code("68"), After), link => Assert.Equal("202/2025/QH15", link.Resolution.ToString()));
        Assert.Equal("Tỉnh Bình Thuận", Map.Find(Code("60"), Before).VietnameseName);
        Assert.False(Map.TryFind(Code("60"), After, out _));

        var haNoi = Map.Find(Code("01"), After);
        Assert.Same(haNoi, Map.Find(Code("01"), Before));
        Assert.Equal("Thành phố Hà Nội", haNoi.VietnameseName);
        Assert.Empty(Map.SuccessorsOf(Code("01"), Before));
        Assert.Equal(126, Map.Chart.Children(Code("01"), After).Count);
    }

    private static string[] Predecessors(string province) =>
        Map.PredecessorsOf(Code(province), After).Select(l => l.Predecessor.Code.Value).ToArray();

    [Fact]
    public void The_divided_communes_are_exactly_the_460()
    {
        var divided = Map.Chart.At(Before).UnitsOfTier(UnitTier.Commune).Where(c => Map.SuccessorsOf(c.Code, Before).Count > 1).Select(c => c.Code).OrderBy(c => c).ToArray();
        Assert.Equal(460, divided.Length);
        Assert.Equal(divided, Map.DividedCommunes);
        Assert.All(divided, code => Assert.InRange(Map.SuccessorsOf(code, Before).Count, 2, 5));
        Assert.Equal(["00008", "00025"], Map.SuccessorsOf(Code("00007"), Before).Select(l => l.Successor.Code.Value));
        Assert.Equal(460, Map.Successions.Count(s => s.Succession.Kind == SuccessionKind.Split));
    }

    [Fact]
    public void Codes_are_reused_under_new_names_with_dated_versions()
    {
        Assert.Equal("Phường Bến Nghé", Map.Find(Code("26740"), Before).VietnameseName);
        Assert.Equal("Phường Sài Gòn", Map.Find(Code("26740"), After).VietnameseName);
        Assert.Equal(2, Map.Chart.VersionsOf(Code("26740")).Count);
        var link = Map.SuccessorsOf(Code("00001"), Before).Single();
        Assert.Equal("00097", link.Successor.Code.Value);
        Assert.True(link.IsWhole);
        Assert.Equal("1656/NQ-UBTVQH15", link.Resolution.ToString());
        Assert.Equal(After, link.EffectiveDate);
    }

    [Fact]
    public void Island_districts_without_communes_became_special_zones()
    {
        var link = Map.SuccessorsOf(Code("755"), Before).Single();
        Assert.Equal("Đặc khu Côn Đảo", link.Successor.VietnameseName);
        Assert.Equal(UnitKind.SpecialZone, link.Successor.Kind);
        Assert.Empty(Map.SuccessorsOf(Code("001"), Before));
    }

    [Theory]
    [InlineData("Hoan Kiem")]
    [InlineData("hoàn kiếm")]
    [InlineData("HOAN-KIEM")]
    [InlineData("Ho\u0061\u0300n Kie\u0302\u0301m")]
    public void A_name_typed_without_diacritics_finds_the_old_district_and_the_new_ward(string typed)
    {
        var found = Map.FindByName(typed);
        Assert.Contains(found, u => u.Code.Value == "002" && u.Kind == UnitKind.UrbanDistrict);
        Assert.Contains(found, u => u.Code.Value == "00070" && u.Kind == UnitKind.Ward && u.Validity.Start == After);
        Assert.Equal(["00070"], Map.FindByName(typed, After).Select(u => u.Code.Value));
    }

    [Fact]
    public void Names_are_found_with_their_kind_and_with_dd()
    {
        Assert.Equal(["00070"], Map.FindByName("phuong hoan kiem").Select(u => u.Code.Value));
        Assert.Contains(Map.FindByName("Dak Lak"), u => u.Code.Value == "66" && u.Validity.Start == After);
        Assert.Contains(Map.FindByName("Tan Phu", Before), u => u.Code.Value == "30622");
        Assert.Empty(Map.FindByName("Hoan Kiem Kiem"));
        Assert.Equal("dak lak", VietnameseText.Fold("  Đắk  Lắk "));
        Assert.Equal("Dak Lak", VietnameseText.RemoveDiacritics("Đắk Lắk"));
    }

    [Fact]
    public void The_An_Giang_commune_30622_goes_into_Vinh_An_as_resolution_1654_decides()
    {
        var link = Map.SuccessorsOf(Code("30622"), Before).Single();
        Assert.Equal("30604", link.Successor.Code.Value);
        Assert.Equal("Xã Vĩnh An", link.Successor.VietnameseName);
        Assert.Equal("91", link.Successor.Parent!.Value.Value);
        Assert.Equal("1654/NQ-UBTVQH15", link.Resolution.ToString());
        Assert.DoesNotContain(Map.PredecessorsOf(Code("30259"), After), l => l.Predecessor.Code.Value == "30622");
        var correction = Assert.Single(Map.Corrections);
        Assert.Equal("30622", correction.Commune.Value);
        Assert.Equal(["30259"], correction.RecordedAs.Select(c => c.Value));
        Assert.Equal(["30604"], correction.CorrectedTo.Select(c => c.Value));
        Assert.Equal("1654/NQ-UBTVQH15", correction.Source.ToString());
    }

    [Fact]
    public void The_validation_catches_the_uncorrected_An_Giang_row()
    {
        string text = Encoding.UTF8.GetString(OfficialMap.ReadData()).Replace("C\t30622\tx\tTân Phú\t30604", "C\t30622\tx\tTân Phú\t30259", StringComparison.Ordinal);
        var error = Assert.Throws<DomainRuleException>(() => OfficialMap.FromText(text, Map.Manifest));
        Assert.Equal(OfficialMapRules.OutsideSuccessorProvince, error.RuleCode);
        Assert.Contains("30622", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("C\t00001\tp\tPhúc Xá\t00097", "C\t00001\tp\tPhúc Xá\t99999", OfficialMapRules.UnknownSuccessor)]
    [InlineData("MMC-ADMIN-UNITS\t1", "MMC-ADMIN-UNITS\t2", OfficialMapRules.ResourceFormat)]
    [InlineData("C\t00001\tp\tPhúc Xá\t00097", "C\t00001\tp\tPhúc Xá\t00097,00004", OfficialMapRules.ResourceFormat)]
    [InlineData("C\t00004\tp\tTrúc Bạch\t00004", "C\t00001\tp\tTrúc Bạch\t00004", OfficialMapRules.CodeTwiceOnOneDay)]
    [InlineData("C\t00001\tp\tPhúc Xá\t00097", "C\t00001\tz\tPhúc Xá\t00097", OfficialMapRules.ResourceFormat)]
    public void A_corrupt_resource_fails_with_a_rule_code(string line, string corrupted, string rule)
    {
        string text = Encoding.UTF8.GetString(OfficialMap.ReadData());
        Assert.Contains(line + "\n", text, StringComparison.Ordinal);
        var error = Assert.Throws<DomainRuleException>(() => OfficialMap.FromText(text.Replace(line + "\n", corrupted + "\n", StringComparison.Ordinal), Map.Manifest));
        Assert.Equal(rule, error.RuleCode);
    }

    [Fact]
    public void A_new_commune_without_a_predecessor_is_caught()
    {
        string text = Encoding.UTF8.GetString(OfficialMap.ReadData()).Replace("M\t00070\tp\tHoàn Kiếm\n", "M\t00070\tp\tHoàn Kiếm\nM\t99998\tx\tThử Nghiệm\n", StringComparison.Ordinal);
        Assert.Contains("99998", text, StringComparison.Ordinal);
        var error = Assert.Throws<DomainRuleException>(() => OfficialMap.FromText(text, Map.Manifest));
        Assert.Equal(OfficialMapRules.NoPredecessor, error.RuleCode);
    }

    [Fact]
    public void The_map_is_loaded_once_for_every_thread()
    {
        var maps = new OfficialMap[8];
        Parallel.For(0, maps.Length, i => maps[i] = OfficialMap.Instance);
        Assert.All(maps, m => Assert.Same(Map, m));
    }
}
