using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using MassMobilization.Core.Organization;
using NodaTime;

namespace MassMobilization.Core.Activities;

/// <summary>
/// A dated twinning agreement between an agency and an ethnic-minority village (kết nghĩa; a provincial
/// practice; docs/activities.md "Ethnic and religious outreach").
/// </summary>
public sealed class TwinningAgreement : IActivityRecord
{
    private static readonly IReadOnlyList<ActivityQuantity> OneCount = ReadOnlyView.Of(new ActivityQuantity[] { new(ActivityMeasures.Count, 1) });

    /// <summary>Initializes an agreement.</summary>
    /// <param name="id">The record's id.</param>
    /// <param name="agency">The agency.</param>
    /// <param name="village">The village.</param>
    /// <param name="signedOn">The signing date.</param>
    /// <param name="period">When the agreement runs; it does not end before it is signed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="agency"/> is null.</exception>
    /// <exception cref="ArgumentException">The id or village is the default value, the agency is blank, or the period ends before the signing.</exception>
    public TwinningAgreement(ActivityId id, string agency, UnitCode village, LocalDate signedOn, ValidityPeriod period)
    {
        Guard.Against.Null(agency);
        Id = ActivityId.Check(id, nameof(id));
        Guard.Against.NullOrWhiteSpace(agency);
        Preconditions.CheckArgument(!village.IsDefault, nameof(village), "The village must not be the default value.");
        Preconditions.CheckArgument(period.End is null || period.End.Value >= signedOn, nameof(period), "The agreement ends before it is signed.");
        Agency = agency;
        Unit = village;
        Date = signedOn;
        Period = period;
    }

    /// <inheritdoc />
    public ActivityId Id { get; }

    /// <summary>Gets the agency.</summary>
    public string Agency { get; }

    /// <summary>Gets the village (the unit the record is kept against).</summary>
    public UnitCode Unit { get; }

    /// <summary>Gets the signing date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets when the agreement runs.</summary>
    public ValidityPeriod Period { get; }

    /// <inheritdoc />
    public IReadOnlyList<ActivityQuantity> Quantities => OneCount;

    /// <summary>Checks whether the agreement runs on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when it runs.</returns>
    public bool IsInForceOn(LocalDate date) => Period.Contains(date);

    /// <summary>Returns "id: agency twinned with village".</summary>
    /// <returns>The readable form.</returns>
    public override string ToString() => $"{Id}: {Agency} twinned with {Unit} ({Checks.Iso(Date)})";
}

/// <summary>
/// A dated version of the criteria for choosing people with prestige in ethnic-minority areas (người có
/// uy tín; Decision 12/2018/QĐ-TTg, amended by Decision 28/2023/QĐ-TTg with new criteria from 2024-01-15;
/// docs/activities.md "Ethnic and religious outreach"). The criteria's content is data; a version whose
/// content is not configured makes every selection NeedsReview, never an invented verdict.
/// </summary>
public sealed class PrestigeCriteriaVersion
{
    private readonly string[] criteria;
    private IReadOnlyList<string>? criteriaView;

    /// <summary>Initializes a version.</summary>
    /// <param name="id">A stable id.</param>
    /// <param name="citation">The text it applies.</param>
    /// <param name="effectiveFrom">The first day in force, or <see langword="null"/> when not recorded (in force before <paramref name="effectiveUntil"/>).</param>
    /// <param name="effectiveUntil">The last day in force, or <see langword="null"/> when open.</param>
    /// <param name="criteria">The criteria's codes or texts, as confirmed by the application; empty when the content is not confirmed.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">A text is blank or repeated, or the end is before the start.</exception>
    public PrestigeCriteriaVersion(string id, string citation, LocalDate? effectiveFrom, LocalDate? effectiveUntil, IEnumerable<string> criteria)
    {
        Guard.Against.Null(id);
        Guard.Against.Null(citation);
        Guard.Against.Null(criteria);
        Guard.Against.NullOrWhiteSpace(id);
        Guard.Against.NullOrWhiteSpace(citation);
        Preconditions.CheckArgument(effectiveFrom is null || effectiveUntil is null || effectiveUntil.Value >= effectiveFrom.Value, nameof(effectiveUntil), "The version ends before it starts.");
        this.criteria = Checks.NonBlankTexts(criteria, nameof(criteria));
        Preconditions.CheckArgument(new HashSet<string>(this.criteria, StringComparer.Ordinal).Count == this.criteria.Length, nameof(criteria), "A criterion is repeated.");
        Id = id;
        Citation = citation;
        EffectiveFrom = effectiveFrom;
        EffectiveUntil = effectiveUntil;
    }

