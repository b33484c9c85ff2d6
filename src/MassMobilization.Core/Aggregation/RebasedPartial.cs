using System;
using System.Collections.Generic;
using MassMobilization.Core.Organization;
using NodaTime;

namespace MassMobilization.Core.Aggregation;

/// <summary>
/// A <see cref="PartialAggregate"/> kept against the units of one date, re-expressed against the units
/// of a later date (domain.md §3: "data recorded against old units can be re-based onto the structure of
/// another date without losing or double-counting anything"): what could be carried, and what could not.
/// For every slot, the sums and record counts of <see cref="Partial"/> and <see cref="Unallocated"/> add up
/// exactly to those of the input.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class RebasedPartial
{
    private RebasedPartial(LocalDate from, LocalDate to, PartialAggregate partial, PartialAggregate unallocated)
    {
        From = from;
        To = to;
        Partial = partial;
        Unallocated = unallocated;
    }

    /// <summary>Gets the date whose units the input was kept against.</summary>
    public LocalDate From { get; }

    /// <summary>Gets the date whose units <see cref="Partial"/> is kept against.</summary>
    public LocalDate To { get; }

    /// <summary>Gets the entries carried onto units in force on <see cref="To"/>.</summary>
    public PartialAggregate Partial { get; }

    /// <summary>
    /// Gets the entries that could not be carried, against the last unit that held them: a unit split
    /// without allocation weights, or a unit that ended without a successor (such as a district on
    /// 2025-07-01, when the district level was abolished).
    /// </summary>
    public PartialAggregate Unallocated { get; }

    /// <summary>
    /// Rebases a partial: follows every unit succession of the chart that takes effect after
    /// <paramref name="from"/> and on or before <paramref name="to"/>, in date order. A rename, transfer
    /// or merge carries everything to the successor; a weighted split divides each sum and each record
    /// count by the largest-remainder method (whole numbers, exact totals; ties go to the successor listed
    /// first); a split without weights leaves the entries unallocated.
    /// </summary>
    /// <param name="partial">The partial, kept against units in force on <paramref name="from"/>.</param>
    /// <param name="chart">The chart with the units and successions.</param>
    /// <param name="from">The date the partial's units are as of.</param>
    /// <param name="to">The report date, on or after <paramref name="from"/>.</param>
    /// <returns>The rebased partial and what could not be carried.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    /// <exception cref="DomainRuleException">Rule <c>AGG-UNKNOWN-UNIT</c>: an entry's unit is not in force on <paramref name="from"/>.</exception>
    /// <exception cref="OverflowException">A sum overflows 64 bits.</exception>
    public static RebasedPartial Rebase(PartialAggregate partial, OrganizationChart chart, LocalDate from, LocalDate to)
    {
        ArgumentNullException.ThrowIfNull(partial);
        ArgumentNullException.ThrowIfNull(chart);
        if (to < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, $"The report date must not be before {from:uuuu-MM-dd}.");
        }

        var before = chart.At(from);
        var held = new Dictionary<UnitCode, List<PartialEntry>>();
        foreach (var entry in partial.Entries)
        {
            Preconditions.CheckRule(before.Contains(entry.Unit), "AGG-UNKNOWN-UNIT", $"The unit {entry.Unit} is not in force on {from:uuuu-MM-dd}.");
            Hold(held, entry.Unit).Add(entry);
        }

        var unallocated = new List<PartialEntry>();
        foreach (var succession in chart.UnitSuccessions)
        {
            if (succession.EffectiveDate <= from || succession.EffectiveDate > to)
            {
                continue;
            }

            var moving = new List<PartialEntry>();
            foreach (var predecessor in succession.Predecessors)
            {
                if (held.Remove(predecessor, out var entries))
                {
                    moving.AddRange(entries);
                }
            }

            if (moving.Count == 0)
            {
                continue;
            }

            var successors = succession.Successors;
            if (successors.Count == 1)
            {
                var target = Hold(held, successors[0].Successor);
                foreach (var entry in moving)
                {
                    target.Add(new PartialEntry(successors[0].Successor, entry.SlotCode, entry.Sum, entry.Count));
                }
            }
            else if (!succession.IsWeighted)
            {
                unallocated.AddRange(moving);
            }
            else
            {
                Split(held, moving, successors);
            }
        }

        var after = chart.At(to);
        var carried = new List<PartialEntry>();
        foreach (var (unit, entries) in held)
        {
            (after.Contains(unit) ? carried : unallocated).AddRange(entries);
        }

        return new RebasedPartial(from, to, PartialAggregate.Create(partial.Period, carried), PartialAggregate.Create(partial.Period, unallocated));
    }

    /// <summary>Divides a whole number by weights summing to 1 with the largest-remainder method; ties go to the lower index.</summary>
    /// <param name="total">The number to divide (negative numbers are divided by magnitude).</param>
    /// <param name="weights">The weights.</param>
    /// <param name="shares">Receives the shares; they add up to <paramref name="total"/>.</param>
    internal static void Apportion(long total, IReadOnlyList<decimal> weights, Span<long> shares)
    {
        bool negative = total < 0;
        decimal magnitude = Math.Abs((decimal)total);
        Span<decimal> remainders = weights.Count <= 32 ? stackalloc decimal[weights.Count] : new decimal[weights.Count];
        decimal given = 0;
        for (int i = 0; i < weights.Count; i++)
        {
            decimal exact = magnitude * weights[i];
            decimal floor = decimal.Floor(exact);
            shares[i] = (long)floor;
            remainders[i] = exact - floor;
            given += floor;
        }

        for (decimal left = magnitude - given; left > 0; left--)
        {
            int best = 0;
            for (int i = 1; i < remainders.Length; i++)
            {
                if (remainders[i] > remainders[best])
                {
                    best = i;
                }
            }

            shares[best]++;
            remainders[best] = -1;
        }

        if (negative)
        {
            for (int i = 0; i < weights.Count; i++)
            {
                shares[i] = -shares[i];
            }
        }
    }

    private static void Split(Dictionary<UnitCode, List<PartialEntry>> held, List<PartialEntry> moving, IReadOnlyList<SuccessorShare<UnitCode>> successors)
    {
        var weights = new decimal[successors.Count];
        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] = successors[i].Weight!.Value;
        }

        var sums = new long[weights.Length];
        var counts = new long[weights.Length];
        foreach (var entry in moving)
        {
            Apportion(entry.Sum, weights, sums);
            Apportion(entry.Count, weights, counts);
            for (int i = 0; i < weights.Length; i++)
            {
                if (sums[i] != 0 || counts[i] != 0)
                {
                    Hold(held, successors[i].Successor).Add(new PartialEntry(successors[i].Successor, entry.SlotCode, sums[i], counts[i]));
                }
            }
        }
    }

    private static List<PartialEntry> Hold(Dictionary<UnitCode, List<PartialEntry>> held, UnitCode unit)
    {
        if (!held.TryGetValue(unit, out var list))
        {
            list = [];
            held.Add(unit, list);
        }

        return list;
    }
}
