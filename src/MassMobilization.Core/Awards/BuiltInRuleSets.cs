using System.Collections.Generic;
using MassMobilization.Core.Text;
using NodaTime;

namespace MassMobilization.Core.Awards;

/// <summary>
/// The three built-in rule sets (docs/domain.md, "Awards"; the rules in docs/rules.md, "Awards: eligibility rule sets"): Law 2003 + Decree 91/2017 up to 2023-12-31,
/// Law 06/2022/QH15 + Decree 98/2023/NĐ-CP from 2024-01-01 to 2025-06-30, and Law 06/2022/QH15 + Decree 152/2025/NĐ-CP
/// from 2025-07-01. Each rule carries its stable code, its article and its parameters as data.
/// </summary>
/// <remarks>
/// Kinds without encoded criteria in a set (for example the forms of commendation under the 2003 law, whose criteria
/// docs/domain.md does not give, or cultural families and villages) answer <see cref="Verdict.NeedsReview"/>.
/// Interpretations: the title held in the proposal year must already be recorded (decided) for a streak to count it;
/// "2 consecutive ministry/province titles" means two titles 3 years apart (each needs 3 grassroots titles).
/// </remarks>
public static class BuiltInRuleSets
{
    /// <summary>Gets the rule set of the Law of 2003 (amended 2005, 2013) and Decree 91/2017/NĐ-CP, in force up to 2023-12-31.</summary>
    public static RuleSet Law2003Decree91 { get; } = Build2003();

    /// <summary>Gets the rule set of Law 06/2022/QH15 and Decree 98/2023/NĐ-CP, in force 2024-01-01 to 2025-06-30.</summary>
    public static RuleSet Law2022Decree98 { get; } = Build2022(
        "VN-2024",
        "Law 06/2022/QH15 + Decree 98/2023/NĐ-CP",
        new LocalDate(2024, 1, 1),
        new LocalDate(2025, 6, 30),
        LegalSources.Decree98Of2023,
        LegalSources.Law2022.At("art. 5"),
        LegalSources.Decree98Of2023.At("art. 30(7)"));

    /// <summary>Gets the rule set of Law 06/2022/QH15 and Decree 152/2025/NĐ-CP, in force from 2025-07-01 (open-ended).</summary>
    public static RuleSet Law2022Decree152 { get; } = Build2022(
        "VN-2025",
        "Law 06/2022/QH15 + Decree 152/2025/NĐ-CP",
        new LocalDate(2025, 7, 1),
        null,
        LegalSources.Decree152Of2025,
        LegalSources.Decree152Of2025.At("art. 4"),
        LegalSources.Decree98Of2023.At("art. 30(7), kept by Decree 152/2025", unconfirmed: true));

    /// <summary>Gets the three built-in rule sets in date order.</summary>
    public static IReadOnlyList<RuleSet> All { get; } = [Law2003Decree91, Law2022Decree98, Law2022Decree152];

    private static RuleSet Build2003()
    {
        var law = LegalSources.Law2003;
        var decree = LegalSources.Decree91Of2017;
        var principles = decree.At("art. 3 (no award while discipline, inspection or a complaint is pending)", unconfirmed: true);
        var gates = Gates(principles);
        var advancedWorker = AdvancedWorker(law.At("art. 24"));
        var grassroots = new AwardCriteria(AwardKind.GrassrootsEmulationFighter, RecipientKinds.Individual, [
            .. gates,
            new MeetsKindRule(AwardRuleCodes.GrassrootsFighterAdvancedWorker, law.At("art. 23"), AwardKind.AdvancedWorker),
            new InitiativeRule(AwardRuleCodes.GrassrootsFighterInitiativeRequired, decree.At("art. 9"), InitiativeScope.Grassroots, 1, 1),
        ]);
        var criteria = new List<AwardCriteria>
        {
            advancedWorker,
            grassroots,
            MinistryProvinceFighter(law.At("art. 22")),
            NationalFighter(law.At("art. 21")),
            AdvancedCollective(law.At("art. 28"), principles),
            ExcellentCollective(law.At("art. 27"), principles),
            MinistryProvinceFlag(law.At("art. 26"), principles),
            GovernmentFlag(law.At("art. 25"), principles),
        };
        AddMedals(criteria, law.At("(article not identified): commemorative medals once per person, never posthumously", unconfirmed: true), principles);
        var quotas = new[]
        {
            new AwardQuota(AwardKind.GrassrootsEmulationFighter, Quota.Percentage(15m), "the unit's advanced workers (Lao động tiên tiến) that year", decree.At("art. 9")),
        };
        return new RuleSet("VN-2003", "Law on Emulation and Commendation 2003 + Decree 91/2017/NĐ-CP", [law, decree], new LocalDate(2017, 7, 31), new LocalDate(2023, 12, 31), criteria, quotas, []);
    }

