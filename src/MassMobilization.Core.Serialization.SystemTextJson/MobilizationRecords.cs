using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using MassMobilization.Core.Mobilization;

namespace MassMobilization.Core.Serialization.SystemTextJson;

/// <summary>
/// The content of a <c>models</c> interchange document: "Dân vận khéo" models and exemplars with
/// their registrations and full lifecycle histories, as one unit of exchange (for example a
/// commune's register sent to its district).
/// </summary>
public sealed class MobilizationRecords
{
    /// <summary>Initializes a new set of records.</summary>
    /// <param name="models">The models; identifiers must be distinct, and a replication's source must be among them.</param>
    /// <param name="exemplars">The exemplars; identifiers must be distinct.</param>
    /// <exception cref="ArgumentNullException"><paramref name="models"/> or <paramref name="exemplars"/> is null.</exception>
    /// <exception cref="ArgumentException">A list holds null or two items with the same identifier, or a model replicates one that is not in <paramref name="models"/>.</exception>
    public MobilizationRecords(IEnumerable<MobilizationModel> models, IEnumerable<Exemplar> exemplars)
    {
        Guard.Against.Null(models);
        Guard.Against.Null(exemplars);
        var modelArray = Preconditions.CheckNotNullElements(models, nameof(models));
        var modelIds = DistinctIds<MobilizationModel, MobilizationModelId, ModelRegistration>(modelArray, nameof(models));
        foreach (var model in modelArray)
        {
            Preconditions.CheckArgument(
                model.ReplicationOf is not { } source || modelIds.Contains(source),
                nameof(models),
                $"The model {model.Id} replicates {model.ReplicationOf}, which is not among the models.");
        }

        var exemplarArray = Preconditions.CheckNotNullElements(exemplars, nameof(exemplars));
        DistinctIds<Exemplar, ExemplarId, ExemplarRegistration>(exemplarArray, nameof(exemplars));
        Models = Array.AsReadOnly(modelArray);
        Exemplars = Array.AsReadOnly(exemplarArray);
    }

    /// <summary>Gets the models, in the order given.</summary>
    public IReadOnlyList<MobilizationModel> Models { get; }

    /// <summary>Gets the exemplars, in the order given.</summary>
    public IReadOnlyList<Exemplar> Exemplars { get; }

    /// <summary>Returns the counts.</summary>
    /// <returns>For example <c>3 models, 1 exemplar(s)</c>.</returns>
    public override string ToString() => FormattableString.Invariant($"{Models.Count} models, {Exemplars.Count} exemplar(s)");

    private static HashSet<TId> DistinctIds<TSubject, TId, TRegistration>(TSubject[] subjects, string paramName)
        where TSubject : RegisteredSubject<TSubject, TId, TRegistration>
        where TId : struct, IEquatable<TId>, IComparable<TId>
        where TRegistration : SubjectRegistration<TId>
    {
        var ids = new HashSet<TId>();
        foreach (var subject in subjects)
        {
            Preconditions.CheckArgument(ids.Add(subject.Id), paramName, $"The id {subject.Id} is used twice.");
        }

        return ids;
    }
}
