namespace MassMobilization.Core.Awards;

/// <summary>
/// The stable rule codes of the Awards area, one scheme (<c>AWD-UPPER-KEBAB</c>): the codes of
/// <see cref="DomainRuleException"/>s thrown by awards, rule sets, councils and bonuses, and the codes of
/// the built-in eligibility rules, which explanations and docs/rules.md show. Applications may switch on
/// them; messages are for people. The eligibility codes use the official abbreviations of the award kinds
/// (LDTT, CSTDCS, CSTDT, CSTDTQ, TTLDTT, TTLDXS, COTDT, COTDCP, GK, BKT, BKTTG, HCLD3).
/// </summary>
public static class AwardRuleCodes
{
    /// <summary>The prefix of every code of the Awards area; custom eligibility rules must use it too.</summary>
    public const string Prefix = "AWD-";

    /// <summary>An award or service record is given to a kind of recipient (individual, collective, household) the award kind is not for. Source: Law 06/2022/QH15 arts. 21–28, 71–75.</summary>
    public const string RecipientMismatch = "AWD-RECIPIENT-MISMATCH";

    /// <summary>An award decision names the same recipient twice for one award.</summary>
    public const string DuplicateRecipient = "AWD-DUPLICATE-RECIPIENT";

    /// <summary>The deciding authority may not decide the award on the decision date. Source: Law 06/2022/QH15 art. 80; Decree 129/2025/NĐ-CP art. 59 from 2025-07-01.</summary>
    public const string AuthorityMismatch = "AWD-AUTHORITY-MISMATCH";

    /// <summary>The bonus schedule has no multiple of the base salary for the award kind and recipient. Source: docs/rules.md, "Awards: bonuses".</summary>
    public const string NoBonusMultiple = "AWD-NO-BONUS-MULTIPLE";

    /// <summary>The base-salary schedule has no amount in force on the date of the award decision. Source: Decrees 72/2018, 38/2019, 24/2023, 73/2024/NĐ-CP.</summary>
    public const string NoBaseSalary = "AWD-NO-BASE-SALARY";

    /// <summary>A council vote counts more members present or more ballots than the council has members. Source: Decree 98/2023/NĐ-CP art. 30(7).</summary>
    public const string BallotsExceedMembers = "AWD-BALLOTS-EXCEED-MEMBERS";

    /// <summary>A council vote counts more votes in favour than ballots. Source: Decree 98/2023/NĐ-CP art. 30(7).</summary>
    public const string VotesExceedBallots = "AWD-VOTES-EXCEED-BALLOTS";

    /// <summary>No rule set of the catalogue is in force for the achievement year.</summary>
    public const string NoRuleSet = "AWD-NO-RULE-SET";

    /// <summary>A rule set's criteria refer to award kinds in a cycle (A needs B needs … A).</summary>
    public const string RuleCycle = "AWD-RULE-CYCLE";

    /// <summary>A rule set has two sets of criteria, quotas or vote rules for one award kind (and recipient).</summary>
    public const string DuplicateKind = "AWD-DUPLICATE-KIND";

    /// <summary>A set of criteria has no rules.</summary>
    public const string NoCriteria = "AWD-NO-CRITERIA";

    /// <summary>Two rule sets of a catalogue share an id.</summary>
    public const string DuplicateRuleSet = "AWD-DUPLICATE-RULE-SET";

    /// <summary>Two rule sets of a catalogue are in force on one day.</summary>
    public const string OverlappingRuleSets = "AWD-OVERLAPPING-RULE-SETS";

    /// <summary>A service record has two entries (two ratings) for one year.</summary>
    public const string DuplicateYear = "AWD-DUPLICATE-YEAR";

    /// <summary>A service record dates a rating, title or initiative before the nominee existed.</summary>
    public const string BeforeServiceStart = "AWD-BEFORE-SERVICE-START";

    /// <summary>Eligibility: no discipline, inspection or complaint is pending. Source: Law 06/2022/QH15 art. 5; Decree 152/2025/NĐ-CP art. 4; Decree 91/2017/NĐ-CP art. 3 (unconfirmed) before 2024.</summary>
    public const string NoPending = "AWD-NO-PENDING";

