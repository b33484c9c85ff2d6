using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using MassMobilization.Core.Organization;
using NodaTime;

namespace MassMobilization.Core.Activities;

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
