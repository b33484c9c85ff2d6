using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Ardalis.GuardClauses;
using MassMobilization.Core.Documents;
using NodaTime;

namespace MassMobilization.Core.Mobilization;

/// <summary>
/// A selection of typical outstanding models and exemplars (điển hình tiêu biểu) for a period, by a
/// deciding document: "360 registered, 360 recognised, 51 typical" counts <see cref="Models"/>. Only
/// models and exemplars recognised on the decision date can be selected (docs/mobilization.md, "Replication and typical models": a model
/// recognised as typical may be commended).
/// </summary>
public sealed class TypicalSelection
{
    private readonly HashSet<MobilizationModelId> modelSet;
    private readonly HashSet<ExemplarId> exemplarSet;

    private TypicalSelection(DateInterval period, LocalDate decidedOn, DocumentNumber decision, MobilizationModelId[] models, ExemplarId[] exemplars)
    {
        Period = period;
        DecidedOn = decidedOn;
        Decision = decision;
        Models = Array.AsReadOnly(models);
        Exemplars = Array.AsReadOnly(exemplars);
        modelSet = new HashSet<MobilizationModelId>(models);
        exemplarSet = new HashSet<ExemplarId>(exemplars);
    }

    /// <summary>Gets the period the selection is for.</summary>
    public DateInterval Period { get; }

    /// <summary>Gets the decision date.</summary>
    public LocalDate DecidedOn { get; }

    /// <summary>Gets the deciding document.</summary>
    public DocumentNumber Decision { get; }

    /// <summary>Gets the typical models' ids, sorted.</summary>
    public IReadOnlyList<MobilizationModelId> Models { get; }

    /// <summary>Gets the typical exemplars' ids, sorted.</summary>
    public IReadOnlyList<ExemplarId> Exemplars { get; }

    /// <summary>Selects typical models and exemplars, throwing when one was not recognised on the decision date.</summary>
    /// <param name="period">The period, for example 2024.</param>
    /// <param name="decidedOn">The decision date, on or after the period's start.</param>
    /// <param name="decision">The deciding document.</param>
    /// <param name="models">The models selected.</param>
    /// <param name="exemplars">The exemplars selected.</param>
    /// <returns>The selection.</returns>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="ArgumentException">The decision is the default number, the date is before the period, or an id appears twice.</exception>
    /// <exception cref="DomainRuleException">Something selected was not recognised on <paramref name="decidedOn"/> (<see cref="MobilizationRuleCodes.TypicalNotRecognised"/>).</exception>
    public static TypicalSelection Select(DateInterval period, LocalDate decidedOn, DocumentNumber decision, IEnumerable<MobilizationModel> models, IEnumerable<Exemplar> exemplars)
    {
        Guard.Against.Null(period);
        Guard.Against.Null(models);
        Guard.Against.Null(exemplars);
        return TrySelect(period, decidedOn, decision, models, exemplars).GetValueOrThrow();
    }

    /// <summary>Tries to select typical models and exemplars.</summary>
    /// <param name="period">The period.</param>
    /// <param name="decidedOn">The decision date, on or after the period's start.</param>
    /// <param name="decision">The deciding document.</param>
    /// <param name="models">The models selected.</param>
    /// <param name="exemplars">The exemplars selected.</param>
    /// <returns>The selection, or the rule naming everything not recognised.</returns>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="ArgumentException">The decision is the default number, the date is before the period, or an id appears twice.</exception>
    public static LifecycleResult<TypicalSelection> TrySelect(DateInterval period, LocalDate decidedOn, DocumentNumber decision, IEnumerable<MobilizationModel> models, IEnumerable<Exemplar> exemplars)
    {
        Guard.Against.Null(period);
        Guard.Against.Null(models);
        Guard.Against.Null(exemplars);
        var modelArray = Preconditions.CheckNotNullElements(models, nameof(models));
        var exemplarArray = Preconditions.CheckNotNullElements(exemplars, nameof(exemplars));
        Preconditions.CheckArgument(decision.Form != 0, nameof(decision), "A typical selection needs its deciding document.");
        Preconditions.CheckArgument(decidedOn >= period.Start, nameof(decidedOn), "The decision cannot precede the period it selects for.");

        var problems = new StringBuilder();
        var modelIds = Ids<MobilizationModel, MobilizationModelId, ModelRegistration>(modelArray, decidedOn, problems);
        var exemplarIds = Ids<Exemplar, ExemplarId, ExemplarRegistration>(exemplarArray, decidedOn, problems);
        Array.Sort(modelIds);
        Array.Sort(exemplarIds);
        Preconditions.CheckArgument(NoRepeats(modelIds), nameof(models), "A model is selected twice.");
        Preconditions.CheckArgument(NoRepeats(exemplarIds), nameof(exemplars), "An exemplar is selected twice.");
        if (problems.Length > 0)
        {
            return new(
                MobilizationRuleCodes.TypicalNotRecognised,
                string.Create(CultureInfo.InvariantCulture, $"Only recognised models and exemplars can be typical; not recognised on {decidedOn:uuuu-MM-dd}:{problems}"));
        }

        return new(new TypicalSelection(period, decidedOn, decision, modelIds, exemplarIds));
    }

    /// <summary>Checks whether a model is selected as typical.</summary>
    /// <param name="model">The model's id.</param>
    /// <returns><see langword="true"/> when selected.</returns>
    public bool IsTypical(MobilizationModelId model) => modelSet.Contains(model);

    /// <summary>Checks whether an exemplar is selected as typical.</summary>
    /// <param name="exemplar">The exemplar's id.</param>
    /// <returns><see langword="true"/> when selected.</returns>
    public bool IsTypical(ExemplarId exemplar) => exemplarSet.Contains(exemplar);

    /// <summary>The subjects' ids, naming in <paramref name="problems"/> every one not recognised on the date.</summary>
    private static TId[] Ids<TSubject, TId, TRegistration>(TSubject[] subjects, LocalDate decidedOn, StringBuilder problems)
        where TSubject : RegisteredSubject<TSubject, TId, TRegistration>
        where TId : struct, IEquatable<TId>, IComparable<TId>
        where TRegistration : SubjectRegistration<TId>
    {
        var ids = new TId[subjects.Length];
        for (int i = 0; i < subjects.Length; i++)
        {
            ids[i] = subjects[i].Id;
            if (subjects[i].StatusAsOf(decidedOn).RecognisedLevel is null)
            {
                problems.Append(' ').Append(subjects[i].Kind == RecognitionSubject.Model ? "model " : "exemplar ").Append(subjects[i].Id).Append(';');
            }
        }

        return ids;
    }

    private static bool NoRepeats<T>(T[] sorted)
        where T : IEquatable<T>
    {
        for (int i = 1; i < sorted.Length; i++)
        {
            if (sorted[i].Equals(sorted[i - 1]))
            {
                return false;
            }
        }

        return true;
    }
}
