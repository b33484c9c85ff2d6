using System;
using System.Collections.Generic;
using System.Globalization;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Mobilization;
using MassMobilization.Core.Organization;
using NodaTime;

namespace MassMobilization.Samples.Generators;

/// <summary>
/// Generated model records in columns (one array per attribute, one row per model), the cheap form for
/// roll-ups over millions of models: each row has a unit (an index into <see cref="Units"/>), an owner
/// kind, a registering level, a field, a registration date, its dated steps and the compact
/// <see cref="StateTimeline"/> replayed from them. <see cref="Model"/> builds the full aggregate of a
/// row on demand.
/// </summary>
public sealed class MobilizationRecords
{
    private static readonly ModelField[] Fields =
    {
        ModelField.Economy, ModelField.CultureSociety, ModelField.DefenceSecurity, ModelField.PoliticalSystem,
    };

    private readonly int[] unitIndex;
    private readonly OwnerKind[] kinds;
    private readonly ModelLevel[] levels;
    private readonly byte[] fields;
    private readonly LocalDate[] registeredOn;
    private readonly StateTimeline[] timelines;
    private readonly int[] stepStart;
    private readonly LifecycleAction[] actions;
    private readonly LocalDate[] dates;
    private readonly int[] places;

    internal MobilizationRecords(
        IReadOnlyList<UnitCode> units, int[] unitIndex, OwnerKind[] kinds, ModelLevel[] levels, byte[] fields, LocalDate[] registeredOn,
        StateTimeline[] timelines, int[] stepStart, LifecycleAction[] actions, LocalDate[] dates, int[] places)
    {
        Units = units;
        this.unitIndex = unitIndex;
        this.kinds = kinds;
        this.levels = levels;
        this.fields = fields;
        this.registeredOn = registeredOn;
        this.timelines = timelines;
        this.stepStart = stepStart;
        this.actions = actions;
        this.dates = dates;
        this.places = places;
    }

    /// <summary>Gets the units the records refer to by index.</summary>
    public IReadOnlyList<UnitCode> Units { get; }

    /// <summary>Gets the number of records.</summary>
    public int Count => unitIndex.Length;

    /// <summary>Gets each record's unit, as an index into <see cref="Units"/>.</summary>
    public ReadOnlySpan<int> UnitIndexes => unitIndex;

    /// <summary>Gets each record's owner kind.</summary>
    public ReadOnlySpan<OwnerKind> OwnerKinds => kinds;

    /// <summary>Gets each record's registering level.</summary>
    public ReadOnlySpan<ModelLevel> Levels => levels;

    /// <summary>Gets each record's registration date.</summary>
    public ReadOnlySpan<LocalDate> RegisteredOn => registeredOn;

    /// <summary>Gets each record's compact timeline (registration included).</summary>
    public ReadOnlySpan<StateTimeline> Timelines => timelines;

    /// <summary>Gets a record's field.</summary>
    /// <param name="index">The record.</param>
    /// <returns>One of the four standard fields.</returns>
    public ModelField FieldOf(int index) => Fields[fields[index]];

    /// <summary>Gets a record's steps after the registration.</summary>
    /// <param name="index">The record.</param>
    /// <returns>The actions, in order.</returns>
    public ReadOnlySpan<LifecycleAction> ActionsOf(int index) => actions.AsSpan(stepStart[index], stepStart[index + 1] - stepStart[index]);

    /// <summary>Gets the dates of a record's steps after the registration.</summary>
    /// <param name="index">The record.</param>
    /// <returns>The dates, in order.</returns>
    public ReadOnlySpan<LocalDate> DatesOf(int index) => dates.AsSpan(stepStart[index], stepStart[index + 1] - stepStart[index]);

    /// <summary>Gets the owner of a record.</summary>
    /// <param name="index">The record.</param>
    /// <returns>The unit itself, a committee of the unit (<c>{unit}-BDV</c>) or a numbered individual.</returns>
    public ModelOwner OwnerOf(int index)
    {
        var unit = Units[unitIndex[index]];
        return kinds[index] switch
        {
            OwnerKind.Unit => ModelOwner.ForUnit(unit),
            OwnerKind.Committee => ModelOwner.ForCommittee(new CommitteeId(unit.Value + "-BDV"), unit),
            _ => ModelOwner.ForIndividual(string.Create(CultureInfo.InvariantCulture, $"Cá nhân {index + 1}"), unit),
        };
    }

    /// <summary>Builds the full aggregate of a record, replaying the same steps through the transition function.</summary>
    /// <param name="index">The record.</param>
    /// <returns>The model; its timeline equals <see cref="Timelines"/>[<paramref name="index"/>].</returns>
    public MobilizationModel Model(int index)
    {
        var level = levels[index];
        var registration = MobilizationDataGenerator.CompleteRegistration(
            string.Create(CultureInfo.InvariantCulture, $"L{index}"),
            MobilizationDataGenerator.ExampleNames[index % MobilizationDataGenerator.ExampleNames.Count],
            OwnerOf(index),
            level,
            FieldOf(index),
            registeredOn[index],
            new DateInterval(registeredOn[index], registeredOn[index].PlusYears(2)));
        var stepActions = ActionsOf(index);
        var stepDates = DatesOf(index);
        var steps = new ModelTransition[stepActions.Length];
        for (int s = 0; s < steps.Length; s++)
        {
            var date = stepDates[s];
            steps[s] = stepActions[s] switch
            {
                LifecycleAction.StartImplementing => ModelTransition.StartImplementing(date),
                LifecycleAction.Complete => ModelTransition.Complete(date),
                LifecycleAction.Review => ModelTransition.Review(date),
                LifecycleAction.Recognise => ModelTransition.Recognise(date, level, DocumentNumber.State(1 + (date.DayOfYear % 999), "QĐ", "UBND")),
                LifecycleAction.Replicate => ModelTransition.Replicate(date, Units[places[stepStart[index] + s]]),
                LifecycleAction.Withdraw => ModelTransition.Withdraw(date, "Dừng triển khai"),
                _ => ModelTransition.RejectRecognition(date, "Không đạt tiêu chí"),
            };
        }

        return MobilizationModel.FromHistory(registration, RecognitionAuthority.Default, steps);
    }

    /// <summary>Builds every record's aggregate (for tests and baselines; costly for millions).</summary>
    /// <returns>The models, in record order.</returns>
    public IReadOnlyList<MobilizationModel> Models()
    {
        var models = new MobilizationModel[Count];
        for (int i = 0; i < models.Length; i++)
        {
            models[i] = Model(i);
        }

        return Array.AsReadOnly(models);
    }
}
