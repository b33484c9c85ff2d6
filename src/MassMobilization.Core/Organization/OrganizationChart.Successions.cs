using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using Ardalis.GuardClauses;
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
    /// (<see cref="RebasedCount.Explanation"/>), as docs/organization.md requires: nothing lost or counted twice.
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
        Guard.Against.Null(counts);
        CheckForward(from, to);
        var origins = new UnitCode[counts.Count];
        var values = new long[counts.Count];
        long total = 0;
        int n = 0;
        foreach (var (unit, count) in counts)
        {
            CheckInForce(unit, from, count);
            if (count < 0)
            {
                throw new DomainRuleException(OrganizationRuleCodes.RebaseNegativeCount, $"The count {count.ToString(CultureInfo.InvariantCulture)} against unit {unit} on {ValidityPeriod.Format(from)} is negative.");
            }

            origins[n] = unit;
            values[n++] = count;
            total = checked(total + count);
        }

        var run = RunRebase(origins, 1, values, from, to);
        var result = new RebasedCount[run.Current.Count];
        int i = 0;
        foreach (var (unit, holdings) in run.Current)
        {
            var sources = new RebaseSource[holdings.Count];
            long sum = 0;
            int k = 0;
            foreach (var (origin, holding) in holdings)
            {
                sources[k++] = new RebaseSource(origin, holding.Values[0], holding.Route);
                sum = checked(sum + holding.Values[0]);
            }

            result[i++] = new RebasedCount(unit, sum, sources);
        }

        var unallocated = new UnallocatedCount[run.Unallocated.Count];
        for (int u = 0; u < unallocated.Length; u++)
        {
            var left = run.Unallocated[u];
            unallocated[u] = new UnallocatedCount(left.Origin, left.Unit, left.Date, left.Values[0], left.Reason, left.Route);
        }

        var moves = new RebaseMove[run.Moves.Count];
        for (int m = 0; m < moves.Length; m++)
        {
            var move = run.Moves[m];
            moves[m] = new RebaseMove(move.Date, move.Kind, move.From, move.To, move.Values[0]);
        }

        return new RebaseResult(from, to, total, result, unallocated, moves);
    }

    /// <summary>
    /// Re-expresses several figures per unit at once (for example every indicator slot of a partial
    /// aggregate: sums and record counts) from the units in force on <paramref name="from"/> onto the units
    /// in force on <paramref name="to"/>, with exactly the algorithm of
    /// <see cref="Rebase(IReadOnlyDictionary{UnitCode, long}, LocalDate, LocalDate)"/> applied to each column:
    /// successions are followed one date at a time, each date applied to the holdings of the day before
    /// (so a figure moved into a reused code on a date is never moved again on that date, whatever the order
    /// the successions were added in); a weighted split divides each origin's figure of each column with
    /// <see cref="Apportionment.LargestRemainder"/> (a negative figure is divided by magnitude); what cannot
    /// be carried is kept, with its reason, in <see cref="RebasedFigures.Unallocated"/>. Per column,
    /// carried + unallocated = input, exactly.
    /// </summary>
    /// <param name="units">The units the rows of <paramref name="values"/> are recorded against, each once, all in force on <paramref name="from"/>.</param>
    /// <param name="columns">The number of figures per unit, at least one.</param>
    /// <param name="values">The figures, row by row: <c>values[row * columns + column]</c>; <c>units.Count × columns</c> long.</param>
    /// <param name="from">The date the figures were recorded against.</param>
    /// <param name="to">The date of the target structure, on or after <paramref name="from"/>.</param>
    /// <returns>The carried and unallocated figures, each with its unit of origin and route.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="units"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="columns"/> is not positive.</exception>
    /// <exception cref="ArgumentException"><paramref name="values"/> does not have one row per unit, or a unit is listed twice.</exception>
    /// <exception cref="DomainRuleException">
    /// <paramref name="to"/> is before <paramref name="from"/> (rule <c>ORG-REBASE-BACKWARDS</c>); a unit is
    /// not in force on <paramref name="from"/> (rule <c>ORG-REBASE-UNKNOWN-UNIT</c>).
    /// </exception>
    /// <exception cref="OverflowException">A sum exceeds the range of <see cref="long"/>.</exception>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public RebasedFigures Rebase(IReadOnlyList<UnitCode> units, int columns, ReadOnlySpan<long> values, LocalDate from, LocalDate to)
    {
        Guard.Against.Null(units);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(columns);
        Preconditions.CheckArgument(values.Length == (long)units.Count * columns, nameof(values), $"There are {units.Count} units × {columns} columns but {values.Length} values.");
        CheckForward(from, to);
        var origins = new UnitCode[units.Count];
        var seen = new HashSet<UnitCode>();
        for (int i = 0; i < origins.Length; i++)
        {
            origins[i] = units[i];
            Preconditions.CheckArgument(seen.Add(origins[i]), nameof(units), $"The unit {origins[i]} is listed twice.");
            CheckInForce(origins[i], from, values[i * columns]);
        }

        var run = RunRebase(origins, columns, values, from, to);
        var carried = new List<RebasedFigure>();
        foreach (var (unit, holdings) in run.Current)
        {
            foreach (var (origin, holding) in holdings)
            {
                carried.Add(new RebasedFigure(unit, origin, holding.Route, holding.Values));
            }
        }

        var unallocated = new UnallocatedFigure[run.Unallocated.Count];
        for (int u = 0; u < unallocated.Length; u++)
        {
            var left = run.Unallocated[u];
            unallocated[u] = new UnallocatedFigure(left.Origin, left.Unit, left.Date, left.Reason, left.Route, left.Values);
        }

        return new RebasedFigures(from, to, columns, carried.ToArray(), unallocated);
    }

    private void CheckInForce(UnitCode unit, LocalDate from, long value)
    {
        if (units.Find(unit, from) is null)
        {
            throw new DomainRuleException(OrganizationRuleCodes.RebaseUnknownUnit, $"A count of {value.ToString(CultureInfo.InvariantCulture)} is recorded against unit {unit}, which is not in force on {ValidityPeriod.Format(from)}.");
        }
    }

    private static void CheckForward(LocalDate from, LocalDate to)
    {
        if (to < from)
        {
            throw new DomainRuleException(OrganizationRuleCodes.RebaseBackwards, $"Cannot rebase counts of {ValidityPeriod.Format(from)} onto the earlier structure of {ValidityPeriod.Format(to)}.");
        }
    }

    /// <summary>The one rebase algorithm: follows every unit event date in order, each applied to the holdings of the day before.</summary>
    private RebaseRun RunRebase(UnitCode[] origins, int columns, ReadOnlySpan<long> values, LocalDate from, LocalDate to)
    {
        var current = new SortedDictionary<UnitCode, SortedDictionary<UnitCode, Holding>>();
        for (int i = 0; i < origins.Length; i++)
        {
            var unit = origins[i];
            current.Add(unit, new SortedDictionary<UnitCode, Holding> { [unit] = new Holding(values.Slice(i * columns, columns).ToArray(), unit.ToString()) });
        }

        var run = new RebaseRun(columns);
        foreach (LocalDate date in EventDatesBetween(unitEventDates, from, to))
        {
            var next = new SortedDictionary<UnitCode, SortedDictionary<UnitCode, Holding>>();
            foreach (var (unit, holdings) in current)
            {
                if (unitSuccessionByPredecessor.TryGetValue((unit, date), out var succession))
                {
                    Carry(succession, unit, holdings, next, run);
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
                        run.Unallocated.Add(new UnallocatedHolding(origin, unit, date, holding.Values, UnallocatedReason.Dissolved, holding.Route));
                    }
                }
            }

            current = next;
        }

        run.Current = current;
        return run;
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
            throw new DomainRuleException(OrganizationRuleCodes.UnitNotInForce, $"No unit with code {code} is in force on {ValidityPeriod.Format(from)}.");
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
            throw new DomainRuleException(OrganizationRuleCodes.CommitteeNotInForce, $"No body with id {id} exists on {ValidityPeriod.Format(from)}.");
        }

        return Follow(id, from, to, committeeEventDates, committeeSuccessionByPredecessor, (c, date) => committees.Find(c, date) is not null);
    }

    private static List<TId> Follow<TId>(TId start, LocalDate from, LocalDate to, LocalDate[] eventDates, Dictionary<(TId, LocalDate), Succession<TId>> byPredecessor, Func<TId, LocalDate, bool> inForce)
        where TId : struct, IEquatable<TId>, IComparable<TId>
    {
        if (to < from)
        {
            throw new DomainRuleException(OrganizationRuleCodes.RebaseBackwards, $"Cannot follow {start} from {ValidityPeriod.Format(from)} back to {ValidityPeriod.Format(to)}.");
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

    private static void Carry(Succession<UnitCode> succession, UnitCode unit, SortedDictionary<UnitCode, Holding> holdings, SortedDictionary<UnitCode, SortedDictionary<UnitCode, Holding>> next, RebaseRun run)
    {
        var successors = succession.Successors;
        LocalDate date = succession.EffectiveDate;
        string when = ValidityPeriod.Format(date);
        string kind = succession.Kind.ToString().ToLowerInvariant();
        int columns = run.Columns;
        if (succession.Kind != SuccessionKind.Split)
        {
            var to = successors[0].Successor;
            var moved = new long[columns];
            foreach (var (origin, holding) in holdings)
            {
                AddHolding(next, to, origin, new Holding(holding.Values, $"{holding.Route} → {to} ({kind}, {when})"));
                AddInto(moved, holding.Values);
            }

            run.Moves.Add(new MovedHolding(date, succession.Kind, unit, to, moved));
            return;
        }

        if (!succession.IsWeighted)
        {
            foreach (var (origin, holding) in holdings)
            {
                run.Unallocated.Add(new UnallocatedHolding(origin, unit, date, holding.Values, UnallocatedReason.UnweightedSplit, holding.Route));
            }

            return;
        }

        var weights = new decimal[successors.Count];
        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] = successors[i].Weight!.Value;
        }

        var movedTo = new long[successors.Count][];
        var parts = new long[successors.Count][];
        for (int i = 0; i < parts.Length; i++)
        {
            movedTo[i] = new long[columns];
        }

        Span<long> column = weights.Length <= 64 ? stackalloc long[weights.Length] : new long[weights.Length];

        // Each origin is divided on its own, so the result for several origins is the sum of their separate results.
        foreach (var (origin, holding) in holdings)
        {
            for (int i = 0; i < parts.Length; i++)
            {
                parts[i] = new long[columns];
            }

            for (int c = 0; c < columns; c++)
            {
                Apportionment.DivideSigned(holding.Values[c], weights, column);
                for (int i = 0; i < parts.Length; i++)
                {
                    parts[i][c] = column[i];
                }
            }

            for (int i = 0; i < parts.Length; i++)
            {
                string weight = weights[i].ToString(CultureInfo.InvariantCulture);
                AddHolding(next, successors[i].Successor, origin, new Holding(parts[i], $"{holding.Route} → {successors[i].Successor} ({kind} × {weight}, {when})"));
                AddInto(movedTo[i], parts[i]);
            }
        }

        for (int i = 0; i < movedTo.Length; i++)
        {
            run.Moves.Add(new MovedHolding(date, succession.Kind, unit, successors[i].Successor, movedTo[i]));
        }
    }

    private static void AddInto(long[] target, long[] values)
    {
        for (int c = 0; c < target.Length; c++)
        {
            target[c] = checked(target[c] + values[c]);
        }
    }

    private static void AddHolding(SortedDictionary<UnitCode, SortedDictionary<UnitCode, Holding>> counts, UnitCode unit, UnitCode origin, Holding holding)
    {
        if (!counts.TryGetValue(unit, out var holdings))
        {
            counts.Add(unit, holdings = new SortedDictionary<UnitCode, Holding>());
        }

        if (holdings.TryGetValue(origin, out var existing))
        {
            var sum = (long[])existing.Values.Clone();
            AddInto(sum, holding.Values);
            holdings[origin] = new Holding(sum, $"{existing.Route} | {holding.Route}");
        }
        else
        {
            holdings[origin] = holding;
        }
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

    /// <summary>The part of one origin's figures held by a unit while rebasing, and how it got there. The values are never changed once held.</summary>
    private readonly record struct Holding(long[] Values, string Route);

    /// <summary>Figures of one origin that could not be carried.</summary>
    private readonly record struct UnallocatedHolding(UnitCode Origin, UnitCode Unit, LocalDate Date, long[] Values, UnallocatedReason Reason, string Route);

    /// <summary>Figures carried by one succession from one unit to another.</summary>
    private readonly record struct MovedHolding(LocalDate Date, SuccessionKind Kind, UnitCode From, UnitCode To, long[] Values);

    /// <summary>The state and findings of one run of the rebase algorithm.</summary>
    private sealed class RebaseRun(int columns)
    {
        internal int Columns { get; } = columns;

        internal SortedDictionary<UnitCode, SortedDictionary<UnitCode, Holding>> Current { get; set; } = new();

        internal List<UnallocatedHolding> Unallocated { get; } = [];

        internal List<MovedHolding> Moves { get; } = [];
    }
}
