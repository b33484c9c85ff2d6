using System;
using System.Collections.Generic;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Awards;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Evaluation;
using MassMobilization.Core.Mobilization;
using MassMobilization.Core.Quantities;

namespace MassMobilization.Core.DependencyInjection;

/// <summary>
/// The choices an application makes when it registers the library with
/// <see cref="MassMobilizationServiceCollectionExtensions.AddMassMobilization"/>: formatting policies and
/// the entries it adds to the built-in catalogues (fields, indicators, document types, award rule sets, rubrics).
/// </summary>
/// <remarks>
/// Every call of <c>AddMassMobilization</c> configures the same options instance, so two modules of an
/// application may each add their own entries. The catalogues are built from the options the first time
/// they are resolved; changing the options after that has no effect on them.
/// </remarks>
[Mutable]
public sealed class MassMobilizationOptions
{
    private readonly List<ModelField> fields = [];
    private IReadOnlyList<ModelField>? fieldsView;
    private readonly List<Indicator> indicators = [];
    private IReadOnlyList<Indicator>? indicatorsView;
    private readonly List<DocumentType> documentTypes = [];
    private IReadOnlyList<DocumentType>? documentTypesView;
    private readonly List<RuleSet> ruleSets = [];
    private IReadOnlyList<RuleSet>? ruleSetsView;
    private readonly List<Rubric> rubrics = [RubricPresets.CanTho2025];
    private IReadOnlyList<Rubric>? rubricsView;

    /// <summary>
    /// Gets or sets how rates are written in reports. The default truncates to a whole percent with the
    /// Vietnamese decimal comma, as the Thanh Trì report did ("185/261 → 70%").
    /// </summary>
    public PercentageFormat PercentageFormat { get; set; } = PercentageFormat.WholePercentTruncated;

    /// <summary>Gets or sets the rule that decides when a new model duplicates an existing one. Defaults to <see cref="DuplicateRule.Default"/>.</summary>
    public DuplicateRule DuplicateRule { get; set; } = DuplicateRule.Default;

    /// <summary>Gets or sets the highest level at which a model registered at each level may be recognised. Defaults to <see cref="RecognitionAuthority.Default"/>.</summary>
    public RecognitionAuthority RecognitionAuthority { get; set; } = RecognitionAuthority.Default;

    /// <summary>
    /// Gets or sets the rubric registered as <see cref="Evaluation.Rubric"/> (the one an application scores with
    /// unless it picks another from <see cref="Rubrics"/>). Defaults to <see cref="RubricPresets.CanTho2025"/>.
    /// </summary>
    public Rubric Rubric { get; set; } = RubricPresets.CanTho2025;

    /// <summary>Gets or sets the bonus schedule (base salary by date, multiples, rounding). Defaults to <see cref="BonusSchedule.Default"/>.</summary>
    public BonusSchedule BonusSchedule { get; set; } = BonusSchedule.Default;

    /// <summary>Gets the rubric presets: the built-in Cần Thơ 2025 rubric and those the application added.</summary>
    public IReadOnlyList<Rubric> Rubrics => rubricsView ??= ReadOnlyView.Of(rubrics);

    /// <summary>Gets the award rule sets added to <see cref="RuleSetCatalogue.BuiltIn"/> (a new version of the law, a province's own rules).</summary>
    public IReadOnlyList<RuleSet> RuleSets => ruleSetsView ??= ReadOnlyView.Of(ruleSets);

    /// <summary>Gets the model fields added to <see cref="ModelFieldCatalogue.Standard"/>.</summary>
    public IReadOnlyList<ModelField> Fields => fieldsView ??= ReadOnlyView.Of(fields);

    /// <summary>Gets the indicators added to <see cref="IndicatorCatalogue.Standard"/>.</summary>
    public IReadOnlyList<Indicator> Indicators => indicatorsView ??= ReadOnlyView.Of(indicators);

    /// <summary>Gets the document types added to <see cref="DocumentTypeCatalogue.Default"/>.</summary>
    public IReadOnlyList<DocumentType> DocumentTypes => documentTypesView ??= ReadOnlyView.Of(documentTypes);

    /// <summary>Adds a provincial model field (for example "new rural development") to the field catalogue.</summary>
    /// <param name="field">The field.</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> is null.</exception>
    public MassMobilizationOptions AddField(ModelField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        fields.Add(field);
        return this;
    }

    /// <summary>Adds an indicator to the indicator catalogue.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    public MassMobilizationOptions AddIndicator(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        indicators.Add(indicator);
        return this;
    }

    /// <summary>Adds an award rule set to the catalogue; it must not overlap the periods of the sets already there.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is null.</exception>
    public MassMobilizationOptions AddRuleSet(RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ruleSets.Add(ruleSet);
        return this;
    }

    /// <summary>Adds a rubric preset (it does not replace <see cref="Rubric"/>).</summary>
    /// <param name="rubric">The rubric.</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rubric"/> is null.</exception>
    public MassMobilizationOptions AddRubric(Rubric rubric)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        rubrics.Add(rubric);
        return this;
    }

    /// <summary>Adds a document type to the document type catalogue.</summary>
    /// <param name="type">The document type.</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="type"/> is null.</exception>
    public MassMobilizationOptions AddDocumentType(DocumentType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        documentTypes.Add(type);
        return this;
    }
}