    private static RuleSet Build2022(string id, string name, LocalDate from, LocalDate? until, LegalCitation decree, LegalCitation principles, LegalCitation votes)
    {
        var law = LegalSources.Law2022;
        var gates = Gates(principles);
        var criteria = new List<AwardCriteria>
        {
            AdvancedWorker(law.At("art. 24")),
            new(AwardKind.GrassrootsEmulationFighter, RecipientKinds.Individual, [
                .. gates,
                new MeetsKindRule(AwardRuleCodes.GrassrootsFighterAdvancedWorker, law.At("art. 23"), AwardKind.AdvancedWorker),
                new AnyOfRule(AwardRuleCodes.GrassrootsFighterOneOf, law.At("art. 23"), Explanation.TemplateOf(AwardRuleCodes.GrassrootsFighterOneOf, DisplayLanguage.English), [
                    new RatingAtLeastRule(AwardRuleCodes.GrassrootsFighterExcellent, law.At("art. 23"), TaskRating.Excellent),
                    new InitiativeRule(AwardRuleCodes.GrassrootsFighterInitiative, law.At("art. 23"), InitiativeScope.Grassroots, 1, 1),
                    new YearFactRule(AwardRuleCodes.GrassrootsFighterScience, law.At("art. 23"), YearFact.ScienceProjectOrCombatIngenuity),
                ]),
            ]),
            MinistryProvinceFighter(law.At("art. 22")),
            NationalFighter(law.At("art. 21")),
            AdvancedCollective(law.At("art. 28"), principles),
            ExcellentCollective(law.At("art. 27"), principles),
            MinistryProvinceFlag(law.At("art. 26"), principles),
            GovernmentFlag(law.At("art. 25"), principles),
            new(AwardKind.CertificateOfCommendation, RecipientKinds.Individual, [
                .. gates,
                new RatingAtLeastRule(AwardRuleCodes.CommendationRating, law.At("art. 75"), TaskRating.Good),
                new YearFactRule(AwardRuleCodes.CommendationAchievement, law.At("art. 75"), YearFact.NotableAchievement),
            ]),
            new(AwardKind.MinistryProvinceCertificateOfMerit, RecipientKinds.Individual, [
                .. gates,
                new AnyOfRule(AwardRuleCodes.MinistryProvinceMeritOneOf, law.At("art. 74"), Explanation.TemplateOf(AwardRuleCodes.MinistryProvinceMeritOneOf, DisplayLanguage.English), [
                    new YearFactRule(AwardRuleCodes.MinistryProvinceMeritCampaign, law.At("art. 74"), YearFact.OutstandingInProvincialCampaign),
                    new ConsecutiveRule(AwardRuleCodes.MinistryProvinceMeritTwoGrassrootsTitles, law.At("art. 74"), YearProperty.GrassrootsFighterTitle, 2),
                    new AllOfRule(AwardRuleCodes.MinistryProvinceMeritExcellentInitiatives, law.At("art. 74"), Explanation.TemplateOf(AwardRuleCodes.MinistryProvinceMeritExcellentInitiatives, DisplayLanguage.English), [
                        new ConsecutiveRule(AwardRuleCodes.MinistryProvinceMeritTwoExcellentYears, law.At("art. 74"), YearProperty.RatedExcellent, 2),
                        new InitiativeRule(AwardRuleCodes.MinistryProvinceMeritTwoInitiatives, law.At("art. 74"), InitiativeScope.Grassroots, 2, 2),
                    ]),
                ]),
            ]),
            new(AwardKind.MinistryProvinceCertificateOfMerit, RecipientKinds.Collective, [
                .. gates,
                new AnyOfRule(AwardRuleCodes.MinistryProvinceMeritCollectiveOneOf, law.At("art. 74"), Explanation.TemplateOf(AwardRuleCodes.MinistryProvinceMeritCollectiveOneOf, DisplayLanguage.English), [
                    new ConsecutiveRule(AwardRuleCodes.MinistryProvinceMeritCollectiveTwoExcellentYears, law.At("art. 74"), YearProperty.RatedExcellent, 2),
                    new ConsecutiveRule(AwardRuleCodes.MinistryProvinceMeritCollectiveTwoExcellentTitles, law.At("art. 74"), YearProperty.ExcellentCollectiveTitle, 2),
                ]),
            ]),
            new(AwardKind.PrimeMinisterCertificateOfMerit, RecipientKinds.Individual, [
                .. gates,
                new HoldsAwardRule(AwardRuleCodes.PrimeMinisterMeritHoldsMinistryProvinceMerit, law.At("art. 73(1)(b)"), AwardKind.MinistryProvinceCertificateOfMerit),
                new RatedRunRule(AwardRuleCodes.PrimeMinisterMeritFiveYears, law.At("art. 73(1)(b)"), TaskRating.Good, 5, YearProperty.GrassrootsFighterTitle, 3, AwardKind.MinistryProvinceCertificateOfMerit, AwardKind.PrimeMinisterCertificateOfMerit),
            ]),
            new(AwardKind.LabourOrderThirdClass, RecipientKinds.Individual, [
                .. gates,
                new HoldsAwardRule(AwardRuleCodes.LabourOrderHoldsPrimeMinisterMerit, law.At("art. 44(1)(e)"), AwardKind.PrimeMinisterCertificateOfMerit),
                new RatedRunRule(AwardRuleCodes.LabourOrderFiveYearsGrassrootsTitles, law.At("art. 44(1)(e)"), TaskRating.Good, 5, YearProperty.GrassrootsFighterTitle, 3, AwardKind.PrimeMinisterCertificateOfMerit, AwardKind.LabourOrderThirdClass),
                new RatedRunRule(AwardRuleCodes.LabourOrderFiveYearsExcellent, law.At("art. 44(1)(e)"), TaskRating.Good, 5, YearProperty.RatedExcellent, 1, AwardKind.PrimeMinisterCertificateOfMerit, AwardKind.LabourOrderThirdClass),
            ]),
        };
        AddMedals(criteria, law.At("commemorative medals: once per person, never posthumously (kept from the 2003 law)", unconfirmed: true), principles);
        var voteRules = new[]
        {
            new VoteRule(AwardKind.NationalEmulationFighter, 90m, 2, 3, votes),
            new VoteRule(AwardKind.MinistryProvinceEmulationFighter, 90m, 2, 3, votes),
            new VoteRule(AwardKind.GrassrootsEmulationFighter, 80m, 2, 3, votes),
            new VoteRule(AwardKind.MinistryProvinceEmulationFlag, 80m, 2, 3, votes.AsUnconfirmed()),
            new VoteRule(AwardKind.GovernmentEmulationFlag, 80m, 2, 3, votes.AsUnconfirmed()),
        };
        return new RuleSet(id, name, [law, decree], from, until, criteria, [], voteRules);
    }

