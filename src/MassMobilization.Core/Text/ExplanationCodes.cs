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

    /// <summary>A sentence given to the library as text, shown as it was written in both languages: {0} the text.</summary>
    public const string AsWritten = "TEXT-AS-WRITTEN";

    /// <summary>A parse result that holds neither a value nor a reason (the default value).</summary>
    public const string ParseNothing = "PARSE-NOTHING";

    /// <summary>A parse error at a character: {0} what was expected there, {1} what was found.</summary>
    public const string ParseExpectedFound = "PARSE-EXPECTED-FOUND";

    /// <summary>What a parser found: the end of the text.</summary>
    public const string ParseFoundEnd = "PARSE-FOUND-END";

    /// <summary>What a parser found: the character {0}.</summary>
    public const string ParseFoundCharacter = "PARSE-FOUND-CHARACTER";

    /// <summary>What a parser found: an invisible character, by its code point {0} (hexadecimal).</summary>
    public const string ParseFoundCodePoint = "PARSE-FOUND-CODE-POINT";

    /// <summary>A document number parse: the text is null.</summary>
    public const string DocParseNull = "DOC-PARSE-NULL";

    /// <summary>A document number parse: the text is empty.</summary>
    public const string DocParseEmpty = "DOC-PARSE-EMPTY";

    /// <summary>A document number parse: neither the prefix 'Số' nor the sequence number.</summary>
    public const string DocParsePrefix = "DOC-PARSE-PREFIX";

    /// <summary>A document number parse: no sequence number.</summary>
    public const string DocParseNumber = "DOC-PARSE-NUMBER";

    /// <summary>A document number parse: the sequence number is too long.</summary>
    public const string DocParseNumberDigits = "DOC-PARSE-NUMBER-DIGITS";

    /// <summary>A document number parse: the sequence number is 0.</summary>
    public const string DocParseNumberZero = "DOC-PARSE-NUMBER-ZERO";

    /// <summary>A document number parse: the sequence number is above 999999.</summary>
    public const string DocParseNumberMaximum = "DOC-PARSE-NUMBER-MAXIMUM";

    /// <summary>A document number parse: neither '-' nor '/' after the sequence number.</summary>
    public const string DocParseSeparator = "DOC-PARSE-SEPARATOR";

    /// <summary>A document number parse: no type code after '-'.</summary>
    public const string DocParseTypeAfterDash = "DOC-PARSE-TYPE-AFTER-DASH";

    /// <summary>A document number parse: no '/' after the type code.</summary>
    public const string DocParseSlashAfterType = "DOC-PARSE-SLASH-AFTER-TYPE";

    /// <summary>A document number parse: no issuer code after '/'.</summary>
    public const string DocParseIssuerAfterSlash = "DOC-PARSE-ISSUER-AFTER-SLASH";

    /// <summary>A document number parse: text after the issuer code.</summary>
    public const string DocParseAfterIssuer = "DOC-PARSE-AFTER-ISSUER";

    /// <summary>A document number parse: the year does not have 4 digits.</summary>
    public const string DocParseYearDigits = "DOC-PARSE-YEAR-DIGITS";

    /// <summary>A document number parse: the year is before 1945.</summary>
    public const string DocParseYearMinimum = "DOC-PARSE-YEAR-MINIMUM";

    /// <summary>A document number parse: no '/' after the year.</summary>
    public const string DocParseSlashAfterYear = "DOC-PARSE-SLASH-AFTER-YEAR";

    /// <summary>A document number parse: neither a type code nor 'QH' and the term after the year.</summary>
    public const string DocParseTypeAfterYear = "DOC-PARSE-TYPE-AFTER-YEAR";

    /// <summary>A document number parse: text after the National Assembly term.</summary>
    public const string DocParseAfterTerm = "DOC-PARSE-AFTER-TERM";

    /// <summary>A document number parse: the National Assembly term is not 1 to 99.</summary>
    public const string DocParseTerm = "DOC-PARSE-TERM";

    /// <summary>A document number parse: no issuer code after '-'.</summary>
    public const string DocParseIssuerAfterDash = "DOC-PARSE-ISSUER-AFTER-DASH";

    /// <summary>A document number parse: no '-' after the type code.</summary>
    public const string DocParseDashAfterType = "DOC-PARSE-DASH-AFTER-TYPE";

    /// <summary>A document number parse: neither a type code nor an issuer code after '/'.</summary>
    public const string DocParseFirstAfterSlash = "DOC-PARSE-FIRST-AFTER-SLASH";

    /// <summary>A document number parse: no '-' after the type or issuer code.</summary>
    public const string DocParseDashAfterFirst = "DOC-PARSE-DASH-AFTER-FIRST";

    /// <summary>A document number parse: a third part on a number whose first part is not a State type code.</summary>
    public const string DocParseLetterThirdPart = "DOC-PARSE-LETTER-THIRD-PART";

    /// <summary>A document number parse: no drafting unit's code after '-'.</summary>
    public const string DocParseUnitAfterDash = "DOC-PARSE-UNIT-AFTER-DASH";

    /// <summary>A document number parse: text after the drafting unit's code.</summary>
    public const string DocParseAfterUnit = "DOC-PARSE-AFTER-UNIT";

    /// <summary>A document number parse: a symbol part longer than 32 characters.</summary>
    public const string DocParsePartTooLong = "DOC-PARSE-PART-TOO-LONG";

    /// <summary>A document number parse: a combining mark that combines with no letter.</summary>
    public const string DocParsePartStrayMark = "DOC-PARSE-PART-STRAY-MARK";

    /// <summary>A document number parse: a symbol part that is not valid Unicode.</summary>
    public const string DocParsePartInvalidUnicode = "DOC-PARSE-PART-INVALID-UNICODE";

    /// <summary>The first line of a score card's explanation: {0} the rubric's id, {1} its name, {2} its source, {3} the base points, {4} the bonus cap, {5} the penalty cap.</summary>
    public const string EvalRubric = "EVAL-RUBRIC";

    /// <summary>A score card counts the reviewing body's points.</summary>
    public const string EvalBasisReview = "EVAL-BASIS-REVIEW";

    /// <summary>A score card counts the unit's self-assessment.</summary>
    public const string EvalBasisSelfAssessment = "EVAL-BASIS-SELF-ASSESSMENT";

    /// <summary>A score card with neither a self-assessment nor a review.</summary>
    public const string EvalBasisNone = "EVAL-BASIS-NONE";

    /// <summary>A criterion's line: {0} id, {1} title, {2} points, {3} maximum, {4} its parts (or empty), {5} self and review (or empty), {6} the zero mark (or empty).</summary>
    public const string EvalCriterion = "EVAL-CRITERION";

    /// <summary>A sub-criterion's line: {0} id, {1} title, {2} points, {3} maximum, {4} its parts (or empty), {5} self and review (or empty).</summary>
    public const string EvalSubCriterion = "EVAL-SUB-CRITERION";

    /// <summary>The parts of a criterion's points: {0} the sum of the parts.</summary>
    public const string EvalParts = "EVAL-PARTS";

    /// <summary>One part of a criterion's points: {0} points, {1} the part's id.</summary>
    public const string EvalPart = "EVAL-PART";

    /// <summary>Two terms of a sum: {0} and {1}.</summary>
    public const string EvalPlus = "EVAL-PLUS";

    /// <summary>A criterion's self and review points that differ: {0} self, {1} review, {2} the difference.</summary>
    public const string EvalSelfAndReviewDiffer = "EVAL-SELF-AND-REVIEW-DIFFER";

    /// <summary>A criterion's self and review points that agree: {0} the points.</summary>
    public const string EvalSelfAndReviewAgree = "EVAL-SELF-AND-REVIEW-AGREE";

    /// <summary>A criterion with only the self-assessment: {0} the points.</summary>
    public const string EvalSelfOnly = "EVAL-SELF-ONLY";

    /// <summary>A criterion with only the review: {0} the points.</summary>
    public const string EvalReviewOnly = "EVAL-REVIEW-ONLY";

    /// <summary>A positive difference: {0} the amount.</summary>
    public const string EvalPositive = "EVAL-POSITIVE";

    /// <summary>A negative difference: {0} the amount.</summary>
    public const string EvalNegative = "EVAL-NEGATIVE";

    /// <summary>The mark of a criterion scored 0.</summary>
    public const string EvalScoredZero = "EVAL-SCORED-ZERO";

    /// <summary>A section's line: {0} id, {1} title, {2} points, {3} maximum.</summary>
    public const string EvalSection = "EVAL-SECTION";

    /// <summary>The base score: {0} points, {1} the base points.</summary>
    public const string EvalBaseScore = "EVAL-BASE-SCORE";

    /// <summary>The base score: {0} points, {1} the base points, {2} the self-assessment.</summary>
    public const string EvalBaseScoreWithSelf = "EVAL-BASE-SCORE-WITH-SELF";

    /// <summary>A bonus line: {0} item id, {1} title, {2} evidence, {3} points counted, {4} the per-entry limit (or empty).</summary>
    public const string EvalBonus = "EVAL-BONUS";

    /// <summary>A penalty line: {0} item id, {1} title, {2} what happened, {3} points counted, {4} the per-entry limit (or empty).</summary>
    public const string EvalPenalty = "EVAL-PENALTY";

    /// <summary>Points above an item's per-entry limit: {0} entered, {1} the limit.</summary>
    public const string EvalEntryLimited = "EVAL-ENTRY-LIMITED";

    /// <summary>The bonus above its cap: {0} total, {1} the cap, {2} the source.</summary>
    public const string EvalBonusCapped = "EVAL-BONUS-CAPPED";

    /// <summary>The bonus within its cap: {0} total, {1} the cap.</summary>
    public const string EvalBonusTotal = "EVAL-BONUS-TOTAL";

    /// <summary>The penalty above its cap: {0} total, {1} the cap, {2} the source.</summary>
    public const string EvalPenaltyCapped = "EVAL-PENALTY-CAPPED";

    /// <summary>The penalty within its cap: {0} total, {1} the cap.</summary>
    public const string EvalPenaltyTotal = "EVAL-PENALTY-TOTAL";

    /// <summary>The final score: {0} base, {1} bonus, {2} penalty, {3} the result.</summary>
    public const string EvalFinalScore = "EVAL-FINAL-SCORE";

    /// <summary>The final score below 0: {0} base, {1} bonus, {2} penalty, {3} the result.</summary>
    public const string EvalFinalScoreFloor = "EVAL-FINAL-SCORE-FLOOR";

    /// <summary>The band's line: {0} what the bands decide.</summary>
    public const string EvalBandLine = "EVAL-BAND-LINE";

    /// <summary>The grade of a band: {0} grade, {1} final score, {2} the band's minimum, {3} the no-zero condition (or empty), {4} the source.</summary>
    public const string EvalBand = "EVAL-BAND";

    /// <summary>A band's condition that no criterion scored 0.</summary>
    public const string EvalBandNoZero = "EVAL-BAND-NO-ZERO";

    /// <summary>A grade lowered by a criterion scored 0: {0} grade, {1} final score, {2} the grade refused, {3} its minimum, {4} the criteria scored 0, {5} the grades refused, {6} the band's minimum, {7} the source.</summary>
    public const string EvalBandRefused = "EVAL-BAND-REFUSED";

    /// <summary>Two grades refused: {0} and {1}.</summary>
    public const string EvalNor = "EVAL-NOR";

    /// <summary>A final score that reaches no band: {0} grade, {1} final score.</summary>
    public const string EvalNoBand = "EVAL-NO-BAND";

    /// <summary>A head or deputy head disciplined: {0} role, {1} level, {2} the decision (or empty).</summary>
    public const string EvalDiscipline = "EVAL-DISCIPLINE";

    /// <summary>A named head or deputy head disciplined: {0} role, {1} person, {2} level, {3} the decision (or empty).</summary>
    public const string EvalDisciplinePerson = "EVAL-DISCIPLINE-PERSON";

    /// <summary>A reference in parentheses: {0}.</summary>
    public const string EvalInParentheses = "EVAL-IN-PARENTHESES";

    /// <summary>Two items of a list: {0} and {1}.</summary>
    public const string ListSemicolon = "TEXT-LIST-SEMICOLON";

    /// <summary>Discipline the rubric sets no cap for: {0} the records, {1} the heaviest level.</summary>
    public const string EvalDisciplineNoCap = "EVAL-DISCIPLINE-NO-CAP";

    /// <summary>Discipline that lowers the grade: {0} the records, {1} the cap's level, {2} the highest grade, {3} the source, {4} the grade of the score.</summary>
    public const string EvalDisciplineCapped = "EVAL-DISCIPLINE-CAPPED";

    /// <summary>Discipline whose cap does not lower the grade: {0} the records, {1} the cap's level, {2} the highest grade, {3} the source, {4} the grade of the score.</summary>
    public const string EvalDisciplineWithinCap = "EVAL-DISCIPLINE-WITHIN-CAP";

    /// <summary>A grade decided by a discipline cap: {0} the grade, {1} the grade of the score, {2} the heaviest level, {3} the source.</summary>
    public const string EvalDecisionDisciplineCap = "EVAL-DECISION-DISCIPLINE-CAP";

    /// <summary>An automatic-fail condition that holds: {0} id, {1} title, {2} why, {3} the source.</summary>
    public const string EvalAutomaticFail = "EVAL-AUTOMATIC-FAIL";

    /// <summary>Why an automatic fail holds: it was reported on the score sheet.</summary>
    public const string EvalFailReported = "EVAL-FAIL-REPORTED";

    /// <summary>Why an automatic fail holds: the unit gave no self-assessment.</summary>
    public const string EvalFailNoSelfAssessment = "EVAL-FAIL-NO-SELF-ASSESSMENT";

    /// <summary>A grade decided by automatic fails: {0} the grade, {1} the conditions' ids, {2} the source.</summary>
    public const string EvalDecisionAutomaticFail = "EVAL-DECISION-AUTOMATIC-FAIL";

    /// <summary>The grade's line: {0} the decision.</summary>
    public const string EvalGradeLine = "EVAL-GRADE-LINE";

    /// <summary>The award proposal's line: {0} the reason.</summary>
    public const string EvalAwardProposalLine = "EVAL-AWARD-PROPOSAL-LINE";

    /// <summary>A grade high enough for awards: {0} the grade, {1} the minimum, {2} the source.</summary>
    public const string EvalMayBeProposed = "EVAL-MAY-BE-PROPOSED";

    /// <summary>A grade too low for awards: {0} the grade, {1} the minimum, {2} the source.</summary>
    public const string EvalMayNotBeProposed = "EVAL-MAY-NOT-BE-PROPOSED";

    /// <summary>A recognised model or exemplar: {0} subject, {1} id, {2} name, {3} owner, {4} level, {5} date, {6} decision.</summary>
    public const string EvalEvidenceRecognition = "EVAL-EVIDENCE-RECOGNITION";

    /// <summary>A model or exemplar claimed for a bonus: {0} subject, {1} name, {2} level, {3} who recognised it (or empty), {4} decision.</summary>
    public const string EvalEvidenceClaim = "EVAL-EVIDENCE-CLAIM";

    /// <summary>Who recognised a model or exemplar: {0}.</summary>
    public const string EvalRecognisedBy = "EVAL-RECOGNISED-BY";

    /// <summary>The source of the Cần Thơ 2025 rubric.</summary>
    public const string CanTho2025Citation = "EVAL-CT2579-CITATION";

    /// <summary>The name of the Cần Thơ 2025 rubric.</summary>
    public const string CanTho2025Name = "EVAL-CT2579-NAME";

    /// <summary>Section A of the Cần Thơ 2025 rubric.</summary>
    public const string CanTho2025SectionA = "EVAL-CT2579-A";

    /// <summary>Criterion A1 of the Cần Thơ 2025 rubric.</summary>
    public const string CanTho2025A1 = "EVAL-CT2579-A1";

    /// <summary>Criterion A2 of the Cần Thơ 2025 rubric.</summary>
    public const string CanTho2025A2 = "EVAL-CT2579-A2";

    /// <summary>Criterion A3 of the Cần Thơ 2025 rubric.</summary>
    public const string CanTho2025A3 = "EVAL-CT2579-A3";

    /// <summary>Criterion A4 of the Cần Thơ 2025 rubric.</summary>
    public const string CanTho2025A4 = "EVAL-CT2579-A4";

    /// <summary>Section B of the Cần Thơ 2025 rubric.</summary>
    public const string CanTho2025SectionB = "EVAL-CT2579-B";

    /// <summary>Criterion B1 of the Cần Thơ 2025 rubric.</summary>
    public const string CanTho2025B1 = "EVAL-CT2579-B1";

    /// <summary>Criterion B1.1 of the Cần Thơ 2025 rubric.</summary>
    public const string CanTho2025B11 = "EVAL-CT2579-B1.1";

    /// <summary>Criterion B1.2 of the Cần Thơ 2025 rubric.</summary>
    public const string CanTho2025B12 = "EVAL-CT2579-B1.2";

    /// <summary>Criterion B2 of the Cần Thơ 2025 rubric.</summary>
    public const string CanTho2025B2 = "EVAL-CT2579-B2";

    /// <summary>Criterion B2.1 of the Cần Thơ 2025 rubric.</summary>
    public const string CanTho2025B21 = "EVAL-CT2579-B2.1";

    /// <summary>Criterion B2.2 of the Cần Thơ 2025 rubric.</summary>
    public const string CanTho2025B22 = "EVAL-CT2579-B2.2";

    /// <summary>Criterion B2.3 of the Cần Thơ 2025 rubric.</summary>
    public const string CanTho2025B23 = "EVAL-CT2579-B2.3";

    /// <summary>Criterion B3 of the Cần Thơ 2025 rubric.</summary>
    public const string CanTho2025B3 = "EVAL-CT2579-B3";

    /// <summary>Criterion B4 of the Cần Thơ 2025 rubric.</summary>
    public const string CanTho2025B4 = "EVAL-CT2579-B4";

    /// <summary>Criterion B5 of the Cần Thơ 2025 rubric.</summary>
    public const string CanTho2025B5 = "EVAL-CT2579-B5";

    /// <summary>Criterion B6 of the Cần Thơ 2025 rubric.</summary>
    public const string CanTho2025B6 = "EVAL-CT2579-B6";

    /// <summary>Criterion B7 of the Cần Thơ 2025 rubric.</summary>
    public const string CanTho2025B7 = "EVAL-CT2579-B7";

    /// <summary>The bonus item DVK-MODEL of the Cần Thơ 2025 rubric.</summary>
    public const string CanTho2025RecognisedModel = "EVAL-CT2579-DVK-MODEL";

    /// <summary>The bonus item DVK-EXEMPLAR of the Cần Thơ 2025 rubric.</summary>
    public const string CanTho2025RecognisedExemplar = "EVAL-CT2579-DVK-EXEMPLAR";

    /// <summary>The penalty item LATE-REPORT of the Cần Thơ 2025 rubric.</summary>
    public const string CanTho2025LateReport = "EVAL-CT2579-LATE-REPORT";

    /// <summary>The penalty item HOTSPOT of the Cần Thơ 2025 rubric.</summary>
    public const string CanTho2025Hotspot = "EVAL-CT2579-HOTSPOT";

    /// <summary>The automatic fail CORRUPTION of the Cần Thơ 2025 rubric.</summary>
    public const string CanTho2025Corruption = "EVAL-CT2579-CORRUPTION";

    /// <summary>The automatic fail SERIOUS-DISUNITY of the Cần Thơ 2025 rubric.</summary>
    public const string CanTho2025SeriousDisunity = "EVAL-CT2579-SERIOUS-DISUNITY";

    /// <summary>The automatic fail LEADER-DISMISSED of the Cần Thơ 2025 rubric.</summary>
    public const string CanTho2025LeaderDismissed = "EVAL-CT2579-LEADER-DISMISSED";

    /// <summary>The automatic fail CRIMINAL-PROSECUTION of the Cần Thơ 2025 rubric.</summary>
    public const string CanTho2025CriminalProsecution = "EVAL-CT2579-CRIMINAL-PROSECUTION";

    /// <summary>The automatic fail NO-SELF-ASSESSMENT of the Cần Thơ 2025 rubric.</summary>
    public const string CanTho2025NoSelfAssessment = "EVAL-CT2579-NO-SELF-ASSESSMENT";

    /// <summary>A team that advances: {0} its rank and score, {1} the steps it passed (or empty).</summary>
    public const string EmuAdvances = "EMU-ADVANCES";

    /// <summary>The steps a team passed: {0}.</summary>
    public const string EmuPassed = "EMU-PASSED";

    /// <summary>A team's place in a round: {0} rank, {1} published score.</summary>
    public const string EmuRankWith = "EMU-RANK-WITH";

    /// <summary>A minimum-score step passed: {0} score, {1} the minimum.</summary>
    public const string EmuScoreAtLeast = "EMU-SCORE-AT-LEAST";

    /// <summary>A place within a step's scope: {0} place, {1} the scope.</summary>
    public const string EmuPlace = "EMU-PLACE";

    /// <summary>The scope of a top-overall step.</summary>
    public const string EmuScopeOverall = "EMU-SCOPE-OVERALL";

    /// <summary>The scope of a top-per-unit step: {0} the unit.</summary>
    public const string EmuScopeUnit = "EMU-SCOPE-UNIT";

    /// <summary>A team that did not advance: {0} the outcome (its display name), {1} the step's number, {2} the step, {3} rank and score, {4} why.</summary>
    public const string EmuStopped = "EMU-STOPPED";


    /// <summary>A score below a step's minimum: {0} score, {1} the minimum.</summary>
    public const string EmuBelowMinimum = "EMU-BELOW-MINIMUM";

    /// <summary>A team tied across a cut: {0} place, {1} the scope, {2} the last place that advances.</summary>
    public const string EmuTiedAcrossCut = "EMU-TIED-ACROSS-CUT";

    /// <summary>A team behind the cut of a step that takes one team: {0} place, {1} the scope, {2} the last team that advances, {3} the step.</summary>
    public const string EmuBehindOne = "EMU-BEHIND-ONE";

    /// <summary>A team behind the cut of a step that takes several teams: {0} place, {1} the scope, {2} the last team that advances, {3} the step.</summary>
    public const string EmuBehindMany = "EMU-BEHIND-MANY";

    /// <summary>A step that takes the top teams overall: {0} count.</summary>
    public const string EmuStepTopOverall = "EMU-STEP-TOP-OVERALL";

    /// <summary>A step that takes the best team of each unit.</summary>
    public const string EmuStepBestOfUnit = "EMU-STEP-BEST-OF-UNIT";

    /// <summary>A step that takes the best teams of each unit: {0} count.</summary>
    public const string EmuStepBestOfUnitMany = "EMU-STEP-BEST-OF-UNIT-MANY";

    /// <summary>A step that takes the teams with a minimum score: {0} the minimum.</summary>
    public const string EmuStepMinimumScore = "EMU-STEP-MINIMUM-SCORE";
}
