using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Mobilization;
using MassMobilization.Core.Organization;
using NodaTime;

namespace MassMobilization.Core.Reporting;

/// <summary>
/// Builds progress reports: the one operation from records (or partial aggregates received from lower
/// levels) to an explained <see cref="ProgressReport"/>.
/// </summary>
/// <remarks>
/// <para>Records are kept against the units in force when they were made. The builder finds the
/// structure they belong to: the structure of the report date when it holds every unit of the input,
/// otherwise the last earlier structure of the chart that does (for example 2025-06-30, the last day
/// of the three-level structure, for 2024 records reported on after 2025-07-01). In the second case the
/// figures are rebased onto the structure of the report date with the chart's one rebase algorithm
/// (<see cref="PartialAggregate.Rebase"/>), and what could not be carried is reported per indicator with
/// its units and reasons instead of being lost.</para>
/// <para>The work is one pass over the records into the unit × slot matrix and one propagation pass
/// (<see cref="RollUpKernel"/>), on the chart snapshot's own ordinals; the report then reads
/// O(units × indicators) values for the unit reported on and the units beneath it.</para>
/// </remarks>
public static class ReportBuilder
{
    /// <summary>Builds a report from "Dân vận khéo" models and further indicator records (awards, social support, dialogues).</summary>
    /// <param name="request">What to report.</param>
    /// <param name="models">The models; those registered in the period by the report date are counted (<see cref="ModelIndicators.Records"/>).</param>
    /// <param name="records">Further records for the period, kept against units of the chart.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A model is null or a record is default.</exception>
    /// <exception cref="DomainRuleException">
    /// Rule <c>REP-UNIT-NOT-IN-FORCE</c>: the unit is not in force on the report date; rule
    /// <c>REP-RECORDS-WITHOUT-STRUCTURE</c>: no structure on or before the report date holds the records'
    /// units; rule <c>AGG-UNKNOWN-INDICATOR</c>: a record's indicator is not in the layout.
    /// </exception>
    /// <exception cref="OverflowException">A sum overflows 64 bits.</exception>
    public static ProgressReport Build(ReportRequest request, IEnumerable<MobilizationModel> models, IEnumerable<IndicatorRecord> records)
    {
        Guard.Against.Null(request);
        Guard.Against.Null(models);
        Guard.Against.Null(records);
        return BuildFrom(request, models, null, records);
    }

    /// <summary>
    /// Builds a report from models, activity records and further indicator records: the activities dated in
    /// the period by the report date are added straight into the roll-up's cells (<see cref="ActivityIndicators.RollUp(RollUpShape, IndicatorLayout, ReportingPeriod, LocalDate, IEnumerable{Activities.IActivityRecord})"/>'s
    /// direct path), with the figures <see cref="ActivityIndicators.Records(IEnumerable{Activities.IActivityRecord}, ReportingPeriod, LocalDate)"/>
    /// would give, and rolled up with the rest (use a layout with the activity indicators, such as <see cref="ReportLayouts.WithActivities"/>).
    /// </summary>
    /// <param name="request">What to report.</param>
    /// <param name="models">The models; those registered in the period by the report date are counted.</param>
    /// <param name="activities">The activity records; those dated in the period by the report date are counted.</param>
    /// <param name="records">Further records for the period, kept against units of the chart.</param>
    /// <returns>The report; its <see cref="ProgressReport.RecordCount"/> counts each activity's indicator records (a reception counts two: the session and the citizens received).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A model or activity is null, a record is default, or the report date is before the period starts.</exception>
    /// <exception cref="DomainRuleException">
    /// Rule <c>REP-UNIT-NOT-IN-FORCE</c>: the unit is not in force on the report date; rule
    /// <c>REP-RECORDS-WITHOUT-STRUCTURE</c>: no structure on or before the report date holds the records'
    /// units; rule <c>AGG-UNKNOWN-INDICATOR</c>: a record's indicator is not in the layout.
    /// </exception>
    /// <exception cref="OverflowException">A sum overflows 64 bits.</exception>
    public static ProgressReport Build(ReportRequest request, IEnumerable<MobilizationModel> models, IEnumerable<Activities.IActivityRecord> activities, IEnumerable<IndicatorRecord> records)
    {
        Guard.Against.Null(request);
        Guard.Against.Null(models);
        Guard.Against.Null(activities);
        Guard.Against.Null(records);
        request.Period.CheckReportDate(request.AsOf, "asOf");
        return BuildFrom(request, models, activities, records);
    }

