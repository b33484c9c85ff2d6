using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Quantities;

namespace MassMobilization.Core.Tests.Infrastructure;

/// <summary>A forest of units in creation order; a negative <see cref="ForestUnit.Parent"/> is a root, any other value picks an earlier unit.</summary>
public sealed record ForestShape(IReadOnlyList<ForestUnit> Units)
{
    /// <summary>The parent ordinal (creation order) of unit <paramref name="i"/>, or -1.</summary>
    public int ParentOf(int i) => i == 0 || Units[i].Parent < 0 ? -1 : Units[i].Parent % i;

    /// <summary>The unit's code: its key first, so that code order differs from creation order.</summary>
    public string CodeOf(int i) => string.Create(CultureInfo.InvariantCulture, $"U{Units[i].Key:D5}{i}");

    /// <inheritdoc />
    public override string ToString() => "Forest[" + string.Join(", ", Units.Select((_, i) => $"{CodeOf(i)}←{(ParentOf(i) < 0 ? "root" : CodeOf(ParentOf(i)))}")) + "]";
}

/// <summary>One unit of a <see cref="ForestShape"/>.</summary>
public sealed record ForestUnit(int Key, int Parent);

/// <summary>What happens to an old unit on the day of a restructuring.</summary>
public enum Fate
{
    /// <summary>Merged into (or renamed as) a new unit.</summary>
    MergedInto,

    /// <summary>Continues unchanged.</summary>
    Continues,

    /// <summary>Dissolved without a successor.</summary>
    Dissolved,

    /// <summary>Split into two new units without weights.</summary>
    UnweightedSplit,

    /// <summary>Split into three new units with weights.</summary>
    WeightedSplit,
}

/// <summary>
/// An old unit of a <see cref="SuccessionShape"/>: its fate, the new unit it merges into (modulo the
/// number of new units), the first two weights in percent of a weighted split, and its count (none: not reported).
/// </summary>
public sealed record OldUnit(Fate Fate, int Target, int FirstPercent, int SecondPercent, long? Count);

/// <summary>A restructuring: old units A0..An, each with a fate, onto new units N0..Nm (at least three).</summary>
public sealed record SuccessionShape(int NewCount, IReadOnlyList<OldUnit> Olds)
{
    /// <inheritdoc />
    public override string ToString() => $"Successions(new: {NewCount}, old: [{string.Join(", ", Olds)}])";
}

/// <summary>A record of a roll-up batch: a commune (by index among the shape's communes), a slot and an amount.</summary>
public sealed record RecordCell(int Commune, int Slot, long Amount);

/// <summary>
/// Marks of three judges on two sections for 1 to 12 teams (<see cref="Points"/>: team, judge, section),
/// a scoring method (0 mean, 1 trimmed mean, 2 z-score) and the order in which teams and sheets are
/// handed over (sort keys).
/// </summary>
public sealed record JudgeMarks(int Teams, IReadOnlyList<int> Points, int Method, IReadOnlyList<int> TeamOrder, IReadOnlyList<int> SheetOrder)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"JudgeMarks(teams: {Teams}, method: {Method}, points: [{string.Join(", ", Points)}], team order: [{string.Join(", ", TeamOrder)}], sheet order: [{string.Join(", ", SheetOrder)}])";
}

/// <summary>
/// A sequence of choices generated and shrunk by FsCheck, read as a <see cref="System.Random"/> by the
/// larger test-data builders (the interchange records): each call takes the next choice modulo its
/// range, and an exhausted tape gives the lowest value, so a shrunk tape builds a small value.
/// </summary>
public sealed class ChoiceTape : System.Random
{
    private readonly int[] choices;
    private int next;

    /// <summary>Creates a tape that reads <paramref name="choices"/> in order.</summary>
    public ChoiceTape(int[] choices) => this.choices = choices;

    /// <summary>Gets the choices.</summary>
    public IReadOnlyList<int> Choices => choices;

    /// <summary>A fresh reader of the same choices (a value built twice from one tape is the same value).</summary>
    public ChoiceTape Rewind() => new(choices);

    private long Take(long range)
    {
        if (next >= choices.Length || range <= 1)
        {
            next++;
            return 0;
        }

        return (choices[next++] & int.MaxValue) % range;
    }

    /// <inheritdoc />
    public override int Next() => (int)Take(int.MaxValue);

    /// <inheritdoc />
    public override int Next(int maxValue) => (int)Take(maxValue);

    /// <inheritdoc />
    public override int Next(int minValue, int maxValue) => minValue + (int)Take((long)maxValue - minValue);

