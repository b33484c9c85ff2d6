using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using MassMobilization.Core.Organization;
using NodaTime;

namespace MassMobilization.Core.Mobilization;

/// <summary>
/// Which models were registered as replications of which (nhân rộng mô hình): how many times a model
/// was replicated and where, as of a date. Built from the models' registrations
/// (<see cref="ModelRegistration.ReplicationOf"/>), which are the record of replication.
/// </summary>
public sealed class ReplicationIndex
{
    private readonly Dictionary<MobilizationModelId, MobilizationModel[]> replicasBySource;

    private ReplicationIndex(Dictionary<MobilizationModelId, MobilizationModel[]> replicasBySource, MobilizationModelId[] sources)
    {
        this.replicasBySource = replicasBySource;
        Sources = Array.AsReadOnly(sources);
    }

    /// <summary>Gets the ids of the models that have at least one replica, sorted.</summary>
    public IReadOnlyList<MobilizationModelId> Sources { get; }

    /// <summary>Builds the index.</summary>
    /// <param name="models">All models (sources and replicas).</param>
    /// <returns>The index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="models"/> or one of them is null.</exception>
    public static ReplicationIndex Build(IEnumerable<MobilizationModel> models)
    {
        Guard.Against.Null(models);
        var lists = new Dictionary<MobilizationModelId, List<MobilizationModel>>();
        foreach (var model in Preconditions.CheckNotNullElements(models, nameof(models)))
        {
            if (model.ReplicationOf is { } source)
            {
                if (!lists.TryGetValue(source, out var list))
                {
                    lists[source] = list = new List<MobilizationModel>();
                }

                list.Add(model);
            }
        }

        var map = new Dictionary<MobilizationModelId, MobilizationModel[]>(lists.Count);
        var sources = new MobilizationModelId[lists.Count];
        int k = 0;
        foreach (var (source, list) in lists)
        {
            var replicas = list.ToArray();
            Array.Sort(replicas, static (a, b) =>
            {
                int c = a.RegisteredOn.CompareTo(b.RegisteredOn);
                return c != 0 ? c : a.Id.CompareTo(b.Id);
            });
            map[source] = replicas;
            sources[k++] = source;
        }

        Array.Sort(sources);
        return new ReplicationIndex(map, sources);
    }

    /// <summary>Gets the replicas of a model registered on or before a date, by registration date then id.</summary>
    /// <param name="source">The replicated model.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The replicas.</returns>
    public IReadOnlyList<MobilizationModel> Replicas(MobilizationModelId source, LocalDate asOf)
    {
        if (!replicasBySource.TryGetValue(source, out var replicas))
        {
            return Array.Empty<MobilizationModel>();
        }

        var result = new List<MobilizationModel>(replicas.Length);
        foreach (var replica in replicas)
        {
            if (replica.RegisteredOn <= asOf)
            {
                result.Add(replica);
            }
        }

        return result.AsReadOnly();
    }

    /// <summary>Gets how many times a model had been replicated by a date.</summary>
    /// <param name="source">The replicated model.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The number of replicas registered by then.</returns>
    public int TimesReplicated(MobilizationModelId source, LocalDate asOf) => Replicas(source, asOf).Count;

    /// <summary>Gets where a model had been replicated by a date: the replicas' units, distinct and sorted.</summary>
    /// <param name="source">The replicated model.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The units.</returns>
    public IReadOnlyList<UnitCode> Places(MobilizationModelId source, LocalDate asOf)
    {
        var units = new SortedSet<UnitCode>();
        foreach (var replica in Replicas(source, asOf))
        {
            units.Add(replica.Unit);
        }

        var result = new UnitCode[units.Count];
        units.CopyTo(result);
        return Array.AsReadOnly(result);
    }
}