    /// <summary>Eligibility: the year is not in a discipline period (achievements count from the end of the discipline). Source: Law 06/2022/QH15 art. 5; Decree 152/2025/NĐ-CP art. 4.</summary>
    public const string NotDisciplined = "AWD-NOT-DISCIPLINED";

    /// <summary>Eligibility, Lao động tiên tiến: rated good or better in the year. Source: Law 06/2022/QH15 art. 24; Law 15/2003/QH11 art. 24.</summary>
    public const string AdvancedWorkerRating = "AWD-LDTT-RATING";

    /// <summary>Eligibility, Lao động tiên tiến: took part in emulation in the year. Source: Law 06/2022/QH15 art. 24; Law 15/2003/QH11 art. 24.</summary>
    public const string AdvancedWorkerEmulation = "AWD-LDTT-EMULATION";

    /// <summary>Eligibility, Chiến sĩ thi đua cơ sở: holds or meets Lao động tiên tiến in the year. Source: Law 06/2022/QH15 art. 23; Law 15/2003/QH11 art. 23.</summary>
    public const string GrassrootsFighterAdvancedWorker = "AWD-CSTDCS-LDTT";

    /// <summary>Eligibility, Chiến sĩ thi đua cơ sở up to 2023: an initiative recognised at grassroots level in the year. Source: Decree 91/2017/NĐ-CP art. 9.</summary>
    public const string GrassrootsFighterInitiativeRequired = "AWD-CSTDCS-INITIATIVE-REQUIRED";

    /// <summary>Eligibility, Chiến sĩ thi đua cơ sở since 2024: one of an excellent rating, a grassroots initiative, an accepted science project or combat ingenuity. Source: Law 06/2022/QH15 art. 23.</summary>
    public const string GrassrootsFighterOneOf = "AWD-CSTDCS-ONE-OF";

    /// <summary>Eligibility, Chiến sĩ thi đua cơ sở: rated excellent in the year (one of the alternatives). Source: Law 06/2022/QH15 art. 23.</summary>
    public const string GrassrootsFighterExcellent = "AWD-CSTDCS-EXCELLENT";

    /// <summary>Eligibility, Chiến sĩ thi đua cơ sở: an initiative recognised at grassroots level in the year (one of the alternatives). Source: Law 06/2022/QH15 art. 23.</summary>
    public const string GrassrootsFighterInitiative = "AWD-CSTDCS-INITIATIVE";

    /// <summary>Eligibility, Chiến sĩ thi đua cơ sở: an accepted science project or combat ingenuity (one of the alternatives). Source: Law 06/2022/QH15 art. 23.</summary>
    public const string GrassrootsFighterScience = "AWD-CSTDCS-SCIENCE";

    /// <summary>Eligibility, Chiến sĩ thi đua cấp bộ, ngành, tỉnh: 3 consecutive Chiến sĩ thi đua cơ sở titles. Source: Law 06/2022/QH15 art. 22; Law 15/2003/QH11 art. 22.</summary>
    public const string MinistryProvinceFighterThreeGrassrootsTitles = "AWD-CSTDT-3-CSTDCS";

    /// <summary>Eligibility, Chiến sĩ thi đua cấp bộ, ngành, tỉnh: an initiative effective at ministry or province scope. Source: Law 06/2022/QH15 art. 22; Law 15/2003/QH11 art. 22.</summary>
    public const string MinistryProvinceFighterInitiative = "AWD-CSTDT-INITIATIVE";

    /// <summary>Eligibility, Chiến sĩ thi đua toàn quốc: 2 consecutive ministry/province emulation fighter titles. Source: Law 06/2022/QH15 art. 21; Law 15/2003/QH11 art. 21.</summary>
    public const string NationalFighterTwoMinistryProvinceTitles = "AWD-CSTDTQ-2-CSTDT";

    /// <summary>Eligibility, Chiến sĩ thi đua toàn quốc: an initiative with national scope. Source: Law 06/2022/QH15 art. 21; Law 15/2003/QH11 art. 21.</summary>
    public const string NationalFighterInitiative = "AWD-CSTDTQ-INITIATIVE";

