using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Quantities;
using NodaTime;

namespace MassMobilization.Core.Activities;

/// <summary>
/// The commune dialogue rules of the Law on Local Government 2025 art. 43 (docs/activities.md
/// "Dialogues"), as data with the law's values in <see cref="Default"/>: at least once a year, or when at
/// least 10% of voters ask; notice at least 7 days before; results published within 10 days. Days are
/// calendar days. Each check returns an explained <see cref="RuleVerdict"/> naming the clause; an
/// unrecorded date or a missing yearly report gives Unknown, never NotMet.
/// </summary>
public sealed record CommuneDialogueRules
{
    /// <summary>The clause every verdict names.</summary>
    public const string Clause = "Law on Local Government 2025 art. 43";

    /// <summary>Initializes the rules.</summary>
    /// <param name="minimumPerYear">Dialogues a year; positive.</param>
    /// <param name="voterRequestShare">The share of voters whose request makes a dialogue due (at least this share), between 0 and 1.</param>
    /// <param name="minimumNoticeDays">Calendar days of notice before the dialogue; not negative.</param>
    /// <param name="publicationDays">Calendar days after the dialogue within which results are published; not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public CommuneDialogueRules(int minimumPerYear, Ratio voterRequestShare, int minimumNoticeDays, int publicationDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(minimumPerYear);
        ArgumentOutOfRangeException.ThrowIfNegative(minimumNoticeDays);
        ArgumentOutOfRangeException.ThrowIfNegative(publicationDays);
        if (!voterRequestShare.IsApplicable || voterRequestShare.Numerator <= 0 || voterRequestShare.Numerator > voterRequestShare.Denominator)
        {
            throw new ArgumentOutOfRangeException(nameof(voterRequestShare), voterRequestShare, "The share must be above 0 and at most 1.");
        }

