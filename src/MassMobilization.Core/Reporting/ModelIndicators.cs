using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Mobilization;
using MassMobilization.Core.Quantities;
using NodaTime;

namespace MassMobilization.Core.Reporting;

/// <summary>
/// Turns "Dân vận khéo" models (docs/mobilization.md) into indicator records for a report: for each model
/// registered in the reporting period by the report date, one record per figure it counts towards —
/// registered; by collective or individual owner; by registering level ("7 at city level, 254 at district
/// level"); by field; implementing, completed, recognised, typical and withdrawn as of the date; and the
/// completed and recognised rates (pooled, so "185/261"). Distinct owners ("146 collectives and 18
/// individuals") are counted once per owner at the owner's unit, which stays exact when added up because
/// every owner belongs to exactly one unit.
/// </summary>
/// <remarks>
/// "Completed" and "recognised" mean the model had <em>reached</em> that state by the date (a recognised
/// model was completed; rates such as 185/261 completed come from counting these states at a date,
/// docs/mobilization.md), using <see cref="RegisteredSubject{TSubject, TId, TRegistration}.HasReached"/>. "Implementing" and "withdrawn" are the
/// state held on the date. A model is typical when a <see cref="TypicalSelection"/> decided by the date
/// names it.
/// </remarks>
public static class ModelIndicators
{
    private static readonly Indicator[] LevelIndicators =
    [
        StandardIndicators.ModelsRegisteredAtLevel("COMMUNE", "cấp xã", "commune level"),
        StandardIndicators.ModelsRegisteredAtLevel("DISTRICT", "cấp huyện", "district level"),
        StandardIndicators.ModelsRegisteredAtLevel("PROVINCE", "cấp tỉnh", "province level"),
        StandardIndicators.ModelsRegisteredAtLevel("CENTRAL", "cấp trung ương", "central level"),
    ];

    private static readonly ModelField[] StandardFieldArray =
        [ModelField.Economy, ModelField.CultureSociety, ModelField.DefenceSecurity, ModelField.PoliticalSystem];

    /// <summary>Gets the four standard fields models are registered in, in report order.</summary>
    public static IReadOnlyList<ModelField> StandardFields { get; } = Array.AsReadOnly(StandardFieldArray);

    /// <summary>
    /// Gets the layout of every standard indicator (<see cref="StandardIndicators.All"/>) plus the models
    /// registered at each of the four levels and in each of the four standard fields.
    /// </summary>
    public static IndicatorLayout StandardLayout { get; } = LayoutWithFields(StandardFieldArray);

    /// <summary>Gets the indicator "models registered at a level".</summary>
    /// <param name="level">The registering level.</param>
    /// <returns>The indicator, coded "MODELS-REGISTERED.LEVEL.COMMUNE" … "MODELS-REGISTERED.LEVEL.CENTRAL".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a defined level.</exception>
    public static Indicator AtLevel(ModelLevel level) =>
        LevelIndicators[Guard.Against.OutOfRange((int)level, nameof(level), (int)ModelLevel.Commune, (int)ModelLevel.Central) - 1];

    /// <summary>Gets the indicator "models registered in a field".</summary>
    /// <param name="field">The field (standard or a province's extension).</param>
    /// <returns>The indicator, coded "MODELS-REGISTERED.FIELD.&lt;field code&gt;".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> is null.</exception>
    public static Indicator InField(ModelField field)
    {
        Guard.Against.Null(field);
        return StandardIndicators.ModelsRegisteredInField(field.Code, "lĩnh vực " + field.VietnameseName, "the field " + field.EnglishName);
    }

    /// <summary>Creates the layout of every standard indicator, the four levels and the given fields.</summary>
    /// <param name="fields">The fields to count models in (for example the standard four and a province's own).</param>
    /// <returns>The layout.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fields"/> is null.</exception>
    /// <exception cref="ArgumentException">A field is null.</exception>
    /// <exception cref="DomainRuleException">Rule <c>AGG-DUPLICATE-INDICATOR</c> (<see cref="AggregationRuleCodes.DuplicateIndicator"/>): a field is given twice.</exception>
    public static IndicatorLayout LayoutWithFields(IEnumerable<ModelField> fields)
    {
        var fieldArray = Preconditions.CheckNotNullElements(fields, nameof(fields));
        var indicators = new List<Indicator>(StandardIndicators.All);
        indicators.AddRange(LevelIndicators);
        foreach (var field in fieldArray)
        {
            indicators.Add(InField(field));
        }

        return IndicatorLayout.Create(indicators);
    }

