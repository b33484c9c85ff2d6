using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MassMobilization.Core.Mobilization;
using MassMobilization.Core.Organization;
using MassMobilization.Samples.Generators;
using NodaTime;
using Xunit;

namespace MassMobilization.Core.Tests.Mobilization;

public sealed class StateTimelineColumnTests
{
    private static readonly LocalDate Origin = new(2023, 1, 1);
    private static readonly UnitCode[] Units = Enumerable.Range(0, 20).Select(i => new UnitCode($"C{i:000}")).ToArray();

    [Fact]
    public void A_column_answers_every_model_and_every_tally_as_its_timelines_do()
    {
        var timelines = MobilizationDataGenerator.Records(Units, 3_000, Origin, seed: 7).Timelines.ToArray();

        // Empty (default) timelines among them, first, in the middle and last.
        timelines = [default, .. timelines[..1_500], default, default, .. timelines[1_500..], default];
        var column = StateTimelineColumn.Create(timelines);
        Assert.Equal(timelines.Length, column.Count);
        for (int day = -40; day <= 900; day += 13)
        {
            var date = Origin.PlusDays(day);
            Assert.Equal(Describe(ModelStateTally.Count(timelines, date)), Describe(ModelStateTally.Count(column, date)));
            for (int i = 0; i < timelines.Length; i += 7)
            {
                Assert.Equal(timelines[i].StateAsOf(date), column.StateAsOf(i, date));
            }
        }

        Assert.Equal(ModelState.None, column.StateAsOf(0, Origin.PlusDays(900)));
        Assert.Equal(0, ModelStateTally.Count(StateTimelineColumn.Create([]), Origin).Registered);
    }

    [Property(MaxTest = 30)]
    public Property A_column_tally_equals_the_timelines_tally_for_any_records_and_date()
    {
        var cases = Gen.Choose(0, 400).SelectMany(count => Gen.Choose(1, 1_000).SelectMany(seed => Gen.Choose(-30, 800).Select(day => (count, seed, day)))).ToArbitrary();
        return Prop.ForAll(cases, c =>
        {
            var timelines = MobilizationDataGenerator.Records(Units, c.count, Origin, c.seed).Timelines;
            var date = Origin.PlusDays(c.day);
            var tally = ModelStateTally.Count(StateTimelineColumn.Create(timelines), date);
            var expected = ModelStateTally.Count(timelines, date);
            return Describe(tally) == Describe(expected)
                && Enum.GetValues<ModelState>().Where(s => s is >= ModelState.Registered and <= ModelState.Replicated).All(s => tally.Reached(s) == expected.Reached(s));
        });
    }

    [Fact]
    public void Counting_a_column_allocates_nothing_per_model()
    {
        var small = StateTimelineColumn.Create(MobilizationDataGenerator.Records(Units, 1_000, Origin, seed: 3).Timelines);
        var large = StateTimelineColumn.Create(MobilizationDataGenerator.Records(Units, 50_000, Origin, seed: 3).Timelines);
        var date = Origin.PlusDays(200);
        ModelStateTally.Count(small, date);
        ModelStateTally.Count(large, date);
        long before = GC.GetAllocatedBytesForCurrentThread();
        ModelStateTally.Count(small, date);
        long forSmall = GC.GetAllocatedBytesForCurrentThread() - before;
        before = GC.GetAllocatedBytesForCurrentThread();
        ModelStateTally.Count(large, date);
        long forLarge = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(forSmall, forLarge);
    }

    [Fact]
    public void A_position_outside_the_column_is_refused()
    {
        var column = StateTimelineColumn.Create(MobilizationDataGenerator.Records(Units, 10, Origin, seed: 1).Timelines);
        Assert.Throws<ArgumentOutOfRangeException>(() => column.StateAsOf(10, Origin));
        Assert.Throws<ArgumentOutOfRangeException>(() => column.StateAsOf(-1, Origin));
        Assert.Throws<ArgumentNullException>(() => ModelStateTally.Count((StateTimelineColumn)null!, Origin));
    }

    private static string Describe(ModelStateTally tally) =>
        string.Join(",", tally.ByState.Select(p => $"{p.Key}={p.Value}"));
}
