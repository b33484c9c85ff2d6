using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;

namespace MassMobilization.Core.Activities;

/// <summary>
/// Checks the citizen-reception frequency rule for each head and month (Regulation 11-QĐi/TW, amended by
/// Conclusion 215-KL/TW; docs/activities.md "Citizen reception"). The version is chosen by the month's
/// first day. Each verdict is Met, NotMet ("short by N days"), Unknown (no report submitted: never "not
/// met") or NotApplicable (no requirement for the level in that version, such as the district level
/// from 2025-11-23).
/// </summary>
public static class ReceptionCompliance
{
    /// <summary>Checks one head's month.</summary>
    /// <param name="head">The head.</param>
    /// <param name="month">The month.</param>
    /// <param name="report">The head's report for that month, or <see langword="null"/> when none was submitted.</param>
    /// <param name="rules">The rule versions.</param>
    /// <returns>The explained verdict.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="head"/> or <paramref name="rules"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="report"/> is for another head or month.</exception>
    public static ReceptionMonthVerdict Evaluate(ReceptionHead head, YearMonth month, ReceptionMonthReport? report, ReceptionRuleCatalogue rules)
    {
        Guard.Against.Null(head);
        Guard.Against.Null(rules);
        Preconditions.CheckArgument(report is null || (report.Head.Id == head.Id && report.Month == month), nameof(report), "The report is for another head or month.");
        string when = month.ToString("uuuu-MM", CultureInfo.InvariantCulture);
        if (!rules.TryGetForMonth(month, out var set))
        {
            return new(head, month, null, null, report?.PeriodicReceptionDays, new RuleVerdict(
                VerdictOutcome.NotApplicable, ActivityRuleCodes.ReceptionFrequency, "no reception rule set in force", $"No reception rule set was in force on {when}-01."));
        }

        int? required = set.MinimumDaysFor(head.Level);
        if (required is null)
        {
            return new(head, month, set.Id, null, report?.PeriodicReceptionDays, new RuleVerdict(
                VerdictOutcome.NotApplicable, ActivityRuleCodes.ReceptionFrequency, set.Citation, $"{set.Id} sets no reception requirement for the {head.Level} level in {when}."));
        }

        if (report is null)
        {
            return new(head, month, set.Id, required, null, new RuleVerdict(
                VerdictOutcome.Unknown,
                ActivityRuleCodes.ReceptionFrequency,
                set.Citation,
                string.Create(CultureInfo.InvariantCulture, $"No report for {when}: unknown whether {head.Name} held the required {required} reception day(s).")));
        }

        int held = report.PeriodicReceptionDays;
        var outcome = held >= required.Value ? VerdictOutcome.Met : VerdictOutcome.NotMet;
        string explanation = outcome == VerdictOutcome.Met
            ? string.Create(CultureInfo.InvariantCulture, $"{held} periodic reception day(s) in {when}, at least the {required} required for the {head.Level} level.")
            : string.Create(CultureInfo.InvariantCulture, $"{held} periodic reception day(s) in {when}: short by {required.Value - held} of the {required} required for the {head.Level} level.");
        return new(head, month, set.Id, required, held, new RuleVerdict(outcome, ActivityRuleCodes.ReceptionFrequency, set.Citation, explanation));
    }

    /// <summary>Checks every head for every month of a range, matching reports by head id and month.</summary>
    /// <param name="heads">The heads.</param>
    /// <param name="first">The first month.</param>
    /// <param name="last">The last month (not before <paramref name="first"/>).</param>
    /// <param name="reports">The reports submitted; at most one per head and month.</param>
    /// <param name="rules">The rule versions.</param>
    /// <returns>The verdicts, by head in the given order, then by month.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">A head or report is null, a head is repeated, two reports share a head and month, or <paramref name="last"/> is before <paramref name="first"/>.</exception>
    public static IReadOnlyList<ReceptionMonthVerdict> EvaluateAll(IEnumerable<ReceptionHead> heads, YearMonth first, YearMonth last, IEnumerable<ReceptionMonthReport> reports, ReceptionRuleCatalogue rules)
    {
        var headList = Preconditions.CheckNotNullElements(heads, nameof(heads));
        var reportList = Preconditions.CheckNotNullElements(reports, nameof(reports));
        Guard.Against.Null(rules);
        Preconditions.CheckArgument(last >= first, nameof(last), "The last month is before the first.");
        var byKey = new Dictionary<(ActivityId, YearMonth), ReceptionMonthReport>();
        foreach (var report in reportList)
        {
            Preconditions.CheckArgument(byKey.TryAdd((report.Head.Id, report.Month), report), nameof(reports), $"Two reports for {report.Head.Name} in {report.Month.ToString("uuuu-MM", CultureInfo.InvariantCulture)}.");
        }

        var seen = new HashSet<ActivityId>();
        var verdicts = new List<ReceptionMonthVerdict>();
        foreach (var head in headList)
        {
            Preconditions.CheckArgument(seen.Add(head.Id), nameof(heads), $"The head {head.Id} is repeated.");
            for (var month = first; month <= last; month = month.PlusMonths(1))
            {
                verdicts.Add(Evaluate(head, month, byKey.GetValueOrDefault((head.Id, month)), rules));
            }
        }

        return ReadOnlyView.Of(verdicts.ToArray());
    }
}