    /// <summary>Eligibility, Tập thể lao động tiên tiến: the collective completed its tasks well (rated good or better). Source: Law 06/2022/QH15 art. 28; Law 15/2003/QH11 art. 28.</summary>
    public const string AdvancedCollectiveRating = "AWD-TTLDTT-RATING";

    /// <summary>Eligibility, Tập thể lao động tiên tiến: at least 70% of members are advanced workers. Source: Law 06/2022/QH15 art. 28; Law 15/2003/QH11 art. 28.</summary>
    public const string AdvancedCollectiveAdvancedWorkers = "AWD-TTLDTT-70-LDTT";

    /// <summary>Eligibility, Tập thể lao động tiên tiến: no member disciplined at warning (cảnh cáo) or above. Source: Law 06/2022/QH15 art. 28; Law 15/2003/QH11 art. 28.</summary>
    public const string AdvancedCollectiveNoWarning = "AWD-TTLDTT-NO-WARNING";

    /// <summary>Eligibility, Tập thể lao động xuất sắc: the collective completed its tasks excellently. Source: Law 06/2022/QH15 art. 27; Law 15/2003/QH11 art. 27.</summary>
    public const string ExcellentCollectiveRating = "AWD-TTLDXS-RATING";

    /// <summary>Eligibility, Tập thể lao động xuất sắc: 100% of members completed their tasks. Source: Law 06/2022/QH15 art. 27; Law 15/2003/QH11 art. 27.</summary>
    public const string ExcellentCollectiveAllCompleted = "AWD-TTLDXS-ALL-COMPLETED";

    /// <summary>Eligibility, Tập thể lao động xuất sắc: at least 70% of members are advanced workers. Source: Law 06/2022/QH15 art. 27; Law 15/2003/QH11 art. 27.</summary>
    public const string ExcellentCollectiveAdvancedWorkers = "AWD-TTLDXS-70-LDTT";

    /// <summary>Eligibility, Tập thể lao động xuất sắc: at least one member is a grassroots emulation fighter. Source: Law 06/2022/QH15 art. 27; Law 15/2003/QH11 art. 27.</summary>
    public const string ExcellentCollectiveGrassrootsFighter = "AWD-TTLDXS-CSTDCS";

    /// <summary>Eligibility, Tập thể lao động xuất sắc: no member disciplined at warning or above. Source: Law 06/2022/QH15 art. 27 (unconfirmed).</summary>
    public const string ExcellentCollectiveNoWarning = "AWD-TTLDXS-NO-WARNING";

    /// <summary>Eligibility, Cờ thi đua của bộ, ngành, tỉnh: the leading unit of a cluster or bloc, or the leader of a thematic campaign of at least 3 years. Source: Law 06/2022/QH15 art. 26; Law 15/2003/QH11 art. 26.</summary>
    public const string MinistryProvinceFlagOneOf = "AWD-COTDT-ONE-OF";

    /// <summary>Eligibility, Cờ thi đua của bộ, ngành, tỉnh: led its emulation cluster or bloc in the year. Source: Law 06/2022/QH15 art. 26; Law 15/2003/QH11 art. 26.</summary>
    public const string MinistryProvinceFlagCluster = "AWD-COTDT-CLUSTER";

    /// <summary>Eligibility, Cờ thi đua của bộ, ngành, tỉnh: led a thematic campaign of at least 3 years. Source: Law 06/2022/QH15 art. 26; Law 15/2003/QH11 art. 26.</summary>
    public const string MinistryProvinceFlagCampaign = "AWD-COTDT-CAMPAIGN";

    /// <summary>Eligibility, Cờ thi đua của Chính phủ: chosen among the ministry/province flag holders, the leader of a Central Council bloc, or the leader of a Prime Minister's campaign of at least 5 years. Source: Law 06/2022/QH15 art. 25; Law 15/2003/QH11 art. 25.</summary>
    public const string GovernmentFlagOneOf = "AWD-COTDCP-ONE-OF";

    /// <summary>Eligibility, Cờ thi đua của Chính phủ: holds or meets the ministry/province flag in the year. Source: Law 06/2022/QH15 art. 25; Law 15/2003/QH11 art. 25.</summary>
    public const string GovernmentFlagMinistryProvinceFlag = "AWD-COTDCP-COTDT";

