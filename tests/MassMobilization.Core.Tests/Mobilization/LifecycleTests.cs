using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MassMobilization.Core.Mobilization;
using MassMobilization.Samples.Generators;
using NodaTime;
using Xunit;
using static MassMobilization.Core.Tests.Mobilization.MobilizationFixtures;

namespace MassMobilization.Core.Tests.Mobilization;

public sealed class LifecycleTests
{
    private static readonly ModelState[] MainLine =
    {
        ModelState.Registered, ModelState.Implementing, ModelState.Completed, ModelState.Reviewed, ModelState.Recognised, ModelState.Replicated,
    };

    /// <summary>Every row of the transition table, as test cases.</summary>
    public static TheoryData<ModelState, LifecycleAction, ModelState> AllowedTransitions()
    {
        var data = new TheoryData<ModelState, LifecycleAction, ModelState>();
        foreach (var row in ModelLifecycle.Table)
        {
            data.Add(row.From, row.Action, row.To);
        }

        return data;
    }

    /// <summary>Every (state, action) pair without a row in the table.</summary>
    public static TheoryData<ModelState, LifecycleAction> ForbiddenTransitions()
    {
        var data = new TheoryData<ModelState, LifecycleAction>();
        foreach (var state in Enum.GetValues<ModelState>())
        {
            foreach (var action in Enum.GetValues<LifecycleAction>())
            {
                if (!ModelLifecycle.Table.Any(r => r.From == state && r.Action == action))
                {
                    data.Add(state, action);
                }
            }
        }

        return data;
    }

    [Fact]
    public void The_table_covers_the_domain_lifecycle()
    {
        Assert.Equal(17, ModelLifecycle.Table.Count);
        Assert.Equal((9 * 8) - 17, ForbiddenTransitions().Count);
        Assert.Contains(ModelLifecycle.Table, r => r.From == ModelState.Reviewed && r.Action == LifecycleAction.Recognise && r.To == ModelState.Recognised);
        Assert.DoesNotContain(ModelLifecycle.Table, r => ModelLifecycle.IsEnd(r.From));
        Assert.Equal(ModelLifecycle.Table.Count, ModelLifecycle.Table.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(AllowedTransitions))]
    public void Every_allowed_transition_leads_where_the_table_says(ModelState from, LifecycleAction action, ModelState to)
    {
        if (from == ModelState.None)
        {
            var status = ModelLifecycle.Apply(default, ModelTransition.Register(Start), ModelLevel.Commune, RecognitionAuthority.Default);
            Assert.Equal(to, status.State);
            Assert.Equal(Start, status.Since);
            return;
        }

        var model = ModelIn(from);
        var date = model.Status.Since!.Value.PlusDays(3);
        var next = model.Apply(Step(action, date, model.Status));

        Assert.Equal(to, next.State);
        Assert.Equal(from, model.State);
        Assert.Equal(model.History.Count + 1, next.History.Count);
        Assert.Equal(date, next.History[^1].Date);
        Assert.True(model.TryApply(Step(action, date, model.Status)).Success);
    }

    [Theory]
    [MemberData(nameof(ForbiddenTransitions))]
    public void Every_forbidden_transition_throws_with_its_rule_code(ModelState from, LifecycleAction action)
    {
        string expected = ExpectedCode(from, action);
        if (from == ModelState.None)
        {
            var pure = ModelLifecycle.TryApply(default, Step(action, Start, default), ModelLevel.Commune, RecognitionAuthority.Default);
            Assert.False(pure.Success);
            Assert.Equal(expected, pure.RuleCode);
            var thrown = Assert.Throws<DomainRuleException>(() => ModelLifecycle.Apply(default, Step(action, Start, default), ModelLevel.Commune, RecognitionAuthority.Default));
            Assert.Equal(expected, thrown.RuleCode);
            return;
        }

        var model = ModelIn(from);
        var step = Step(action, model.Status.Since!.Value.PlusDays(3), model.Status);
        var error = Assert.Throws<DomainRuleException>(() => model.Apply(step));
        Assert.Equal(expected, error.RuleCode);

        var result = model.TryApply(step);
        Assert.False(result.Success);
        Assert.Equal(expected, result.RuleCode);
        Assert.Equal(from, model.State);
        Assert.Throws<DomainRuleException>(() => result.GetValueOrThrow());
    }