    /// <summary>Gets the built-in version before 2024-01-15: Decision 12/2018/QĐ-TTg, content not configured.</summary>
    public static PrestigeCriteriaVersion Decision12Of2018 { get; } = new("12/2018/QĐ-TTg", "Decision 12/2018/QĐ-TTg", null, new LocalDate(2024, 1, 14), []);

    /// <summary>Gets the built-in version from 2024-01-15: Decision 12/2018/QĐ-TTg as amended by Decision 28/2023/QĐ-TTg, content not configured.</summary>
    public static PrestigeCriteriaVersion Decision28Of2023 { get; } = new("28/2023/QĐ-TTg", "Decision 12/2018/QĐ-TTg as amended by Decision 28/2023/QĐ-TTg", new LocalDate(2024, 1, 15), null, []);

    /// <summary>Gets the version's id.</summary>
    public string Id { get; }

    /// <summary>Gets the text it applies.</summary>
    public string Citation { get; }

    /// <summary>Gets the first day in force, if recorded.</summary>
    public LocalDate? EffectiveFrom { get; }

    /// <summary>Gets the last day in force, or <see langword="null"/> when open.</summary>
    public LocalDate? EffectiveUntil { get; }

    /// <summary>Gets the criteria; empty when the content is not configured.</summary>
    public IReadOnlyList<string> Criteria => criteriaView ??= ReadOnlyView.Of(criteria);

    /// <summary>Gets a value indicating whether the criteria's content is configured.</summary>
    public bool HasCriteria => criteria.Length > 0;

    /// <summary>Checks whether the version is in force on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when in force.</returns>
    public bool IsInForceOn(LocalDate date) =>
        (EffectiveFrom is null || date >= EffectiveFrom.Value) && (EffectiveUntil is null || date <= EffectiveUntil.Value);

    /// <summary>Returns a version with the same dates and the given criteria (for an application that has confirmed them).</summary>
    /// <param name="criteria">The criteria.</param>
    /// <returns>The new version.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="criteria"/> is null.</exception>
    /// <exception cref="ArgumentException">A criterion is blank or repeated.</exception>
    public PrestigeCriteriaVersion WithCriteria(IEnumerable<string> criteria)
    {
        Guard.Against.Null(criteria);
        return new(Id, Citation, EffectiveFrom, EffectiveUntil, criteria);
    }

    /// <summary>Returns the id.</summary>
    /// <returns>The readable form.</returns>
    public override string ToString() => Id;
}

/// <summary>One criterion's assessment for a candidate: Met, NotMet or Unknown (docs/activities.md "Ethnic and religious outreach").</summary>
/// <remarks>The default value has an empty criterion, which <see cref="PrestigeSelection"/> refuses.</remarks>
public readonly record struct CriterionAssessment
{
    private readonly string? criterion;

    /// <summary>Initializes an assessment.</summary>
    /// <param name="criterion">The criterion, as written in the version.</param>
    /// <param name="outcome">Met, NotMet or Unknown.</param>
    /// <exception cref="ArgumentNullException"><paramref name="criterion"/> is null.</exception>
    public CriterionAssessment(string criterion, VerdictOutcome outcome)
    {
        Guard.Against.Null(criterion);
        this.criterion = criterion;
        Outcome = outcome;
    }

    /// <summary>Gets the criterion.</summary>
    public string Criterion => criterion ?? string.Empty;

    /// <summary>Gets the outcome.</summary>
    public VerdictOutcome Outcome { get; }
}

