using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using NodaTime;

namespace MassMobilization.Core.Organization;

/// <summary>
/// An immutable, validated, effective-dated chart of administrative units, the bodies attached to them
/// and the successions between them (sơ đồ tổ chức). Every query takes an "as of" date; the depth of
/// the hierarchy may differ between dates (three levels before 2025-07-01, two from that day, per
/// Law 72/2025/QH15, Article 2). Build one with <see cref="CreateBuilder"/>.
/// </summary>
/// <remarks>
/// The structure is precomputed for every period between two change dates when the chart is built
/// (which is also how cycles are detected), so <see cref="At"/> is a binary search and returns a shared
/// <see cref="ChartSnapshot"/>.
/// </remarks>
public sealed partial class OrganizationChart
{
    private readonly VersionIndex<UnitCode, AdministrativeUnit> units;
    private IReadOnlyList<AdministrativeUnit>? unitsView;
    private readonly VersionIndex<CommitteeId, Committee> committees;
    private IReadOnlyList<Committee>? committeesView;
    private readonly Dictionary<UnitCode, Committee[]> committeesByUnit;
    private readonly Succession<UnitCode>[] unitSuccessions;
    private IReadOnlyList<Succession<UnitCode>>? unitSuccessionsView;
    private readonly Succession<CommitteeId>[] committeeSuccessions;
    private IReadOnlyList<Succession<CommitteeId>>? committeeSuccessionsView;
    private readonly Dictionary<(UnitCode, LocalDate), Succession<UnitCode>> unitSuccessionByPredecessor;
    private readonly Dictionary<(CommitteeId, LocalDate), Succession<CommitteeId>> committeeSuccessionByPredecessor;
    private readonly LocalDate[] changeDates;
    private IReadOnlyList<LocalDate>? changeDatesView;
    private readonly ChartSnapshot[] snapshots;
    private IReadOnlyList<ChartSnapshot>? snapshotsView;
    private readonly ChartSnapshot beforeFirst;
    private readonly LocalDate[] unitEventDates;
    private readonly LocalDate[] committeeEventDates;

    private OrganizationChart(
        VersionIndex<UnitCode, AdministrativeUnit> units,
        VersionIndex<CommitteeId, Committee> committees,
        Succession<UnitCode>[] unitSuccessions,
        Succession<CommitteeId>[] committeeSuccessions,
        Dictionary<(UnitCode, LocalDate), Succession<UnitCode>> unitSuccessionByPredecessor,
        Dictionary<(CommitteeId, LocalDate), Succession<CommitteeId>> committeeSuccessionByPredecessor,
        LocalDate[] changeDates,
        ChartSnapshot[] snapshots,
        ChartSnapshot beforeFirst)
    {
        this.units = units;
        this.committees = committees;
        this.unitSuccessions = unitSuccessions;
        this.committeeSuccessions = committeeSuccessions;
        this.unitSuccessionByPredecessor = unitSuccessionByPredecessor;
        this.committeeSuccessionByPredecessor = committeeSuccessionByPredecessor;
        this.changeDates = changeDates;
        this.snapshots = snapshots;
        this.beforeFirst = beforeFirst;
        unitEventDates = EventDates(units.Items, u => u.Validity, unitSuccessions);
        committeeEventDates = EventDates(committees.Items, c => c.Validity, committeeSuccessions);
        committeesByUnit = new Dictionary<UnitCode, Committee[]>();
        var grouped = new Dictionary<UnitCode, List<Committee>>();
        foreach (var committee in committees.Items)
        {
            if (!grouped.TryGetValue(committee.Unit, out var list))
            {
                grouped.Add(committee.Unit, list = new List<Committee>());
            }

            list.Add(committee);
        }

        foreach (var (unit, list) in grouped)
        {
            committeesByUnit.Add(unit, list.ToArray());
        }
    }

    /// <summary>Gets every unit version, by code then first day.</summary>
    public IReadOnlyList<AdministrativeUnit> Units => unitsView ??= ReadOnlyView.Of(units.Items);

    /// <summary>Gets every body version, by identifier then first day.</summary>
    public IReadOnlyList<Committee> Committees => committeesView ??= ReadOnlyView.Of(committees.Items);