    [Fact]
    public void The_named_forbidden_steps_have_their_codes()
    {
        Assert.Equal(MobilizationRuleCodes.StepSkipped, Assert.Throws<DomainRuleException>(() => ModelIn(ModelState.Completed).Apply(ModelTransition.Recognise(new LocalDate(2024, 12, 1), ModelLevel.Commune, Decision))).RuleCode);
        Assert.Equal(MobilizationRuleCodes.StepSkipped, Assert.Throws<DomainRuleException>(() => ModelIn(ModelState.Registered).Apply(ModelTransition.Complete(new LocalDate(2024, 12, 1)))).RuleCode);
        Assert.Equal(MobilizationRuleCodes.LifecycleEnded, Assert.Throws<DomainRuleException>(() => ModelIn(ModelState.Withdrawn).Apply(ModelTransition.StartImplementing(new LocalDate(2024, 12, 1)))).RuleCode);
    }

    [Fact]
    public void A_step_dated_before_the_previous_one_is_refused()
    {
        var model = ModelIn(ModelState.Implementing);
        var previous = model.Status.Since!.Value;
        var error = Assert.Throws<DomainRuleException>(() => model.Apply(ModelTransition.Complete(previous.PlusDays(-1))));
        Assert.Equal(MobilizationRuleCodes.DateBeforePrevious, error.RuleCode);
        Assert.Equal(ModelState.Completed, model.Apply(ModelTransition.Complete(previous)).State);
    }

    [Fact]
    public void Recognition_above_the_registering_body_authority_is_refused_by_the_authority_table()
    {
        var registrar = new ModelRegistrar(ModelFieldCatalogue.Standard, DuplicateRule.Default, RecognitionAuthority.Default);
        var model = registrar.Register(Registration(level: ModelLevel.District), Array.Empty<MobilizationModel>());
        model = model.Apply(ModelTransition.StartImplementing(Start.PlusDays(1)))
            .Apply(ModelTransition.Complete(Start.PlusDays(2)))
            .Apply(ModelTransition.Review(Start.PlusDays(3)));

        var above = model.TryApply(ModelTransition.Recognise(Start.PlusDays(4), ModelLevel.Province, Decision));
        Assert.Equal(MobilizationRuleCodes.RecognitionAboveAuthority, above.RuleCode);
        Assert.Equal(ModelLevel.District, RecognitionAuthority.Default.MaximumLevel(ModelLevel.District));

        var recognised = model.Apply(ModelTransition.Recognise(Start.PlusDays(4), ModelLevel.District, Decision));
        Assert.True(recognised.Status.IsRecognisedAt(ModelLevel.Commune));
        Assert.True(recognised.Status.IsRecognisedAt(ModelLevel.District));
        Assert.False(recognised.Status.IsRecognisedAt(ModelLevel.Province));

        var again = recognised.TryApply(ModelTransition.Recognise(Start.PlusDays(5), ModelLevel.Commune, Decision));
        Assert.Equal(MobilizationRuleCodes.RecognitionNotHigher, again.RuleCode);

        var wider = new RecognitionAuthority(new Dictionary<ModelLevel, ModelLevel>
        {
            [ModelLevel.Commune] = ModelLevel.Commune,
            [ModelLevel.District] = ModelLevel.Province,
            [ModelLevel.Province] = ModelLevel.Province,
            [ModelLevel.Central] = ModelLevel.Central,
        });
        var status = ModelLifecycle.Apply(model.Status, ModelTransition.Recognise(Start.PlusDays(4), ModelLevel.Province, Decision), ModelLevel.District, wider);
        Assert.Equal(ModelLevel.Province, status.RecognisedLevel);
    }

