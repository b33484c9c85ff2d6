using System;
using System.Collections.Generic;
using System.CommandLine;
using MassMobilization.Cli.Output;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Serialization.SystemTextJson;
using MassMobilization.Samples;
using NodaTime;

namespace MassMobilization.Cli.Commands;

/// <summary><c>massmob rebase</c>: re-expresses counts kept against the units of one date on the structure of another.</summary>
internal static class RebaseCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="services">The services (for today's date).</param>
    /// <returns>The command.</returns>
    internal static Command Create(IServiceProvider services)
    {
        var from = CliOptions.Date("--from", "The date the counts were recorded against; default 2025-06-30, the last day of the three-level structure");
        var to = CliOptions.Date("--to", "The date of the target structure; default today");
        var format = CliOptions.Format();
        var input = CliOptions.Input("An interchange document of kind 'partial' (docs/interchange.md) kept against the sample's units of --from; every figure is carried.");
        var command = new Command("rebase", "Re-express counts kept against the units of one date on the structure of another (merges add up; unweighted splits stay unallocated); by default the sample's 2024 model counts of Thanh Trì's sixteen communes.")
        {
            from, to, input, format,
        };
        command.SetAction(parse =>
        {
            var fromDate = parse.GetValue(from) ?? SampleProvince.LastDayBefore;
            var toDate = parse.GetValue(to) ?? CliOptions.Today(services);
            var file = parse.GetValue(input);
            var report = file is null
                ? Run(fromDate, toDate)
                : Run(InterchangeFormats.Partial.Read(CliOptions.ReadAllBytes(file)), fromDate, toDate);
            report.Write(parse.InvocationConfiguration.Output, parse.GetValue(format));
            return CliApplication.Ok;
        });
        return command;
    }

    /// <summary>Rebases the sample's model counts.</summary>
    /// <param name="from">The date the counts were recorded against.</param>
    /// <param name="to">The date of the target structure.</param>
    /// <returns>The report.</returns>
    internal static CliReport Run(LocalDate from, LocalDate to)
    {
        var sample = SampleProvince.Instance;
        var counts = new SortedDictionary<UnitCode, long>();
        foreach (var model in sample.Models)
        {
            counts[model.Unit] = counts.GetValueOrDefault(model.Unit) + 1;
        }

        var result = sample.Chart.Rebase(counts, from, to);
        var before = sample.Chart.At(from);
        var after = sample.Chart.At(to);

        var rebased = new CliTable($"Rebased onto {CliOptions.Iso(to)}", "unit", "name", "kind", "models");
        foreach (var count in result.Counts)
        {
            var unit = after.GetUnit(count.Unit);
            rebased.Add(count.Unit.ToString(), unit.VietnameseName, unit.Kind.EnglishName, count.Count);
        }

        var recorded = new CliTable($"Recorded on {CliOptions.Iso(from)}", "unit", "name", "models");
        foreach (var (unit, count) in counts)
        {
            recorded.Add(unit.ToString(), before.GetUnit(unit).VietnameseName, count);
        }

        var moves = new CliTable("Moves", "date", "succession", "from", "to", "models");
        foreach (var move in result.Moves)
        {
            moves.Add(CliOptions.Iso(move.Date), move.Kind.ToString(), move.From.ToString(), move.To.ToString(), move.Count);
        }

        var unallocated = new CliTable("Unallocated", "unit", "date", "reason", "models");
        foreach (var left in result.Unallocated)
        {
            unallocated.Add(left.Unit.ToString(), CliOptions.Iso(left.Date), left.Reason.ToString(), left.Count);
        }

        var report = new CliReport($"Rebase from {CliOptions.Iso(from)} to {CliOptions.Iso(to)}")
            .Fact("total", result.Total)
            .Fact("allocated", result.AllocatedTotal)
            .Fact("unallocated", result.UnallocatedTotal)
            .Table("rebased", rebased)
            .Table("recorded", recorded)
            .Table("moves", moves)
            .Table("unallocated", unallocated);
        report.Note("Nothing is lost or counted twice: allocated + unallocated = total.");
        if (result.UnallocatedTotal > 0)
        {
            report.Note("Unallocated counts belong to units split without allocation weights; add weights to the split to allocate them.");
        }

        return report;
    }

    /// <summary>Rebases every figure of a partial aggregate onto the sample chart of another date.</summary>
    /// <param name="partial">The partial, kept against the units in force on <paramref name="from"/>.</param>
    /// <param name="from">The date its units are in force.</param>
    /// <param name="to">The date of the target structure.</param>
    /// <returns>The report.</returns>
    internal static CliReport Run(PartialAggregate partial, LocalDate from, LocalDate to)
    {
        var chart = SampleProvince.Instance.Chart;
        var rebased = partial.Rebase(chart, from, to);
        var after = chart.At(to);
        var carried = new CliTable($"Rebased onto {CliOptions.Iso(to)}", "unit", "name", "slot", "sum", "records");
        foreach (var entry in rebased.Partial.Entries)
        {
            carried.Add(entry.Unit.ToString(), after.TryGetUnit(entry.Unit, out var unit) ? unit.VietnameseName : null, entry.SlotCode, entry.Sum, entry.Count);
        }

        var left = new CliTable("Unallocated", "unit", "slot", "sum", "records");
        foreach (var entry in rebased.Unallocated.Entries)
        {
            left.Add(entry.Unit.ToString(), entry.SlotCode, entry.Sum, entry.Count);
        }

        return new CliReport($"Rebase of {partial.Period.EnglishLabel} figures from {CliOptions.Iso(from)} to {CliOptions.Iso(to)}")
            .Fact("entries", partial.Entries.Count)
            .Fact("rebasedEntries", rebased.Partial.Entries.Count)
            .Fact("unallocatedEntries", rebased.Unallocated.Entries.Count)
            .Table("rebased", carried)
            .Table("unallocated", left)
            .Note("For every figure, the rebased and unallocated sums add up to the sums sent.");
    }

}
