namespace MassMobilization.Core.Text;

/// <summary>
/// The stable codes of the sentences the library writes for officials (<see cref="Explanation.Code"/>): the
/// descriptions and findings of eligibility criteria and the summaries of eligibility results. Each has a
/// Vietnamese and an English text in <c>Text/ExplanationTexts.resx</c> (docs/display.md); applications may
/// switch on the codes. The built-in combined eligibility rules (<c>AWD-CSTDCS-ONE-OF</c> and the like) have
/// their descriptions there too, under their rule codes.
/// </summary>
public static class ExplanationCodes
{
    /// <summary>What a consecutive-years rule asks: {0} count, {1} the year property.</summary>
    public const string DescConsecutive = "AWD-DESC-CONSECUTIVE";

    /// <summary>What a consecutive-occurrences rule asks: {0} count, {1} the year property, {2} the stride in years.</summary>
    public const string DescConsecutiveStride = "AWD-DESC-CONSECUTIVE-STRIDE";

    /// <summary>What the discipline exclusion asks: {0} the years looked back.</summary>
    public const string DescDisciplineExclusion = "AWD-DESC-DISCIPLINE-EXCLUSION";

    /// <summary>The discipline exclusion when it is not configured.</summary>
    public const string DescDisciplineExclusionUnconfigured = "AWD-DESC-DISCIPLINE-EXCLUSION-UNCONFIGURED";

    /// <summary>What a holds-award rule asks: {0} the award kind.</summary>
    public const string DescHoldsAward = "AWD-DESC-HOLDS-AWARD";

    /// <summary>What an initiative rule over one year asks: {0} count, {1} the scope.</summary>
    public const string DescInitiativeYear = "AWD-DESC-INITIATIVE-YEAR";

    /// <summary>What an initiative rule over several years asks: {0} count, {1} the scope, {2} the years.</summary>
    public const string DescInitiativeYears = "AWD-DESC-INITIATIVE-YEARS";

    /// <summary>What a meets-kind rule asks: {0} the award kind.</summary>
    public const string DescMeetsKind = "AWD-DESC-MEETS-KIND";

    /// <summary>What a membership count rule with a maximum asks: {0} maximum, {1} the field.</summary>
    public const string DescMembershipAtMost = "AWD-DESC-MEMBERSHIP-AT-MOST";

    /// <summary>What a membership count rule with both bounds asks: {0} minimum, {1} maximum, {2} the field.</summary>
    public const string DescMembershipBetween = "AWD-DESC-MEMBERSHIP-BETWEEN";

    /// <summary>What a membership count rule with a minimum asks: {0} minimum, {1} the field.</summary>
    public const string DescMembershipAtLeast = "AWD-DESC-MEMBERSHIP-AT-LEAST";

    /// <summary>What a membership share rule asks: {0} the minimum percent, {1} the field.</summary>
    public const string DescMembershipShare = "AWD-DESC-MEMBERSHIP-SHARE";

    /// <summary>What the no-pending-proceedings rule asks.</summary>
    public const string DescNoPending = "AWD-DESC-NO-PENDING";

    /// <summary>What a not-already-held rule asks: {0} the award kind.</summary>
    public const string DescNotAlreadyHeld = "AWD-DESC-NOT-ALREADY-HELD";

    /// <summary>What a rated-run rule asks: {0} the years, {1} the minimum rating, {2}–{4} the optional parts (or empty).</summary>
    public const string DescRatedRun = "AWD-DESC-RATED-RUN";

    /// <summary>The part of a rated run counted since an award: {0} the award kind.</summary>
    public const string DescRatedRunSince = "AWD-DESC-RATED-RUN-SINCE";

    /// <summary>The part of a rated run restarted after an earlier award: {0} the award kind.</summary>
    public const string DescRatedRunRestart = "AWD-DESC-RATED-RUN-RESTART";

    /// <summary>The part of a rated run that needs occurrences: {0} count, {1} the year property.</summary>
    public const string DescRatedRunOccurrences = "AWD-DESC-RATED-RUN-OCCURRENCES";

    /// <summary>What a rating rule asks: {0} the minimum rating.</summary>
    public const string DescRatingAtLeast = "AWD-DESC-RATING-AT-LEAST";

    /// <summary>What a years-of-service rule asks: {0} the years, {1} the part for women (or empty).</summary>
    public const string DescServiceYears = "AWD-DESC-SERVICE-YEARS";