/// <summary>
/// The selection of a person with prestige in a village (docs/activities.md "Ethnic and religious
/// outreach"): the village, the date, the person and the criteria assessments. <see cref="Evaluate"/>
/// picks the criteria version in force on the date.
/// </summary>
public sealed class PrestigeSelection : IActivityRecord
{
    private static readonly IReadOnlyList<ActivityQuantity> OneCount = ReadOnlyView.Of(new ActivityQuantity[] { new(ActivityMeasures.Count, 1) });

    private readonly CriterionAssessment[] assessments;
    private IReadOnlyList<CriterionAssessment>? assessmentsView;

    /// <summary>Initializes a selection.</summary>
    /// <param name="id">The record's id.</param>
    /// <param name="village">The village.</param>
    /// <param name="date">The selection date.</param>
    /// <param name="person">The person's name.</param>
    /// <param name="assessments">The assessments, one per criterion at most.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">The id or village is the default value, the person is blank, a criterion is blank or repeated, or an outcome is not Met, NotMet or Unknown.</exception>
    public PrestigeSelection(ActivityId id, UnitCode village, LocalDate date, string person, IEnumerable<CriterionAssessment> assessments)
    {
        Guard.Against.Null(person);
        Guard.Against.Null(assessments);
        Id = ActivityId.Check(id, nameof(id));
        Preconditions.CheckArgument(!village.IsDefault, nameof(village), "The village must not be the default value.");
        Guard.Against.NullOrWhiteSpace(person);
        var list = new List<CriterionAssessment>(assessments);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var assessment in list)
        {
            Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(assessment.Criterion), nameof(assessments), "A criterion is blank.");
            Preconditions.CheckArgument(seen.Add(assessment.Criterion), nameof(assessments), $"The criterion '{assessment.Criterion}' is repeated.");
            Preconditions.CheckArgument(assessment.Outcome is VerdictOutcome.Met or VerdictOutcome.NotMet or VerdictOutcome.Unknown, nameof(assessments), "An assessment is Met, NotMet or Unknown.");
        }

        Unit = village;
        Date = date;
        Person = person;
        this.assessments = list.ToArray();
    }

    /// <inheritdoc />
    public ActivityId Id { get; }

    /// <summary>Gets the village (the unit the record is kept against).</summary>
    public UnitCode Unit { get; }

    /// <summary>Gets the selection date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the person's name.</summary>
    public string Person { get; }

    /// <summary>Gets the assessments.</summary>
    public IReadOnlyList<CriterionAssessment> Assessments => assessmentsView ??= ReadOnlyView.Of(assessments);

    /// <inheritdoc />
    public IReadOnlyList<ActivityQuantity> Quantities => OneCount;

    /// <summary>
    /// Evaluates the selection against the version in force on its date: NeedsReview when no version is in
    /// force, when the version's criteria are not configured, or when a criterion is unassessed or
    /// Unknown; NotMet when a criterion is not met; Met when every criterion is met.
    /// </summary>
    /// <param name="versions">The versions to choose from, for example <see cref="PrestigeCriteriaVersion.Decision12Of2018"/> and <see cref="PrestigeCriteriaVersion.Decision28Of2023"/>.</param>
    /// <returns>The explained verdict.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="versions"/> is null.</exception>
    /// <exception cref="ArgumentException">A version is null, two are in force on the date, or an assessment names a criterion the version does not have.</exception>
    public RuleVerdict Evaluate(IEnumerable<PrestigeCriteriaVersion> versions)
    {
        var list = Preconditions.CheckNotNullElements(versions, nameof(versions));
        PrestigeCriteriaVersion? version = null;
        foreach (var candidate in list)
        {
            if (candidate.IsInForceOn(Date))
            {
                Preconditions.CheckArgument(version is null, nameof(versions), $"Two criteria versions are in force on {Checks.Iso(Date)}.");
                version = candidate;
            }
        }

        if (version is null)
        {
            return new(VerdictOutcome.NeedsReview, ActivityRuleCodes.PrestigeCriteria, "no criteria version in force", $"No criteria version is in force on {Checks.Iso(Date)}.");
        }

        if (!version.HasCriteria)
        {
            return new(VerdictOutcome.NeedsReview, ActivityRuleCodes.PrestigeCriteria, version.Citation, $"The criteria of {version.Id} are not configured (content unconfirmed): a person must review {Person}'s selection.");
        }

        var known = new HashSet<string>(version.Criteria, StringComparer.Ordinal);
        foreach (var assessment in assessments)
        {
            Preconditions.CheckArgument(known.Contains(assessment.Criterion), nameof(versions), $"The criterion '{assessment.Criterion}' is not in {version.Id}.");
        }

        var unknown = new List<string>();
        var notMet = new List<string>();
        foreach (string criterion in version.Criteria)
        {
            var outcome = OutcomeOf(criterion);
            if (outcome == VerdictOutcome.NotMet)
            {
                notMet.Add(criterion);
            }
            else if (outcome != VerdictOutcome.Met)
            {
                unknown.Add(criterion);
            }
        }

        if (notMet.Count > 0)
        {
            return new(VerdictOutcome.NotMet, ActivityRuleCodes.PrestigeCriteria, version.Citation, $"{Person} does not meet: {string.Join("; ", notMet)}.");
        }

        return unknown.Count > 0
            ? new(VerdictOutcome.NeedsReview, ActivityRuleCodes.PrestigeCriteria, version.Citation, $"{Person}: no evidence for {string.Join("; ", unknown)}.")
            : new(VerdictOutcome.Met, ActivityRuleCodes.PrestigeCriteria, version.Citation, string.Create(CultureInfo.InvariantCulture, $"{Person} meets all {version.Criteria.Count} criteria of {version.Id}."));
    }

    /// <summary>Returns "id: person in village".</summary>
    /// <returns>The readable form.</returns>
    public override string ToString() => $"{Id}: {Person} in {Unit} ({Checks.Iso(Date)})";

    private VerdictOutcome OutcomeOf(string criterion)
    {
        foreach (var assessment in assessments)
        {
            if (string.Equals(assessment.Criterion, criterion, StringComparison.Ordinal))
            {
                return assessment.Outcome;
            }
        }

        return VerdictOutcome.Unknown;
    }
}