    /// <summary>Eligibility, Cờ thi đua của Chính phủ: led a bloc of the Central Council. Source: Law 06/2022/QH15 art. 25; Law 15/2003/QH11 art. 25.</summary>
    public const string GovernmentFlagCentralBloc = "AWD-COTDCP-CENTRAL-BLOC";

    /// <summary>Eligibility, Cờ thi đua của Chính phủ: led a Prime Minister's campaign of at least 5 years. Source: Law 06/2022/QH15 art. 25; Law 15/2003/QH11 art. 25.</summary>
    public const string GovernmentFlagPrimeMinisterCampaign = "AWD-COTDCP-PM-CAMPAIGN";

    /// <summary>Eligibility, Giấy khen (individual): completed tasks well (rated good or better). Source: Law 06/2022/QH15 art. 75.</summary>
    public const string CommendationRating = "AWD-GK-RATING";

    /// <summary>Eligibility, Giấy khen (individual): an achievement in an emulation campaign or in the unit's field. Source: Law 06/2022/QH15 art. 75.</summary>
    public const string CommendationAchievement = "AWD-GK-ACHIEVEMENT";

    /// <summary>Eligibility, Bằng khen of a ministry/province (individual): outstanding in a campaign it launched, 2 consecutive grassroots emulation fighter titles, or 2 consecutive excellent years with 2 grassroots initiatives. Source: Law 06/2022/QH15 art. 74.</summary>
    public const string MinistryProvinceMeritOneOf = "AWD-BKT-ONE-OF";

    /// <summary>Eligibility, Bằng khen of a ministry/province (individual): outstanding in a campaign the ministry or province launched. Source: Law 06/2022/QH15 art. 74.</summary>
    public const string MinistryProvinceMeritCampaign = "AWD-BKT-CAMPAIGN";

    /// <summary>Eligibility, Bằng khen of a ministry/province (individual): 2 consecutive grassroots emulation fighter titles. Source: Law 06/2022/QH15 art. 74.</summary>
    public const string MinistryProvinceMeritTwoGrassrootsTitles = "AWD-BKT-2-CSTDCS";

    /// <summary>Eligibility, Bằng khen of a ministry/province (individual): 2 consecutive excellent years with 2 grassroots initiatives. Source: Law 06/2022/QH15 art. 74.</summary>
    public const string MinistryProvinceMeritExcellentInitiatives = "AWD-BKT-EXCELLENT-INITIATIVES";

    /// <summary>Eligibility, Bằng khen of a ministry/province (individual): 2 consecutive years rated excellent. Source: Law 06/2022/QH15 art. 74.</summary>
    public const string MinistryProvinceMeritTwoExcellentYears = "AWD-BKT-2-EXCELLENT";

    /// <summary>Eligibility, Bằng khen of a ministry/province (individual): 2 initiatives recognised at grassroots level in those 2 years. Source: Law 06/2022/QH15 art. 74.</summary>
    public const string MinistryProvinceMeritTwoInitiatives = "AWD-BKT-2-INITIATIVES";

    /// <summary>Eligibility, Bằng khen of a ministry/province (collective): 2 consecutive excellent years or 2 consecutive Tập thể lao động xuất sắc titles. Source: Law 06/2022/QH15 art. 74.</summary>
    public const string MinistryProvinceMeritCollectiveOneOf = "AWD-BKT-COLLECTIVE-ONE-OF";

    /// <summary>Eligibility, Bằng khen of a ministry/province (collective): 2 consecutive years rated excellent. Source: Law 06/2022/QH15 art. 74.</summary>
    public const string MinistryProvinceMeritCollectiveTwoExcellentYears = "AWD-BKT-COLLECTIVE-2-EXCELLENT";

    /// <summary>Eligibility, Bằng khen of a ministry/province (collective): 2 consecutive Tập thể lao động xuất sắc titles. Source: Law 06/2022/QH15 art. 74.</summary>
    public const string MinistryProvinceMeritCollectiveTwoExcellentTitles = "AWD-BKT-COLLECTIVE-2-TTLDXS";