    /// <summary>The part of a years-of-service rule for women: {0} the years.</summary>
    public const string DescServiceYearsWomen = "AWD-DESC-SERVICE-YEARS-WOMEN";

    /// <summary>A years-of-service rule whose threshold is not configured.</summary>
    public const string DescServiceYearsUnconfigured = "AWD-DESC-SERVICE-YEARS-UNCONFIGURED";

    /// <summary>What a year-fact rule asks: {0} the fact.</summary>
    public const string DescYearFact = "AWD-DESC-YEAR-FACT";

    /// <summary>What the year-not-disciplined rule asks.</summary>
    public const string DescYearNotDisciplined = "AWD-DESC-YEAR-NOT-DISCIPLINED";

    /// <summary>The criteria of an award kind a rule set does not encode: {0} the award kind, {1} the recipient, {2} the rule set.</summary>
    public const string DescNoCriteria = "AWD-DESC-NO-CRITERIA";

    /// <summary>The rule set holds no criteria for the award code {0}.</summary>
    public const string FindingNoCriteria = "AWD-FINDING-NO-CRITERIA";

    /// <summary>The description a custom combined rule was given, as it was written: {0} the text.</summary>
    public const string DescText = "AWD-DESC-TEXT";

    /// <summary>A combined rule: a part is not met.</summary>
    public const string FindingAllOfNotMet = "AWD-FINDING-ALL-OF-NOT-MET";

    /// <summary>A combined rule: no part fails on known facts, some are unknown.</summary>
    public const string FindingAllOfUnknown = "AWD-FINDING-ALL-OF-UNKNOWN";

    /// <summary>A combined rule: every part met.</summary>
    public const string FindingAllOfMet = "AWD-FINDING-ALL-OF-MET";

    /// <summary>A rule with alternatives: one is met.</summary>
    public const string FindingAnyOfMet = "AWD-FINDING-ANY-OF-MET";

    /// <summary>A rule with alternatives: none met on known facts, some unknown.</summary>
    public const string FindingAnyOfUnknown = "AWD-FINDING-ANY-OF-UNKNOWN";

    /// <summary>A rule with alternatives: none is met.</summary>
    public const string FindingAnyOfNotMet = "AWD-FINDING-ANY-OF-NOT-MET";

    /// <summary>A streak met: {0} found, {1} needed, {2} the years.</summary>
    public const string FindingStreakMet = "AWD-FINDING-STREAK-MET";

    /// <summary>A streak broken: {0} the year missing, {1} found, {2} needed.</summary>
    public const string FindingStreakMissing = "AWD-FINDING-STREAK-MISSING";

    /// <summary>A streak stopped by a year with no data: {0} the year, {1} found, {2} needed.</summary>
    public const string FindingStreakNoData = "AWD-FINDING-STREAK-NO-DATA";

    /// <summary>No discipline exclusion is configured.</summary>
    public const string FindingNoDisciplineExclusion = "AWD-FINDING-NO-DISCIPLINE-EXCLUSION";

    /// <summary>Disciplined in the years {0}.</summary>
    public const string FindingDisciplined = "AWD-FINDING-DISCIPLINED";

    /// <summary>No discipline in the years {0}.</summary>
    public const string FindingNotDisciplined = "AWD-FINDING-NOT-DISCIPLINED";

    /// <summary>Some years of {0} are unknown.</summary>
    public const string FindingDisciplineUnknown = "AWD-FINDING-DISCIPLINE-UNKNOWN";

    /// <summary>The award was received in the year {0}.</summary>
    public const string FindingReceived = "AWD-FINDING-RECEIVED";

    /// <summary>The award was already received in the year {0}.</summary>
    public const string FindingAlreadyReceived = "AWD-FINDING-ALREADY-RECEIVED";

    /// <summary>The award was not received and the whole history is known.</summary>
    public const string FindingNotReceived = "AWD-FINDING-NOT-RECEIVED";

    /// <summary>The award was not found, and part of the history is unknown.</summary>
    public const string FindingNotFoundHistoryUnknown = "AWD-FINDING-NOT-FOUND-HISTORY-UNKNOWN";

    /// <summary>The award was not found in the known years, and earlier years are unknown.</summary>
    public const string FindingNotFoundEarlierUnknown = "AWD-FINDING-NOT-FOUND-EARLIER-UNKNOWN";