/// <summary>Visits to religious organisations and dignitaries on a holiday (docs/activities.md "Ethnic and religious outreach"): counts, no numeric rule.</summary>
public sealed class ReligiousVisit : IActivityRecord
{
    private readonly ActivityQuantity[] quantities;
    private IReadOnlyList<ActivityQuantity>? quantitiesView;

    /// <summary>Initializes a record of visits.</summary>
    /// <param name="id">The record's id.</param>
    /// <param name="unit">The unit it is kept against.</param>
    /// <param name="date">The date.</param>
    /// <param name="occasion">The holiday (Christmas, Vesak, Tết…).</param>
    /// <param name="organisationsVisited">Religious organisations visited; not negative.</param>
    /// <param name="dignitariesVisited">Dignitaries visited; not negative.</param>
    /// <exception cref="ArgumentNullException"><paramref name="occasion"/> is null.</exception>
    /// <exception cref="ArgumentException">The id or unit is the default value, or the occasion is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public ReligiousVisit(ActivityId id, UnitCode unit, LocalDate date, string occasion, int organisationsVisited, int dignitariesVisited)
    {
        Guard.Against.Null(occasion);
        Id = ActivityId.Check(id, nameof(id));
        Preconditions.CheckArgument(!unit.IsDefault, nameof(unit), "The unit must not be the default value.");
        Guard.Against.NullOrWhiteSpace(occasion);
        ArgumentOutOfRangeException.ThrowIfNegative(organisationsVisited);
        ArgumentOutOfRangeException.ThrowIfNegative(dignitariesVisited);
        Unit = unit;
        Date = date;
        Occasion = occasion;
        OrganisationsVisited = organisationsVisited;
        DignitariesVisited = dignitariesVisited;
        quantities = [new(ActivityMeasures.Count, 1), new(ActivityMeasures.OrganisationsVisited, organisationsVisited), new(ActivityMeasures.DignitariesVisited, dignitariesVisited)];
    }