    /// <summary>Eligibility, Bằng khen of the Prime Minister (individual): already holds a ministry/province Bằng khen. Source: Law 06/2022/QH15 art. 73(1)(b).</summary>
    public const string PrimeMinisterMeritHoldsMinistryProvinceMerit = "AWD-BKTTG-HOLDS-BKT";

    /// <summary>Eligibility, Bằng khen of the Prime Minister (individual): 5 consecutive years rated good or better since it, with 3 grassroots emulation fighter titles. Source: Law 06/2022/QH15 art. 73(1)(b).</summary>
    public const string PrimeMinisterMeritFiveYears = "AWD-BKTTG-5-YEARS";

    /// <summary>Eligibility, Huân chương Lao động hạng Ba (individual): already holds the Prime Minister's Bằng khen. Source: Law 06/2022/QH15 art. 44(1)(e).</summary>
    public const string LabourOrderHoldsPrimeMinisterMerit = "AWD-HCLD3-HOLDS-BKTTG";

    /// <summary>Eligibility, Huân chương Lao động hạng Ba (individual): 5 consecutive years rated good or better since it, with 3 grassroots emulation fighter titles. Source: Law 06/2022/QH15 art. 44(1)(e).</summary>
    public const string LabourOrderFiveYearsGrassrootsTitles = "AWD-HCLD3-5-YEARS-CSTDCS";

    /// <summary>Eligibility, Huân chương Lao động hạng Ba (individual): in those 5 years, at least one rated excellent. Source: Law 06/2022/QH15 art. 44(1)(e).</summary>
    public const string LabourOrderFiveYearsExcellent = "AWD-HCLD3-5-YEARS-EXCELLENT";

    /// <summary>An award decision names a body that does not exist in the chart on its date (an old commission after its merger names its successor in the message).</summary>
    public const string UnknownAuthority = "AWD-UNKNOWN-AUTHORITY";

    /// <summary>The deciding body may not give that form at its level on the decision's date (see AwardingAuthority). Source: docs/awards.md, "Commendation by the Party and the mass organisations" (unconfirmed).</summary>
    public const string AuthorityCannotGive = "AWD-AUTHORITY-CANNOT-GIVE";

    /// <summary>A commemorative medal is given to a person who already received it (in this or an earlier decision). Source: Law 15/2003/QH11 as amended 2013; kept by Law 06/2022/QH15 (unconfirmed).</summary>
    public const string MedalAlreadyGiven = "AWD-MEDAL-ALREADY-GIVEN";

    /// <summary>A commemorative medal is given posthumously. Source: Law 15/2003/QH11 as amended 2013; kept by Law 06/2022/QH15 (unconfirmed).</summary>
    public const string PosthumousMedal = "AWD-MEDAL-POSTHUMOUS";

    /// <summary>A recipient of a decision is not in the chart (unit or committee as of the decision's date) or in the model registry.</summary>
    public const string RecipientNotFound = "AWD-RECIPIENT-NOT-FOUND";

    /// <summary>Eligibility, commemorative medal: not already received (once per person). Source: Law 15/2003/QH11 as amended 2013; kept by Law 06/2022/QH15 (unconfirmed).</summary>
    public const string MedalOnce = "AWD-KNC-ONCE";

    /// <summary>Eligibility, commemorative medal: the configured years of service (with any shorter threshold for women); no default: without a configured threshold the answer is NeedsReview. Source: the medal's regulation (unconfirmed).</summary>
    public const string MedalServiceYears = "AWD-KNC-SERVICE-YEARS";

    /// <summary>Eligibility, commemorative medal: the configured discipline exclusion; no default: without configuration the answer is NeedsReview. Source: the medal's regulation (unconfirmed).</summary>
    public const string MedalDiscipline = "AWD-KNC-DISCIPLINE";

    /// <summary>Eligibility, commemorative medal: no discipline, inspection or complaint pending. Source: the principle of the rule set's law (Law 06/2022/QH15 art. 5; Decree 152/2025/NĐ-CP art. 4) applied to the medal: unconfirmed, so <see cref="CommemorativeMedalPolicy.ExcludePendingProceedings"/> configuration, on by default.</summary>
    public const string MedalPending = "AWD-KNC-PENDING";
}
