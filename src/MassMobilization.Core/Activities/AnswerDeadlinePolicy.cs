using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using MassMobilization.Core.Quantities;
using NodaTime;

namespace MassMobilization.Core.Activities;

/// <summary>
/// The deadline for answering and resolving a recommendation, counted in calendar days from receipt
/// (docs/activities.md "Recommendations"). The law sets no single deadline the library could confirm
/// (domain.md §11, §13: unconfirmed), so this is configuration: <see cref="Default"/> is 30 calendar
/// days, marked unconfirmed, and every verdict built on an unconfirmed policy says so in its clause.
/// </summary>
public sealed record AnswerDeadlinePolicy
{
    /// <summary>Initializes a policy.</summary>
    /// <param name="calendarDays">Calendar days from receipt; positive.</param>
    /// <param name="isConfirmed">Whether the value was confirmed against the governing text.</param>
    /// <param name="source">Where the value comes from, named in verdicts.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="source"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="calendarDays"/> is not positive.</exception>
    public AnswerDeadlinePolicy(int calendarDays, bool isConfirmed, string source)
    {
        Guard.Against.NullOrWhiteSpace(source);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(calendarDays);
        CalendarDays = calendarDays;
        IsConfirmed = isConfirmed;
        Source = source;
    }

    /// <summary>Gets the documented default: 30 calendar days, unconfirmed.</summary>
    public static AnswerDeadlinePolicy Default { get; } = new(30, false, "library default (no deadline confirmed in the law)");

    /// <summary>Gets the calendar days from receipt.</summary>
    public int CalendarDays { get; }

    /// <summary>Gets a value indicating whether the value was confirmed.</summary>
    public bool IsConfirmed { get; }

    /// <summary>Gets where the value comes from.</summary>
    public string Source { get; }

    /// <summary>Gets the clause verdicts name: the source, with "(unconfirmed)" when not confirmed.</summary>
    public string Clause => IsConfirmed ? Source : Source + " (unconfirmed)";

    /// <summary>Gives a recommendation's deadline.</summary>
    /// <param name="recommendation">The recommendation.</param>
    /// <returns>The last day it is on time.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recommendation"/> is null.</exception>
    public LocalDate DeadlineFor(Recommendation recommendation)
    {
        Guard.Against.Null(recommendation);
        return recommendation.Date.PlusDays(CalendarDays);
    }

    /// <summary>
    /// Checks one recommendation's deadline as of a date: Met when answered (or resolved, or rejected with
    /// reasons) by the deadline, NotMet when answered late or still unanswered after it, Unknown while the
    /// deadline has not passed, NotApplicable when withdrawn or not yet received.
    /// </summary>
    /// <param name="recommendation">The recommendation.</param>
    /// <param name="asOf">The date of the check.</param>
    /// <returns>The explained verdict.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recommendation"/> is null.</exception>
    public RuleVerdict Check(Recommendation recommendation, LocalDate asOf)
    {
        Guard.Against.Null(recommendation);
        var deadline = DeadlineFor(recommendation);
        var state = recommendation.StateOn(asOf);
        if (state is RecommendationState.None or RecommendationState.Withdrawn)
        {
            return new(VerdictOutcome.NotApplicable, ActivityRuleCodes.RecommendationDeadline, Clause, $"{recommendation.Id} is {(state == RecommendationState.None ? "not received" : "withdrawn")} on {Checks.Iso(asOf)}.");
        }

        var answered = RecommendationStatistics.AnsweredOn(recommendation, asOf);
        if (answered is { } on)
        {
            return on <= deadline
                ? new(VerdictOutcome.Met, ActivityRuleCodes.RecommendationDeadline, Clause, $"{recommendation.Id} answered on {Checks.Iso(on)}, by the deadline {Checks.Iso(deadline)}.")
                : new(VerdictOutcome.NotMet, ActivityRuleCodes.RecommendationDeadline, Clause, string.Create(CultureInfo.InvariantCulture, $"{recommendation.Id} answered on {Checks.Iso(on)}, {Period.DaysBetween(deadline, on)} days after the deadline {Checks.Iso(deadline)}."));
        }

        return asOf > deadline
            ? new(VerdictOutcome.NotMet, ActivityRuleCodes.RecommendationDeadline, Clause, $"{recommendation.Id} is unanswered on {Checks.Iso(asOf)}, past the deadline {Checks.Iso(deadline)}.")
            : new(VerdictOutcome.Unknown, ActivityRuleCodes.RecommendationDeadline, Clause, $"{recommendation.Id} is unanswered on {Checks.Iso(asOf)}; the deadline {Checks.Iso(deadline)} has not passed.");
    }
}