    /// <inheritdoc />
    public override long NextInt64() => Take(long.MaxValue);

    /// <inheritdoc />
    public override long NextInt64(long maxValue) => Take(maxValue);

    /// <inheritdoc />
    public override long NextInt64(long minValue, long maxValue) =>
        // The tape holds ints: spread a choice over a wide range so large amounts still occur.
        maxValue - minValue <= int.MaxValue ? minValue + Take(maxValue - minValue) : minValue + (Take(int.MaxValue) * ((maxValue - minValue) / int.MaxValue));

    /// <inheritdoc />
    public override double NextDouble() => Take(1 << 30) / (double)(1 << 30);

    /// <inheritdoc />
    public override void NextBytes(byte[] buffer)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        for (int i = 0; i < buffer.Length; i++)
        {
            buffer[i] = (byte)Take(256);
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"Tape[{string.Join(", ", choices)}]";
}

/// <summary>
/// FsCheck generators and shrinkers for the domain values of the property tests. Register with
/// <c>[Properties(Arbitrary = new[] { typeof(DomainArbitraries) })]</c> on a test class (or on one
/// <c>[Property]</c>); a failing case then shrinks to a small chart, batch or sheet.
/// </summary>
public static class DomainArbitraries
{
    /// <summary>Five-digit unit codes, shrinking towards 00000.</summary>
    public static Arbitrary<UnitCode> UnitCodes() =>
        Arb.Convert(
            ArbMap.Default.ArbFor<NonNegativeInt>(),
            n => new UnitCode((n.Get % 100_000).ToString("D5", CultureInfo.InvariantCulture)),
            code => NonNegativeInt.NewNonNegativeInt(int.Parse(code.Value, NumberStyles.None, CultureInfo.InvariantCulture)));

    /// <summary>Exact ratios with a non-negative numerator and a positive denominator (or not applicable).</summary>
    public static Arbitrary<Ratio> Ratios() =>
        Arb.From(
            Gen.Frequency(
                (1, Gen.Constant(Ratio.NotApplicable)),
                (9, Gen.Choose(0, 1_000).SelectMany(d => Gen.Choose(0, 1_000).Select(n => new Ratio(n, d + 1))))),
            ratio => ratio.IsApplicable && ratio.Numerator > 0 ? new[] { new Ratio(0, ratio.Denominator), new Ratio(ratio.Numerator / 2, ratio.Denominator) } : Array.Empty<Ratio>());

    /// <summary>Amounts in whole đồng, shrinking towards zero.</summary>
    public static Arbitrary<VndAmount> VndAmounts() =>
        Arb.Convert(ArbMap.Default.ArbFor<long>(), VndAmount.FromDong, amount => amount.Dong);

    /// <summary>Forests of 1 to 60 units.</summary>
    public static Arbitrary<ForestShape> Forests() =>
        Arb.From(
            from count in Gen.Choose(1, 60)
            from units in Gen.Zip(Gen.Choose(0, 99_999), Gen.Frequency((1, Gen.Constant(-1)), (4, Gen.Choose(0, 1_000))), (key, parent) => new ForestUnit(key, parent)).ArrayOf(count)
            select new ForestShape(units),
            forest => ShrinkList(forest.Units, ShrinkForestUnit).Where(units => units.Count > 0).Select(units => new ForestShape(units)));

    /// <summary>Restructurings of 1 to 29 old units onto 3 to 11 new units.</summary>
    public static Arbitrary<SuccessionShape> Successions()
    {
        var fate = Gen.Frequency(
            (1, Gen.Constant(Fate.Continues)),
            (1, Gen.Constant(Fate.Dissolved)),
            (1, Gen.Constant(Fate.UnweightedSplit)),
            (2, Gen.Constant(Fate.WeightedSplit)),
            (5, Gen.Constant(Fate.MergedInto)));
        var count = Gen.Frequency((1, Gen.Constant<long?>(null)), (3, Gen.Choose(0, 999_999).Select(c => (long?)c)));
        var old =
            from f in fate
            from target in Gen.Choose(0, 10)
            from first in Gen.Choose(30, 70)
            from second in Gen.Choose(1, 99 - first)
            from c in count
            select new OldUnit(f, target, first, second, c);
        return Arb.From(
            from newCount in Gen.Choose(3, 11)
            from olds in Gen.Choose(1, 29).SelectMany(n => old.ArrayOf(n))
            select new SuccessionShape(newCount, olds),
            shape => (shape.NewCount > 3 ? new[] { shape with { NewCount = 3 } } : [])
                .Concat(ShrinkList(shape.Olds, ShrinkOldUnit).Where(olds => olds.Count > 0).Select(olds => shape with { Olds = olds })));
    }

