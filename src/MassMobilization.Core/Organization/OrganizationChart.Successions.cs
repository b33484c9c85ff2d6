using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;

namespace MassMobilization.Core.Organization;

/// <content>Following successions through time: successors and rebasing.</content>
public sealed partial class OrganizationChart
{
    /// <summary>
    /// Re-expresses counts recorded against the units in force on <paramref name="from"/> against the
    /// units in force on <paramref name="to"/>, following every succession in between, in date order.
    /// Renames, transfers and merges carry a count whole (merges add up); a weighted split divides the
    /// part coming from each original unit exactly with <see cref="Apportionment.LargestRemainder"/> (so
    /// rebasing is additive over original units); an unweighted split or a unit that ends without a
    /// succession leaves its count in <see cref="RebaseResult.Unallocated"/>. A unit that keeps its code
    /// across a new version keeps its count. Every resulting count lists its sources and route
    /// (<see cref="RebasedCount.Explanation"/>), as domain.md §3 requires: nothing lost or counted twice.
    /// </summary>
    /// <param name="counts">The counts by unit code; every unit must be in force on <paramref name="from"/>.</param>
    /// <param name="from">The date the counts were recorded against.</param>
    /// <param name="to">The date of the target structure, on or after <paramref name="from"/>.</param>
    /// <returns>The rebased counts, the unallocated remainder and the moves that explain them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is null.</exception>
    /// <exception cref="DomainRuleException">
    /// <paramref name="to"/> is before <paramref name="from"/> (rule <c>ORG-REBASE-BACKWARDS</c>); a unit is
    /// not in force on <paramref name="from"/> (rule <c>ORG-REBASE-UNKNOWN-UNIT</c>); a count is negative
    /// (rule <c>ORG-REBASE-NEGATIVE-COUNT</c>).
    /// </exception>
    /// <exception cref="OverflowException">A sum exceeds <see cref="long.MaxValue"/>.</exception>
    public RebaseResult Rebase(IReadOnlyDictionary<UnitCode, long> counts, LocalDate from, LocalDate to)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (to < from)
        {
            throw new DomainRuleException(OrganizationRules.RebaseBackwards, $"Cannot rebase counts of {ValidityPeriod.Format(from)} onto the earlier structure of {ValidityPeriod.Format(to)}.");
        }

        var source = At(from);
        var current = new SortedDictionary<UnitCode, SortedDictionary<UnitCode, Holding>>();
        long total = 0;
        foreach (var (unit, count) in counts)
        {
            if (!source.Contains(unit))
            {
                throw new DomainRuleException(OrganizationRules.RebaseUnknownUnit, $"A count of {count.ToString(CultureInfo.InvariantCulture)} is recorded against unit {unit}, which is not in force on {ValidityPeriod.Format(from)}.");
            }

            if (count < 0)
            {
                throw new DomainRuleException(OrganizationRules.RebaseNegativeCount, $"The count {count.ToString(CultureInfo.InvariantCulture)} against unit {unit} on {ValidityPeriod.Format(from)} is negative.");
            }

            current.Add(unit, new SortedDictionary<UnitCode, Holding> { [unit] = new Holding(count, unit.ToString()) });
            total = checked(total + count);
        }

        var unallocated = new List<UnallocatedCount>();
        var moves = new List<RebaseMove>();
        foreach (LocalDate date in EventDatesBetween(unitEventDates, from, to))
        {
            var next = new SortedDictionary<UnitCode, SortedDictionary<UnitCode, Holding>>();
            foreach (var (unit, holdings) in current)
            {
                if (unitSuccessionByPredecessor.TryGetValue((unit, date), out var succession))
                {
                    Carry(succession, unit, holdings, next, unallocated, moves);
                }
                else if (units.Find(unit, date) is not null)
                {
                    foreach (var (origin, holding) in holdings)
                    {
                        AddHolding(next, unit, origin, holding);
                    }
                }
                else
                {
                    foreach (var (origin, holding) in holdings)
                    {
                        unallocated.Add(new UnallocatedCount(origin, unit, date, holding.Count, UnallocatedReason.Dissolved, holding.Route));
                    }
                }
            }

            current = next;
        }

