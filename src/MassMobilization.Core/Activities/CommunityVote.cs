using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using MassMobilization.Core.Organization;
using NodaTime;

namespace MassMobilization.Core.Activities;

/// <summary>What a community vote decides, which fixes its threshold (Law 10/2022/QH15 art. 21; docs/activities.md "Grassroots democracy").</summary>
/// <remarks>The default value is <see cref="Contributions"/>.</remarks>
public enum CommunityVoteKind
{
    /// <summary>People's contributions to public works and their collection and spending: at least 2/3 of all household representatives of the village.</summary>
    Contributions = 0,

    /// <summary>A village convention (hương ước, quy ước): more than 50% of all household representatives, the draft posted at least 30 days before.</summary>
    VillageConvention = 1,

    /// <summary>A vote inside a community meeting (secretary, voting method, vote-counting committee…): more than 50% of the representatives present.</summary>
    MeetingVote = 2,
}

/// <summary>
/// A community vote in a village or residential group (docs/activities.md "Grassroots democracy"): the
/// village, the date, what it decides, the households of the village, the household representatives who
/// voted (present, or by ballot for decisions of all households) and the votes in favour. Validated on
/// creation: more votes than representatives, or more representatives than households, is refused, and
/// so is a vote dated when the village did not exist.
/// </summary>
public sealed class CommunityVote : IActivityRecord
{
    private readonly ActivityQuantity[] quantities;
    private IReadOnlyList<ActivityQuantity>? quantitiesView;

    /// <summary>Initializes a vote.</summary>
    /// <param name="id">The record's id.</param>
    /// <param name="village">The village or residential group.</param>
    /// <param name="villageValidity">When the village exists (from the organization chart).</param>
    /// <param name="date">The date of the vote.</param>
    /// <param name="kind">What it decides.</param>
    /// <param name="households">The households of the village; positive.</param>
    /// <param name="representativesVoting">The household representatives who voted (for <see cref="CommunityVoteKind.MeetingVote"/>, those present); not negative.</param>
    /// <param name="votesInFavour">The votes in favour; not negative.</param>
    /// <param name="draftPostedOn">For a village convention, when the draft was posted, or <see langword="null"/> when not recorded; otherwise <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">The id or village is the default value, or a draft date is given for a vote that is not a convention.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is out of range or <paramref name="kind"/> is not defined.</exception>
    /// <exception cref="DomainRuleException">More votes than representatives or more representatives than households (<see cref="ActivityRuleCodes.VotesExceedRepresentatives"/>), or a date when the village did not exist (<see cref="ActivityRuleCodes.VillageNotInExistence"/>).</exception>
    public CommunityVote(ActivityId id, UnitCode village, ValidityPeriod villageValidity, LocalDate date, CommunityVoteKind kind, int households, int representativesVoting, int votesInFavour, LocalDate? draftPostedOn)
    {
        Id = ActivityId.Check(id, nameof(id));
        Preconditions.CheckArgument(!village.IsDefault, nameof(village), "The village must not be the default value.");
        Kind = Checks.Defined(kind, nameof(kind));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(households);
        ArgumentOutOfRangeException.ThrowIfNegative(representativesVoting);
        ArgumentOutOfRangeException.ThrowIfNegative(votesInFavour);
        Preconditions.CheckArgument(draftPostedOn is null || kind == CommunityVoteKind.VillageConvention, nameof(draftPostedOn), "Only a village convention has a posted draft.");
        Guard.Against.RuleViolation(
            representativesVoting <= households,
            ActivityRuleCodes.VotesExceedRepresentatives,
            string.Create(CultureInfo.InvariantCulture, $"Vote {id}: {representativesVoting} representatives voted but the village has {households} households."));
        Guard.Against.RuleViolation(
            votesInFavour <= representativesVoting,
            ActivityRuleCodes.VotesExceedRepresentatives,
            string.Create(CultureInfo.InvariantCulture, $"Vote {id}: {votesInFavour} votes in favour but only {representativesVoting} representatives voted."));
        Guard.Against.RuleViolation(
            villageValidity.Contains(date),
            ActivityRuleCodes.VillageNotInExistence,
            $"Vote {id} on {Checks.Iso(date)} is outside the existence of village {village} {villageValidity}.");
        Village = village;
        Date = date;
        Households = households;
        RepresentativesVoting = representativesVoting;
        VotesInFavour = votesInFavour;
        DraftPostedOn = draftPostedOn;
        quantities = [new(ActivityMeasures.Count, 1), new(ActivityMeasures.Participants, representativesVoting)];
    }