    [Fact]
    public void The_authority_table_rejects_a_level_mapped_below_itself()
    {
        var table = new Dictionary<ModelLevel, ModelLevel>
        {
            [ModelLevel.Commune] = ModelLevel.Commune,
            [ModelLevel.District] = ModelLevel.Commune,
            [ModelLevel.Province] = ModelLevel.Province,
            [ModelLevel.Central] = ModelLevel.Central,
        };
        Assert.Throws<ArgumentException>(() => new RecognitionAuthority(table));
    }

    [Fact]
    public void State_as_of_a_date_follows_the_dated_history()
    {
        var model = NewModel()
            .Apply(ModelTransition.StartImplementing(new LocalDate(2024, 2, 1)))
            .Apply(ModelTransition.Complete(new LocalDate(2024, 6, 30)))
            .Apply(ModelTransition.Withdraw(new LocalDate(2024, 6, 30), "Đơn vị sáp nhập"));

        Assert.Equal(ModelState.None, model.StateAsOf(Start.PlusDays(-1)));
        Assert.Equal(ModelState.Registered, model.StateAsOf(Start));
        Assert.Equal(ModelState.Registered, model.StateAsOf(new LocalDate(2024, 1, 31)));
        Assert.Equal(ModelState.Implementing, model.StateAsOf(new LocalDate(2024, 6, 29)));
        Assert.Equal(ModelState.Withdrawn, model.StateAsOf(new LocalDate(2024, 6, 30)));
        Assert.True(model.HasReached(ModelState.Completed, new LocalDate(2024, 6, 30)));
        Assert.False(model.HasReached(ModelState.Completed, new LocalDate(2024, 6, 29)));
        Assert.Equal(ModelState.Completed, model.StatusAsOf(new LocalDate(2025, 1, 1)).Furthest);
        Assert.Equal(new LocalDate(2024, 2, 1), model.Timeline.DateAt(1));
        Assert.Equal(ModelState.Withdrawn, model.Timeline.StateAt(3));
        Assert.Equal(ModelState.None, default(StateTimeline).StateAsOf(Start));
    }

    [Fact]
    public void Fast_state_as_of_agrees_with_the_simple_scan_on_generated_models()
    {
        var models = MobilizationDataGenerator.Large(2_000, MobilizationDataGenerator.ThanhTriUnits, new LocalDate(2023, 1, 1), seed: 7);
        var dates = Enumerable.Range(0, 40).Select(i => new LocalDate(2023, 1, 1).PlusDays(i * 23)).ToArray();
        foreach (var model in models)
        {
            foreach (var date in dates)
            {
                var simple = model.History.Where(e => e.Date <= date).Select(e => e.Status).LastOrDefault();
                Assert.Equal(simple.State, model.StateAsOf(date));
                Assert.Equal(simple, model.StatusAsOf(date));
                Assert.Equal(simple.Furthest, model.Timeline.FurthestAsOf(date));
                Assert.Equal(simple.RecognisedLevel, model.Timeline.RecognisedLevelAsOf(date));
            }
        }

        var tally = ModelStateTally.Count(models, dates[20]);
        var timelines = models.Select(m => m.Timeline).ToArray();
        var fromTimelines = ModelStateTally.Count(timelines, dates[20]);
        foreach (var state in Enum.GetValues<ModelState>())
        {
            int simpleCount = models.Count(m => m.History.Where(e => e.Date <= dates[20]).Select(e => e.State).LastOrDefault() == state);
            Assert.Equal(simpleCount, tally.InState(state));
            Assert.Equal(simpleCount, fromTimelines.InState(state));
        }

        Assert.Equal(models.Count(m => m.HasReached(ModelState.Completed, dates[20])), tally.Reached(ModelState.Completed));
        Assert.Equal(models.Count(m => m.RegisteredOn <= dates[20]), tally.Registered);
    }