    /// <summary>Builds a report from a (merged) partial aggregate sent up by lower levels, equal to the report built from the records it was made from.</summary>
    /// <param name="request">What to report; its period must be the partial's.</param>
    /// <param name="partial">The partial, kept against units of the chart.</param>
    /// <returns>The report; its <see cref="ProgressReport.RecordCount"/> is the number of entries of <paramref name="partial"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DomainRuleException">
    /// Rule <c>REP-PERIOD-MISMATCH</c>: the partial is for another period; rule <c>REP-UNIT-NOT-IN-FORCE</c>,
    /// <c>REP-RECORDS-WITHOUT-STRUCTURE</c> or <c>AGG-UNKNOWN-INDICATOR</c> as for records.
    /// </exception>
    /// <exception cref="OverflowException">A sum overflows 64 bits.</exception>
    public static ProgressReport Build(ReportRequest request, PartialAggregate partial)
    {
        Guard.Against.Null(request);
        Guard.Against.Null(partial);
        Guard.Against.RuleViolation(partial.Period.Equals(request.Period), ReportingRuleCodes.PeriodMismatch, $"The partial is for {partial.Period.EnglishLabel}; the report is for {request.Period.EnglishLabel}.");
        var target = TargetStructure(request);
        var units = new HashSet<UnitCode>();
        foreach (var entry in partial.Entries)
        {
            units.Add(entry.Unit);
        }

        var source = SourceStructure(request, target, units);
        if (ReferenceEquals(source, target))
        {
            var result = RollUpEngine.RollUp(RollUpShape.FromSnapshot(target), request.Layout.Indicators, partial);
            return Explain(request, target, request.AsOf, partial.Entries.Count, result, null);
        }

        return Rebased(request, target, source, partial, partial.Entries.Count);
    }

    /// <summary>
    /// The one report operation: models' records, then the activities (directly), then the further records,
    /// added in that order into the report date's structure; only when one is kept against a unit that
    /// structure does not hold are the units collected to look for the earlier structure they belong to.
    /// </summary>
    private static ProgressReport BuildFrom(ReportRequest request, IEnumerable<MobilizationModel> models, IEnumerable<Activities.IActivityRecord>? activities, IEnumerable<IndicatorRecord> records)
    {
        var target = TargetStructure(request);
        var modelRecords = new List<IndicatorRecord>(ModelIndicators.Records(models, request.Period, request.AsOf, request.Typical));
        var further = records is IReadOnlyCollection<IndicatorRecord> ? records : new List<IndicatorRecord>(records);
        var layout = request.Layout.Indicators;
        var period = request.Period;
        var asOf = request.AsOf;
        var shape = RollUpShape.FromSnapshot(target);
        long count = 0;
        var result = RollUpEngine.TryRollUp(shape, layout, period, (sums, counts) =>
        {
            if (!RecordColumns.TryAccumulate(shape, layout, modelRecords, sums, counts, out long fromModels))
            {
                return false;
            }

            long fromActivities = 0;
            if (activities is not null && !ActivityCells.TryAccumulate(shape, layout, period, asOf, activities, sums, counts, stopAtUnknownUnit: true, out fromActivities))
            {
                return false;
            }

            if (!RecordColumns.TryAccumulate(shape, layout, further, sums, counts, out long fromRecords))
            {
                return false;
            }

            count = fromModels + fromActivities + fromRecords;
            return true;
        });
        if (result is not null)
        {
            return Explain(request, target, asOf, count, result, null);
        }

        var units = Units(modelRecords, out long modelCount);
        long activityCount = activities is null ? 0 : ActivityCells.CollectUnits(period, asOf, activities, units);
        units.UnionWith(Units(further, out long recordCount));
        var source = SourceStructure(request, target, units);
        var sourceShape = RollUpShape.FromSnapshot(source);
        var partial = PartialAggregate.FromCells(sourceShape, layout, period, (sums, counts) =>
        {
            RecordColumns.Accumulate(sourceShape, layout, modelRecords, sums, counts);
            if (activities is not null)
            {
                ActivityCells.TryAccumulate(sourceShape, layout, period, asOf, activities, sums, counts, stopAtUnknownUnit: false, out _);
            }

            RecordColumns.Accumulate(sourceShape, layout, further, sums, counts);
        });
        return Rebased(request, target, source, partial, modelCount + activityCount + recordCount);
    }

    private static HashSet<UnitCode> Units(IEnumerable<IndicatorRecord> records, out long count)
    {
        var units = new HashSet<UnitCode>();
        count = 0;
        foreach (var record in records)
        {
            Preconditions.CheckArgument(!record.Unit.IsDefault, nameof(records), "A record is the default value.");
            units.Add(record.Unit);
            count++;
        }

        return units;
    }

    private static ChartSnapshot TargetStructure(ReportRequest request)
    {
        var target = request.Chart.At(request.AsOf);
        Guard.Against.RuleViolation(target.Contains(request.Unit), ReportingRuleCodes.UnitNotInForce, $"No unit {request.Unit} is in force on {request.AsOf:uuuu-MM-dd}.");
        return target;
    }

