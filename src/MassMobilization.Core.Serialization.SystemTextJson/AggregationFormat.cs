using System;
using System.Collections.Generic;
using System.Text.Json;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Quantities;
using NodaTime;

namespace MassMobilization.Core.Serialization.SystemTextJson;

/// <summary>Writes and reads mergeable partial aggregates (kind <c>partial</c>) and tallies (kind <c>tally</c>).</summary>
internal static class AggregationFormat
{
    internal static readonly EnumText<ReportingPeriodKind> PeriodKinds = new(
        "reporting period kind",
        ("year", ReportingPeriodKind.Year),
        ("half-year", ReportingPeriodKind.HalfYear),
        ("quarter", ReportingPeriodKind.Quarter),
        ("party-term", ReportingPeriodKind.PartyTerm),
        ("custom", ReportingPeriodKind.Custom));

    internal static readonly EnumText<IndicatorUnit> IndicatorUnits = new(
        "indicator unit",
        ("count", IndicatorUnit.Count),
        ("ratio", IndicatorUnit.Ratio),
        ("vnd", IndicatorUnit.VndAmount));

    internal static void WritePartial(Utf8JsonWriter writer, PartialAggregate partial)
    {
        foreach (var entry in partial.Entries)
        {
            // The format holds counts and amounts of records, never negative (docs/interchange.md, "partial"); a reader rejects them.
            Preconditions.CheckArgument(entry.Sum >= 0, nameof(partial), $"The entry {entry} has a negative sum, which a partial document cannot hold.");
        }

        WritePeriod(writer, partial.Period);
        writer.WriteStartArray("entries");
        foreach (var entry in partial.Entries)
        {
            writer.WriteStartObject();
            JsonOutput.String(writer, "unit", entry.Unit.Value);
            JsonOutput.String(writer, "slot", entry.SlotCode);
            writer.WriteNumber("sum", entry.Sum);
            writer.WriteNumber("count", entry.Count);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    internal static PartialAggregate ReadPartial(JsonObjectView root)
    {
        var period = ReadPeriod(root.Required("period"));
        var entries = new List<PartialEntry>();
        var seen = new HashSet<(UnitCode, string)>();
        foreach (var node in root.Array("entries"))
        {
            var o = JsonObjectView.Of(node);
            var unit = ChartFormat.UnitCodeOf(o.Required("unit"));
            var slotNode = o.Required("slot");
            string slot = JsonObjectView.NonBlankOf(slotNode);
            long sum = o.Int64("sum", 0, long.MaxValue);
            long count = o.Int64("count", 0, long.MaxValue);
            o.End();
            if (!seen.Add((unit, slot)))
            {
                throw slotNode.Error(InterchangeErrorCodes.DuplicateId, $"Unit {unit} already has an entry for slot '{slot}'.");
            }

            entries.Add(JsonObjectView.Build(node, () => new PartialEntry(unit, slot, sum, count)));
        }

        return JsonObjectView.Build(root.Node, () => PartialAggregate.Create(period, entries));
    }

    internal static void WriteTally(Utf8JsonWriter writer, Tally tally)
    {
        var custom = new List<Indicator>();
        foreach (var value in tally.Values)
        {
            if (!IsStandard(value.Indicator))
            {
                custom.Add(value.Indicator);
            }
        }

        writer.WriteStartArray("indicators");
        foreach (var indicator in custom)
        {
            writer.WriteStartObject();
            JsonOutput.String(writer, "code", indicator.Code);
            JsonOutput.String(writer, "vietnameseName", indicator.VietnameseName);
            JsonOutput.String(writer, "englishName", indicator.EnglishName);
            writer.WriteString("unit", IndicatorUnits.Format(indicator.Unit));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        JsonOutput.String(writer, "unit", tally.Unit.Value);
        WritePeriod(writer, tally.Period);
        writer.WriteStartArray("values");
        foreach (var value in tally.Values)
        {
            writer.WriteStartObject();
            JsonOutput.String(writer, "indicator", value.Indicator.Code);
            switch (value.Indicator.Unit)
            {
                case IndicatorUnit.Count:
                    writer.WriteNumber("count", value.Count);
                    break;
                case IndicatorUnit.Ratio:
                    writer.WriteNumber("numerator", value.Ratio.Numerator);
                    writer.WriteNumber("denominator", value.Ratio.Denominator);
                    break;
                default:
                    writer.WriteNumber("dong", value.Amount.Dong);
                    break;
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    internal static Tally ReadTally(JsonObjectView root)
    {
        var indicators = new Dictionary<string, Indicator>(StringComparer.Ordinal);
        foreach (var indicator in StandardIndicators.All)
        {
            indicators.Add(indicator.Code, indicator);
        }

        foreach (var node in root.OptionalArray("indicators"))
        {
            var o = JsonObjectView.Of(node);
            var codeNode = o.Required("code");
            string code = JsonObjectView.NonBlankOf(codeNode);
            string vietnamese = o.String("vietnameseName");
            string english = o.String("englishName");
            var unit = o.Enum("unit", IndicatorUnits);
            o.End();
            if (indicators.ContainsKey(code))
            {
                throw codeNode.Error(InterchangeErrorCodes.DuplicateId, $"The indicator '{code}' is already defined (standard indicators need no definition).");
            }

            indicators.Add(code, JsonObjectView.Build(node, () => new Indicator(code, vietnamese, english, unit)));
        }

        var tallyUnit = ChartFormat.UnitCodeOf(root.Required("unit"));
        var period = ReadPeriod(root.Required("period"));
        var values = new List<IndicatorValue>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in root.Array("values"))
        {
            var o = JsonObjectView.Of(node);
            var indicatorNode = o.Required("indicator");
            var indicator = ChartFormat.Lookup(indicatorNode, indicators, "indicator");
            if (!seen.Add(indicator.Code))
            {
                throw indicatorNode.Error(InterchangeErrorCodes.DuplicateId, $"The indicator '{indicator.Code}' has two values.");
            }

            IndicatorValue value;
            switch (indicator.Unit)
            {
                case IndicatorUnit.Count:
                    long count = o.Int64("count", long.MinValue, long.MaxValue);
                    value = JsonObjectView.Build(node, () => IndicatorValue.ForCount(indicator, count));
                    break;
                case IndicatorUnit.Ratio:
                    long numerator = o.Int64("numerator", long.MinValue, long.MaxValue);
                    long denominator = o.Int64("denominator", long.MinValue, long.MaxValue);
                    value = JsonObjectView.Build(node, () => IndicatorValue.ForRatio(indicator, new Ratio(numerator, denominator)));
                    break;
                default:
                    long dong = o.Int64("dong", long.MinValue, long.MaxValue);
                    value = JsonObjectView.Build(node, () => IndicatorValue.ForAmount(indicator, VndAmount.FromDong(dong)));
                    break;
            }

            o.End();
            values.Add(value);
        }

        return JsonObjectView.Build(root.Node, () => Tally.Create(tallyUnit, period, values));
    }

    internal static void WritePeriod(Utf8JsonWriter writer, ReportingPeriod period)
    {
        writer.WriteStartObject("period");
        writer.WriteString("kind", PeriodKinds.Format(period.Kind));
        int year = period.Start.Year;
        ReportingPeriod rebuilt;
        switch (period.Kind)
        {
            case ReportingPeriodKind.Year:
                writer.WriteNumber("year", year);
                rebuilt = ReportingPeriod.Year(year);
                break;
            case ReportingPeriodKind.HalfYear:
                int half = period.Start.Month <= 6 ? 1 : 2;
                writer.WriteNumber("year", year);
                writer.WriteNumber("half", half);
                rebuilt = ReportingPeriod.HalfYear(year, half);
                break;
            case ReportingPeriodKind.Quarter:
                int quarter = ((period.Start.Month - 1) / 3) + 1;
                writer.WriteNumber("year", year);
                writer.WriteNumber("quarter", quarter);
                rebuilt = ReportingPeriod.Quarter(year, quarter);
                break;
            case ReportingPeriodKind.PartyTerm:
                writer.WriteNumber("firstYear", year);
                writer.WriteNumber("lastYear", period.End.Year);
                rebuilt = ReportingPeriod.PartyTerm(year, period.End.Year);
                break;
            default:
                JsonOutput.Date(writer, "start", period.Start);
                JsonOutput.Date(writer, "end", period.End);
                JsonOutput.String(writer, "label", period.Label);
                JsonOutput.String(writer, "englishLabel", period.EnglishLabel);
                rebuilt = ReportingPeriod.Custom(period.Interval, JsonOutput.Nfc(period.Label), period.EnglishLabel);
                break;
        }

        writer.WriteEndObject();
        if (!rebuilt.Equals(period))
        {
            throw new ArgumentException($"The reporting period '{period}' is not one the format can rebuild.", nameof(period));
        }
    }

    internal static ReportingPeriod ReadPeriod(JsonTreeNode node)
    {
        var o = JsonObjectView.Of(node);
        var kind = o.Enum("kind", PeriodKinds);
        ReportingPeriod period;
        switch (kind)
        {
            case ReportingPeriodKind.Year:
                int year = o.Int32("year", 1900, 9999);
                period = ReportingPeriod.Year(year);
                break;
            case ReportingPeriodKind.HalfYear:
                int halfYear = o.Int32("year", 1900, 9999);
                int half = o.Int32("half", 1, 2);
                period = ReportingPeriod.HalfYear(halfYear, half);
                break;
            case ReportingPeriodKind.Quarter:
                int quarterYear = o.Int32("year", 1900, 9999);
                int quarter = o.Int32("quarter", 1, 4);
                period = ReportingPeriod.Quarter(quarterYear, quarter);
                break;
            case ReportingPeriodKind.PartyTerm:
                int first = o.Int32("firstYear", 1900, 9999);
                int last = o.Int32("lastYear", 1900, 9999);
                period = JsonObjectView.Build(node, () => ReportingPeriod.PartyTerm(first, last));
                break;
            default:
                var start = o.Date("start");
                var end = o.Date("end");
                string label = o.String("label");
                string english = o.String("englishLabel");
                period = JsonObjectView.Build(node, () => ReportingPeriod.Custom(new DateInterval(start, end), label, english));
                break;
        }

        o.End();
        return period;
    }

    private static bool IsStandard(Indicator indicator)
    {
        foreach (var standard in StandardIndicators.All)
        {
            if (string.Equals(standard.Code, indicator.Code, StringComparison.Ordinal))
            {
                return standard.Equals(indicator)
                    ? true
                    : throw new ArgumentException($"The indicator '{indicator.Code}' reuses a standard code with other names or unit; the format cannot tell them apart.", nameof(indicator));
            }
        }

        return false;
    }
}
