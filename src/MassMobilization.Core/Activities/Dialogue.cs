using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using MassMobilization.Core.Organization;
using NodaTime;

namespace MassMobilization.Core.Activities;

/// <summary>
/// A direct dialogue between the head of a Party committee or authority and the people (đối thoại trực
/// tiếp; docs/activities.md "Dialogues"): its topic, host, number of participants and the
/// recommendations it produced (by id; each <see cref="Recommendation"/> names this dialogue as its source).
/// </summary>
public sealed class Dialogue : IActivityRecord
{
    private readonly ActivityId[] recommendationIds;
    private readonly ActivityQuantity[] quantities;
    private IReadOnlyList<ActivityId>? recommendationIdsView;
    private IReadOnlyList<ActivityQuantity>? quantitiesView;

    /// <summary>Initializes a dialogue.</summary>
    /// <param name="id">The record's id.</param>
    /// <param name="unit">The unit the dialogue is kept against.</param>
    /// <param name="date">The date it was held.</param>
    /// <param name="topic">The topic.</param>
    /// <param name="host">Who hosted it (the head, by name and office).</param>
    /// <param name="participants">The number of participants; not negative.</param>
    /// <param name="recommendationIds">The recommendations it produced; no repeats.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">The id or unit is the default value, a text is blank, or an id is repeated.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="participants"/> is negative.</exception>
    public Dialogue(ActivityId id, UnitCode unit, LocalDate date, string topic, string host, int participants, IEnumerable<ActivityId> recommendationIds)
    {
        Guard.Against.Null(topic);
        Guard.Against.Null(host);
        Guard.Against.Null(recommendationIds);
        Id = ActivityId.Check(id, nameof(id));
        Preconditions.CheckArgument(!unit.IsDefault, nameof(unit), "The unit must not be the default value.");
        Guard.Against.NullOrWhiteSpace(topic);
        Guard.Against.NullOrWhiteSpace(host);
        ArgumentOutOfRangeException.ThrowIfNegative(participants);
        this.recommendationIds = Checks.DistinctIds(recommendationIds, nameof(recommendationIds));
        Unit = unit;
        Date = date;
        Topic = topic;
        Host = host;
        Participants = participants;
        quantities =
        [
            new(ActivityMeasures.Count, 1),
            new(ActivityMeasures.Participants, participants),
            new(ActivityMeasures.Recommendations, this.recommendationIds.Length),
        ];
    }

    /// <inheritdoc />
    public ActivityId Id { get; }

    /// <inheritdoc />
    public UnitCode Unit { get; }

    /// <inheritdoc />
    public LocalDate Date { get; }

    /// <summary>Gets the topic.</summary>
    public string Topic { get; }

    /// <summary>Gets the host.</summary>
    public string Host { get; }

    /// <summary>Gets the number of participants.</summary>
    public int Participants { get; }

    /// <summary>Gets the ids of the recommendations it produced.</summary>
    public IReadOnlyList<ActivityId> RecommendationIds => recommendationIdsView ??= ReadOnlyView.Of(recommendationIds);

    /// <inheritdoc />
    public IReadOnlyList<ActivityQuantity> Quantities => quantitiesView ??= ReadOnlyView.Of(quantities);

    /// <summary>Returns "id: topic (host, date)".</summary>
    /// <returns>The readable form.</returns>
    public override string ToString() => $"{Id}: {Topic} ({Host}, {Checks.Iso(Date)})";
}

/// <summary>Why a commune held a dialogue under the Law on Local Government 2025 art. 43 (docs/activities.md "Dialogues").</summary>
/// <remarks>The default value is <see cref="Yearly"/>.</remarks>
public enum CommuneDialogueReason
{
    /// <summary>The yearly dialogue (at least once a year).</summary>
    Yearly = 0,

    /// <summary>Requested by voters (due when at least 10% of voters ask).</summary>
    VotersRequest = 1,
}

/// <summary>
/// A commune's dialogue with the people under the Law on Local Government 2025 art. 43 (docs/activities.md
/// "Dialogues"): the dialogue, why it was held, when notice was given and when its results were
/// published (each may be unrecorded: then the matching check is Unknown).
/// </summary>
public sealed class CommuneDialogue
{
    /// <summary>Initializes a commune dialogue.</summary>
    /// <param name="dialogue">The dialogue.</param>
    /// <param name="reason">Why it was held.</param>
    /// <param name="votersRequesting">For a dialogue on request, the voters who asked; otherwise <see langword="null"/>.</param>
    /// <param name="voters">For a dialogue on request, the commune's voters; otherwise <see langword="null"/>.</param>
    /// <param name="noticeGivenOn">When notice was given, or <see langword="null"/> when not recorded.</param>
    /// <param name="resultsPublishedOn">When the results were published, or <see langword="null"/> when not recorded.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dialogue"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not defined or a count is negative.</exception>
    /// <exception cref="DomainRuleException">The voter counts do not fit the reason or each other, notice is after the dialogue, or results are published before it (<see cref="ActivityRuleCodes.DialogueInvalid"/>).</exception>
    public CommuneDialogue(Dialogue dialogue, CommuneDialogueReason reason, long? votersRequesting, long? voters, LocalDate? noticeGivenOn, LocalDate? resultsPublishedOn)
    {
        Guard.Against.Null(dialogue);
        Checks.Defined(reason, nameof(reason));
        if (votersRequesting is { } asking)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(asking, nameof(votersRequesting));
        }