        var result = new RebasedCount[current.Count];
        int i = 0;
        foreach (var (unit, holdings) in current)
        {
            var sources = new RebaseSource[holdings.Count];
            long sum = 0;
            int k = 0;
            foreach (var (origin, holding) in holdings)
            {
                sources[k++] = new RebaseSource(origin, holding.Count, holding.Route);
                sum = checked(sum + holding.Count);
            }

            result[i++] = new RebasedCount(unit, sum, sources);
        }

        return new RebaseResult(from, to, total, result, unallocated.ToArray(), moves.ToArray());
    }

    /// <summary>
    /// Gets the units in force on <paramref name="to"/> that take over any part of a unit in force on
    /// <paramref name="from"/>, following every succession in between (the unit itself when it simply
    /// continues). A unit dissolved without a succession has none.
    /// </summary>
    /// <param name="code">The unit's code.</param>
    /// <param name="from">A date on which the unit is in force.</param>
    /// <param name="to">A later date (or the same date).</param>
    /// <returns>The successors, in code order.</returns>
    /// <exception cref="DomainRuleException">The unit is not in force on <paramref name="from"/> (rule <c>ORG-UNIT-NOT-IN-FORCE</c>), or <paramref name="to"/> is before <paramref name="from"/> (rule <c>ORG-REBASE-BACKWARDS</c>).</exception>
    public IReadOnlyList<UnitCode> Successors(UnitCode code, LocalDate from, LocalDate to)
    {
        if (units.Find(code, from) is null)
        {
            throw new DomainRuleException(OrganizationRules.UnitNotInForce, $"No unit with code {code} is in force on {ValidityPeriod.Format(from)}.");
        }

        return Follow(code, from, to, unitEventDates, unitSuccessionByPredecessor, (id, date) => units.Find(id, date) is not null);
    }

    /// <summary>
    /// Gets the bodies existing on <paramref name="to"/> that take over a body existing on
    /// <paramref name="from"/>, following every succession in between (for example the Propaganda and
    /// Mass Mobilization Commission for a Mass Mobilization Commission after 2025-02-03).
    /// </summary>
    /// <param name="id">The body's identifier.</param>
    /// <param name="from">A date on which the body exists.</param>
    /// <param name="to">A later date (or the same date).</param>
    /// <returns>The successors, in identifier order.</returns>
    /// <exception cref="DomainRuleException">The body does not exist on <paramref name="from"/> (rule <c>ORG-COMMITTEE-NOT-IN-FORCE</c>), or <paramref name="to"/> is before <paramref name="from"/> (rule <c>ORG-REBASE-BACKWARDS</c>).</exception>
    public IReadOnlyList<CommitteeId> Successors(CommitteeId id, LocalDate from, LocalDate to)
    {
        if (committees.Find(id, from) is null)
        {
            throw new DomainRuleException(OrganizationRules.CommitteeNotInForce, $"No body with id {id} exists on {ValidityPeriod.Format(from)}.");
        }

        return Follow(id, from, to, committeeEventDates, committeeSuccessionByPredecessor, (c, date) => committees.Find(c, date) is not null);
    }

    private static List<TId> Follow<TId>(TId start, LocalDate from, LocalDate to, LocalDate[] eventDates, Dictionary<(TId, LocalDate), Succession<TId>> byPredecessor, Func<TId, LocalDate, bool> inForce)
        where TId : struct, IEquatable<TId>, IComparable<TId>
    {
        if (to < from)
        {
            throw new DomainRuleException(OrganizationRules.RebaseBackwards, $"Cannot follow {start} from {ValidityPeriod.Format(from)} back to {ValidityPeriod.Format(to)}.");
        }

        var current = new SortedSet<TId> { start };
        foreach (LocalDate date in EventDatesBetween(eventDates, from, to))
        {
            var next = new SortedSet<TId>();
            foreach (var id in current)
            {
                if (byPredecessor.TryGetValue((id, date), out var succession))
                {
                    foreach (var share in succession.Successors)
                    {
                        next.Add(share.Successor);
                    }
                }
                else if (inForce(id, date))
                {
                    next.Add(id);
                }
            }

            current = next;
        }

        return new List<TId>(current);
    }

    private static void Carry(Succession<UnitCode> succession, UnitCode unit, SortedDictionary<UnitCode, Holding> holdings, SortedDictionary<UnitCode, SortedDictionary<UnitCode, Holding>> next, List<UnallocatedCount> unallocated, List<RebaseMove> moves)
    {
        var successors = succession.Successors;
        LocalDate date = succession.EffectiveDate;
        string when = ValidityPeriod.Format(date);
        string kind = succession.Kind.ToString().ToLowerInvariant();
        if (succession.Kind != SuccessionKind.Split)
        {
            var to = successors[0].Successor;
            long moved = 0;
            foreach (var (origin, holding) in holdings)
            {
                AddHolding(next, to, origin, new Holding(holding.Count, $"{holding.Route} → {to} ({kind}, {when})"));
                moved = checked(moved + holding.Count);
            }

            moves.Add(new RebaseMove(date, succession.Kind, unit, to, moved));
            return;
        }

        if (!succession.IsWeighted)
        {
            foreach (var (origin, holding) in holdings)
            {
                unallocated.Add(new UnallocatedCount(origin, unit, date, holding.Count, UnallocatedReason.UnweightedSplit, holding.Route));
            }

            return;
        }

        Span<decimal> weights = stackalloc decimal[successors.Count];
        Span<long> parts = stackalloc long[successors.Count];
        Span<long> movedTo = stackalloc long[successors.Count];
        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] = successors[i].Weight!.Value;
        }

        // Each origin is divided on its own, so the result for several origins is the sum of their separate results.
        foreach (var (origin, holding) in holdings)
        {
            Apportionment.Divide(holding.Count, weights, parts);
            for (int i = 0; i < parts.Length; i++)
            {
                string weight = weights[i].ToString(CultureInfo.InvariantCulture);
                AddHolding(next, successors[i].Successor, origin, new Holding(parts[i], $"{holding.Route} → {successors[i].Successor} ({kind} × {weight}, {when})"));
                movedTo[i] = checked(movedTo[i] + parts[i]);
            }
        }

        for (int i = 0; i < movedTo.Length; i++)
        {
            moves.Add(new RebaseMove(date, succession.Kind, unit, successors[i].Successor, movedTo[i]));
        }
    }

    private static void AddHolding(SortedDictionary<UnitCode, SortedDictionary<UnitCode, Holding>> counts, UnitCode unit, UnitCode origin, Holding holding)
    {
        if (!counts.TryGetValue(unit, out var holdings))
        {
            counts.Add(unit, holdings = new SortedDictionary<UnitCode, Holding>());
        }

        holdings[origin] = holdings.TryGetValue(origin, out var existing)
            ? new Holding(checked(existing.Count + holding.Count), $"{existing.Route} | {holding.Route}")
            : holding;
    }

    private static IEnumerable<LocalDate> EventDatesBetween(LocalDate[] dates, LocalDate from, LocalDate to)
    {
        foreach (LocalDate date in dates)
        {
            if (date > from && date <= to)
            {
                yield return date;
            }
        }
    }

    private static LocalDate[] EventDates<TId, T>(IReadOnlyList<T> versions, Func<T, ValidityPeriod> validityOf, Succession<TId>[] successions)
        where TId : struct, IEquatable<TId>, IComparable<TId>
    {
        var dates = new SortedSet<LocalDate>();
        foreach (var version in versions)
        {
            var validity = validityOf(version);
            dates.Add(validity.Start);
            if (validity.End is { } end && end < LocalDate.MaxIsoValue)
            {
                dates.Add(end.PlusDays(1));
            }
        }

        foreach (var succession in successions)
        {
            dates.Add(succession.EffectiveDate);
        }

        var result = new LocalDate[dates.Count];
        dates.CopyTo(result);
        return result;
    }

    /// <summary>The part of one origin's count held by a unit while rebasing, and how it got there.</summary>
    private readonly record struct Holding(long Count, string Route);
}
