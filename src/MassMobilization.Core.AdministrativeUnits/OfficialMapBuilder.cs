using System.Collections.Generic;
using System.Globalization;
using MassMobilization.Core.Organization;
using NodaTime;
using NodaTime.Text;

namespace MassMobilization.Core.AdministrativeUnits;

/// <summary>Turns the parsed data into unit versions, successions and mapping rows, checking the map's rules.</summary>
internal static class OfficialMapBuilder
{
    public static OfficialMap Build(MapData data, OfficialMapManifest manifest)
    {
        LocalDate reform = data.ReformDate;
        var before = ValidityPeriod.Between(data.FirstDay, reform.PlusDays(-1));
        var after = ValidityPeriod.From(reform);

        // Old provinces that are also new provinces with the same name and kind and no other predecessor continue as one version.
        var newProvinceByCode = Index(data.NewProvinces, "new province");
        var unchanged = new HashSet<UnitCode>();
        var provinceSuccessor = new Dictionary<UnitCode, MapData.Row>();
        foreach (var province in data.NewProvinces)
        {
            foreach (var predecessor in province.Targets)
            {
                if (!provinceSuccessor.TryAdd(predecessor, province))
                {
                    throw new DomainRuleException(OfficialMapRules.ProvinceSuccession, $"Old province {predecessor} goes into both new province {provinceSuccessor[predecessor].Code} and {province.Code}.");
                }
            }
        }

        var oldProvinceByCode = Index(data.OldProvinces, "old province");
        foreach (var province in data.OldProvinces)
        {
            if (!provinceSuccessor.TryGetValue(province.Code, out var successor))
            {
                throw new DomainRuleException(OfficialMapRules.ProvinceSuccession, $"Old province {province.Code} {province.Name} goes into no new province.");
            }

            if (successor.Code == province.Code && successor.Targets.Length == 1 && successor.Name == province.Name && successor.Kind == province.Kind)
            {
                unchanged.Add(province.Code);
            }
        }

        foreach (var province in data.NewProvinces)
        {
            foreach (var predecessor in province.Targets)
            {
                if (!oldProvinceByCode.ContainsKey(predecessor))
                {
                    throw new DomainRuleException(OfficialMapRules.ProvinceSuccession, $"New province {province.Code} {province.Name} names {predecessor}, which is not an old province.");
                }
            }
        }

        var units = new List<AdministrativeUnit>(data.OldProvinces.Count + data.Districts.Count + data.OldCommunes.Count + data.NewProvinces.Count + data.NewCommunes.Count);
        var oldCodes = new HashSet<UnitCode>();
        var newCodes = new HashSet<UnitCode>();
        foreach (var row in data.OldProvinces)
        {
            bool continues = unchanged.Contains(row.Code);
            AddVersion(row, Kinds.OldProvince(row), null, continues ? ValidityPeriod.From(data.FirstDay) : before, units, continues ? [oldCodes, newCodes] : [oldCodes]);
        }

        foreach (var row in data.Districts)
        {
            AddVersion(row, Kinds.District(row), row.Parent!.Unit!.Code, before, units, [oldCodes]);
        }

        foreach (var row in data.OldCommunes)
        {
            AddVersion(row, Kinds.OldCommune(row), row.Parent!.Unit!.Code, before, units, [oldCodes]);
        }

        foreach (var row in data.NewProvinces)
        {
            if (unchanged.Contains(row.Code))
            {
                row.Unit = oldProvinceByCode[row.Code].Unit;
                continue;
            }

            AddVersion(row, Kinds.NewProvince(row), null, after, units, [newCodes]);
        }

        foreach (var row in data.NewCommunes)
        {
            AddVersion(row, Kinds.NewCommune(row), row.Parent!.Unit!.Code, after, units, [newCodes]);
        }

        // The mapping: every old commune into communes of its province's successor; every new commune from somewhere.
        var newCommuneByCode = Index(data.NewCommunes, "new commune");
        var wholeInto = new Dictionary<UnitCode, List<MapData.Row>>();
        var links = new List<UnitLink>(data.OldCommunes.Count + 500);
        var successions = new List<Succession<UnitCode>>();
        var official = new List<OfficialSuccession>();
        foreach (var commune in data.OldCommunes)
        {
            var oldProvince = commune.Parent!.Parent!;
            var successorProvince = provinceSuccessor[oldProvince.Code];
            var targets = new UnitCode[commune.Targets.Length];
            for (int i = 0; i < targets.Length; i++)
            {
                var target = Target(commune, commune.Targets[i], newCommuneByCode);
                if (target.Parent != successorProvince)
                {
                    throw new DomainRuleException(
                        OfficialMapRules.OutsideSuccessorProvince,
                        $"Old commune {commune.Code} {commune.Unit!.VietnameseName} of {oldProvince.Unit!.VietnameseName} goes into {target.Code} {target.Unit!.VietnameseName} of {target.Parent!.Unit!.VietnameseName}, not a commune of {successorProvince.Unit!.VietnameseName}, which its province merged into.");
                }

                targets[i] = target.Code;
                links.Add(new UnitLink(commune.Unit!, target.Unit!, commune.Targets.Length == 1, successorProvince.CommuneResolution));
                if (commune.Targets.Length == 1)
                {
                    Append(wholeInto, target.Code, commune);
                }
            }

            if (targets.Length > 1)
            {
                var split = Succession.Split(reform, commune.Code, targets);
                successions.Add(split);
                official.Add(new OfficialSuccession(split, successorProvince.CommuneResolution));
            }
        }

        foreach (var district in data.Districts)
        {
            if (district.Targets.Length == 0)
            {
                continue;
            }

            var target = Target(district, district.Targets[0], newCommuneByCode);
            if (target.Parent != provinceSuccessor[district.Parent!.Code])
            {
                throw new DomainRuleException(OfficialMapRules.OutsideSuccessorProvince, $"Old district {district.Code} {district.Unit!.VietnameseName} becomes {target.Code} {target.Unit!.VietnameseName} outside the province its province merged into.");
            }

            links.Add(new UnitLink(district.Unit!, target.Unit!, true, target.Parent.CommuneResolution));
            Append(wholeInto, target.Code, district);
        }

        var hasPredecessor = new HashSet<UnitCode>();
        foreach (var link in links)
        {
            hasPredecessor.Add(link.Successor.Code);
        }

        foreach (var commune in data.NewCommunes)
        {
            if (!hasPredecessor.Contains(commune.Code))
            {
                throw new DomainRuleException(OfficialMapRules.NoPredecessor, $"New commune {commune.Code} {commune.Unit!.VietnameseName} (line {commune.Line.ToString(CultureInfo.InvariantCulture)}) has no predecessor.");
            }

            if (wholeInto.TryGetValue(commune.Code, out var wholes))
            {
                var succession = wholes.Count == 1
                    ? Succession.Rename(reform, wholes[0].Code, commune.Code)
                    : Succession.Merge(reform, Codes(wholes), commune.Code);
                successions.Add(succession);
                official.Add(new OfficialSuccession(succession, commune.Parent!.CommuneResolution));
            }
        }

        foreach (var province in data.NewProvinces)
        {
            if (unchanged.Contains(province.Code))
            {
                continue;
            }

            var succession = province.Targets.Length == 1
                ? Succession.Rename(reform, province.Targets[0], province.Code)
                : Succession.Merge(reform, province.Targets, province.Code);
            successions.Add(succession);
            official.Add(new OfficialSuccession(succession, province.Resolution));
            foreach (var predecessor in province.Targets)
            {
                links.Add(new UnitLink(oldProvinceByCode[predecessor].Unit!, province.Unit!, true, province.Resolution));
            }
        }

        CheckCounts(data, manifest, links, oldCodes);
        links.Sort(static (a, b) =>
        {
            int byOld = a.Predecessor.Code.CompareTo(b.Predecessor.Code);
            return byOld != 0 ? byOld : a.Successor.Code.CompareTo(b.Successor.Code);
        });

        OrganizationChart chart;
        var builder = OrganizationChart.CreateBuilder().AddUnits(units);
        foreach (var succession in successions)
        {
            builder.AddSuccession(succession);
        }

        try
        {
            chart = builder.Build();
        }
        catch (DomainRuleException error)
        {
            throw new DomainRuleException(OfficialMapRules.ChartInvalid, $"The official map builds no valid chart: {error.Message}", error);
        }

        return OfficialMap.Create(manifest, data, chart, successions.ToArray(), official.ToArray(), links.ToArray());
    }