    /// <summary>The commemorative medals under the default policy; the forms of the Party and the mass organisations have no encoded criteria (unconfirmed), so they answer NeedsReview.</summary>
    private static void AddMedals(List<AwardCriteria> criteria, LegalCitation onceOnly, LegalCitation principles)
    {
        criteria.Add(CommemorativeMedalPolicy.Default.CriteriaFor(AwardKind.MassMobilizationMedal, onceOnly, principles));
        criteria.Add(CommemorativeMedalPolicy.Default.CriteriaFor(AwardKind.NationalUnityMedal, onceOnly, principles));
    }

    private static EligibilityRule[] Gates(LegalCitation principles) =>
    [
        new NoPendingProceedingsRule(AwardRuleCodes.NoPending, principles),
        new YearNotDisciplinedRule(AwardRuleCodes.NotDisciplined, principles),
    ];

    private static AwardCriteria AdvancedWorker(LegalCitation article) =>
        new(AwardKind.AdvancedWorker, RecipientKinds.Individual, [
            new NoPendingProceedingsRule(AwardRuleCodes.NoPending, article),
            new YearNotDisciplinedRule(AwardRuleCodes.NotDisciplined, article),
            new RatingAtLeastRule(AwardRuleCodes.AdvancedWorkerRating, article, TaskRating.Good),
            new YearFactRule(AwardRuleCodes.AdvancedWorkerEmulation, article, YearFact.TookPartInEmulation),
        ]);

    private static AwardCriteria MinistryProvinceFighter(LegalCitation article) =>
        new(AwardKind.MinistryProvinceEmulationFighter, RecipientKinds.Individual, [
            new NoPendingProceedingsRule(AwardRuleCodes.NoPending, article),
            new YearNotDisciplinedRule(AwardRuleCodes.NotDisciplined, article),
            new ConsecutiveRule(AwardRuleCodes.MinistryProvinceFighterThreeGrassrootsTitles, article, YearProperty.GrassrootsFighterTitle, 3),
            new InitiativeRule(AwardRuleCodes.MinistryProvinceFighterInitiative, article, InitiativeScope.MinistryProvince, 1, 3),
        ]);

