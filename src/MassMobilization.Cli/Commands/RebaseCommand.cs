using System;
using System.Collections.Generic;
using System.CommandLine;
using MassMobilization.Cli.Output;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Organization;
using MassMobilization.Samples;
using NodaTime;

namespace MassMobilization.Cli.Commands;

/// <summary><c>massmob rebase</c>: re-expresses counts kept against the units of one date on the structure of another.</summary>
internal static class RebaseCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="services">The services (for today's date).</param>
    /// <param name="globals">The shared options and the language of help texts.</param>
    /// <returns>The command.</returns>
    internal static Command Create(IServiceProvider services, CliGlobals globals)
    {
        var t = globals.Text;
        var from = CliOptions.Date("--from", t.T("Ngày của cơ cấu mà số liệu được ghi nhận; mặc định 2025-06-30, ngày cuối cùng của cơ cấu ba cấp", "The date the counts were recorded against; default 2025-06-30, the last day of the three-level structure"), t);
        var to = CliOptions.Date("--to", t.T("Ngày của cơ cấu đích; mặc định hôm nay", "The date of the target structure; default today"), t);
        var format = CliOptions.Format(globals.Text);
        var map = CliOptions.Map(globals.Text);
        var input = CliOptions.Input(t.T("Một tài liệu trao đổi loại 'partial' (docs/interchange.md) theo các đơn vị mẫu tại ngày --from; mọi số liệu đều được chuyển.", "An interchange document of kind 'partial' (docs/interchange.md) kept against the sample's units of --from; every figure is carried."), t);
        var command = new Command("rebase", t.T("Chuyển số liệu ghi theo đơn vị của một ngày sang cơ cấu của ngày khác (sáp nhập thì cộng lại; chia tách không có tỷ lệ thì để chưa phân bổ); mặc định là số mô hình năm 2024 của mười sáu xã, thị trấn của Thanh Trì.", "Re-express counts kept against the units of one date on the structure of another (merges add up; unweighted splits stay unallocated); by default the sample's 2024 model counts of Thanh Trì's sixteen communes."))
        {
            from, to, map, input, format,
        };
        command.SetAction(parse =>
        {
            var fromDate = parse.GetValue(from) ?? SampleProvince.LastDayBefore;
            var toDate = parse.GetValue(to) ?? CliOptions.Today(services);
            var file = parse.GetValue(input);
            var language = globals.FormatOf(parse);
            var chart = CliOptions.ChartOf(parse.GetValue(map));
            var report = file is null
                ? Run(chart, fromDate, toDate, language)
                : Run(chart, CliInput.ReadPartial(file, globals.Text), fromDate, toDate, language);
            report.Write(parse.InvocationConfiguration.Output, parse.GetValue(format), parse.GetValue(globals.OutputFile));
            return CliApplication.Ok;
        });
        return command;
    }

    /// <summary>Rebases the sample's model counts.</summary>
    /// <param name="chart">The chart (the sample's, or the official map, whose codes the sample's communes share).</param>
    /// <param name="from">The date the counts were recorded against.</param>
    /// <param name="to">The date of the target structure.</param>
    /// <param name="format">The output's language and notation.</param>
    /// <returns>The report.</returns>
    internal static CliReport Run(OrganizationChart chart, LocalDate from, LocalDate to, CliFormat format)
    {
        var sample = SampleProvince.Instance;
        var counts = new SortedDictionary<UnitCode, long>();
        foreach (var model in sample.Models)
        {
            counts[model.Unit] = counts.GetValueOrDefault(model.Unit) + 1;
        }

        var result = chart.Rebase(counts, from, to);
        var before = chart.At(from);
        var after = chart.At(to);

        string fromText = format.DateText(from);
        string toText = format.DateText(to);
        var rebased = new CliTable(format, format.T($"Theo đơn vị hành chính ngày {toText}", $"Rebased onto {toText}"), "unit", "name", "kind", "models");
        foreach (var count in result.Counts)
        {
            var unit = after.GetUnit(count.Unit);
            rebased.Add(count.Unit.ToString(), unit.VietnameseName, format.Named(unit.Kind.Code, unit.Kind), format.Integer(count.Count));
        }

        var recorded = new CliTable(format, format.T($"Theo đơn vị hành chính ngày {fromText}", $"Recorded on {fromText}"), "unit", "name", "models");
        foreach (var (unit, count) in counts)
        {
            recorded.Add(unit.ToString(), before.GetUnit(unit).VietnameseName, format.Integer(count));
        }

        var moves = new CliTable(format, CliText.Label("moves", format), "date", "succession", "from", "to", "models");
        foreach (var move in result.Moves)
        {
            moves.Add(format.Date(move.Date), format.Enum(move.Kind), move.From.ToString(), move.To.ToString(), format.Integer(move.Count));
        }

        var unallocated = new CliTable(format, CliText.Label("unallocated", format), "unit", "date", "reason", "models");
        foreach (var left in result.Unallocated)
        {
            unallocated.Add(left.Unit.ToString(), format.Date(left.Date), format.Enum(left.Reason), format.Integer(left.Count));
        }

        var report = new CliReport(format, format.T($"Chuyển số liệu từ ngày {fromText} sang ngày {toText}", $"Rebase from {fromText} to {toText}"))
            .Fact("total", format.Integer(result.Total))
            .Fact("allocatedTotal", format.Integer(result.AllocatedTotal))
            .Fact("unallocatedTotal", format.Integer(result.UnallocatedTotal))
            .Table("rebased", rebased)
            .Table("recorded", recorded)
            .Table("moves", moves)
            .Table("unallocated", unallocated);
        report.Note(format.T(
            "Không mất và không tính trùng số liệu nào: đã phân bổ + chưa phân bổ = tổng số.",
            "Nothing is lost or counted twice: allocated + unallocated = total."));
        if (result.UnallocatedTotal > 0)
        {
            report.Note(format.T(
                "Số liệu chưa phân bổ thuộc các đơn vị chia tách không có tỷ lệ phân bổ; bổ sung tỷ lệ cho việc chia tách để phân bổ.",
                "Unallocated counts belong to units split without allocation weights; add weights to the split to allocate them."));
        }

        return report;
    }

    /// <summary>Rebases every figure of a partial aggregate onto the chart of another date.</summary>
    /// <param name="chart">The chart.</param>
    /// <param name="partial">The partial, kept against the units in force on <paramref name="from"/>.</param>
    /// <param name="from">The date its units are in force.</param>
    /// <param name="to">The date of the target structure.</param>
    /// <param name="format">The output's language and notation.</param>
    /// <returns>The report.</returns>
    internal static CliReport Run(OrganizationChart chart, PartialAggregate partial, LocalDate from, LocalDate to, CliFormat format)
    {
        var rebased = partial.Rebase(chart, from, to);
        var after = chart.At(to);
        string fromText = format.DateText(from);
        string toText = format.DateText(to);
        var carried = new CliTable(format, format.T($"Theo đơn vị hành chính ngày {toText}", $"Rebased onto {toText}"), "unit", "name", "slot", "sum", "records");
        foreach (var entry in rebased.Partial.Entries)
        {
            carried.Add(entry.Unit.ToString(), after.TryGetUnit(entry.Unit, out var unit) ? unit.VietnameseName : null, entry.SlotCode, format.Integer(entry.Sum), format.Integer(entry.Count));
        }

        var left = new CliTable(format, CliText.Label("unallocated", format), "unit", "slot", "sum", "records");
        foreach (var entry in rebased.Unallocated.Entries)
        {
            left.Add(entry.Unit.ToString(), entry.SlotCode, format.Integer(entry.Sum), format.Integer(entry.Count));
        }

        return new CliReport(format, format.T(
                $"Chuyển số liệu {partial.Period.Label} từ ngày {fromText} sang ngày {toText}",
                $"Rebase of {partial.Period.EnglishLabel} figures from {fromText} to {toText}"))
            .Fact("entries", partial.Entries.Count)
            .Fact("rebasedEntries", rebased.Partial.Entries.Count)
            .Fact("unallocatedEntries", rebased.Unallocated.Entries.Count)
            .Table("rebased", carried)
            .Table("unallocated", left)
            .Note(format.T(
                "Với mỗi chỉ tiêu, tổng đã chuyển và tổng chưa phân bổ bằng tổng được gửi lên.",
                "For every figure, the rebased and unallocated sums add up to the sums sent."));
    }

}
