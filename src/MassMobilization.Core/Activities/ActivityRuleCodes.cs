namespace MassMobilization.Core.Activities;

/// <summary>
/// The stable rule codes of the Activities area (docs/activities.md "Rule codes"), carried by
/// <see cref="DomainRuleException"/>, by failed <see cref="ActivityResult{T}"/> values and by explained
/// verdicts (<see cref="RuleVerdict"/>). Applications may switch on them; messages are for people.
/// </summary>
public static class ActivityRuleCodes
{
    /// <summary>Citizen reception: more citizens received than asked to be received (a reception cannot receive people who did not ask; Regulation 11-QĐi/TW).</summary>
    public const string ReceivedExceedsAsked = "ACT-RECEPTION-RECEIVED-EXCEEDS-ASKED";

    /// <summary>Citizen reception: an ad-hoc reception needs its trigger, and a periodic one has none (Regulation 11-QĐi/TW, ad-hoc receptions).</summary>
    public const string ReceptionTrigger = "ACT-RECEPTION-TRIGGER";

    /// <summary>Citizen reception: a reception in a month report belongs to another head or month.</summary>
    public const string ReceptionOutsideReport = "ACT-RECEPTION-OUTSIDE-REPORT";

    /// <summary>Citizen reception frequency: periodic reception days a month for the head of a Party committee (Regulation 11-QĐi/TW of 2019-02-18; Conclusion 215-KL/TW of 2025-11-23).</summary>
    public const string ReceptionFrequency = "ACT-RECEPTION-FREQUENCY";

    /// <summary>A rule set catalogue has two versions in force on the same day, or two with the same id.</summary>
    public const string RuleSetOverlap = "ACT-RULESET-OVERLAP";

    /// <summary>No version of a rule set is in force on the date asked.</summary>
    public const string RuleSetMissing = "ACT-RULESET-MISSING";

    /// <summary>Commune dialogue: at least once a year (Law on Local Government 2025 art. 43).</summary>
    public const string DialogueYearly = "ACT-DIALOGUE-YEARLY";

    /// <summary>Commune dialogue: due when at least 10% of voters ask (Law on Local Government 2025 art. 43).</summary>
    public const string DialogueVoterRequest = "ACT-DIALOGUE-VOTER-REQUEST";

    /// <summary>Commune dialogue: notice at least 7 days before (Law on Local Government 2025 art. 43).</summary>
    public const string DialogueNotice = "ACT-DIALOGUE-NOTICE";

    /// <summary>Commune dialogue: results published within 10 days (Law on Local Government 2025 art. 43).</summary>
    public const string DialoguePublication = "ACT-DIALOGUE-PUBLICATION";

    /// <summary>Commune dialogue: a dialogue on request names more requesting voters than voters, or dates out of order.</summary>
    public const string DialogueInvalid = "ACT-DIALOGUE-INVALID";

    /// <summary>Recommendation lifecycle: the action needs a state the recommendation has not reached (answering before receiving…).</summary>
    public const string RecommendationStepNotAllowed = "ACT-REC-STEP-NOT-ALLOWED";

    /// <summary>Recommendation lifecycle: the recommendation is resolved, rejected or withdrawn, which are ends.</summary>
    public const string RecommendationEnded = "ACT-REC-ENDED";

    /// <summary>Recommendation lifecycle: a step dated before the previous step.</summary>
    public const string RecommendationDateBeforePrevious = "ACT-REC-DATE-BEFORE-PREVIOUS";

    /// <summary>Recommendation answer deadline (unconfirmed in the law: configuration, <see cref="AnswerDeadlinePolicy"/>).</summary>
    public const string RecommendationDeadline = "ACT-REC-DEADLINE";

    /// <summary>The code of a default (never produced) <see cref="ActivityResult{T}"/>: no step was attempted.</summary>
    public const string NoResult = "ACT-NO-RESULT";

    /// <summary>Supervision or social criticism organised by a body that is neither the Fatherland Front nor a socio-political organisation (Regulation 217-QĐ/TW; Law 75/2015/QH13).</summary>
    public const string OrganiserNotEligible = "ACT-SUPERVISION-ORGANISER";

    /// <summary>Community decision on people's contributions: at least 2/3 of household representatives (Law 10/2022/QH15 art. 21).</summary>
    public const string ContributionsTwoThirds = "ACT-VOTE-CONTRIBUTIONS-TWO-THIRDS";

    /// <summary>Village convention: more than half of household representatives (Law 10/2022/QH15 art. 21).</summary>
    public const string ConventionMajority = "ACT-VOTE-CONVENTION-MAJORITY";

    /// <summary>Village convention: draft posted at least 30 days before the vote (Decree 61/2023/NĐ-CP).</summary>
    public const string ConventionDraftPosted = "ACT-VOTE-CONVENTION-DRAFT-POSTED";

    /// <summary>Vote in a community meeting: more than half of the household representatives present (Decree 59/2023/NĐ-CP art. 3(5)).</summary>
    public const string MeetingMajority = "ACT-VOTE-MEETING-MAJORITY";

    /// <summary>A vote counts more votes in favour than representatives who voted, or more representatives than households.</summary>
    public const string VotesExceedRepresentatives = "ACT-VOTE-EXCEEDS-REPRESENTATIVES";

    /// <summary>A meeting or vote dated when its village did not exist.</summary>
    public const string VillageNotInExistence = "ACT-VILLAGE-NOT-IN-EXISTENCE";

    /// <summary>People's Inspection Board: at least 5 members (Law 10/2022/QH15 art. 36).</summary>
    public const string InspectionBoardTooSmall = "ACT-PIB-TOO-FEW-MEMBERS";

    /// <summary>People's Inspection Board: at most 2 deputy heads with 9 or more members; below 9, the configured number (Law 10/2022/QH15 art. 36; below 9 unconfirmed).</summary>
    public const string InspectionBoardDeputies = "ACT-PIB-DEPUTIES";

    /// <summary>People's Inspection Board: exactly one head.</summary>
    public const string InspectionBoardHead = "ACT-PIB-HEAD";

    /// <summary>People's Inspection Board: one member per village or residential group; a village of the commune has none, or a member's village is not in the commune.</summary>
    public const string InspectionBoardVillages = "ACT-PIB-VILLAGES";

    /// <summary>Community Investment Supervision Board: 5 to 7 resident members (Law 10/2022/QH15; domain.md §12).</summary>
    public const string InvestmentBoardSize = "ACT-CISB-SIZE";

    /// <summary>Disclosure deadline at the commune (unconfirmed: 5 or 10 working days; configuration, default 5; Law 10/2022/QH15).</summary>
    public const string DisclosureDeadline = "ACT-DISCLOSURE-DEADLINE";

    /// <summary>People with prestige: selection against the criteria version in force (Decision 12/2018/QĐ-TTg, amended by Decision 28/2023/QĐ-TTg from 2024-01-15).</summary>
    public const string PrestigeCriteria = "ACT-PRESTIGE-CRITERIA";

    /// <summary>A programme attachment or record dated outside the programme's period.</summary>
    public const string OutsidePeriod = "ACT-OUTSIDE-PERIOD";

    /// <summary>A record names the same member, item or id twice.</summary>
    public const string Duplicate = "ACT-DUPLICATE";
}
