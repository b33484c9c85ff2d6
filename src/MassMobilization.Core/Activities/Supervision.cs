using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Organization;
using NodaTime;

namespace MassMobilization.Core.Activities;

/// <summary>How a supervision is carried out (hình thức giám sát; Regulation 217-QĐ/TW; docs/activities.md "Supervision and social criticism").</summary>
/// <remarks>The default value is <see cref="DocumentReview"/>.</remarks>
public enum SupervisionForm
{
    /// <summary>Studying and reviewing the supervised body's documents and reports.</summary>
    DocumentReview = 0,

    /// <summary>A supervision team (đoàn giám sát).</summary>
    SupervisionTeam = 1,

    /// <summary>Through the People's Inspection Board or the Community Investment Supervision Board.</summary>
    ThroughCommunityBoards = 2,

    /// <summary>Another form, named in the subject.</summary>
    Other = 3,
}

/// <summary>How a social criticism is carried out (hình thức phản biện xã hội; docs/activities.md "Supervision and social criticism").</summary>
/// <remarks>The default value is <see cref="Conference"/>.</remarks>
public enum SocialCriticismForm
{
    /// <summary>A criticism conference.</summary>
    Conference = 0,

    /// <summary>Written comments on the draft.</summary>
    WrittenComments = 1,

    /// <summary>A direct dialogue with the drafting body.</summary>
    Dialogue = 2,
}

/// <summary>The organisers allowed to supervise and criticise (docs/activities.md "Supervision and social criticism").</summary>
public static class SupervisingOrganisations
{
    private static readonly CommitteeKind[] Kinds =
    [
        CommitteeKind.FatherlandFront, CommitteeKind.FarmersAssociation, CommitteeKind.WomensUnion,
        CommitteeKind.YouthUnion, CommitteeKind.VeteransAssociation, CommitteeKind.TradeUnion,
    ];

    /// <summary>Gets the Fatherland Front and the five socio-political organisations (Farmers' Union, Women's Union, Youth Union, Veterans' Association, Trade Union).</summary>
    public static IReadOnlyList<CommitteeKind> All { get; } = ReadOnlyView.Of(Kinds);

    /// <summary>Checks whether a kind of body may organise supervision and social criticism (Regulation 217-QĐ/TW; Law 75/2015/QH13).</summary>
    /// <param name="kind">The kind of body.</param>
    /// <returns><see langword="true"/> for the Front and the socio-political organisations.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    public static bool IsAllowed(CommitteeKind kind)
    {
        Guard.Against.Null(kind);
        return Array.IndexOf(Kinds, kind) >= 0;
    }

    internal static CommitteeKind Check(CommitteeKind organiser, string paramName)
    {
        Guard.Against.Null(organiser, paramName);
        Guard.Against.RuleViolation(
            IsAllowed(organiser),
            ActivityRuleCodes.OrganiserNotEligible,
            $"{organiser.EnglishName} is neither the Fatherland Front nor a socio-political organisation (Regulation 217-QĐ/TW).");
        return organiser;
    }
}

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

    /// <inheritdoc />
    public IReadOnlyList<ActivityQuantity> Quantities => quantitiesView ??= ReadOnlyView.Of(quantities);

    /// <summary>Returns "id: organiser supervises subject (date)".</summary>
    /// <returns>The readable form.</returns>
    public override string ToString() => $"{Id}: {Organiser.EnglishName} supervises {Subject} ({Checks.Iso(Date)})";
}

/// <summary>The draft a social criticism reviewed: a numbered document, or a draft known only by its title (docs/activities.md "Supervision and social criticism").</summary>
public sealed record DraftReference
{
    private DraftReference(DocumentNumber? number, string? title)
    {
        Number = number;
        Title = title;
    }

    /// <summary>Gets the document number, or <see langword="null"/> for a draft known by its title.</summary>
    public DocumentNumber? Number { get; }

    /// <summary>Gets the draft's title, or <see langword="null"/> for a numbered document.</summary>
    public string? Title { get; }

    /// <summary>Refers to a numbered document.</summary>
    /// <param name="number">The number.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentException"><paramref name="number"/> is the default value.</exception>
    public static DraftReference ForNumber(DocumentNumber number)
    {
        Preconditions.CheckArgument(number.Form != 0, nameof(number), "The number must not be the default value.");
        return new(number, null);
    }

    /// <summary>Refers to a draft by its title.</summary>
    /// <param name="title">The title.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="title"/> is blank.</exception>
    public static DraftReference ForTitle(string title)
    {
        Guard.Against.NullOrWhiteSpace(title);
        return new(null, title);
    }

    /// <summary>Returns the number or the title.</summary>
    /// <returns>The readable form.</returns>
    public override string ToString() => Number?.ToString() ?? Title!;
}

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

    /// <inheritdoc />
    public IReadOnlyList<ActivityQuantity> Quantities => quantitiesView ??= ReadOnlyView.Of(quantities);

    /// <summary>Returns "id: organiser reviews draft (date)".</summary>
    /// <returns>The readable form.</returns>
    public override string ToString() => $"{Id}: {Organiser.EnglishName} reviews {Draft} ({Checks.Iso(Date)})";
}
