using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using Ardalis.GuardClauses;
using MassMobilization.Core.Organization;
using NodaTime;

namespace MassMobilization.Core.AdministrativeUnits;

/// <summary>
/// The official administrative map of Vietnam (bản đồ đơn vị hành chính chính thức) around the 2025
/// restructuring, shipped as data: the 63 provinces, 696 district-level units and 10,047 communes in
/// force from 2025-03-01 to 2025-06-30, the 34 provinces and 3,321 communes from 2025-07-01
/// (Resolution 202/2025/QH15; Standing Committee resolutions 1654 to 1687/NQ-UBTVQH15) and the
/// official mapping between them, as one validated <see cref="OrganizationChart"/>.
/// </summary>
/// <remarks>
/// <see cref="Instance"/> loads the embedded data once, thread-safely, on first use and checks it
/// fully: its SHA-256 hash and counts against the shipped manifest, every old commune going into a
/// commune of the province its old province merged into, every new commune having a predecessor, and
/// no code meaning two units on one day. A failure throws a <see cref="DomainRuleException"/> with a
/// rule of <see cref="OfficialMapRules"/>. The data starts on 2025-03-01: earlier dates have no units.
/// </remarks>
public sealed partial class OfficialMap
{
    private const string DataResource = "MassMobilization.Core.AdministrativeUnits.official-map.txt";
    private const string ManifestResource = "MassMobilization.Core.AdministrativeUnits.official-map.manifest";

    private static readonly Lazy<OfficialMap> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<AdministrativeUnit, ReadOnlyCollection<UnitLink>> successorLinks;
    private readonly Dictionary<AdministrativeUnit, ReadOnlyCollection<UnitLink>> predecessorLinks;
    private readonly Lazy<Dictionary<string, ReadOnlyCollection<AdministrativeUnit>>> byName;
    private readonly Succession<UnitCode>[] successions;

