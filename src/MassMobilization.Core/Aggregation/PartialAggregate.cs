using System;
using System.Collections.Generic;
using System.ComponentModel;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Aggregation;

/// <summary>
/// A mergeable partial result: for one reporting period, the sums and record counts of the records kept
/// at each unit (not yet added up the hierarchy), keyed by unit code and slot code so that it can be
/// serialised, sent up and merged elsewhere. A commune computes its partial; the district merges its
/// communes' partials; the province merges the districts' and rolls up once
/// (<see cref="RollUpEngine.RollUp(RollUpShape, IndicatorLayout, PartialAggregate)"/>).
/// </summary>
/// <remarks>
/// Because the entries are per-unit sums before propagation, <see cref="Merge"/> is cell-wise addition:
/// associative, commutative, with <see cref="Empty"/> as identity; and rolling up a merge gives exactly
/// the one-shot roll-up of all the records (roll-up is linear). Entries are kept sorted by unit code then
/// slot code (ordinal), one per key, none empty, so equal contents give equal values and equal JSON.
/// Immutable.
/// </remarks>
public sealed class PartialAggregate : IEquatable<PartialAggregate>
{
    private readonly PartialEntry[] entries;
    private IReadOnlyList<PartialEntry>? entriesView;

    private PartialAggregate(ReportingPeriod period, PartialEntry[] entries)
    {
        Period = period;
        this.entries = entries;
    }

    /// <summary>Gets the period the records belong to.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the entries, sorted by unit code then slot code, one per key.</summary>
    public IReadOnlyList<PartialEntry> Entries => entriesView ??= ReadOnlyView.Of(entries);

    /// <summary>Creates an empty partial for a period (the identity of <see cref="Merge"/>).</summary>
    /// <param name="period">The period.</param>
    /// <returns>The empty partial.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public static PartialAggregate Empty(ReportingPeriod period)
    {
        Guard.Against.Null(period);
        return new(period, []);
    }

    /// <summary>Creates a partial from entries in any order; entries with the same unit and slot are added together.</summary>
    /// <param name="period">The period.</param>
    /// <param name="entries">The entries.</param>
    /// <returns>The partial, in canonical form.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An entry is default.</exception>
    /// <exception cref="DomainRuleException">Rule <c>AGG-SUM-OVERFLOW</c>: a unit's sum or record count for a slot does not fit in 64 bits (the message names the unit and slot).</exception>
    public static PartialAggregate Create(ReportingPeriod period, IEnumerable<PartialEntry> entries)
    {
        Guard.Against.Null(period);
        Guard.Against.Null(entries);
        var list = new List<PartialEntry>(entries);
        for (int i = 0; i < list.Count; i++)
        {
            Preconditions.CheckArgument(!list[i].Unit.IsDefault, nameof(entries), $"Entry {i} is the default value.");
        }

        list.Sort(static (a, b) => a.CompareKey(b));
        var canonical = new List<PartialEntry>(list.Count);
        foreach (var entry in list)
        {
            if (canonical.Count > 0 && canonical[^1].CompareKey(entry) == 0)
            {
                var last = canonical[^1];
                canonical[^1] = Add(last, entry, "creating a partial");
            }
            else
            {
                canonical.Add(entry);
            }
        }

        canonical.RemoveAll(static e => e.Sum == 0 && e.Count == 0);
        return new(period, canonical.ToArray());
    }