    private static void AddVersion(MapData.Row row, (UnitKind Kind, string Prefix, string English) kind, UnitCode? parent, ValidityPeriod validity, List<AdministrativeUnit> units, HashSet<UnitCode>[] days)
    {
        foreach (var codes in days)
        {
            if (!codes.Add(row.Code))
            {
                throw new DomainRuleException(
                    OfficialMapRules.CodeTwiceOnOneDay,
                    $"Code {row.Code} would mean two units on one day: '{row.Name}' (line {row.Line.ToString(CultureInfo.InvariantCulture)}) and another unit in force on {LocalDatePattern.Iso.Format(validity.End ?? validity.Start)}.");
            }
        }

        string english = IsNumber(row.Name) ? $"{kind.English} {row.Name}" : $"{VietnameseText.RemoveDiacritics(row.Name)} {kind.English}";
        row.Unit = new AdministrativeUnit(row.Code, $"{kind.Prefix} {row.Name}", english, kind.Kind, parent, validity);
        units.Add(row.Unit);
    }

    private static bool IsNumber(string name)
    {
        foreach (char c in name)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static MapData.Row Target(MapData.Row from, UnitCode code, Dictionary<UnitCode, MapData.Row> newCommunes) =>
        newCommunes.TryGetValue(code, out var target)
            ? target
            : throw new DomainRuleException(OfficialMapRules.UnknownSuccessor, $"Old unit {from.Code} {from.Name} (line {from.Line.ToString(CultureInfo.InvariantCulture)}) goes into {code}, which is not a new commune.");

    private static void CheckCounts(MapData data, OfficialMapManifest manifest, List<UnitLink> links, HashSet<UnitCode> oldCodes)
    {
        int divided = 0;
        foreach (var commune in data.OldCommunes)
        {
            divided += commune.Targets.Length > 1 ? 1 : 0;
        }

        int reused = 0;
        foreach (var commune in data.NewCommunes)
        {
            reused += oldCodes.Contains(commune.Code) && commune.Code.Value.Length == 5 ? 1 : 0;
        }

        int districtSuccessors = 0;
        foreach (var link in links)
        {
            districtSuccessors += link.Predecessor.Kind.Tier == UnitTier.District ? 1 : 0;
        }

        Check("old provinces", data.OldProvinces.Count, manifest.OldProvinces);
        Check("old districts", data.Districts.Count, manifest.OldDistricts);
        Check("old communes", data.OldCommunes.Count, manifest.OldCommunes);
        Check("new provinces", data.NewProvinces.Count, manifest.NewProvinces);
        Check("new communes", data.NewCommunes.Count, manifest.NewCommunes);
        Check("whole communes", data.OldCommunes.Count - divided, manifest.WholeCommunes);
        Check("divided communes", divided, manifest.DividedCommunes);
        Check("reused commune codes", reused, manifest.ReusedCodes);
        Check("district successors", districtSuccessors, manifest.DistrictSuccessors);
        Check("corrections", data.Corrections.Count, manifest.Corrections);
    }

    private static void Check(string what, int actual, int recorded)
    {
        if (actual != recorded)
        {
            throw new DomainRuleException(OfficialMapRules.ResourceCounts, $"The official map holds {actual.ToString(CultureInfo.InvariantCulture)} {what}; its manifest records {recorded.ToString(CultureInfo.InvariantCulture)}.");
        }
    }

    private static Dictionary<UnitCode, MapData.Row> Index(List<MapData.Row> rows, string what)
    {
        var index = new Dictionary<UnitCode, MapData.Row>(rows.Count);
        foreach (var row in rows)
        {
            if (!index.TryAdd(row.Code, row))
            {
                throw new DomainRuleException(OfficialMapRules.CodeTwiceOnOneDay, $"Code {row.Code} means two units on one day: {what}s '{index[row.Code].Name}' and '{row.Name}'.");
            }
        }

        return index;
    }

    private static void Append(Dictionary<UnitCode, List<MapData.Row>> lists, UnitCode key, MapData.Row row)
    {
        if (!lists.TryGetValue(key, out var list))
        {
            lists.Add(key, list = []);
        }

        list.Add(row);
    }

    private static UnitCode[] Codes(List<MapData.Row> rows)
    {
        var codes = new UnitCode[rows.Count];
        for (int i = 0; i < codes.Length; i++)
        {
            codes[i] = rows[i].Code;
        }

        return codes;
    }

    /// <summary>The kind letters of the data, per level, with the Vietnamese prefix and English suffix of the names.</summary>
    private static class Kinds
    {
        public static (UnitKind, string, string) OldProvince(MapData.Row row) => row.Kind switch
        {
            "t" => (UnitKind.Province, "Tỉnh", "Province"),
            "c" => (UnitKind.CentrallyRunCity, "Thành phố", "City"),
            _ => throw Unknown(row),
        };

        public static (UnitKind, string, string) NewProvince(MapData.Row row) => OldProvince(row);

        public static (UnitKind, string, string) District(MapData.Row row) => row.Kind switch
        {
            "h" => (UnitKind.RuralDistrict, "Huyện", "District"),
            "q" => (UnitKind.UrbanDistrict, "Quận", "Urban District"),
            "x" => (UnitKind.DistrictLevelTown, "Thị xã", "Town"),
            "p" => (UnitKind.ProvincialCity, "Thành phố", "City"),
            "m" => (UnitKind.MunicipalCity, "Thành phố", "City"),
            _ => throw Unknown(row),
        };

        public static (UnitKind, string, string) OldCommune(MapData.Row row) => row.Kind switch
        {
            "x" => (UnitKind.Commune, "Xã", "Commune"),
            "p" => (UnitKind.Ward, "Phường", "Ward"),
            "t" => (UnitKind.Township, "Thị trấn", "Township"),
            _ => throw Unknown(row),
        };

        public static (UnitKind, string, string) NewCommune(MapData.Row row) => row.Kind switch
        {
            "x" => (UnitKind.Commune, "Xã", "Commune"),
            "p" => (UnitKind.Ward, "Phường", "Ward"),
            "d" => (UnitKind.SpecialZone, "Đặc khu", "Special Zone"),
            _ => throw Unknown(row),
        };

        private static DomainRuleException Unknown(MapData.Row row) => MapData.Error(row.Line, $"unknown kind '{row.Kind}' for unit {row.Code}");
    }
}
