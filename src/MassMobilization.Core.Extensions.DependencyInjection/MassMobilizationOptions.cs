using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using MassMobilization.Core.Activities;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Awards;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Evaluation;
using MassMobilization.Core.Mobilization;
using MassMobilization.Core.Quantities;

namespace MassMobilization.Core.Extensions.DependencyInjection;

/// <summary>
/// The choices an application makes when it registers the library with
/// <c>services.AddMassMobilization(options =&gt; ...)</c>: formatting policies and the entries it adds to the
/// built-in catalogues (fields, indicators, document types, award rule sets). An options class in the
/// Microsoft.Extensions.Options pattern (docs/getting-started.md, "Dependency injection").
/// </summary>
/// <remarks>
/// Every call of <c>AddMassMobilization</c> adds its configuration to the same named options, so two
/// modules of an application may each add their own entries. The options are validated the first time
/// they are read (and at start-up in a host, through <c>ValidateOnStart</c>); the catalogues are built
/// from them once, when first resolved.
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
    /// Gets or sets the rubric registered as <see cref="Evaluation.Rubric"/>, the one the application scores
    /// with. Defaults to <see cref="RubricPresets.CanTho2025"/>.
    /// </summary>
    public Rubric Rubric { get; set; } = RubricPresets.CanTho2025;

    /// <summary>Gets or sets the bonus schedule (base salary by date, multiples, rounding). Defaults to <see cref="BonusSchedule.Default"/>.</summary>
    public BonusSchedule BonusSchedule { get; set; } = BonusSchedule.Default;

    /// <summary>
    /// Gets or sets the deadline for answering recommendations (phản ánh, kiến nghị). The law sets none the
    /// library could confirm: the default, <see cref="AnswerDeadlinePolicy.Default"/>, is 30 calendar days
    /// from receipt, marked unconfirmed (docs/activities.md "Recommendations", docs/rules.md); set the value a
    /// regulation fixes where one does.
    /// </summary>
    public AnswerDeadlinePolicy AnswerDeadlinePolicy { get; set; } = AnswerDeadlinePolicy.Default;

    /// <summary>Gets the award rule sets added to <see cref="RuleSetCatalogue.BuiltIn"/> (a new version of the law, a province's own rules).</summary>
    public IReadOnlyList<RuleSet> RuleSets => ruleSetsView ??= ruleSets.AsReadOnly();

    /// <summary>Gets the model fields added to <see cref="ModelFieldCatalogue.Standard"/>.</summary>
    public IReadOnlyList<ModelField> Fields => fieldsView ??= fields.AsReadOnly();

    /// <summary>Gets the indicators added to <see cref="IndicatorCatalogue.Standard"/>.</summary>
    public IReadOnlyList<Indicator> Indicators => indicatorsView ??= indicators.AsReadOnly();

    /// <summary>Gets the document types added to <see cref="DocumentTypeCatalogue.Default"/>.</summary>
    public IReadOnlyList<DocumentType> DocumentTypes => documentTypesView ??= documentTypes.AsReadOnly();

    /// <summary>Adds a provincial model field (for example "new rural development") to the field catalogue.</summary>
    /// <param name="field">The field.</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> is null.</exception>
    public MassMobilizationOptions AddField(ModelField field)
    {
        Guard.Against.Null(field);
        fields.Add(field);
        return this;
    }

    /// <summary>Adds an indicator to the indicator catalogue.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    public MassMobilizationOptions AddIndicator(Indicator indicator)
    {
        Guard.Against.Null(indicator);
        indicators.Add(indicator);
        return this;
    }

    /// <summary>Adds an award rule set to the catalogue; it must not overlap the periods of the sets already there.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is null.</exception>
    public MassMobilizationOptions AddRuleSet(RuleSet ruleSet)
    {
        Guard.Against.Null(ruleSet);
        ruleSets.Add(ruleSet);
        return this;
    }


    /// <summary>Adds a document type to the document type catalogue.</summary>
    /// <param name="type">The document type.</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="type"/> is null.</exception>
    public MassMobilizationOptions AddDocumentType(DocumentType type)
    {
        Guard.Against.Null(type);
        documentTypes.Add(type);
        return this;
    }
}
