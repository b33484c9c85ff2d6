using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using MassMobilization.Core.Organization;
using NodaTime;

namespace MassMobilization.Core.Activities;

/// <summary>
/// The commune's disclosure deadline where sector law sets none (docs/activities.md "Grassroots
/// democracy"): a number of working days after the decision. Sources disagree (5 or 10 working days;
/// domain.md §12, unconfirmed), so it is configuration: <see cref="Default"/> is 5 working days, marked
/// unconfirmed. Working days are Monday to Friday except the listed non-working days (public holidays).
/// </summary>
public sealed class DisclosurePolicy
{
    private readonly LocalDate[] nonWorkingDays;
    private readonly HashSet<LocalDate> nonWorking;
    private IReadOnlyList<LocalDate>? nonWorkingDaysView;

    /// <summary>Initializes a policy.</summary>
    /// <param name="workingDays">Working days after the decision; positive.</param>
    /// <param name="isConfirmed">Whether the value was confirmed.</param>
    /// <param name="nonWorkingDays">Public holidays and other non-working weekdays.</param>
    /// <exception cref="ArgumentNullException"><paramref name="nonWorkingDays"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingDays"/> is not positive.</exception>
    public DisclosurePolicy(int workingDays, bool isConfirmed, IEnumerable<LocalDate> nonWorkingDays)
    {
        Guard.Against.Null(nonWorkingDays);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(workingDays);
        nonWorking = new HashSet<LocalDate>(nonWorkingDays);
        var sorted = new List<LocalDate>(nonWorking);
        sorted.Sort();
        this.nonWorkingDays = sorted.ToArray();
        WorkingDays = workingDays;
        IsConfirmed = isConfirmed;
    }

    /// <summary>Gets the documented default: 5 working days, unconfirmed, no holidays listed.</summary>
    public static DisclosurePolicy Default { get; } = new(5, false, []);

    /// <summary>Gets the working days after the decision.</summary>
    public int WorkingDays { get; }

    /// <summary>Gets a value indicating whether the value was confirmed.</summary>
    public bool IsConfirmed { get; }

    /// <summary>Gets the non-working weekdays, in order.</summary>
    public IReadOnlyList<LocalDate> NonWorkingDays => nonWorkingDaysView ??= ReadOnlyView.Of(nonWorkingDays);

    /// <summary>Gets the clause verdicts name.</summary>
    public string Clause => string.Create(CultureInfo.InvariantCulture, $"Law 10/2022/QH15, commune disclosure within {WorkingDays} working days{(IsConfirmed ? string.Empty : " (unconfirmed)")}");

    /// <summary>Gives the last day of the disclosure period: the decision date plus the working days.</summary>
    /// <param name="decidedOn">The decision date.</param>
    /// <returns>The deadline.</returns>
    public LocalDate DeadlineFor(LocalDate decidedOn)
    {
        var date = decidedOn;
        int left = WorkingDays;
        while (left > 0)
        {
            date = date.PlusDays(1);
            if (date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) && !nonWorking.Contains(date))
            {
                left--;
            }
        }

        return date;
    }

    /// <summary>Checks an item: Met when disclosed by the deadline, NotMet when later, Unknown when the disclosure date is not recorded.</summary>
    /// <param name="item">The item.</param>
    /// <returns>The explained verdict.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is null.</exception>
    public RuleVerdict Check(DisclosureItem item)
    {
        Guard.Against.Null(item);
        var deadline = DeadlineFor(item.DecidedOn);
        if (item.DisclosedOn is not { } disclosed)
        {
            return new(VerdictOutcome.Unknown, ActivityRuleCodes.DisclosureDeadline, Clause, $"{item.Id}: the disclosure date is not recorded (deadline {Checks.Iso(deadline)}).");
        }

        return disclosed <= deadline
            ? new(VerdictOutcome.Met, ActivityRuleCodes.DisclosureDeadline, Clause, $"{item.Id} disclosed on {Checks.Iso(disclosed)}, by the deadline {Checks.Iso(deadline)}.")
            : new(VerdictOutcome.NotMet, ActivityRuleCodes.DisclosureDeadline, Clause, $"{item.Id} disclosed on {Checks.Iso(disclosed)}, after the deadline {Checks.Iso(deadline)}.");
    }

    /// <summary>Describes the policy.</summary>
    /// <returns>The readable form.</returns>
    public override string ToString() => Clause;
}

/// <summary>One item the commune must disclose to the people (công khai thông tin; Law 10/2022/QH15; docs/activities.md "Grassroots democracy").</summary>
public sealed class DisclosureItem : IActivityRecord
{
    private static readonly IReadOnlyList<ActivityQuantity> OneCount = ReadOnlyView.Of(new ActivityQuantity[] { new(ActivityMeasures.Count, 1) });

    /// <summary>Initializes an item.</summary>
    /// <param name="id">The record's id.</param>
    /// <param name="commune">The commune.</param>
    /// <param name="category">What is disclosed (one of the categories of the law, in the application's words).</param>
    /// <param name="decidedOn">The date of the decision to disclose.</param>
    /// <param name="disclosedOn">The date it was disclosed, or <see langword="null"/> when not recorded.</param>
    /// <exception cref="ArgumentNullException"><paramref name="category"/> is null.</exception>
    /// <exception cref="ArgumentException">The id or commune is the default value, the category is blank, or it is disclosed before the decision.</exception>
    public DisclosureItem(ActivityId id, UnitCode commune, string category, LocalDate decidedOn, LocalDate? disclosedOn)
    {
        Guard.Against.Null(category);
        Id = ActivityId.Check(id, nameof(id));
        Preconditions.CheckArgument(!commune.IsDefault, nameof(commune), "The commune must not be the default value.");
        Guard.Against.NullOrWhiteSpace(category);
        Preconditions.CheckArgument(disclosedOn is null || disclosedOn.Value >= decidedOn, nameof(disclosedOn), "An item is not disclosed before its decision.");
        Unit = commune;
        Category = category;
        DecidedOn = decidedOn;
        DisclosedOn = disclosedOn;
    }

    /// <inheritdoc />
    public ActivityId Id { get; }

    /// <summary>Gets the commune.</summary>
    public UnitCode Unit { get; }

    /// <summary>Gets what is disclosed.</summary>
    public string Category { get; }

    /// <summary>Gets the decision date.</summary>
    public LocalDate DecidedOn { get; }

    /// <summary>Gets the disclosure date, if recorded.</summary>
    public LocalDate? DisclosedOn { get; }

    /// <summary>Gets the record's date: the decision date.</summary>
    public LocalDate Date => DecidedOn;

    /// <inheritdoc />
    public IReadOnlyList<ActivityQuantity> Quantities => OneCount;

    /// <summary>Returns "id: category (decided on)".</summary>
    /// <returns>The readable form.</returns>
    public override string ToString() => $"{Id}: {Category} (decided {Checks.Iso(DecidedOn)})";
}