    /// <summary>Batches of 0 to 200 records on 40 communes in 4 slots (the indicator slots of the aggregation tests).</summary>
    public static Arbitrary<RecordCell[]> RecordBatches() =>
        Arb.From(
            Gen.Choose(0, 200).SelectMany(n => (
                from commune in Gen.Choose(0, 39)
                from slot in Gen.Choose(0, 3)
                from amount in Gen.Frequency((1, Gen.Constant(1L)), (3, Gen.Choose(1, 5_000_000).Select(a => (long)a)))
                select new RecordCell(commune, slot, amount)).ArrayOf(n)),
            batch => ShrinkList(batch, cell => cell.Amount > 1 ? new[] { cell with { Amount = 1 } } : []).Select(cells => cells.ToArray()));

    /// <summary>Judges' marks of 0 to 8 points; shrinks to fewer teams and lower marks.</summary>
    public static Arbitrary<JudgeMarks> JudgeMarks() =>
        Arb.From(
            from teams in Gen.Choose(1, 12)
            from points in Gen.Choose(0, 8).ArrayOf(teams * 3 * 2)
            from method in Gen.Choose(0, 2)
            from teamOrder in Gen.Choose(0, 1_000).ArrayOf(teams)
            from sheetOrder in Gen.Choose(0, 1_000).ArrayOf(teams * 3)
            select new JudgeMarks(teams, points, method, teamOrder, sheetOrder),
            ShrinkJudgeMarks);

    private static IEnumerable<JudgeMarks> ShrinkJudgeMarks(JudgeMarks marks)
    {
        if (marks.Teams > 1)
        {
            int teams = marks.Teams - 1;
            yield return new JudgeMarks(teams, marks.Points.Take(teams * 6).ToArray(), marks.Method, marks.TeamOrder.Take(teams).ToArray(), marks.SheetOrder.Take(teams * 3).ToArray());
        }

        if (marks.Method != 0)
        {
            yield return marks with { Method = 0 };
        }

        for (int i = 0; i < marks.Points.Count; i++)
        {
            if (marks.Points[i] != 0)
            {
                var points = marks.Points.ToArray();
                points[i] = 0;
                yield return marks with { Points = points };
            }
        }
    }

    /// <summary>
    /// Shrinks a list: first without its second half, then without its first half, without each
    /// element, and with each element shrunk.
    /// </summary>
    public static IEnumerable<IReadOnlyList<T>> ShrinkList<T>(IReadOnlyList<T> items, Func<T, IEnumerable<T>> shrinkItem)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(shrinkItem);
        if (items.Count > 1)
        {
            yield return items.Take(items.Count / 2).ToArray();
            yield return items.Skip(items.Count / 2).ToArray();
        }

        for (int i = 0; i < items.Count; i++)
        {
            yield return items.Where((_, k) => k != i).ToArray();
        }

        for (int i = 0; i < items.Count; i++)
        {
            foreach (var smaller in shrinkItem(items[i]))
            {
                var copy = items.ToArray();
                copy[i] = smaller;
                yield return copy;
            }
        }
    }

    /// <summary>Choice tapes of up to 300 choices for the interchange record builders, shrinking like an array.</summary>
    public static Arbitrary<ChoiceTape> ChoiceTapes() =>
        Arb.From(
            Gen.Choose(0, 300).SelectMany(n => Gen.Choose(0, int.MaxValue - 1).ArrayOf(n)).Select(choices => new ChoiceTape(choices)),
            tape => ArbMap.Default.ArbFor<int[]>().Shrinker(tape.Choices.ToArray()).Select(choices => new ChoiceTape(choices)));

    private static IEnumerable<ForestUnit> ShrinkForestUnit(ForestUnit unit)
    {
        if (unit.Parent >= 0)
        {
            yield return unit with { Parent = -1 };
        }

        if (unit.Key != 0)
        {
            yield return unit with { Key = 0 };
        }
    }

    private static IEnumerable<OldUnit> ShrinkOldUnit(OldUnit old)
    {
        if (old.Fate != Fate.MergedInto)
        {
            yield return old with { Fate = Fate.MergedInto };
        }

        if (old.Count is > 1)
        {
            yield return old with { Count = old.Count / 2 };
        }

        if (old.Target != 0)
        {
            yield return old with { Target = 0 };
        }
    }
}
