using System;
using System.Collections.Generic;
using MassMobilization.Core.Mobilization;

namespace MassMobilization.Core.Interchange;

/// <summary>
/// The content of a <c>models</c> interchange document: "Dân vận khéo" models and exemplars with
/// their registrations and full lifecycle histories, as one unit of exchange (for example a
/// commune's register sent to its district).
/// </summary>
public sealed class MobilizationRecords
{
    private readonly MobilizationModel[] models;
    private IReadOnlyList<MobilizationModel>? modelsView;
    private readonly Exemplar[] exemplars;
    private IReadOnlyList<Exemplar>? exemplarsView;

    /// <summary>Initializes a new set of records.</summary>
    /// <param name="models">The models; identifiers must be distinct.</param>
    /// <param name="exemplars">The exemplars; identifiers must be distinct.</param>
    /// <exception cref="ArgumentNullException"><paramref name="models"/> or <paramref name="exemplars"/> is null.</exception>
    /// <exception cref="ArgumentException">A list holds null or two items with the same identifier.</exception>
    public MobilizationRecords(IEnumerable<MobilizationModel> models, IEnumerable<Exemplar> exemplars)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(exemplars);
        this.models = Preconditions.CheckNotNullElements(models, nameof(models));
        this.exemplars = Preconditions.CheckNotNullElements(exemplars, nameof(exemplars));
        var modelIds = new HashSet<MobilizationModelId>();
        foreach (var model in this.models)
        {
            Preconditions.CheckArgument(modelIds.Add(model.Id), nameof(models), $"The model id {model.Id} is used twice.");
        }

        var exemplarIds = new HashSet<ExemplarId>();
        foreach (var exemplar in this.exemplars)
        {
            Preconditions.CheckArgument(exemplarIds.Add(exemplar.Id), nameof(exemplars), $"The exemplar id {exemplar.Id} is used twice.");
        }
    }

    /// <summary>Gets the models, in the order given.</summary>
    public IReadOnlyList<MobilizationModel> Models => modelsView ??= ReadOnlyView.Of(models);

    /// <summary>Gets the exemplars, in the order given.</summary>
    public IReadOnlyList<Exemplar> Exemplars => exemplarsView ??= ReadOnlyView.Of(exemplars);

    /// <summary>Returns the counts.</summary>
    /// <returns>For example <c>3 models, 1 exemplar(s)</c>.</returns>
    public override string ToString() => FormattableString.Invariant($"{models.Length} models, {exemplars.Length} exemplar(s)");
}
