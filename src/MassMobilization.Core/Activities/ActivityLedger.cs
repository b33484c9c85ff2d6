using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using MassMobilization.Core.Organization;
using NodaTime;

namespace MassMobilization.Core.Activities;

/// <summary>
/// Activity records held as columns (sổ hoạt động): for each record its unit, date, kind and figures, the
/// form an application keeps millions of activities in after loading them from its database, as a
/// database keeps its table (docs/activities.md, "How activities roll up"). It is made from validated
/// records (every record type's own rules apply when the record is created) and rolls up with
/// <see cref="Reporting.ActivityIndicators.RollUp(Aggregation.RollUpShape, Aggregation.IndicatorLayout, Aggregation.ReportingPeriod, LocalDate, ActivityLedger)"/>
/// to exactly what the records give, at a cost close to a plain loop over arrays.
/// </summary>
/// <remarks>
/// Immutable. A row costs 33 bytes (unit index, day number, kind and three figures); unit codes are kept
/// once each. Only ISO-calendar dates are accepted.
/// </remarks>
public sealed class ActivityLedger
{
    private readonly UnitCode[] units;
    private readonly int[] unitIndexes;
    private readonly int[] days;
    private readonly FigureKind[] kinds;
    private readonly long[] first;
    private readonly long[] second;
    private readonly long[] third;

    private ActivityLedger(UnitCode[] units, int[] unitIndexes, int[] days, FigureKind[] kinds, long[] first, long[] second, long[] third)
    {
        this.units = units;
        this.unitIndexes = unitIndexes;
        this.days = days;
        this.kinds = kinds;
        this.first = first;
        this.second = second;
        this.third = third;
    }

    /// <summary>Gets the number of records.</summary>
    public int Count => kinds.Length;

    /// <summary>Gets the distinct units the records are kept against, in order of first appearance.</summary>
    public IReadOnlyList<UnitCode> Units => ReadOnlyView.Of(units);

    /// <summary>Gets the distinct units, by index (read by the roll-up).</summary>
    internal ReadOnlySpan<UnitCode> UnitSpan => units;

    /// <summary>Gets each record's index into <see cref="UnitSpan"/>.</summary>
    internal ReadOnlySpan<int> UnitIndexes => unitIndexes;

    /// <summary>Gets each record's date as a day number (<see cref="DayNumber"/>).</summary>
    internal ReadOnlySpan<int> Days => days;

    /// <summary>Gets each record's kind.</summary>
    internal ReadOnlySpan<FigureKind> Kinds => kinds;

    /// <summary>Gets each record's first figure.</summary>
    internal ReadOnlySpan<long> First => first;

    /// <summary>Gets each record's second figure.</summary>
    internal ReadOnlySpan<long> Second => second;

    /// <summary>Gets each record's third figure.</summary>
    internal ReadOnlySpan<long> Third => third;

    /// <summary>Creates a ledger from activity records, in their order.</summary>
    /// <param name="activities">The records (validated when they were created).</param>
    /// <returns>The ledger.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="activities"/> is null.</exception>
    /// <exception cref="ArgumentException">A record is null, is kept against the default unit, or is dated in a calendar other than ISO (the message names its index).</exception>
    public static ActivityLedger Create(IEnumerable<IActivityRecord> activities)
    {
        Guard.Against.Null(activities);
        int capacity = activities is IReadOnlyCollection<IActivityRecord> collection ? collection.Count : 0;
        var unitIndex = new Dictionary<UnitCode, int>();
        var units = new List<UnitCode>();
        var unitIndexes = new List<int>(capacity);
        var days = new List<int>(capacity);
        var kinds = new List<FigureKind>(capacity);
        var first = new List<long>(capacity);
        var second = new List<long>(capacity);
        var third = new List<long>(capacity);
        int i = 0;
        foreach (var activity in activities)
        {
            Preconditions.CheckArgument(activity is not null, nameof(activities), $"Element {i} is null.");
            var kind = ActivityFigures.Read(activity!, out var date, out var unit, out long a, out long b, out long c);
            Preconditions.CheckArgument(!unit.IsDefault, nameof(activities), $"Element {i} is kept against the default unit code.");
            Preconditions.CheckArgument(date.Calendar == CalendarSystem.Iso, nameof(activities), $"Element {i} is dated in the {date.Calendar.Id} calendar; a ledger holds ISO dates.");
            if (!unitIndex.TryGetValue(unit, out int index))
            {
                index = units.Count;
                unitIndex.Add(unit, index);
                units.Add(unit);
            }

            unitIndexes.Add(index);
            days.Add(DayNumber(date));
            kinds.Add(kind);
            first.Add(a);
            second.Add(b);
            third.Add(c);
            i++;
        }

        return new ActivityLedger(units.ToArray(), unitIndexes.ToArray(), days.ToArray(), kinds.ToArray(), first.ToArray(), second.ToArray(), third.ToArray());
    }

    /// <summary>The day number of an ISO date (days since 0001-01-01), the ledger's date column.</summary>
    internal static int DayNumber(LocalDate date) => date.ToDateOnly().DayNumber;
}
