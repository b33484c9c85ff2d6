using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Quantities;
using NodaTime;

namespace MassMobilization.Core.Activities;

/// <summary>
/// One citizen reception by the head of a Party committee or authority (tiếp công dân; Politburo
/// Regulation 11-QĐi/TW of 2019-02-18, amended by Conclusion 215-KL/TW of 2025-11-23;
/// docs/activities.md "Citizen reception"): who received, when, periodic or ad hoc (with its trigger),
/// how many citizens asked and how many were received, and the issues raised.
/// </summary>
public sealed class CitizenReception : IActivityRecord
{
    private readonly string[] issues;
    private readonly ActivityQuantity[] quantities;
    private IReadOnlyList<string>? issuesView;
    private IReadOnlyList<ActivityQuantity>? quantitiesView;

    /// <summary>Initializes a reception.</summary>
    /// <param name="id">The record's id.</param>
    /// <param name="head">The head who received.</param>
    /// <param name="date">The reception date.</param>
    /// <param name="kind">Periodic or ad hoc.</param>
    /// <param name="trigger">For an ad-hoc reception, why it was held; <see cref="AdHocTrigger.None"/> for a periodic one.</param>
    /// <param name="citizensAsked">The citizens who asked to be received; not negative.</param>
    /// <param name="citizensReceived">The citizens received; not negative and not more than <paramref name="citizensAsked"/>.</param>
    /// <param name="issues">The issues raised (non-blank texts).</param>
    /// <exception cref="ArgumentNullException"><paramref name="head"/> or <paramref name="issues"/> is null.</exception>
    /// <exception cref="ArgumentException">The id is the default value, or an issue is null or blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="kind"/> or <paramref name="trigger"/> is not defined.</exception>
    /// <exception cref="DomainRuleException">More citizens received than asked (<see cref="ActivityRuleCodes.ReceivedExceedsAsked"/>), or a trigger that does not fit the kind (<see cref="ActivityRuleCodes.ReceptionTrigger"/>).</exception>
    public CitizenReception(ActivityId id, ReceptionHead head, LocalDate date, ReceptionKind kind, AdHocTrigger trigger, int citizensAsked, int citizensReceived, IEnumerable<string> issues)
    {
        Guard.Against.Null(head);
        Guard.Against.Null(issues);
        Id = ActivityId.Check(id, nameof(id));
        ArgumentOutOfRangeException.ThrowIfNegative(citizensAsked);
        ArgumentOutOfRangeException.ThrowIfNegative(citizensReceived);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown reception kind.");
        }

        if (!Enum.IsDefined(trigger))
        {
            throw new ArgumentOutOfRangeException(nameof(trigger), trigger, "Unknown ad-hoc trigger.");
        }

        this.issues = Checks.NonBlankTexts(issues, nameof(issues));
        Guard.Against.RuleViolation(
            citizensReceived <= citizensAsked,
            ActivityRuleCodes.ReceivedExceedsAsked,
            string.Create(CultureInfo.InvariantCulture, $"Reception {id} received {citizensReceived} citizens but only {citizensAsked} asked to be received."));
        Guard.Against.RuleViolation(
            kind == ReceptionKind.AdHoc ? trigger != AdHocTrigger.None : trigger == AdHocTrigger.None,
            ActivityRuleCodes.ReceptionTrigger,
            kind == ReceptionKind.AdHoc ? $"Ad-hoc reception {id} needs its trigger." : $"Periodic reception {id} has no ad-hoc trigger, but {trigger} was given.");
        Head = head;
        Date = date;
        Kind = kind;
        Trigger = trigger;
        CitizensAsked = citizensAsked;
        CitizensReceived = citizensReceived;
        quantities =
        [
            new(ActivityMeasures.Count, 1),
            new(ActivityMeasures.CitizensAsked, citizensAsked),
            new(ActivityMeasures.CitizensReceived, citizensReceived),
            new(ActivityMeasures.IssuesRaised, this.issues.Length),
        ];
    }

    /// <inheritdoc />
    public ActivityId Id { get; }

    /// <summary>Gets the head who received.</summary>
    public ReceptionHead Head { get; }

    /// <inheritdoc />
    public LocalDate Date { get; }

    /// <summary>Gets the unit: the head's.</summary>
    public UnitCode Unit => Head.Unit;

    /// <summary>Gets whether the reception was periodic or ad hoc.</summary>
    public ReceptionKind Kind { get; }

    /// <summary>Gets the trigger of an ad-hoc reception; <see cref="AdHocTrigger.None"/> for a periodic one.</summary>
    public AdHocTrigger Trigger { get; }

    /// <summary>Gets the number of citizens who asked to be received.</summary>
    public int CitizensAsked { get; }

    /// <summary>Gets the number of citizens received.</summary>
    public int CitizensReceived { get; }

    /// <summary>Gets the received-of-asked ratio as reported, for example 301/314; 0/0 (not applicable) when nobody asked.</summary>
    public Ratio ReceivedOfAsked => Ratio.Of(CitizensReceived, CitizensAsked);

    /// <summary>Gets the issues raised.</summary>
    public IReadOnlyList<string> Issues => issuesView ??= ReadOnlyView.Of(issues);

    /// <inheritdoc />
    public IReadOnlyList<ActivityQuantity> Quantities => quantitiesView ??= ReadOnlyView.Of(quantities);

    /// <summary>Returns "id: kind reception by head on date, received/asked".</summary>
    /// <returns>The readable form.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Id}: {Kind} reception by {Head.Name} on {Date:uuuu-MM-dd}, {CitizensReceived}/{CitizensAsked} received");
}