    /// <summary>Gets the successions between units, by date (then in the order they were added).</summary>
    public IReadOnlyList<Succession<UnitCode>> UnitSuccessions => unitSuccessionsView ??= ReadOnlyView.Of(unitSuccessions);

    /// <summary>Gets the successions between bodies, by date (then in the order they were added).</summary>
    public IReadOnlyList<Succession<CommitteeId>> CommitteeSuccessions => committeeSuccessionsView ??= ReadOnlyView.Of(committeeSuccessions);

    /// <summary>Gets the days on which the unit structure changes, ascending.</summary>
    public IReadOnlyList<LocalDate> ChangeDates => changeDatesView ??= ReadOnlyView.Of(changeDates);

    /// <summary>Gets the distinct structures, one per period between change dates, in date order.</summary>
    public IReadOnlyList<ChartSnapshot> Snapshots => snapshotsView ??= ReadOnlyView.Of(snapshots);

    /// <summary>Creates an empty builder.</summary>
    /// <returns>A new builder.</returns>
    public static OrganizationChartBuilder CreateBuilder() => new();

    /// <summary>Gets the structure in force on a date, with dense ordinals.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The snapshot shared by every date with the same structure; empty before the first unit.</returns>
    public ChartSnapshot At(LocalDate date)
    {
        int index = Array.BinarySearch(changeDates, date);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return index < 0 ? beforeFirst : snapshots[index];
    }

    /// <summary>Gets every version of a unit code, by first day.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The versions; empty when the code is unknown.</returns>
    public IReadOnlyList<AdministrativeUnit> VersionsOf(UnitCode code) => units.Versions(code).ToArray();

    /// <summary>Looks up the version of a unit in force on a date.</summary>
    /// <param name="code">The code.</param>
    /// <param name="date">The date.</param>
    /// <param name="unit">The version, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when a unit with <paramref name="code"/> is in force on <paramref name="date"/>.</returns>
    public bool TryGetUnit(UnitCode code, LocalDate date, [NotNullWhen(true)] out AdministrativeUnit? unit)
    {
        unit = units.Find(code, date);
        return unit is not null;
    }

    /// <summary>Gets the version of a unit in force on a date.</summary>
    /// <param name="code">The code.</param>
    /// <param name="date">The date.</param>
    /// <returns>The version.</returns>
    /// <exception cref="DomainRuleException">No unit with <paramref name="code"/> is in force on <paramref name="date"/> (rule <c>ORG-UNIT-NOT-IN-FORCE</c>).</exception>
    public AdministrativeUnit GetUnit(UnitCode code, LocalDate date) =>
        units.Find(code, date) ?? throw new DomainRuleException(OrganizationRuleCodes.UnitNotInForce, $"No unit with code {code} is in force on {ValidityPeriod.Format(date)}.");

    /// <summary>Gets a unit's parent on a date.</summary>
    /// <param name="code">The unit's code.</param>
    /// <param name="date">The date.</param>
    /// <returns>The parent, or <see langword="null"/> for a top-level unit.</returns>
    /// <exception cref="DomainRuleException">The unit is not in force on <paramref name="date"/> (rule <c>ORG-UNIT-NOT-IN-FORCE</c>).</exception>
    public AdministrativeUnit? ParentOf(UnitCode code, LocalDate date) => Snapshot(code, date).ParentOf(code);

    /// <summary>Gets a unit's ancestors on a date, nearest first.</summary>
    /// <param name="code">The unit's code.</param>
    /// <param name="date">The date.</param>
    /// <returns>The ancestors.</returns>
    /// <exception cref="DomainRuleException">The unit is not in force on <paramref name="date"/> (rule <c>ORG-UNIT-NOT-IN-FORCE</c>).</exception>
    public IReadOnlyList<AdministrativeUnit> Ancestors(UnitCode code, LocalDate date) => Snapshot(code, date).Ancestors(code);

