using System;
using System.Collections.Generic;
using System.Linq;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Mobilization;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Tests.Conventions;
using MassMobilization.Samples.Generators;
using NodaTime;

namespace MassMobilization.Core.Tests.Mobilization;

/// <summary>Shared values for the Mobilization tests.</summary>
internal static class MobilizationFixtures
{
    internal static readonly LocalDate Start = new(2024, 1, 10);
    internal static readonly DateInterval Year2024 = new(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31));
    internal static readonly UnitCode WardA = new("26740");
    internal static readonly UnitCode WardB = new("26743");
    internal static readonly DocumentNumber Decision = DocumentNumber.State(3406, "QĐ", "UBND");

    internal static ModelRegistration Registration(string id = "M-1", string name = "Cà phê sáng – trò chuyện cùng nhân dân", ModelOwner? owner = null, ModelLevel level = ModelLevel.Commune, MobilizationModelId? replicationOf = null, LocalDate? on = null) =>
        MobilizationDataGenerator.CompleteRegistration(id, name, owner ?? ModelOwner.ForUnit(WardA), level, ModelField.CultureSociety, on ?? Start, Year2024, replicationOf);

    /// <summary>A model registered at commune level whose authority reaches central, so every recognition level can be tried.</summary>
    internal static MobilizationModel NewModel(string id = "M-1") =>
        new ModelRegistrar(ModelFieldCatalogue.Standard, DuplicateRule.Default, RecognitionAuthority.WithLevelsAbove(3))
            .Register(Registration(id), Array.Empty<MobilizationModel>());

    /// <summary>A valid step for an action, dated <paramref name="date"/>; recognitions go one level above what is held.</summary>
    internal static ModelTransition Step(LifecycleAction action, LocalDate date, LifecycleStatus status) => action switch
    {
        LifecycleAction.Register => ModelTransition.Register(date),
        LifecycleAction.StartImplementing => ModelTransition.StartImplementing(date),
        LifecycleAction.Complete => ModelTransition.Complete(date),
        LifecycleAction.Review => ModelTransition.Review(date),
        LifecycleAction.Recognise => ModelTransition.Recognise(date, status.RecognisedLevel is { } held && held < ModelLevel.Central ? held + 1 : ModelLevel.Commune, Decision),
        LifecycleAction.Replicate => ModelTransition.Replicate(date, WardB),
        LifecycleAction.Withdraw => ModelTransition.Withdraw(date, "Đơn vị sáp nhập"),
        _ => ModelTransition.RejectRecognition(date, "Chưa đạt tiêu chí"),
    };

    /// <summary>The shortest action path from registration to a state, found by searching the transition table.</summary>
    internal static IReadOnlyList<LifecycleAction> PathTo(ModelState target)
    {
        var paths = new Dictionary<ModelState, List<LifecycleAction>> { [ModelState.Registered] = new() };
        var queue = new Queue<ModelState>();
        queue.Enqueue(ModelState.Registered);
        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            foreach (var row in ModelLifecycle.Table.Where(r => r.From == state))
            {
                if (!paths.ContainsKey(row.To))
                {
                    paths[row.To] = paths[state].Append(row.Action).ToList();
                    queue.Enqueue(row.To);
                }
            }
        }

        return paths[target];
    }

    /// <summary>A model in the given state (not None), with one step every ten days.</summary>
    internal static MobilizationModel ModelIn(ModelState state, string id = "M-1")
    {
        var model = NewModel(id);
        var date = Start;
        foreach (var action in PathTo(state))
        {
            date = date.PlusDays(10);
            model = model.Apply(Step(action, date, model.Status));
        }

        Assert.Equal(state, model.State);
        return model;
    }

    private static class Assert
    {
        internal static void Equal(ModelState expected, ModelState actual)
        {
            if (expected != actual)
            {
                throw new InvalidOperationException($"Fixture reached {actual}, expected {expected}.");
            }
        }
    }
}

/// <summary>Samples of Mobilization types for the null-argument convention test.</summary>
public sealed class MobilizationSamples : ISampleProvider
{
    public void Register(SampleValues samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var model = MobilizationFixtures.ModelIn(ModelState.Recognised);
        var exemplar = ModelRegistrar.Default.RegisterExemplar(ExemplarTests.CompleteExemplar());
        samples
            .Add(() => MobilizationFixtures.Year2024)
            .Add(() => ModelOwner.ForUnit(MobilizationFixtures.WardA))
            .Add(() => ModelField.Economy)
            .Add(() => ModelFieldCatalogue.Standard)
            .Add(() => ModelTransition.StartImplementing(MobilizationFixtures.Start))
            .Add(() => RecognitionAuthority.Default)
            .Add(() => NameMatching.Default)
            .Add(() => DuplicateRule.Default)
            .Add(() => ModelRegistrar.Default)
            .Add(() => MobilizationFixtures.Registration())
            .Add(() => ExemplarTests.CompleteExemplar())
            .Add(() => model)
            .Add(() => exemplar)
            .Add(() => new ModelGoal("g", new[] { "c" }))
            .Add(() => new RegistrationProblem(RegistrationItem.Name, MobilizationRuleCodes.ItemMissing, "m"))
            .Add(() => model.RecognitionAsOf(new LocalDate(2025, 1, 1))!)
            .Add(() => ReplicationIndex.Build(new[] { model }))
            .Add(() => ModelStateTally.Count(new[] { model }, MobilizationFixtures.Start))
            .Add(() => TypicalSelection.Select(MobilizationFixtures.Year2024, new LocalDate(2024, 12, 1), MobilizationFixtures.Decision, new[] { model }, Array.Empty<Exemplar>()));
    }
}