    /// <summary>Creates the records of the models registered in a period, as of a date.</summary>
    /// <param name="models">The models.</param>
    /// <param name="period">The reporting period: models registered within it, and on or before <paramref name="asOf"/>, are counted.</param>
    /// <param name="asOf">The date the states are read at (end of day).</param>
    /// <param name="typical">The typical selection of the period, or <see langword="null"/> when none was made.</param>
    /// <returns>The records, in model order (owner records after them, in first-seen order).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="models"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException">A model is null, or <paramref name="asOf"/> is before the period starts.</exception>
    public static IReadOnlyList<IndicatorRecord> Records(IEnumerable<MobilizationModel> models, ReportingPeriod period, LocalDate asOf, TypicalSelection? typical = null)
    {
        var modelArray = Preconditions.CheckNotNullElements(models, nameof(models));
        Guard.Against.Null(period);
        period.CheckReportDate(asOf, nameof(asOf));
        var last = asOf < period.End ? asOf : period.End;
        bool typicalInForce = typical is not null && typical.DecidedOn <= asOf;
        var records = new List<IndicatorRecord>();
        var owners = new HashSet<ModelOwner>();
        var ownerRecords = new List<IndicatorRecord>();
        var fieldIndicators = new Dictionary<ModelField, Indicator>();
        foreach (var model in modelArray)
        {
            if (model.RegisteredOn < period.Start || model.RegisteredOn > last)
            {
                continue;
            }

            var unit = model.Unit;
            records.Add(IndicatorRecord.Count(unit, StandardIndicators.ModelsRegistered, 1));
            records.Add(IndicatorRecord.Count(unit, model.Owner.IsCollective ? StandardIndicators.ModelsByCollectives : StandardIndicators.ModelsByIndividuals, 1));
            records.Add(IndicatorRecord.Count(unit, AtLevel(model.Level.Level), 1));
            if (!fieldIndicators.TryGetValue(model.Field, out var fieldIndicator))
            {
                fieldIndicator = InField(model.Field);
                fieldIndicators.Add(model.Field, fieldIndicator);
            }

            records.Add(IndicatorRecord.Count(unit, fieldIndicator, 1));
            var state = model.StateAsOf(asOf);
            if (state == ModelState.Implementing)
            {
                records.Add(IndicatorRecord.Count(unit, StandardIndicators.ModelsImplementing, 1));
            }

            if (state == ModelState.Withdrawn)
            {
                records.Add(IndicatorRecord.Count(unit, StandardIndicators.ModelsWithdrawn, 1));
            }

            bool completed = model.HasReached(ModelState.Completed, asOf);
            bool recognised = model.HasReached(ModelState.Recognised, asOf);
            if (completed)
            {
                records.Add(IndicatorRecord.Count(unit, StandardIndicators.ModelsCompleted, 1));
            }

            if (recognised)
            {
                records.Add(IndicatorRecord.Count(unit, StandardIndicators.ModelsRecognised, 1));
            }

            if (typicalInForce && typical!.IsTypical(model.Id))
            {
                records.Add(IndicatorRecord.Count(unit, StandardIndicators.ModelsTypical, 1));
            }

            records.Add(new IndicatorRecord(unit, IndicatorValue.ForRatio(StandardIndicators.ModelsCompletedRate, new Ratio(completed ? 1 : 0, 1))));
            records.Add(new IndicatorRecord(unit, IndicatorValue.ForRatio(StandardIndicators.ModelsRecognisedRate, new Ratio(recognised ? 1 : 0, 1))));
            if (owners.Add(model.Owner))
            {
                var ownerIndicator = model.Owner.IsCollective ? StandardIndicators.ModelOwnersCollective : StandardIndicators.ModelOwnersIndividual;
                ownerRecords.Add(IndicatorRecord.Count(model.Owner.Unit, ownerIndicator, 1));
            }
        }

        records.AddRange(ownerRecords);
        return records;
    }
}