    /// <summary>Initiatives found: {0} count, {1} the years, {2} the missing-data part (or empty).</summary>
    public const string FindingInitiatives = "AWD-FINDING-INITIATIVES";

    /// <summary>Some years have no data (a part of a finding).</summary>
    public const string FindingSomeYearsNoData = "AWD-FINDING-SOME-YEARS-NO-DATA";

    /// <summary>The award kind {0} is held for the year {1}.</summary>
    public const string FindingHoldsKind = "AWD-FINDING-HOLDS-KIND";

    /// <summary>The award kind is not held; its own criteria give the verdict {0}.</summary>
    public const string FindingKindCriteria = "AWD-FINDING-KIND-CRITERIA";

    /// <summary>No membership counts for the year {0}.</summary>
    public const string FindingNoMembershipCounts = "AWD-FINDING-NO-MEMBERSHIP-COUNTS";

    /// <summary>A membership count: {0} members in the year {1}.</summary>
    public const string FindingMembershipCount = "AWD-FINDING-MEMBERSHIP-COUNT";

    /// <summary>A membership share: {0} of {1} members in the year {2}, against the minimum percent {3}.</summary>
    public const string FindingMembershipShare = "AWD-FINDING-MEMBERSHIP-SHARE";

    /// <summary>Nothing pending.</summary>
    public const string FindingNothingPending = "AWD-FINDING-NOTHING-PENDING";

    /// <summary>Proceedings pending: {0}.</summary>
    public const string FindingPending = "AWD-FINDING-PENDING";

    /// <summary>A rated run: {0} years, {1} their span (or empty), {2} occurrences of {3}, stopped at {4} because of {5}.</summary>
    public const string FindingRatedRun = "AWD-FINDING-RATED-RUN";

    /// <summary>No rating recorded for the year {0}.</summary>
    public const string FindingNoRating = "AWD-FINDING-NO-RATING";

    /// <summary>Not in service in the year {0}.</summary>
    public const string FindingNotInService = "AWD-FINDING-NOT-IN-SERVICE";

    /// <summary>Rated {0} in the year {1}.</summary>
    public const string FindingRated = "AWD-FINDING-RATED";

    /// <summary>No years-of-service threshold is configured.</summary>
    public const string FindingNoServiceThreshold = "AWD-FINDING-NO-SERVICE-THRESHOLD";

    /// <summary>The year service started is unknown.</summary>
    public const string FindingServiceStartUnknown = "AWD-FINDING-SERVICE-START-UNKNOWN";

    /// <summary>Years served: {0} years since {1}, {2} required.</summary>
    public const string FindingServiceYears = "AWD-FINDING-SERVICE-YEARS";

    /// <summary>The fact holds in the year {0}.</summary>
    public const string FindingFactHolds = "AWD-FINDING-FACT-HOLDS";

    /// <summary>The fact does not hold in the year {0}.</summary>
    public const string FindingFactDoesNotHold = "AWD-FINDING-FACT-DOES-NOT-HOLD";

    /// <summary>The fact is not recorded for the year {0}.</summary>
    public const string FindingFactNotRecorded = "AWD-FINDING-FACT-NOT-RECORDED";

    /// <summary>The year {0} is in a discipline period.</summary>
    public const string FindingUnderDiscipline = "AWD-FINDING-UNDER-DISCIPLINE";

    /// <summary>The head of an eligibility summary: {0} the verdict, {1} the award code, {2} the year, {3} the rule set.</summary>
    public const string SummaryHead = "AWD-SUMMARY-HEAD";

    /// <summary>An eligible summary: {0} the head, {1} the number of criteria.</summary>
    public const string SummaryEligible = "AWD-SUMMARY-ELIGIBLE";

    /// <summary>An ineligible summary: {0} the head, {1} the codes of the criteria not met.</summary>
    public const string SummaryIneligible = "AWD-SUMMARY-INELIGIBLE";

    /// <summary>A summary when the rule set has no criteria for the kind: {0} the head.</summary>
    public const string SummaryNoCriteria = "AWD-SUMMARY-NO-CRITERIA";

    /// <summary>A needs-review summary: {0} the head, {1} the codes of the criteria without evidence.</summary>
    public const string SummaryMissingEvidence = "AWD-SUMMARY-MISSING-EVIDENCE";
}