    /// <inheritdoc />
    public ActivityId Id { get; }

    /// <inheritdoc />
    public UnitCode Unit { get; }

    /// <inheritdoc />
    public LocalDate Date { get; }

    /// <summary>Gets the holiday.</summary>
    public string Occasion { get; }

    /// <summary>Gets the religious organisations visited.</summary>
    public int OrganisationsVisited { get; }

    /// <summary>Gets the dignitaries visited.</summary>
    public int DignitariesVisited { get; }

    /// <inheritdoc />
    public IReadOnlyList<ActivityQuantity> Quantities => quantitiesView ??= ReadOnlyView.Of(quantities);

    /// <summary>Returns "id: occasion visits".</summary>
    /// <returns>The readable form.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Id}: {Occasion}, {OrganisationsVisited} organisations, {DignitariesVisited} dignitaries");
}

/// <summary>A political core team (tổ/đội nòng cốt chính trị; docs/activities.md "Ethnic and religious outreach"): its unit, leader and members; no national structure rule.</summary>
public sealed class PoliticalCoreTeam : IActivityRecord
{
    private readonly string[] members;
    private readonly ActivityQuantity[] quantities;
    private IReadOnlyList<string>? membersView;
    private IReadOnlyList<ActivityQuantity>? quantitiesView;

    /// <summary>Initializes a team.</summary>
    /// <param name="id">The record's id.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="establishedOn">The date it was set up.</param>
    /// <param name="name">The team's name.</param>
    /// <param name="leader">The leader, who is one of the members.</param>
    /// <param name="members">The members, leader included; no repeats.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">The id or unit is the default value, a text is blank, a member is repeated, or the leader is not a member.</exception>
    public PoliticalCoreTeam(ActivityId id, UnitCode unit, LocalDate establishedOn, string name, string leader, IEnumerable<string> members)
    {
        Guard.Against.Null(name);
        Guard.Against.Null(leader);
        Guard.Against.Null(members);
        Id = ActivityId.Check(id, nameof(id));
        Preconditions.CheckArgument(!unit.IsDefault, nameof(unit), "The unit must not be the default value.");
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.NullOrWhiteSpace(leader);
        this.members = Checks.NonBlankTexts(members, nameof(members));
        Preconditions.CheckArgument(new HashSet<string>(this.members, StringComparer.Ordinal).Count == this.members.Length, nameof(members), "A member is repeated.");
        Preconditions.CheckArgument(Array.IndexOf(this.members, leader) >= 0, nameof(leader), $"The leader {leader} is not a member.");
        Unit = unit;
        Date = establishedOn;
        Name = name;
        Leader = leader;
        quantities = [new(ActivityMeasures.Count, 1), new(ActivityMeasures.Members, this.members.Length)];
    }

    /// <inheritdoc />
    public ActivityId Id { get; }

    /// <inheritdoc />
    public UnitCode Unit { get; }

    /// <summary>Gets the date it was set up.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the leader.</summary>
    public string Leader { get; }

    /// <summary>Gets the members, leader included.</summary>
    public IReadOnlyList<string> Members => membersView ??= ReadOnlyView.Of(members);

    /// <inheritdoc />
    public IReadOnlyList<ActivityQuantity> Quantities => quantitiesView ??= ReadOnlyView.Of(quantities);

    /// <summary>Returns "id: name (n members)".</summary>
    /// <returns>The readable form.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Id}: {Name} ({members.Length} members)");
}
