using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using MassMobilization.Core.Organization;
using NodaTime;

namespace MassMobilization.Core.Activities;

/// <summary>
/// A supervision session by the Fatherland Front or a socio-political organisation (giám sát; Regulation
/// 217-QĐ/TW of 2013-12-12, Law 75/2015/QH13; docs/activities.md "Supervision and social criticism"):
/// organiser, subject (the body or person supervised), form, and the recommendations it produced.
/// </summary>
public sealed class SupervisionSession : IActivityRecord
{
    private readonly ActivityId[] recommendationIds;
    private readonly ActivityQuantity[] quantities;
    private IReadOnlyList<ActivityId>? recommendationIdsView;
    private IReadOnlyList<ActivityQuantity>? quantitiesView;

    /// <summary>Initializes a session.</summary>
    /// <param name="id">The record's id.</param>
    /// <param name="unit">The unit it is kept against.</param>
    /// <param name="date">The date.</param>
    /// <param name="organiser">The organiser: the Front or a socio-political organisation.</param>
    /// <param name="subject">The body or person supervised, and what about.</param>
    /// <param name="form">The form.</param>
    /// <param name="recommendationIds">The recommendations it produced; no repeats.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">The id or unit is the default value, the subject is blank, or an id is repeated.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="form"/> is not defined.</exception>
    /// <exception cref="DomainRuleException">The organiser may not supervise (<see cref="ActivityRuleCodes.OrganiserNotEligible"/>).</exception>
    public SupervisionSession(ActivityId id, UnitCode unit, LocalDate date, CommitteeKind organiser, string subject, SupervisionForm form, IEnumerable<ActivityId> recommendationIds)
    {
        Guard.Against.Null(organiser);
        Guard.Against.Null(subject);
        Guard.Against.Null(recommendationIds);
        Id = ActivityId.Check(id, nameof(id));
        Preconditions.CheckArgument(!unit.IsDefault, nameof(unit), "The unit must not be the default value.");
        Guard.Against.NullOrWhiteSpace(subject);
        Form = Checks.Defined(form, nameof(form));
        this.recommendationIds = Checks.DistinctIds(recommendationIds, nameof(recommendationIds));
        Organiser = SupervisingOrganisations.Check(organiser, nameof(organiser));
        Unit = unit;
        Date = date;
        Subject = subject;
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

    /// <summary>Gets the subject supervised.</summary>
    public string Subject { get; }

    /// <summary>Gets the form.</summary>
    public SupervisionForm Form { get; }

    /// <summary>Gets the ids of the recommendations it produced.</summary>
    public IReadOnlyList<ActivityId> RecommendationIds => recommendationIdsView ??= ReadOnlyView.Of(recommendationIds);

    /// <summary>Gets the number of recommendations, read without a view (the activity roll-up).</summary>
    internal int RecommendationCount => recommendationIds.Length;

    /// <inheritdoc />
    public IReadOnlyList<ActivityQuantity> Quantities => quantitiesView ??= ReadOnlyView.Of(quantities);

    /// <summary>Returns "id: organiser supervises subject (date)".</summary>
    /// <returns>The readable form.</returns>
    public override string ToString() => $"{Id}: {Organiser.EnglishName} supervises {Subject} ({Checks.Iso(Date)})";
}
