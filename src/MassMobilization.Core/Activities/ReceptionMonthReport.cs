using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;

namespace MassMobilization.Core.Activities;

/// <summary>
/// A head's submitted reception report for one month (docs/activities.md "Citizen reception"). A report
/// with no receptions is "reported zero"; a month with no report at all is unknown, never "not met".
/// </summary>
public sealed class ReceptionMonthReport
{
    private readonly CitizenReception[] receptions;
    private IReadOnlyList<CitizenReception>? receptionsView;

    /// <summary>Initializes a report.</summary>
    /// <param name="head">The head.</param>
    /// <param name="month">The month reported.</param>
    /// <param name="receptions">The receptions held by the head in that month (none for a report of zero).</param>
    /// <exception cref="ArgumentNullException"><paramref name="head"/> or <paramref name="receptions"/> is null.</exception>
    /// <exception cref="ArgumentException">A reception is null or repeated.</exception>
    /// <exception cref="DomainRuleException">A reception is by another head or in another month (<see cref="ActivityRuleCodes.ReceptionOutsideReport"/>).</exception>
    public ReceptionMonthReport(ReceptionHead head, YearMonth month, IEnumerable<CitizenReception> receptions)
    {
        Guard.Against.Null(head);
        var list = Preconditions.CheckNotNullElements(receptions, nameof(receptions));
        var ids = new HashSet<ActivityId>();
        var days = new HashSet<LocalDate>();
        foreach (var reception in list)
        {
            Preconditions.CheckArgument(ids.Add(reception.Id), nameof(receptions), $"Reception {reception.Id} is repeated.");
            Guard.Against.RuleViolation(reception.Head.Id == head.Id, ActivityRuleCodes.ReceptionOutsideReport, $"Reception {reception.Id} was held by {reception.Head.Name}, not {head.Name}.");
            Guard.Against.RuleViolation(
                reception.Date.ToYearMonth() == month,
                ActivityRuleCodes.ReceptionOutsideReport,
                string.Create(CultureInfo.InvariantCulture, $"Reception {reception.Id} on {Checks.Iso(reception.Date)} is not in {month:uuuu-MM}."));
            if (reception.Kind == ReceptionKind.Periodic)
            {
                days.Add(reception.Date);
            }
        }

        Head = head;
        Month = month;
        this.receptions = list;
        PeriodicReceptionDays = days.Count;
    }

    /// <summary>Gets the head.</summary>
    public ReceptionHead Head { get; }

    /// <summary>Gets the month.</summary>
    public YearMonth Month { get; }

    /// <summary>Gets the receptions reported.</summary>
    public IReadOnlyList<CitizenReception> Receptions => receptionsView ??= ReadOnlyView.Of(receptions);

    /// <summary>Gets the number of distinct days with a periodic reception (ad-hoc receptions do not count towards the requirement).</summary>
    public int PeriodicReceptionDays { get; }

    /// <summary>Returns "head, month: n periodic days".</summary>
    /// <returns>The readable form.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Head.Name}, {Month:uuuu-MM}: {PeriodicReceptionDays} periodic reception days");
}

/// <summary>The explained verdict on one head's reception days in one month (docs/activities.md "Citizen reception").</summary>
public sealed record ReceptionMonthVerdict
{
    internal ReceptionMonthVerdict(ReceptionHead head, YearMonth month, string? ruleSetId, int? requiredDays, int? heldDays, RuleVerdict verdict)
    {
        Head = head;
        Month = month;
        RuleSetId = ruleSetId;
        RequiredDays = requiredDays;
        HeldDays = heldDays;
        Verdict = verdict;
    }

    /// <summary>Gets the head.</summary>
    public ReceptionHead Head { get; }

    /// <summary>Gets the month.</summary>
    public YearMonth Month { get; }

    /// <summary>Gets the id of the rule set that governed the month, or <see langword="null"/> when none was in force.</summary>
    public string? RuleSetId { get; }

    /// <summary>Gets the required periodic reception days, or <see langword="null"/> when the level had no requirement.</summary>
    public int? RequiredDays { get; }

    /// <summary>Gets the periodic reception days held, or <see langword="null"/> when no report was submitted.</summary>
    public int? HeldDays { get; }

    /// <summary>Gets the days short of the requirement: positive when not met, zero when met, <see langword="null"/> when unknown or not applicable.</summary>
    public int? ShortBy => RequiredDays is { } required && HeldDays is { } held ? Math.Max(0, required - held) : null;

    /// <summary>Gets the explained verdict.</summary>
    public RuleVerdict Verdict { get; }

    /// <summary>Gets the outcome (the verdict's).</summary>
    public VerdictOutcome Outcome => Verdict.Outcome;

    /// <summary>Returns "head month: verdict".</summary>
    /// <returns>The readable form.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Head.Name} {Month:uuuu-MM}: {Verdict}");
}