    private OfficialMap(
        OfficialMapManifest manifest,
        MapData data,
        OrganizationChart chart,
        Succession<UnitCode>[] successions,
        OfficialSuccession[] officialSuccessions,
        UnitLink[] links)
    {
        Manifest = manifest;
        FirstDay = data.FirstDay;
        ReformDate = data.ReformDate;
        Chart = chart;
        this.successions = successions;
        Successions = Array.AsReadOnly(officialSuccessions);
        Links = Array.AsReadOnly(links);
        Corrections = data.Corrections.AsReadOnly();

        var successorsOf = new Dictionary<AdministrativeUnit, List<UnitLink>>();
        var predecessorsOf = new Dictionary<AdministrativeUnit, List<UnitLink>>();
        var divided = new List<UnitCode>();
        foreach (var link in links)
        {
            Append(successorsOf, link.Predecessor, link);
            Append(predecessorsOf, link.Successor, link);
            if (!link.IsWhole && (divided.Count == 0 || divided[^1] != link.Predecessor.Code))
            {
                divided.Add(link.Predecessor.Code);
            }
        }

        successorLinks = Freeze(successorsOf);
        predecessorLinks = Freeze(predecessorsOf);
        DividedCommunes = divided.AsReadOnly();

        // The name index folds every official name (diacritics, case, spelling variants): built on the first
        // name search, not on load, so that loading the map costs only what reports and rebases need.
        var named = new List<(string Name, AdministrativeUnit Unit)>();
        foreach (var row in Rows(data))
        {
            named.Add((row.Name, row.Unit!));
        }

        byName = new Lazy<Dictionary<string, ReadOnlyCollection<AdministrativeUnit>>>(() => IndexNames(named), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private static Dictionary<string, ReadOnlyCollection<AdministrativeUnit>> IndexNames(List<(string Name, AdministrativeUnit Unit)> named)
    {
        var names = new Dictionary<string, List<AdministrativeUnit>>(StringComparer.Ordinal);
        foreach (var (name, unit) in named)
        {
            Append(names, VietnameseText.Fold(name), unit);
            Append(names, VietnameseText.Fold(unit.VietnameseName), unit);
        }

        var byName = new Dictionary<string, ReadOnlyCollection<AdministrativeUnit>>(names.Count, StringComparer.Ordinal);
        foreach (var (key, units) in names)
        {
            units.Sort(static (a, b) => a.Validity.Start != b.Validity.Start ? a.Validity.Start.CompareTo(b.Validity.Start) : a.Code.CompareTo(b.Code));
            byName.Add(key, Distinct(units).AsReadOnly());
        }

        return byName;
    }

    /// <summary>Gets the official map, loaded and validated from the embedded data on first use (once, thread-safely).</summary>
    /// <exception cref="DomainRuleException">The embedded data is missing or corrupt (a rule of <see cref="OfficialMapRules"/>).</exception>
    public static OfficialMap Instance => Loaded.Value;

    /// <summary>Gets the chart of every unit version and succession of the map.</summary>
    public OrganizationChart Chart { get; }

    /// <summary>Gets the first day the map covers, 2025-03-01 (the date of the source of the old units).</summary>
    public LocalDate FirstDay { get; }

    /// <summary>Gets the first day of the two-level structure, 2025-07-01 (Law 72/2025/QH15; Resolution 202/2025/QH15).</summary>
    public LocalDate ReformDate { get; }

    /// <summary>Gets the last day of the three-level structure, 2025-06-30.</summary>
    public LocalDate LastDayBeforeReform => ReformDate.PlusDays(-1);

    /// <summary>Gets the manifest the data was checked against: sources, counts and hash.</summary>
    public OfficialMapManifest Manifest { get; }

    /// <summary>Gets every succession of the map with the resolution that decided it.</summary>
    public IReadOnlyList<OfficialSuccession> Successions { get; }

    /// <summary>Gets every row of the official mapping (old unit → new unit, whole or part), by old code.</summary>
    public IReadOnlyList<UnitLink> Links { get; }

    /// <summary>Gets the old communes divided between several new communes (460), in code order.</summary>
    public IReadOnlyList<UnitCode> DividedCommunes { get; }

    /// <summary>Gets the corrections applied to the open mapping the data was built from.</summary>
    public IReadOnlyList<MapCorrection> Corrections { get; }

    /// <summary>Finds the unit with a code on a date.</summary>
    /// <param name="code">The code, for example <c>26740</c>.</param>
    /// <param name="date">The date.</param>
    /// <param name="unit">The unit version in force on <paramref name="date"/>, when there is one.</param>
    /// <returns><see langword="true"/> when a unit with the code is in force on the date.</returns>
    public bool TryFind(UnitCode code, LocalDate date, [NotNullWhen(true)] out AdministrativeUnit? unit) => Chart.TryGetUnit(code, date, out unit);

    /// <summary>Gets the unit with a code on a date (26740 is Phường Bến Nghé on 2025-06-30 and Phường Sài Gòn on 2025-07-01).</summary>
    /// <param name="code">The code.</param>
    /// <param name="date">The date.</param>
    /// <returns>The unit version in force on <paramref name="date"/>.</returns>
    /// <exception cref="DomainRuleException">No unit with the code is in force on the date (rule <c>ORG-UNIT-NOT-IN-FORCE</c>).</exception>
    public AdministrativeUnit Find(UnitCode code, LocalDate date) => Chart.GetUnit(code, date);

    /// <summary>
    /// Finds every unit version whose name, with or without its kind, matches <paramref name="name"/>
    /// ignoring accents, case, spaces and hyphens: "Hoan Kiem", "hoàn kiếm" and "Phuong Hoan Kiem" all
    /// find Phường Hoàn Kiếm (and the old Quận Hoàn Kiếm for the first two).
    /// </summary>
    /// <param name="name">The name as typed.</param>
    /// <returns>The matching versions, old and new, by first day then code; empty when none match.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public IReadOnlyList<AdministrativeUnit> FindByName(string name)
    {
        Guard.Against.Null(name);
        return byName.Value.TryGetValue(VietnameseText.Fold(name), out var units) ? units : ReadOnlyCollection<AdministrativeUnit>.Empty;
    }

    /// <summary>Finds the units in force on a date whose name matches, as <see cref="FindByName(string)"/> does.</summary>
    /// <param name="name">The name as typed.</param>
    /// <param name="date">The date.</param>
    /// <returns>The matching units in force on <paramref name="date"/>, by code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public IReadOnlyList<AdministrativeUnit> FindByName(string name, LocalDate date)
    {
        var matches = new List<AdministrativeUnit>();
        foreach (var unit in FindByName(name))
        {
            if (unit.Validity.Contains(date))
            {
                matches.Add(unit);
            }
        }

        return matches.AsReadOnly();
    }

    /// <summary>
    /// Where did this unit go: the rows of the official mapping from the unit in force on
    /// <paramref name="date"/> to the units that took it over on <see cref="ReformDate"/>. Empty for a
    /// unit that continues unchanged (the 11 provinces that were not merged), for a new unit, and for a
    /// district, whose level was abolished (except the five island districts without communes, each of
    /// which became a special zone).
    /// </summary>
    /// <param name="code">The unit's code.</param>
    /// <param name="date">A date on which the unit is in force.</param>
    /// <returns>The rows, by new code.</returns>
    /// <exception cref="DomainRuleException">No unit with the code is in force on the date (rule <c>ORG-UNIT-NOT-IN-FORCE</c>).</exception>
    public IReadOnlyList<UnitLink> SuccessorsOf(UnitCode code, LocalDate date) =>
        successorLinks.TryGetValue(Chart.GetUnit(code, date), out var links) ? links : ReadOnlyCollection<UnitLink>.Empty;

    /// <summary>What did this unit come from: the rows of the official mapping into the unit in force on <paramref name="date"/>. Empty for an old unit and for a province that continued unchanged.</summary>
    /// <param name="code">The unit's code.</param>
    /// <param name="date">A date on which the unit is in force.</param>
    /// <returns>The rows, by old code.</returns>
    /// <exception cref="DomainRuleException">No unit with the code is in force on the date (rule <c>ORG-UNIT-NOT-IN-FORCE</c>).</exception>
    public IReadOnlyList<UnitLink> PredecessorsOf(UnitCode code, LocalDate date) =>
        predecessorLinks.TryGetValue(Chart.GetUnit(code, date), out var links) ? links : ReadOnlyCollection<UnitLink>.Empty;

    /// <summary>
    /// Re-expresses counts recorded against the units of <see cref="LastDayBeforeReform"/> on the units
    /// of <see cref="ReformDate"/> with the core's <see cref="OrganizationChart.Rebase(System.Collections.Generic.IReadOnlyDictionary{UnitCode, long}, NodaTime.LocalDate, NodaTime.LocalDate)"/>: communes that go
    /// whole add up into their new commune; a divided commune's count is reported in
    /// <see cref="RebaseResult.Unallocated"/> (its candidates are <see cref="SuccessorsOf"/>), never
    /// guessed; totals are conserved. To divide by the app's own weights use <see cref="CreateRebaser(IReadOnlyDictionary{ValueTuple{UnitCode, UnitCode}, decimal})"/>.
    /// </summary>
    /// <param name="counts">The counts by unit code, every unit in force on <see cref="LastDayBeforeReform"/>.</param>
    /// <returns>The rebased counts with their explanations and the unallocated remainder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is null.</exception>
    /// <exception cref="DomainRuleException">A unit is not in force on <see cref="LastDayBeforeReform"/> or a count is negative (rules of <see cref="OrganizationRuleCodes"/>).</exception>
    public RebaseResult Rebase(IReadOnlyDictionary<UnitCode, long> counts) => Chart.Rebase(counts, LastDayBeforeReform, ReformDate);

    /// <summary>Creates a rebaser of per-commune figures from the old map to the new one that reports every divided commune as unallocated.</summary>
    /// <returns>The rebaser.</returns>
    public CommuneRebaser CreateRebaser() => new(this, Chart, new Dictionary<UnitCode, decimal[]>());

    /// <summary>
    /// Creates a rebaser that divides the figures of divided communes by the app's weights (population,
    /// area, households…) for each (old commune, new commune) row of the mapping. A divided commune
    /// without weights stays unallocated; its weights are used in proportion (they need not sum to 1)
    /// and a zero weight gives that new commune nothing. The weighted splits are added to a variant of
    /// <see cref="Chart"/> built through the public <see cref="OrganizationChartBuilder"/>, so the
    /// readable and the fast rebase agree.
    /// </summary>
    /// <param name="weights">The weight of each (old commune, new commune) row; rows of communes that go whole are accepted and ignored.</param>
    /// <returns>The rebaser.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="weights"/> is null.</exception>
    /// <exception cref="ArgumentException">A row is not in the official mapping, a weight is negative, a divided commune has weights for only some of its new communes, or its weights are all zero.</exception>
    public CommuneRebaser CreateRebaser(IReadOnlyDictionary<(UnitCode Old, UnitCode New), decimal> weights)
    {
        Guard.Against.Null(weights);
        var shares = NormalizedWeights(weights);
        if (shares.Count == 0)
        {
            return CreateRebaser();
        }

        var builder = OrganizationChart.CreateBuilder().AddUnits(Chart.Units);
        foreach (var succession in successions)
        {
            if (succession.Kind == SuccessionKind.Split && shares.TryGetValue(succession.Predecessors[0], out var share))
            {
                builder.AddSuccession(WeightedSplit(succession, share));
            }
            else
            {
                builder.AddSuccession(succession);
            }
        }

        return new CommuneRebaser(this, builder.Build(), shares);
    }

    internal static OfficialMap Load()
    {
        var assembly = typeof(OfficialMap).Assembly;
        byte[] content = ReadResource(assembly, DataResource);
        var manifest = OfficialMapManifest.Parse(Encoding.UTF8.GetString(ReadResource(assembly, ManifestResource)));
        string hash = Convert.ToHexString(SHA256.HashData(content)).ToLowerInvariant();
        if (content.Length != manifest.Bytes || !string.Equals(hash, manifest.Sha256, StringComparison.Ordinal))
        {
            throw new DomainRuleException(
                OfficialMapRules.ResourceHash,
                $"The official map's data ({content.Length} bytes, SHA-256 {hash}) is not the data its manifest records ({manifest.Bytes} bytes, SHA-256 {manifest.Sha256}); regenerate both with tools/administrative-units/build_official_map.py.");
        }

        return FromText(Encoding.UTF8.GetString(content), manifest);
    }

    internal static OfficialMap FromText(string text, OfficialMapManifest manifest) => OfficialMapBuilder.Build(MapData.Parse(text), manifest);

    internal static OfficialMap Create(OfficialMapManifest manifest, MapData data, OrganizationChart chart, Succession<UnitCode>[] successions, OfficialSuccession[] officialSuccessions, UnitLink[] links) =>
        new(manifest, data, chart, successions, officialSuccessions, links);

    internal static OfficialMapManifest ReadManifest() =>
        OfficialMapManifest.Parse(Encoding.UTF8.GetString(ReadResource(typeof(OfficialMap).Assembly, ManifestResource)));

    internal static byte[] ReadData() => ReadResource(typeof(OfficialMap).Assembly, DataResource);

    private static byte[] ReadResource(System.Reflection.Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new DomainRuleException(OfficialMapRules.ResourceMissing, $"The assembly {assembly.GetName().Name} has no embedded resource '{name}'.");
        using var memory = new MemoryStream(checked((int)stream.Length));
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    private static IEnumerable<MapData.Row> Rows(MapData data)
    {
        foreach (var list in new[] { data.OldProvinces, data.Districts, data.OldCommunes, data.NewProvinces, data.NewCommunes })
        {
            foreach (var row in list)
            {
                yield return row;
            }
        }
    }

    private static void Append<TKey, TValue>(Dictionary<TKey, List<TValue>> lists, TKey key, TValue value)
        where TKey : notnull
    {
        if (!lists.TryGetValue(key, out var list))
        {
            lists.Add(key, list = []);
        }

        list.Add(value);
    }

    private static Dictionary<AdministrativeUnit, ReadOnlyCollection<UnitLink>> Freeze(Dictionary<AdministrativeUnit, List<UnitLink>> lists)
    {
        var frozen = new Dictionary<AdministrativeUnit, ReadOnlyCollection<UnitLink>>(lists.Count);
        foreach (var (unit, list) in lists)
        {
            frozen.Add(unit, list.AsReadOnly());
        }

        return frozen;
    }

    private static List<AdministrativeUnit> Distinct(List<AdministrativeUnit> sorted)
    {
        var result = new List<AdministrativeUnit>(sorted.Count);
        foreach (var unit in sorted)
        {
            if (result.Count == 0 || !ReferenceEquals(result[^1], unit))
            {
                result.Add(unit);
            }
        }

        return result;
    }
}