    /// <inheritdoc />
    public ActivityId Id { get; }

    /// <summary>Gets the village or residential group.</summary>
    public UnitCode Village { get; }

    /// <summary>Gets the unit the record is kept against: the village.</summary>
    public UnitCode Unit => Village;

    /// <inheritdoc />
    public LocalDate Date { get; }

    /// <summary>Gets what the vote decides.</summary>
    public CommunityVoteKind Kind { get; }

    /// <summary>Gets the households of the village.</summary>
    public int Households { get; }

    /// <summary>Gets the household representatives who voted (present, for a meeting vote).</summary>
    public int RepresentativesVoting { get; }

    /// <summary>Gets the votes in favour.</summary>
    public int VotesInFavour { get; }

    /// <summary>Gets when a convention's draft was posted, if recorded.</summary>
    public LocalDate? DraftPostedOn { get; }

    /// <inheritdoc />
    public IReadOnlyList<ActivityQuantity> Quantities => quantitiesView ??= ReadOnlyView.Of(quantities);

    /// <summary>Returns "id: kind in village on date, votes/representatives of households".</summary>
    /// <returns>The readable form.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Id}: {Kind} in {Village} on {Checks.Iso(Date)}, {VotesInFavour} in favour of {RepresentativesVoting} voting, {Households} households");
}

/// <summary>The explained result of a community vote: whether it passes, the clause that decided it, and every check made (docs/activities.md "Grassroots democracy").</summary>
public sealed class CommunityVoteVerdict
{
    private readonly RuleVerdict[] checks;
    private IReadOnlyList<RuleVerdict>? checksView;

    internal CommunityVoteVerdict(CommunityVote vote, RuleVerdict[] checks, RuleVerdict decidedBy)
    {
        Vote = vote;
        this.checks = checks;
        DecidedBy = decidedBy;
    }

    /// <summary>Gets the vote.</summary>
    public CommunityVote Vote { get; }

    /// <summary>Gets the outcome: Met when the vote passes, NotMet when it fails, Unknown when a needed date is not recorded.</summary>
    public VerdictOutcome Outcome => DecidedBy.Outcome;

    /// <summary>Gets a value indicating whether the vote passes.</summary>
    public bool Passes => Outcome == VerdictOutcome.Met;

    /// <summary>Gets the check that decided the outcome (the first that failed, else the first unknown, else the threshold).</summary>
    public RuleVerdict DecidedBy { get; }

    /// <summary>Gets every check made, in order.</summary>
    public IReadOnlyList<RuleVerdict> Verdicts => checksView ??= ReadOnlyView.Of(checks);

    /// <summary>Returns the deciding check.</summary>
    /// <returns>The readable form.</returns>
    public override string ToString() => $"{Vote.Id}: {(Passes ? "passes" : Outcome == VerdictOutcome.Unknown ? "unknown" : "fails")}; {DecidedBy}";
}