    [Property]
    public Property Any_sequence_of_attempts_reaches_only_states_the_table_allows_with_dates_never_going_back()
    {
        var attempts = Gen.Choose(0, (8 * 40 * 4) - 1).ArrayOf().ToArbitrary();
        return Prop.ForAll(attempts, codes =>
        {
            var model = NewModel();
            var date = Start;
            foreach (int code in codes)
            {
                var action = (LifecycleAction)(1 + (code % 8));
                var day = date.PlusDays(((code / 8) % 40) - 5);
                var before = model.Status;
                var result = model.TryApply(Step(action, day, before));
                if (result.Success)
                {
                    model = result.GetValueOrThrow();
                    if (!ModelLifecycle.TryGetTarget(before.State, action, out var to) || to != model.State || day < before.Since!.Value)
                    {
                        return false;
                    }

                    date = day;
                }
                else if (model.Status != before || result.RuleCode is null)
                {
                    return false;
                }
            }

            for (int i = 1; i < model.History.Count; i++)
            {
                var previous = model.History[i - 1];
                var current = model.History[i];
                if (current.Date < previous.Date
                    || !ModelLifecycle.TryGetTarget(previous.State, current.Transition.Action, out var to) || to != current.State
                    || current.Status.Furthest < previous.Status.Furthest)
                {
                    return false;
                }
            }

            return model.History[0].State == ModelState.Registered;
        });
    }

    [Fact]
    public void Stored_histories_are_replayed_through_the_transition_function()
    {
        var steps = new[]
        {
            ModelTransition.StartImplementing(new LocalDate(2024, 2, 1)),
            ModelTransition.Review(new LocalDate(2024, 3, 1)),
        };
        var error = Assert.Throws<DomainRuleException>(() => MobilizationModel.FromHistory(Registration(), RecognitionAuthority.Default, steps));
        Assert.Equal(MobilizationRuleCodes.StepSkipped, error.RuleCode);
        Assert.Contains("Step 3", error.Message, StringComparison.Ordinal);

        var ok = MobilizationModel.FromHistory(Registration(), RecognitionAuthority.Default, steps.Take(1));
        Assert.Equal(ModelState.Implementing, ok.State);
    }

    [Fact]
    public void Transitions_carry_their_decision_or_reason()
    {
        Assert.Throws<ArgumentException>(() => ModelTransition.Recognise(Start, ModelLevel.District, default));
        Assert.Throws<ArgumentException>(() => ModelTransition.Withdraw(Start, "  "));
        Assert.Throws<ArgumentException>(() => ModelTransition.Replicate(Start, default));
        Assert.Throws<ArgumentOutOfRangeException>(() => ModelTransition.Recognise(Start, (ModelLevel)9, Decision));
        var step = ModelTransition.Recognise(Start, ModelLevel.District, Decision, "Xuất sắc");
        Assert.Equal(Decision, step.Decision);
        Assert.Equal(step, ModelTransition.Recognise(Start, ModelLevel.District, Decision, "Xuất sắc"));
        Assert.Contains("3406/QĐ-UBND", step.ToString(), StringComparison.Ordinal);
    }

    private static string ExpectedCode(ModelState from, LifecycleAction action)
    {
        if (from is ModelState.Withdrawn or ModelState.NotRecognised)
        {
            return MobilizationRuleCodes.LifecycleEnded;
        }

        if (from == ModelState.None)
        {
            return MobilizationRuleCodes.NotRegistered;
        }

        if (action == LifecycleAction.Register)
        {
            return MobilizationRuleCodes.AlreadyRegistered;
        }

        int position = Array.IndexOf(MainLine, from);
        int earliest = ModelLifecycle.Table.Where(r => r.Action == action && r.From != ModelState.None).Min(r => Array.IndexOf(MainLine, r.From));
        return position < earliest ? MobilizationRuleCodes.StepSkipped : MobilizationRuleCodes.StepBackwards;
    }
}