    /// <summary>
    /// Computes the partial of a batch of records given as columns (see <see cref="RollUpKernel"/>): the
    /// per-unit sums, without propagation. Allocation is O(units × slots), not O(records).
    /// </summary>
    /// <param name="shape">The units the ordinals refer to.</param>
    /// <param name="layout">The slots the slot numbers refer to.</param>
    /// <param name="period">The period the records belong to.</param>
    /// <param name="unitOrdinals">The unit ordinal of each record.</param>
    /// <param name="slots">The slot of each record.</param>
    /// <param name="amounts">The amount of each record.</param>
    /// <returns>The partial.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The columns differ in length or a record is out of range.</exception>
    /// <exception cref="DomainRuleException">Rule <c>AGG-SUM-OVERFLOW</c>: a unit's sum or record count for a slot does not fit in 64 bits (the message names the unit and slot).</exception>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public static PartialAggregate FromRecords(
        RollUpShape shape, IndicatorLayout layout, ReportingPeriod period, ReadOnlySpan<int> unitOrdinals, ReadOnlySpan<int> slots, ReadOnlySpan<long> amounts)
    {
        Guard.Against.Null(shape);
        Guard.Against.Null(layout);
        Guard.Against.Null(period);
        int slotCount = layout.SlotCount;
        var sums = new long[shape.Count * slotCount];
        var counts = new long[sums.Length];
        try
        {
            RollUpKernel.AggregateLeaves(unitOrdinals, slots, amounts, slotCount, sums, counts);
        }
        catch (CellOverflowException exception)
        {
            throw exception.Translate(shape, layout, $"partial for {period.Label}");
        }

        return FromCells(shape, layout, period, sums, counts);
    }

    /// <summary>Computes the partial of records given as unit codes and indicator values.</summary>
    /// <param name="shape">The units.</param>
    /// <param name="layout">The indicators.</param>
    /// <param name="period">The period the records belong to.</param>
    /// <param name="records">The records.</param>
    /// <returns>The partial.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DomainRuleException">Rule <c>AGG-UNKNOWN-UNIT</c> or <c>AGG-UNKNOWN-INDICATOR</c>: a record's unit or indicator is not in the shape or layout; rule <c>AGG-SUM-OVERFLOW</c>: a unit's sum or record count for a slot does not fit in 64 bits (the message names the unit and slot).</exception>
    public static PartialAggregate FromRecords(RollUpShape shape, IndicatorLayout layout, ReportingPeriod period, IEnumerable<IndicatorRecord> records)
    {
        Guard.Against.Null(shape);
        Guard.Against.Null(layout);
        Guard.Against.Null(period);
        Guard.Against.Null(records);
        var sums = new long[shape.Count * layout.SlotCount];
        var counts = new long[sums.Length];
        try
        {
            RecordColumns.Accumulate(shape, layout, records, sums, counts);
        }
        catch (CellOverflowException exception)
        {
            throw exception.Translate(shape, layout, $"partial for {period.Label}");
        }

        return FromCells(shape, layout, period, sums, counts);
    }

    /// <summary>Computes the partial of cells filled by a direct producer (the activity roll-up, docs/activities.md), as <see cref="FromRecords(RollUpShape, IndicatorLayout, ReportingPeriod, IEnumerable{IndicatorRecord})"/> does for records.</summary>
    internal static PartialAggregate FromCells(RollUpShape shape, IndicatorLayout layout, ReportingPeriod period, Action<long[], long[]> fill)
    {
        var sums = new long[shape.Count * layout.SlotCount];
        var counts = new long[sums.Length];
        try
        {
            fill(sums, counts);
        }
        catch (CellOverflowException exception)
        {
            throw exception.Translate(shape, layout, $"partial for {period.Label}");
        }

        return FromCells(shape, layout, period, sums, counts);
    }

    /// <summary>Merges two partials of the same period: cell-wise addition, associative and commutative.</summary>
    /// <param name="other">The other partial.</param>
    /// <returns>The merged partial.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="DomainRuleException">Rule <c>AGG-PARTIAL-PERIOD</c>: the partials are for different periods; rule <c>AGG-SUM-OVERFLOW</c>: a unit's sum or record count for a slot does not fit in 64 bits (the message names the unit and slot).</exception>
    public PartialAggregate Merge(PartialAggregate other)
    {
        Guard.Against.Null(other);
        Guard.Against.RuleViolation(Period.Equals(other.Period), AggregationRuleCodes.PartialPeriod, $"Cannot merge a partial for {other.Period.Label} into one for {Period.Label}.");
        var merged = new List<PartialEntry>(entries.Length + other.entries.Length);
        int i = 0;
        int j = 0;
        while (i < entries.Length || j < other.entries.Length)
        {
            int order = i == entries.Length ? 1 : j == other.entries.Length ? -1 : entries[i].CompareKey(other.entries[j]);
            if (order < 0)
            {
                merged.Add(entries[i++]);
            }
            else if (order > 0)
            {
                merged.Add(other.entries[j++]);
            }
            else
            {
                var a = entries[i++];
                var b = other.entries[j++];
                var sum = Add(a, b, "merging partials");
                if (sum.Sum != 0 || sum.Count != 0)
                {
                    merged.Add(sum);
                }
            }
        }

        return new(Period, merged.ToArray());
    }

    /// <summary>Rebases this partial from the units of one date onto those of a later date (see <see cref="RebasedPartial.Rebase"/>).</summary>
    /// <param name="chart">The chart with the units and successions.</param>
    /// <param name="from">The date this partial's units are as of.</param>
    /// <param name="to">The report date.</param>
    /// <returns>The rebased partial and what could not be carried.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="chart"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    /// <exception cref="DomainRuleException">Rule <c>AGG-UNKNOWN-UNIT</c>: an entry's unit is not in force on <paramref name="from"/>; rule <c>AGG-SUM-OVERFLOW</c>: the sums carried onto a unit do not fit in 64 bits.</exception>
    public RebasedPartial Rebase(Organization.OrganizationChart chart, NodaTime.LocalDate from, NodaTime.LocalDate to)
    {
        Guard.Against.Null(chart);
        return RebasedPartial.Rebase(this, chart, from, to);
    }

    /// <inheritdoc />
    public bool Equals(PartialAggregate? other) =>
        other is not null && Period.Equals(other.Period) && entries.AsSpan().SequenceEqual(other.entries);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PartialAggregate);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(Period);
        foreach (var entry in entries)
        {
            hash.Add(entry);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns the period label and the number of entries.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Period.Label}: {entries.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)} entries";

    /// <summary>Compares two partials for equality.</summary>
    /// <param name="left">The first partial.</param>
    /// <param name="right">The second partial.</param>
    /// <returns><see langword="true"/> when period and entries are equal.</returns>
    public static bool operator ==(PartialAggregate? left, PartialAggregate? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two partials for inequality.</summary>
    /// <param name="left">The first partial.</param>
    /// <param name="right">The second partial.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(PartialAggregate? left, PartialAggregate? right) => !(left == right);

    private static PartialEntry Add(PartialEntry a, PartialEntry b, string operation)
    {
        try
        {
            return new PartialEntry(a.Unit, a.SlotCode, checked(a.Sum + b.Sum), checked(a.Count + b.Count));
        }
        catch (OverflowException exception)
        {
            throw CellOverflowException.At(a.Unit, a.SlotCode, operation, exception);
        }
    }

    private static PartialAggregate FromCells(RollUpShape shape, IndicatorLayout layout, ReportingPeriod period, long[] sums, long[] counts)
    {
        int slotCount = layout.SlotCount;
        var result = new List<PartialEntry>();
        for (int unit = 0; unit < shape.Count; unit++)
        {
            for (int slot = 0; slot < slotCount; slot++)
            {
                int cell = (unit * slotCount) + slot;
                if (sums[cell] != 0 || counts[cell] != 0)
                {
                    result.Add(new PartialEntry(shape.CodeAt(unit), layout.SlotCodes[slot], sums[cell], counts[cell]));
                }
            }
        }

        // Ordinal order is not code order; sort once so that equal contents are equal values.
        result.Sort(static (a, b) => a.CompareKey(b));
        return new(period, result.ToArray());
    }
}
