using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using MassMobilization.Core.Organization;
using NodaTime;

namespace MassMobilization.Core.Activities;

/// <summary>
/// A social criticism by the Fatherland Front or a socio-political organisation (phản biện xã hội;
/// Regulation 217-QĐ/TW; docs/activities.md "Supervision and social criticism"): organiser, the draft
/// it reviewed, form, and the recommendations it produced.
/// </summary>
public sealed class SocialCriticism : IActivityRecord
{
    private readonly ActivityId[] recommendationIds;
    private readonly ActivityQuantity[] quantities;
    private IReadOnlyList<ActivityId>? recommendationIdsView;
    private IReadOnlyList<ActivityQuantity>? quantitiesView;

    /// <summary>Initializes a social criticism.</summary>
    /// <param name="id">The record's id.</param>
    /// <param name="unit">The unit it is kept against.</param>
    /// <param name="date">The date.</param>
    /// <param name="organiser">The organiser: the Front or a socio-political organisation.</param>
    /// <param name="draft">The draft reviewed.</param>
    /// <param name="form">The form.</param>
    /// <param name="recommendationIds">The recommendations it produced; no repeats.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">The id or unit is the default value, or an id is repeated.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="form"/> is not defined.</exception>
    /// <exception cref="DomainRuleException">The organiser may not criticise (<see cref="ActivityRuleCodes.OrganiserNotEligible"/>).</exception>
    public SocialCriticism(ActivityId id, UnitCode unit, LocalDate date, CommitteeKind organiser, DraftReference draft, SocialCriticismForm form, IEnumerable<ActivityId> recommendationIds)
    {
        Guard.Against.Null(organiser);
        Guard.Against.Null(draft);
        Guard.Against.Null(recommendationIds);
        Id = ActivityId.Check(id, nameof(id));
        Preconditions.CheckArgument(!unit.IsDefault, nameof(unit), "The unit must not be the default value.");
        Form = Checks.Defined(form, nameof(form));
        this.recommendationIds = Checks.DistinctIds(recommendationIds, nameof(recommendationIds));
        Organiser = SupervisingOrganisations.Check(organiser, nameof(organiser));
        Unit = unit;
        Date = date;
        Draft = draft;
        quantities = [new(ActivityMeasures.Count, 1), new(ActivityMeasures.Recommendations, this.recommendationIds.Length)];
    }

    /// <inheritdoc />
    public ActivityId Id { get; }

    /// <inheritdoc />
    public UnitCode Unit { get; }

    /// <inheritdoc />
    public LocalDate Date { get; }

    /// <summary>Gets the organiser.</summary>
    public CommitteeKind Organiser { get; }

    /// <summary>Gets the draft reviewed.</summary>
    public DraftReference Draft { get; }

    /// <summary>Gets the form.</summary>
    public SocialCriticismForm Form { get; }

    /// <summary>Gets the ids of the recommendations it produced.</summary>
    public IReadOnlyList<ActivityId> RecommendationIds => recommendationIdsView ??= ReadOnlyView.Of(recommendationIds);

    /// <summary>Gets the number of recommendations, read without a view (the activity roll-up).</summary>
    internal int RecommendationCount => recommendationIds.Length;

    /// <inheritdoc />
    public IReadOnlyList<ActivityQuantity> Quantities => quantitiesView ??= ReadOnlyView.Of(quantities);

    /// <summary>Returns "id: organiser reviews draft (date)".</summary>
    /// <returns>The readable form.</returns>
    public override string ToString() => $"{Id}: {Organiser.EnglishName} reviews {Draft} ({Checks.Iso(Date)})";
}