    private static AwardCriteria NationalFighter(LegalCitation article) =>
        new(AwardKind.NationalEmulationFighter, RecipientKinds.Individual, [
            new NoPendingProceedingsRule(AwardRuleCodes.NoPending, article),
            new YearNotDisciplinedRule(AwardRuleCodes.NotDisciplined, article),
            new ConsecutiveRule(AwardRuleCodes.NationalFighterTwoMinistryProvinceTitles, article, YearProperty.MinistryProvinceFighterTitle, 2, 3),
            new InitiativeRule(AwardRuleCodes.NationalFighterInitiative, article, InitiativeScope.National, 1, 6),
        ]);

    private static AwardCriteria AdvancedCollective(LegalCitation article, LegalCitation principles) =>
        new(AwardKind.AdvancedCollective, RecipientKinds.Collective, [
            new NoPendingProceedingsRule(AwardRuleCodes.NoPending, principles),
            new RatingAtLeastRule(AwardRuleCodes.AdvancedCollectiveRating, article, TaskRating.Good),
            new MembershipShareRule(AwardRuleCodes.AdvancedCollectiveAdvancedWorkers, article, MembershipField.AdvancedWorkers, 70m),
            new MembershipCountRule(AwardRuleCodes.AdvancedCollectiveNoWarning, article, MembershipField.DisciplinedWarningOrAbove, 0, 0),
        ]);

    private static AwardCriteria ExcellentCollective(LegalCitation article, LegalCitation principles) =>
        new(AwardKind.ExcellentCollective, RecipientKinds.Collective, [
            new NoPendingProceedingsRule(AwardRuleCodes.NoPending, principles),
            new RatingAtLeastRule(AwardRuleCodes.ExcellentCollectiveRating, article, TaskRating.Excellent),
            new MembershipShareRule(AwardRuleCodes.ExcellentCollectiveAllCompleted, article, MembershipField.CompletedTasks, 100m),
            new MembershipShareRule(AwardRuleCodes.ExcellentCollectiveAdvancedWorkers, article, MembershipField.AdvancedWorkers, 70m),
            new MembershipCountRule(AwardRuleCodes.ExcellentCollectiveGrassrootsFighter, article, MembershipField.GrassrootsFighters, 1, null),
            new MembershipCountRule(AwardRuleCodes.ExcellentCollectiveNoWarning, article.AsUnconfirmed(), MembershipField.DisciplinedWarningOrAbove, 0, 0),
        ]);

    private static AwardCriteria MinistryProvinceFlag(LegalCitation article, LegalCitation principles) =>
        new(AwardKind.MinistryProvinceEmulationFlag, RecipientKinds.Collective, [
            new NoPendingProceedingsRule(AwardRuleCodes.NoPending, principles),
            new AnyOfRule(AwardRuleCodes.MinistryProvinceFlagOneOf, article, Explanation.TemplateOf(AwardRuleCodes.MinistryProvinceFlagOneOf, DisplayLanguage.English), [
                new YearFactRule(AwardRuleCodes.MinistryProvinceFlagCluster, article, YearFact.LedEmulationCluster),
                new YearFactRule(AwardRuleCodes.MinistryProvinceFlagCampaign, article, YearFact.LedThematicCampaign),
            ]),
        ]);

    private static AwardCriteria GovernmentFlag(LegalCitation article, LegalCitation principles) =>
        new(AwardKind.GovernmentEmulationFlag, RecipientKinds.Collective, [
            new NoPendingProceedingsRule(AwardRuleCodes.NoPending, principles),
            new AnyOfRule(AwardRuleCodes.GovernmentFlagOneOf, article, Explanation.TemplateOf(AwardRuleCodes.GovernmentFlagOneOf, DisplayLanguage.English), [
                new MeetsKindRule(AwardRuleCodes.GovernmentFlagMinistryProvinceFlag, article, AwardKind.MinistryProvinceEmulationFlag),
                new YearFactRule(AwardRuleCodes.GovernmentFlagCentralBloc, article, YearFact.LedCentralBloc),
                new YearFactRule(AwardRuleCodes.GovernmentFlagPrimeMinisterCampaign, article, YearFact.LedPrimeMinisterCampaign),
            ]),
        ]);
}