    /// <summary>Gets the path from the top-level unit down to a unit on a date.</summary>
    /// <param name="code">The unit's code.</param>
    /// <param name="date">The date.</param>
    /// <returns>The path, top-level unit first, ending with the unit.</returns>
    /// <exception cref="DomainRuleException">The unit is not in force on <paramref name="date"/> (rule <c>ORG-UNIT-NOT-IN-FORCE</c>).</exception>
    public IReadOnlyList<AdministrativeUnit> PathTo(UnitCode code, LocalDate date) => Snapshot(code, date).PathTo(code);

    /// <summary>Gets a unit's children on a date, in code order.</summary>
    /// <param name="code">The unit's code.</param>
    /// <param name="date">The date.</param>
    /// <returns>The children.</returns>
    /// <exception cref="DomainRuleException">The unit is not in force on <paramref name="date"/> (rule <c>ORG-UNIT-NOT-IN-FORCE</c>).</exception>
    public IReadOnlyList<AdministrativeUnit> Children(UnitCode code, LocalDate date) => Snapshot(code, date).Children(code);

    /// <summary>Gets a unit's descendants on a date, each after its parent.</summary>
    /// <param name="code">The unit's code.</param>
    /// <param name="date">The date.</param>
    /// <returns>The descendants.</returns>
    /// <exception cref="DomainRuleException">The unit is not in force on <paramref name="date"/> (rule <c>ORG-UNIT-NOT-IN-FORCE</c>).</exception>
    public IReadOnlyList<AdministrativeUnit> Descendants(UnitCode code, LocalDate date) => Snapshot(code, date).Descendants(code);

    /// <summary>Gets a unit's depth on a date: 0 for a top-level unit.</summary>
    /// <param name="code">The unit's code.</param>
    /// <param name="date">The date.</param>
    /// <returns>The number of ancestors.</returns>
    /// <exception cref="DomainRuleException">The unit is not in force on <paramref name="date"/> (rule <c>ORG-UNIT-NOT-IN-FORCE</c>).</exception>
    public int DepthOf(UnitCode code, LocalDate date) => Snapshot(code, date).DepthOf(code);

    /// <summary>Gets the units of a kind in force on a date.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="date">The date.</param>
    /// <returns>The units, in ordinal order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    public IReadOnlyList<AdministrativeUnit> UnitsOfKind(UnitKind kind, LocalDate date)
    {
        Guard.Against.Null(kind);
        return At(date).UnitsOfKind(kind);
    }

    /// <summary>Gets the bodies of a unit that exist on a date, by identifier.</summary>
    /// <param name="unit">The unit's code.</param>
    /// <param name="date">The date.</param>
    /// <returns>The bodies; empty when there are none.</returns>
    public IReadOnlyList<Committee> CommitteesOf(UnitCode unit, LocalDate date)
    {
        var result = new List<Committee>();
        if (committeesByUnit.TryGetValue(unit, out var list))
        {
            foreach (var committee in list)
            {
                if (committee.Validity.Contains(date))
                {
                    result.Add(committee);
                }
            }
        }

        return result.AsReadOnly();
    }

    /// <summary>Gets every version of a body, by first day.</summary>
    /// <param name="id">The body's identifier.</param>
    /// <returns>The versions; empty when the identifier is unknown.</returns>
    public IReadOnlyList<Committee> VersionsOf(CommitteeId id) => committees.Versions(id).ToArray();

    /// <summary>Looks up the version of a body that exists on a date.</summary>
    /// <param name="id">The body's identifier.</param>
    /// <param name="date">The date.</param>
    /// <param name="committee">The version, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGetCommittee(CommitteeId id, LocalDate date, [NotNullWhen(true)] out Committee? committee)
    {
        committee = committees.Find(id, date);
        return committee is not null;
    }

    /// <summary>Gets the version of a body that exists on a date.</summary>
    /// <param name="id">The body's identifier.</param>
    /// <param name="date">The date.</param>
    /// <returns>The version.</returns>
    /// <exception cref="DomainRuleException">No such body exists on <paramref name="date"/> (rule <c>ORG-COMMITTEE-NOT-IN-FORCE</c>).</exception>
    public Committee GetCommittee(CommitteeId id, LocalDate date) =>
        committees.Find(id, date) ?? throw new DomainRuleException(OrganizationRuleCodes.CommitteeNotInForce, $"No body with id {id} exists on {ValidityPeriod.Format(date)}.");

