using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MassMobilization.Core.Mobilization;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Tests.Infrastructure;
using MassMobilization.Samples.Generators;
using NodaTime;
using Xunit;
using static MassMobilization.Core.Tests.Mobilization.MobilizationFixtures;

namespace MassMobilization.Core.Tests.Mobilization;

public sealed class GeneratedDataTests
{
    private static readonly LocalDate Origin = new(2023, 1, 1);

    [Fact]
    public void Generated_Dak_Lak_models_reproduce_the_2024_report()
    {
        var year = MobilizationDataGenerator.DakLak2024();
        var yearEnd = new LocalDate(2024, 12, 31);
        var tally = ModelStateTally.Count(year.Models, yearEnd);
        var typical = year.Typical.Models.ToHashSet();
        var report = new DakLakReport
        {
            Registered = tally.Registered,
            Recognised = $"{tally.Reached(ModelState.Recognised)}/{tally.Registered}",
            Typical = typical.Count,
            TypicalAllRecognisedOnDecision = year.Models.Where(m => typical.Contains(m.Id)).All(m => m.HasReached(ModelState.Recognised, year.Typical.DecidedOn)),
            Decision = year.Typical.Decision.ToString(),
            DecidedOn = year.Typical.DecidedOn,
            RecognisedByMidYear = $"{ModelStateTally.Count(year.Models, new LocalDate(2024, 6, 30)).Reached(ModelState.Recognised)}/{tally.Registered}",
            ModelsByUnit = year.Models.GroupBy(m => m.Unit.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
        };

        Assert.Equal(360, report.Registered);
        Assert.Equal("360/360", report.Recognised);
        Assert.Equal(51, report.Typical);
        Assert.True(report.TypicalAllRecognisedOnDecision);
        Assert.Equal(360, tally.InState(ModelState.Recognised));
        Snapshot.Verify(report);
    }

    [Fact]
    public void A_year_with_fewer_recognitions_counts_them_from_the_states()
    {
        var year = MobilizationDataGenerator.RecognisedYear(40, 25, 6, MobilizationDataGenerator.ThanhTriUnits, ModelLevel.Commune, 2023, seed: 3);
        var tally = ModelStateTally.Count(year.Models, new LocalDate(2023, 12, 31));
        Assert.Equal((40, 25, 6), (tally.Registered, tally.Reached(ModelState.Recognised), year.Typical.Models.Count));
        Assert.Equal(15, tally.Registered - tally.InState(ModelState.Recognised));
        Assert.Throws<ArgumentException>(() => MobilizationDataGenerator.RecognisedYear(10, 11, 0, MobilizationDataGenerator.ThanhTriUnits, ModelLevel.Commune, 2023, 1));
    }

    [Fact]
    public void Records_cover_the_given_units_and_are_reproducible_from_the_seed()
    {
        var units = Enumerable.Range(0, 50).Select(i => new UnitCode($"X{i:000}")).ToArray();
        var first = MobilizationDataGenerator.Records(units, 5_000, Origin, seed: 11);
        var again = MobilizationDataGenerator.Records(units, 5_000, Origin, seed: 11);
        var other = MobilizationDataGenerator.Records(units, 5_000, Origin, seed: 12);

        Assert.Equal(5_000, first.Count);
        Assert.Same(units, first.Units);
        Assert.All(first.UnitIndexes.ToArray(), u => Assert.InRange(u, 0, units.Length - 1));
        Assert.Equal(units.Length, first.UnitIndexes.ToArray().Distinct().Count());
        Assert.True(first.UnitIndexes.SequenceEqual(again.UnitIndexes));
        Assert.True(first.RegisteredOn.SequenceEqual(again.RegisteredOn));
        Assert.False(first.RegisteredOn.SequenceEqual(other.RegisteredOn));
        Assert.Contains(OwnerKind.Individual, first.OwnerKinds.ToArray());
        Assert.Contains(ModelLevel.Province, first.Levels.ToArray());
        var asOf = new LocalDate(2023, 9, 30);
        Assert.Equal(Describe(ModelStateTally.Count(first.Timelines, asOf)), Describe(ModelStateTally.Count(again.Timelines, asOf)));
        Assert.Empty(MobilizationDataGenerator.Records(units, 0, Origin, 1).Timelines.ToArray());
    }

    [Fact]
    public void Record_timelines_equal_the_aggregates_replayed_from_the_same_steps()
    {
        var records = MobilizationDataGenerator.Records(MobilizationDataGenerator.ThanhTriUnits, 1_500, Origin, seed: 5);
        var models = records.Models();
        var dates = Enumerable.Range(0, 30).Select(i => Origin.PlusDays(i * 25)).ToArray();
        for (int i = 0; i < records.Count; i++)
        {
            var timeline = records.Timelines[i];
            var model = models[i];
            Assert.Equal(model.History.Count, timeline.Count);
            Assert.Equal(records.ActionsOf(i).Length + 1, timeline.Count);
            Assert.Equal(records.RegisteredOn[i], model.RegisteredOn);
            Assert.Equal(records.Levels[i], model.Level.Level);
            Assert.Equal(records.OwnerOf(i), model.Owner);
            Assert.Equal(records.FieldOf(i), model.Field);
            for (int s = 0; s < timeline.Count; s++)
            {
                Assert.Equal(model.History[s].Date, timeline.DateAt(s));
                Assert.Equal(model.History[s].State, timeline.StateAt(s));
            }

            foreach (var date in dates)
            {
                Assert.Equal(model.StatusAsOf(date).State, timeline.StateAsOf(date));
                Assert.Equal(model.StatusAsOf(date).RecognisedLevel, timeline.RecognisedLevelAsOf(date));
            }
        }

        foreach (var date in dates)
        {
            var fromRecords = ModelStateTally.Count(records.Timelines, date);
            foreach (var state in Enum.GetValues<ModelState>())
            {
                Assert.Equal(models.Count(m => m.History.Where(e => e.Date <= date).Select(e => e.State).LastOrDefault() == state), fromRecords.InState(state));
            }
        }

        var states = records.Timelines.ToArray().Select(t => t.StateAsOf(new LocalDate(2025, 12, 31))).ToHashSet();
        Assert.Superset(new HashSet<ModelState> { ModelState.Registered, ModelState.Completed, ModelState.Recognised, ModelState.Replicated, ModelState.Withdrawn, ModelState.NotRecognised }, states);
    }

    [Fact]
    public void Replaying_into_a_timeline_applies_the_transition_function()
    {
        var steps = new[] { ModelTransition.StartImplementing(Start.PlusDays(5)), ModelTransition.Complete(Start.PlusDays(40)) };
        var timeline = StateTimeline.Replay(Start, steps, ModelLevel.Commune, RecognitionAuthority.Default);
        Assert.Equal((3, ModelState.Completed, ModelState.Implementing, ModelState.None), (timeline.Count, timeline.StateAsOf(Start.PlusDays(40)), timeline.StateAsOf(Start.PlusDays(39)), timeline.StateAsOf(Start.PlusDays(-1))));

        var skipped = StateTimeline.TryReplay(Start, new[] { ModelTransition.Complete(Start.PlusDays(5)) }, ModelLevel.Commune, RecognitionAuthority.Default);
        Assert.False(skipped.Success);
        Assert.Equal(MobilizationRuleCodes.StepSkipped, skipped.RuleCode);
        Assert.StartsWith("Step 2 ", skipped.ErrorMessage, StringComparison.Ordinal);

        var backwards = Assert.Throws<DomainRuleException>(() => StateTimeline.Replay(Start, new[] { ModelTransition.StartImplementing(Start.PlusDays(-1)) }, ModelLevel.Commune, RecognitionAuthority.Default));
        Assert.Equal(MobilizationRuleCodes.DateBeforePrevious, backwards.RuleCode);

        var tooHigh = new[] { ModelTransition.StartImplementing(Start), ModelTransition.Complete(Start), ModelTransition.Review(Start), ModelTransition.Recognise(Start, ModelLevel.Province, Decision) };
        Assert.Equal(MobilizationRuleCodes.RecognitionAboveAuthority, StateTimeline.TryReplay(Start, tooHigh, ModelLevel.District, RecognitionAuthority.Default).RuleCode);

        Assert.Equal("steps", Assert.Throws<ArgumentException>(() => StateTimeline.Replay(Start, new ModelTransition[] { null! }, ModelLevel.Commune, RecognitionAuthority.Default)).ParamName);
        Assert.Equal("authority", Assert.Throws<ArgumentNullException>(() => StateTimeline.Replay(Start, steps, ModelLevel.Commune, null!)).ParamName);
        Assert.Equal("authority", Assert.Throws<ArgumentNullException>(() => StateTimeline.TryReplay(Start, steps, ModelLevel.Commune, null!)).ParamName);
    }

    [Property]
    public Property Replaying_into_a_timeline_agrees_with_the_aggregate_for_any_attempted_history()
    {
        var attempts = Gen.Choose(0, (8 * 40) - 1).ArrayOf().ToArbitrary();
        return Prop.ForAll(attempts, codes =>
        {
            var model = NewModel();
            var steps = new List<ModelTransition>();
            var date = Start;
            foreach (int code in codes)
            {
                date = date.PlusDays((code / 8) - 3);
                steps.Add(Step((LifecycleAction)(1 + (code % 8)), date, model.Status));
                if (model.TryApply(steps[^1]).TryGetValue(out var next))
                {
                    model = next;
                }
            }

            var authority = RecognitionAuthority.WithLevelsAbove(3);
            var replayed = StateTimeline.TryReplay(Start, steps.ToArray(), ModelLevel.Commune, authority);
            try
            {
                var built = MobilizationModel.FromHistory(Registration(), authority, steps);
                return replayed.Success && SameTimeline(built.Timeline, replayed.GetValueOrThrow());
            }
            catch (DomainRuleException error)
            {
                return !replayed.Success && string.Equals(replayed.RuleCode, error.RuleCode, StringComparison.Ordinal);
            }
        });
    }

    private static bool SameTimeline(StateTimeline expected, StateTimeline actual)
    {
        if (expected.Count != actual.Count)
        {
            return false;
        }

        for (int i = 0; i < expected.Count; i++)
        {
            if (expected.DateAt(i) != actual.DateAt(i) || expected.StateAt(i) != actual.StateAt(i)
                || expected.RecognisedLevelAsOf(expected.DateAt(i)) != actual.RecognisedLevelAsOf(actual.DateAt(i)))
            {
                return false;
            }
        }

        return true;
    }

    private static string Describe(ModelStateTally tally) =>
        string.Join(",", tally.ByState.Select(p => $"{p.Key}={p.Value}"));

    public sealed class DakLakReport
    {
        public int Registered { get; init; }

        public string Recognised { get; init; } = string.Empty;

        public int Typical { get; init; }

        public bool TypicalAllRecognisedOnDecision { get; init; }

        public string Decision { get; init; } = string.Empty;

        public LocalDate DecidedOn { get; init; }

        public string RecognisedByMidYear { get; init; } = string.Empty;

        public Dictionary<string, int> ModelsByUnit { get; init; } = new();
    }
}