    /// <summary>The structure of the report date if it holds every unit, else the last earlier structure that does.</summary>
    private static ChartSnapshot SourceStructure(ReportRequest request, ChartSnapshot target, HashSet<UnitCode> units)
    {
        for (var structure = target; ;)
        {
            if (HoldsAll(structure, units))
            {
                return structure;
            }

            var start = structure.Validity.Start;
            Guard.Against.RuleViolation(
                start > LocalDate.MinIsoValue,
                ReportingRuleCodes.RecordsWithoutStructure,
                $"No structure of the chart on or before {request.AsOf:uuuu-MM-dd} holds every unit the records are kept against.");
            structure = request.Chart.At(start.PlusDays(-1));
        }
    }

    private static bool HoldsAll(ChartSnapshot structure, HashSet<UnitCode> units)
    {
        foreach (var unit in units)
        {
            if (!structure.Contains(unit))
            {
                return false;
            }
        }

        return true;
    }

    private static ProgressReport Rebased(ReportRequest request, ChartSnapshot target, ChartSnapshot source, PartialAggregate partial, long recordCount)
    {
        var recordedOn = source.Validity.End ?? request.AsOf;
        var rebased = partial.Rebase(request.Chart, recordedOn, request.AsOf);
        var result = RollUpEngine.RollUp(RollUpShape.FromSnapshot(target), request.Layout.Indicators, rebased.Partial);
        return Explain(request, target, recordedOn, recordCount, result, rebased);
    }

    private static ProgressReport Explain(ReportRequest request, ChartSnapshot target, LocalDate recordsAsOf, long recordCount, RollUpResult result, RebasedPartial? rebased)
    {
        var layout = request.Layout;
        var indicators = layout.Indicators;
        int root = target.OrdinalOf(request.Unit);
        int end = target.SubtreeEnd(root);
        int rootDepth = target.DepthAt(root);
        var units = new UnitTally[end - root];
        for (int ordinal = root; ordinal < end; ordinal++)
        {
            units[ordinal - root] = new UnitTally(target.UnitAt(ordinal), target.DepthAt(ordinal) - rootDepth, result.TallyAt(ordinal));
        }

        var figures = new ReportFigure[indicators.Indicators.Count];
        for (int i = 0; i < figures.Length; i++)
        {
            var indicator = indicators.Indicators[i];
            figures[i] = new ReportFigure(units[0].Tally.Values[i], result.RecordCount(root, indicators.SlotOf(indicator)));
        }

        var fields = new FieldFigure[layout.Fields.Count];
        for (int i = 0; i < fields.Length; i++)
        {
            var indicator = layout.FieldIndicator(i);
            int slot = indicators.SlotOf(indicator);
            fields[i] = new FieldFigure(layout.Fields[i], result.Sum(root, slot), result.RecordCount(root, slot));
        }

        return new ProgressReport(request, target.UnitAt(root), recordsAsOf, recordCount, units, figures, fields, rebased is null ? [] : Unallocated(indicators, rebased));
    }

    /// <summary>Groups what a rebase left out by indicator, in layout order.</summary>
    private static UnallocatedIndicator[] Unallocated(IndicatorLayout layout, RebasedPartial rebased)
    {
        var indexOfSlot = new int[layout.SlotCount];
        for (int i = 0; i < layout.Indicators.Count; i++)
        {
            int first = layout.SlotOf(layout.Indicators[i]);
            indexOfSlot[first] = i;
            if (layout.Indicators[i].Unit == IndicatorUnit.Ratio)
            {
                indexOfSlot[first + 1] = i;
            }
        }

        var entries = new List<UnallocatedEntry>[layout.Indicators.Count];
        var sums = new long[entries.Length];
        foreach (var left in rebased.UnallocatedEntries)
        {
            Guard.Against.RuleViolation(layout.TryGetSlot(left.Entry.SlotCode, out int slot), AggregationRuleCodes.UnknownIndicator, $"The slot {left.Entry.SlotCode} is not in the report's layout.");
            int index = indexOfSlot[slot];
            (entries[index] ??= []).Add(left);
            if (slot == layout.SlotOf(layout.Indicators[index]))
            {
                sums[index] = checked(sums[index] + left.Entry.Sum);
            }
        }

        var result = new List<UnallocatedIndicator>();
        for (int i = 0; i < entries.Length; i++)
        {
            if (entries[i] is { } list)
            {
                result.Add(new UnallocatedIndicator(layout.Indicators[i], sums[i], list.ToArray()));
            }
        }

        return result.ToArray();
    }
}