    internal static OrganizationChart Create(AdministrativeUnit[] unitVersions, Committee[] committeeVersions, Succession<UnitCode>[] unitSuccessions, Succession<CommitteeId>[] committeeSuccessions)
    {
        var units = new VersionIndex<UnitCode, AdministrativeUnit>(unitVersions, u => u.Code, code => code.Value, u => u.Validity, "unit", OrganizationRuleCodes.DuplicateCode, OrganizationRuleCodes.OverlappingVersions);
        foreach (var unit in units.Items)
        {
            if (unit.Parent is not { } parent)
            {
                continue;
            }

            var parentVersions = units.Versions(parent);
            if (parentVersions.IsEmpty)
            {
                throw new DomainRuleException(OrganizationRuleCodes.UnknownParent, $"Unit {unit} names parent {parent}, which is not a unit of the chart.");
            }

            var gap = units.FirstUncovered(parentVersions, unit.Validity);
            if (gap is not null)
            {
                throw new DomainRuleException(OrganizationRuleCodes.ParentNotValid, $"Unit {unit} names parent {parent}, which is not in force on {(gap is { } g ? ValidityPeriod.Format(g) : string.Empty)}.");
            }
        }

        var committees = new VersionIndex<CommitteeId, Committee>(committeeVersions, c => c.Id, id => id.Value, c => c.Validity, "body", OrganizationRuleCodes.DuplicateCommittee, OrganizationRuleCodes.OverlappingCommitteeVersions);
        foreach (var committee in committees.Items)
        {
            var gap = units.FirstUncovered(committee.Unit, committee.Validity);
            if (gap is not null)
            {
                throw new DomainRuleException(OrganizationRuleCodes.CommitteeUnitNotValid, $"Body {committee} belongs to unit {committee.Unit}, which is not in force on {(gap is { } g ? ValidityPeriod.Format(g) : string.Empty)}.");
            }
        }

        var sortedUnitSuccessions = SortByDate(unitSuccessions);
        var unitByPredecessor = CheckSuccessions(sortedUnitSuccessions, units, "unit");
        var sortedCommitteeSuccessions = SortByDate(committeeSuccessions);
        var committeeByPredecessor = CheckSuccessions(sortedCommitteeSuccessions, committees, "body");

        var changeDates = ChangeDatesOf(units.Items);
        var snapshots = new ChartSnapshot[changeDates.Length];
        var inForce = new List<AdministrativeUnit>();
        for (int i = 0; i < changeDates.Length; i++)
        {
            LocalDate start = changeDates[i];
            var validity = i + 1 < changeDates.Length ? ValidityPeriod.Between(start, changeDates[i + 1].PlusDays(-1)) : ValidityPeriod.From(start);
            inForce.Clear();
            foreach (var unit in units.Items)
            {
                if (unit.Validity.Contains(start))
                {
                    inForce.Add(unit);
                }
            }

            snapshots[i] = SnapshotBuilder.Build(validity, inForce);
        }

        var beforeValidity = changeDates.Length == 0
            ? ValidityPeriod.From(LocalDate.MinIsoValue)
            : changeDates[0] == LocalDate.MinIsoValue ? ValidityPeriod.Between(LocalDate.MinIsoValue, LocalDate.MinIsoValue) : ValidityPeriod.Between(LocalDate.MinIsoValue, changeDates[0].PlusDays(-1));
        var beforeFirst = SnapshotBuilder.Build(beforeValidity, new List<AdministrativeUnit>());
        return new OrganizationChart(units, committees, sortedUnitSuccessions, sortedCommitteeSuccessions, unitByPredecessor, committeeByPredecessor, changeDates, snapshots, beforeFirst);
    }

    private ChartSnapshot Snapshot(UnitCode code, LocalDate date)
    {
        var snapshot = At(date);
        if (!snapshot.Contains(code))
        {
            throw new DomainRuleException(OrganizationRuleCodes.UnitNotInForce, $"No unit with code {code} is in force on {ValidityPeriod.Format(date)}.");
        }

        return snapshot;
    }