        if (voters is { } all)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(all, nameof(voters));
        }

        bool onRequest = reason == CommuneDialogueReason.VotersRequest;
        Guard.Against.RuleViolation(
            onRequest == (votersRequesting is not null && voters is not null) && (onRequest || (votersRequesting is null && voters is null)),
            ActivityRuleCodes.DialogueInvalid,
            onRequest ? $"Dialogue {dialogue.Id} was requested by voters: give the voters who asked and the commune's voters." : $"Dialogue {dialogue.Id} is yearly: it has no voter request counts.");
        Guard.Against.RuleViolation(
            !onRequest || votersRequesting <= voters,
            ActivityRuleCodes.DialogueInvalid,
            string.Create(CultureInfo.InvariantCulture, $"Dialogue {dialogue.Id}: {votersRequesting} voters asked, more than the {voters} voters of the commune."));
        Guard.Against.RuleViolation(noticeGivenOn is null || noticeGivenOn.Value <= dialogue.Date, ActivityRuleCodes.DialogueInvalid, $"Dialogue {dialogue.Id}: notice is dated after the dialogue.");
        Guard.Against.RuleViolation(resultsPublishedOn is null || resultsPublishedOn.Value >= dialogue.Date, ActivityRuleCodes.DialogueInvalid, $"Dialogue {dialogue.Id}: results are published before the dialogue.");
        Dialogue = dialogue;
        Reason = reason;
        VotersRequesting = votersRequesting;
        Voters = voters;
        NoticeGivenOn = noticeGivenOn;
        ResultsPublishedOn = resultsPublishedOn;
    }

    /// <summary>Gets the dialogue.</summary>
    public Dialogue Dialogue { get; }

    /// <summary>Gets why it was held.</summary>
    public CommuneDialogueReason Reason { get; }

    /// <summary>Gets the voters who asked, for a dialogue on request.</summary>
    public long? VotersRequesting { get; }

    /// <summary>Gets the commune's voters, for a dialogue on request.</summary>
    public long? Voters { get; }

    /// <summary>Gets when notice was given, if recorded.</summary>
    public LocalDate? NoticeGivenOn { get; }

    /// <summary>Gets when the results were published, if recorded.</summary>
    public LocalDate? ResultsPublishedOn { get; }

    /// <summary>Returns the dialogue's text with the reason.</summary>
    /// <returns>The readable form.</returns>
    public override string ToString() => $"{Dialogue} [{Reason}]";
}

/// <summary>
/// A commune's submitted dialogue report for one year (docs/activities.md "Dialogues"): a report with
/// no dialogues is "reported zero"; a year with no report is unknown.
/// </summary>
public sealed class CommuneDialogueYear
{
    private readonly CommuneDialogue[] dialogues;
    private IReadOnlyList<CommuneDialogue>? dialoguesView;

    /// <summary>Initializes a yearly report.</summary>
    /// <param name="commune">The commune.</param>
    /// <param name="year">The year.</param>
    /// <param name="dialogues">The commune's dialogues that year.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dialogues"/> is null.</exception>
    /// <exception cref="ArgumentException">The commune is the default value, or a dialogue is null, of another unit or another year.</exception>
    public CommuneDialogueYear(UnitCode commune, int year, IEnumerable<CommuneDialogue> dialogues)
    {
        Preconditions.CheckArgument(!commune.IsDefault, nameof(commune), "The commune must not be the default value.");
        this.dialogues = Preconditions.CheckNotNullElements(dialogues, nameof(dialogues));
        foreach (var d in this.dialogues)
        {
            Preconditions.CheckArgument(d.Dialogue.Unit == commune && d.Dialogue.Date.Year == year, nameof(dialogues), $"Dialogue {d.Dialogue.Id} is not a dialogue of {commune} in {year.ToString(CultureInfo.InvariantCulture)}.");
        }

        Commune = commune;
        Year = year;
    }

    /// <summary>Gets the commune.</summary>
    public UnitCode Commune { get; }

    /// <summary>Gets the year.</summary>
    public int Year { get; }

    /// <summary>Gets the dialogues reported.</summary>
    public IReadOnlyList<CommuneDialogue> Dialogues => dialoguesView ??= ReadOnlyView.Of(dialogues);

    /// <summary>Returns "commune year: n dialogues".</summary>
    /// <returns>The readable form.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Commune} {Year}: {dialogues.Length} dialogues");
}