/// <summary>
/// The thresholds of community votes, in exact integer arithmetic (docs/activities.md "Grassroots
/// democracy"): contributions need at least 2/3 of all household representatives of the village (2/3
/// exactly passes), a village convention more than 50% of them with its draft posted at least 30 days
/// before (Law 10/2022/QH15 art. 21; Decree 61/2023/NĐ-CP), and a vote in a meeting more than 50% of
/// the representatives present (exactly half fails; Decree 59/2023/NĐ-CP art. 3(5)).
/// </summary>
public static class CommunityVoteRules
{
    /// <summary>The clause for contributions.</summary>
    public const string ContributionsClause = "Law 10/2022/QH15 art. 21 (at least 2/3 of household representatives)";

    /// <summary>The clause for the majority of a village convention.</summary>
    public const string ConventionClause = "Law 10/2022/QH15 art. 21 (more than 50% of household representatives)";

    /// <summary>The clause for posting a convention's draft.</summary>
    public const string DraftClause = "Decree 61/2023/NĐ-CP (draft posted at least 30 days before the vote)";

    /// <summary>The clause for votes inside a meeting.</summary>
    public const string MeetingClause = "Decree 59/2023/NĐ-CP art. 3(5) (more than 50% of household representatives present)";

    /// <summary>The days a convention's draft is posted before the vote.</summary>
    public const int DraftPostingDays = 30;

    /// <summary>Evaluates a vote.</summary>
    /// <param name="vote">The vote.</param>
    /// <returns>The explained verdict.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="vote"/> is null.</exception>
    public static CommunityVoteVerdict Evaluate(CommunityVote vote)
    {
        Guard.Against.Null(vote);
        long yes = vote.VotesInFavour;
        var checks = new List<RuleVerdict>(2);
        switch (vote.Kind)
        {
            case CommunityVoteKind.Contributions:
                checks.Add(Threshold(3 * yes >= 2L * vote.Households, ActivityRuleCodes.ContributionsTwoThirds, ContributionsClause, yes, vote.Households, "of all households", "at least 2/3"));
                break;
            case CommunityVoteKind.VillageConvention:
                checks.Add(DraftPosted(vote));
                checks.Add(Threshold(2 * yes > vote.Households, ActivityRuleCodes.ConventionMajority, ConventionClause, yes, vote.Households, "of all households", "more than half"));
                break;
            default:
                checks.Add(Threshold(2 * yes > vote.RepresentativesVoting, ActivityRuleCodes.MeetingMajority, MeetingClause, yes, vote.RepresentativesVoting, "of the representatives present", "more than half"));
                break;
        }

        var decidedBy = checks.Find(c => c.Outcome == VerdictOutcome.NotMet) ?? checks.Find(c => c.Outcome == VerdictOutcome.Unknown) ?? checks[^1];
        return new(vote, checks.ToArray(), decidedBy);
    }

    private static RuleVerdict Threshold(bool passes, string code, string clause, long yes, long of, string population, string needed) =>
        new(
            passes ? VerdictOutcome.Met : VerdictOutcome.NotMet,
            code,
            clause,
            string.Create(CultureInfo.InvariantCulture, $"{yes} of {of} {population} in favour: {(passes ? "reaches" : "does not reach")} {needed}."));

    private static RuleVerdict DraftPosted(CommunityVote vote)
    {
        if (vote.DraftPostedOn is not { } posted)
        {
            return new(VerdictOutcome.Unknown, ActivityRuleCodes.ConventionDraftPosted, DraftClause, "The date the draft was posted is not recorded.");
        }

        int days = Period.DaysBetween(posted, vote.Date);
        return days >= DraftPostingDays
            ? new(VerdictOutcome.Met, ActivityRuleCodes.ConventionDraftPosted, DraftClause, string.Create(CultureInfo.InvariantCulture, $"Draft posted on {Checks.Iso(posted)}, {days} days before the vote; at least {DraftPostingDays} needed."))
            : new(VerdictOutcome.NotMet, ActivityRuleCodes.ConventionDraftPosted, DraftClause, string.Create(CultureInfo.InvariantCulture, $"Draft posted on {Checks.Iso(posted)}, only {days} days before the vote: at least {DraftPostingDays} needed."));
    }
}