    private static Succession<TId>[] SortByDate<TId>(Succession<TId>[] successions)
        where TId : struct, IEquatable<TId>, IComparable<TId>
    {
        var indexed = new (Succession<TId> Item, int Index)[successions.Length];
        for (int i = 0; i < successions.Length; i++)
        {
            indexed[i] = (successions[i], i);
        }

        Array.Sort(indexed, (a, b) =>
        {
            int byDate = a.Item.EffectiveDate.CompareTo(b.Item.EffectiveDate);
            return byDate != 0 ? byDate : a.Index.CompareTo(b.Index);
        });
        var result = new Succession<TId>[successions.Length];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = indexed[i].Item;
        }

        return result;
    }

    private static Dictionary<(TId, LocalDate), Succession<TId>> CheckSuccessions<TId, T>(Succession<TId>[] successions, VersionIndex<TId, T> index, string what)
        where TId : struct, IEquatable<TId>, IComparable<TId>
        where T : class
    {
        int predecessors = 0;
        foreach (var succession in successions)
        {
            predecessors += succession.Predecessors.Count;
        }

        var byPredecessor = new Dictionary<(TId, LocalDate), Succession<TId>>(predecessors);
        foreach (var succession in successions)
        {
            LocalDate date = succession.EffectiveDate;
            LocalDate dayBefore = date.PlusDays(-1);
            foreach (var predecessor in succession.Predecessors)
            {
                var versions = index.Versions(predecessor);
                if (versions.IsEmpty)
                {
                    throw new DomainRuleException(OrganizationRuleCodes.SuccessionUnknown, $"Succession {succession} names predecessor {predecessor}, which is not a {what} of the chart.");
                }

                if (index.AllStartOnOrAfter(versions, date))
                {
                    throw new DomainRuleException(OrganizationRuleCodes.SuccessionBackwards, $"Succession {succession} points backwards in time: predecessor {what} {predecessor} only comes into force on or after {ValidityPeriod.Format(date)}.");
                }

                if (index.Find(versions, dayBefore) is null)
                {
                    throw new DomainRuleException(OrganizationRuleCodes.SuccessionNotInForce, $"Succession {succession} names predecessor {what} {predecessor}, which is not in force on {ValidityPeriod.Format(dayBefore)}, the day before it takes effect.");
                }

                if (!byPredecessor.TryAdd((predecessor, date), succession))
                {
                    var other = byPredecessor[(predecessor, date)];
                    throw new DomainRuleException(
                        OrganizationRuleCodes.SuccessionAmbiguous,
                        $"{char.ToUpperInvariant(what[0])}{what[1..]} {predecessor} is a predecessor in two successions on {ValidityPeriod.Format(date)}: {other} and {succession}; it would have two successors.");
                }
            }

            foreach (var share in succession.Successors)
            {
                var successor = share.Successor;
                var versions = index.Versions(successor);
                if (versions.IsEmpty)
                {
                    throw new DomainRuleException(OrganizationRuleCodes.SuccessionUnknown, $"Succession {succession} names successor {successor}, which is not a {what} of the chart.");
                }

                if (index.AllEndBefore(versions, date))
                {
                    throw new DomainRuleException(OrganizationRuleCodes.SuccessionBackwards, $"Succession {succession} points backwards in time: successor {what} {successor} ended before {ValidityPeriod.Format(date)}.");
                }

                if (index.Find(versions, date) is null)
                {
                    throw new DomainRuleException(OrganizationRuleCodes.SuccessionNotInForce, $"Succession {succession} names successor {what} {successor}, which is not in force on {ValidityPeriod.Format(date)}.");
                }
            }
        }

        return byPredecessor;
    }

    private static LocalDate[] ChangeDatesOf(IReadOnlyList<AdministrativeUnit> versions)
    {
        var dates = new HashSet<LocalDate>();
        foreach (var unit in versions)
        {
            dates.Add(unit.Validity.Start);
            if (unit.Validity.End is { } end && end < LocalDate.MaxIsoValue)
            {
                dates.Add(end.PlusDays(1));
            }
        }

        var result = new LocalDate[dates.Count];
        dates.CopyTo(result);
        Array.Sort(result);
        return result;
    }
}