        MinimumPerYear = minimumPerYear;
        VoterRequestShare = voterRequestShare;
        MinimumNoticeDays = minimumNoticeDays;
        PublicationDays = publicationDays;
    }

    /// <summary>Gets the law's values: 1 a year, 10% of voters, 7 days' notice, publication within 10 days.</summary>
    public static CommuneDialogueRules Default { get; } = new(1, Ratio.Of(1, 10), 7, 10);

    /// <summary>Gets the minimum number of dialogues a year.</summary>
    public int MinimumPerYear { get; }

    /// <summary>Gets the share of voters whose request makes a dialogue due.</summary>
    public Ratio VoterRequestShare { get; }

    /// <summary>Gets the minimum calendar days of notice.</summary>
    public int MinimumNoticeDays { get; }

    /// <summary>Gets the calendar days within which results are published.</summary>
    public int PublicationDays { get; }

    /// <summary>Checks the yearly minimum for a commune.</summary>
    /// <param name="commune">The commune.</param>
    /// <param name="year">The year.</param>
    /// <param name="report">The commune's report for the year, or <see langword="null"/> when none was submitted (Unknown).</param>
    /// <returns>The explained verdict.</returns>
    /// <exception cref="ArgumentException"><paramref name="report"/> is for another commune or year.</exception>
    public RuleVerdict CheckYear(UnitCode commune, int year, CommuneDialogueYear? report)
    {
        Preconditions.CheckArgument(report is null || (report.Commune == commune && report.Year == year), nameof(report), "The report is for another commune or year.");
        if (report is null)
        {
            return new(VerdictOutcome.Unknown, ActivityRuleCodes.DialogueYearly, Clause, string.Create(CultureInfo.InvariantCulture, $"No dialogue report from {commune} for {year}."));
        }

        int held = report.Dialogues.Count;
        return held >= MinimumPerYear
            ? new(VerdictOutcome.Met, ActivityRuleCodes.DialogueYearly, Clause, string.Create(CultureInfo.InvariantCulture, $"{commune} held {held} dialogue(s) in {year}; at least {MinimumPerYear} a year."))
            : new(VerdictOutcome.NotMet, ActivityRuleCodes.DialogueYearly, Clause, string.Create(CultureInfo.InvariantCulture, $"{commune} held {held} dialogue(s) in {year}: short by {MinimumPerYear - held} of {MinimumPerYear} a year."));
    }

    /// <summary>Checks whether a voters' request makes a dialogue due (at least the share of voters asked, in exact integers).</summary>
    /// <param name="votersRequesting">The voters who asked; not negative.</param>
    /// <param name="voters">The commune's voters; not negative, not fewer than <paramref name="votersRequesting"/>.</param>
    /// <returns>Met when the dialogue is due, NotMet when the request is below the share, NotApplicable with no voters.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    /// <exception cref="DomainRuleException">More voters asked than there are (<see cref="ActivityRuleCodes.DialogueInvalid"/>).</exception>
    public RuleVerdict CheckVoterRequest(long votersRequesting, long voters)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(votersRequesting);
        ArgumentOutOfRangeException.ThrowIfNegative(voters);
        Guard.Against.RuleViolation(votersRequesting <= voters, ActivityRuleCodes.DialogueInvalid, string.Create(CultureInfo.InvariantCulture, $"{votersRequesting} voters asked, more than the {voters} voters."));
        string share = VoterRequestShare.ToString();
        if (voters == 0)
        {
            return new(VerdictOutcome.NotApplicable, ActivityRuleCodes.DialogueVoterRequest, Clause, "The commune has no voters recorded.");
        }

        // requesting / voters >= n / d  ⇔  requesting × d >= n × voters, exactly in 128 bits.
        bool due = (Int128)votersRequesting * VoterRequestShare.Denominator >= (Int128)VoterRequestShare.Numerator * voters;
        return new(
            due ? VerdictOutcome.Met : VerdictOutcome.NotMet,
            ActivityRuleCodes.DialogueVoterRequest,
            Clause,
            string.Create(CultureInfo.InvariantCulture, $"{votersRequesting} of {voters} voters asked: {(due ? "at least" : "below")} the share {share}, so a dialogue is {(due ? "due" : "not due on request")}."));
    }

    /// <summary>Checks the notice period.</summary>
    /// <param name="dialogue">The dialogue.</param>
    /// <returns>Met with at least the minimum days of notice, NotMet with fewer, Unknown when the notice date is not recorded.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dialogue"/> is null.</exception>
    public RuleVerdict CheckNotice(CommuneDialogue dialogue)
    {
        Guard.Against.Null(dialogue);
        var held = dialogue.Dialogue.Date;
        if (dialogue.NoticeGivenOn is not { } notice)
        {
            return new(VerdictOutcome.Unknown, ActivityRuleCodes.DialogueNotice, Clause, $"Dialogue {dialogue.Dialogue.Id}: the notice date is not recorded.");
        }

        int days = Period.DaysBetween(notice, held);
        return days >= MinimumNoticeDays
            ? new(VerdictOutcome.Met, ActivityRuleCodes.DialogueNotice, Clause, string.Create(CultureInfo.InvariantCulture, $"Notice on {Checks.Iso(notice)}, {days} days before the dialogue on {Checks.Iso(held)}; at least {MinimumNoticeDays} needed."))
            : new(VerdictOutcome.NotMet, ActivityRuleCodes.DialogueNotice, Clause, string.Create(CultureInfo.InvariantCulture, $"Notice on {Checks.Iso(notice)}, only {days} days before the dialogue on {Checks.Iso(held)}: short by {MinimumNoticeDays - days} of {MinimumNoticeDays}."));
    }

    /// <summary>Checks that results were published in time.</summary>
    /// <param name="dialogue">The dialogue.</param>
    /// <returns>Met when published within the days allowed, NotMet when later, Unknown when the publication date is not recorded.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dialogue"/> is null.</exception>
    public RuleVerdict CheckPublication(CommuneDialogue dialogue)
    {
        Guard.Against.Null(dialogue);
        var held = dialogue.Dialogue.Date;
        if (dialogue.ResultsPublishedOn is not { } published)
        {
            return new(VerdictOutcome.Unknown, ActivityRuleCodes.DialoguePublication, Clause, $"Dialogue {dialogue.Dialogue.Id}: the publication of results is not recorded.");
        }

        int days = Period.DaysBetween(held, published);
        return days <= PublicationDays
            ? new(VerdictOutcome.Met, ActivityRuleCodes.DialoguePublication, Clause, string.Create(CultureInfo.InvariantCulture, $"Results published on {Checks.Iso(published)}, {days} days after the dialogue; within {PublicationDays}."))
            : new(VerdictOutcome.NotMet, ActivityRuleCodes.DialoguePublication, Clause, string.Create(CultureInfo.InvariantCulture, $"Results published on {Checks.Iso(published)}, {days} days after the dialogue: {days - PublicationDays} days late (within {PublicationDays} required)."));
    }

    /// <summary>Runs every check that applies to one dialogue: the voters' request (for a dialogue on request), notice and publication.</summary>
    /// <param name="dialogue">The dialogue.</param>
    /// <returns>The verdicts, in that order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dialogue"/> is null.</exception>
    public IReadOnlyList<RuleVerdict> Check(CommuneDialogue dialogue)
    {
        Guard.Against.Null(dialogue);
        var verdicts = new List<RuleVerdict>(3);
        if (dialogue.Reason == CommuneDialogueReason.VotersRequest)
        {
            verdicts.Add(CheckVoterRequest(dialogue.VotersRequesting!.Value, dialogue.Voters!.Value));
        }

        verdicts.Add(CheckNotice(dialogue));
        verdicts.Add(CheckPublication(dialogue));
        return ReadOnlyView.Of(verdicts.ToArray());
    }
}