/// <summary>
/// Exact ratios over a set of recommendations as of a date (docs/activities.md "Recommendations"). The
/// denominator of both is the recommendations received on or before the date and not withdrawn by then.
/// </summary>
public static class RecommendationStatistics
{
    /// <summary>
    /// Gives "answered of received": recommendations that got a reply by the date (answered, resolved, or
    /// rejected with reasons) over those received and not withdrawn.
    /// </summary>
    /// <param name="recommendations">The recommendations; no id twice.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The exact ratio as counted; 0/0 (not applicable) when none was received.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recommendations"/> is null.</exception>
    /// <exception cref="ArgumentException">An element is null or an id is repeated.</exception>
    public static Ratio AnsweredOfReceived(IEnumerable<Recommendation> recommendations, LocalDate asOf)
    {
        long received = 0;
        long answered = 0;
        foreach (var recommendation in Distinct(recommendations, nameof(recommendations)))
        {
            if (!Counts(recommendation, asOf))
            {
                continue;
            }

            received++;
            if (AnsweredOn(recommendation, asOf) is not null)
            {
                answered++;
            }
        }

        return Ratio.Of(answered, received);
    }

    /// <summary>Gives "resolved on time": recommendations resolved by the date and by their deadline, over those received and not withdrawn.</summary>
    /// <param name="recommendations">The recommendations; no id twice.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="policy">The deadline policy.</param>
    /// <returns>The exact ratio as counted; 0/0 (not applicable) when none was received.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recommendations"/> or <paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentException">An element is null or an id is repeated.</exception>
    public static Ratio ResolvedOnTime(IEnumerable<Recommendation> recommendations, LocalDate asOf, AnswerDeadlinePolicy policy)
    {
        Guard.Against.Null(policy);
        long received = 0;
        long onTime = 0;
        foreach (var recommendation in Distinct(recommendations, nameof(recommendations)))
        {
            if (!Counts(recommendation, asOf))
            {
                continue;
            }

            received++;
            if (recommendation.DateOf(RecommendationAction.Resolve) is { } resolved && resolved <= asOf && resolved <= policy.DeadlineFor(recommendation))
            {
                onTime++;
            }
        }

        return Ratio.Of(onTime, received);
    }

    /// <summary>The first date of a reply (answer, resolution or reasoned rejection) on or before <paramref name="asOf"/>.</summary>
    internal static LocalDate? AnsweredOn(Recommendation recommendation, LocalDate asOf)
    {
        foreach (var step in recommendation.History)
        {
            if (step.Date > asOf)
            {
                break;
            }

            if (step.Action is RecommendationAction.Answer or RecommendationAction.Resolve or RecommendationAction.Reject)
            {
                return step.Date;
            }
        }

        return null;
    }

    private static bool Counts(Recommendation recommendation, LocalDate asOf) =>
        recommendation.StateOn(asOf) is not (RecommendationState.None or RecommendationState.Withdrawn);

    private static Recommendation[] Distinct(IEnumerable<Recommendation> recommendations, string paramName)
    {
        var list = Preconditions.CheckNotNullElements(recommendations, paramName);
        var ids = new HashSet<ActivityId>();
        foreach (var recommendation in list)
        {
            Preconditions.CheckArgument(ids.Add(recommendation.Id), paramName, $"The recommendation {recommendation.Id} is repeated.");
        }

        return list;
    }
}
