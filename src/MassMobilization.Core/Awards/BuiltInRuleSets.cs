using System.Collections.Generic;
using NodaTime;

namespace MassMobilization.Core.Awards;

/// <summary>
/// The three built-in rule sets (domain.md §8 "Versions of the rules"): Law 2003 + Decree 91/2017 up to 2023-12-31,
/// Law 06/2022/QH15 + Decree 98/2023/NĐ-CP from 2024-01-01 to 2025-06-30, and Law 06/2022/QH15 + Decree 152/2025/NĐ-CP
/// from 2025-07-01. Each rule carries its stable code, its article and its parameters as data.
/// </summary>
/// <remarks>
/// Kinds without encoded criteria in a set (for example the forms of commendation under the 2003 law, whose criteria
/// domain.md does not give, or cultural families and villages) answer <see cref="Verdict.NeedsReview"/>.
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
            new MeetsKindRule("AWD-CSTDCS-LDTT", law.At("art. 23"), AwardKind.AdvancedWorker),
            new InitiativeRule("AWD-CSTDCS-INITIATIVE-REQUIRED", decree.At("art. 9"), InitiativeScope.Grassroots, 1, 1),
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
                new MeetsKindRule("AWD-CSTDCS-LDTT", law.At("art. 23"), AwardKind.AdvancedWorker),
                new AnyOfRule("AWD-CSTDCS-ONE-OF", law.At("art. 23"), "Excellent rating, a grassroots initiative, an accepted science project or combat ingenuity (no initiative required since 2024)", [
                    new RatingAtLeastRule("AWD-CSTDCS-EXCELLENT", law.At("art. 23"), TaskRating.Excellent),
                    new InitiativeRule("AWD-CSTDCS-INITIATIVE", law.At("art. 23"), InitiativeScope.Grassroots, 1, 1),
                    new YearFactRule("AWD-CSTDCS-SCIENCE", law.At("art. 23"), YearFact.ScienceProjectOrCombatIngenuity),
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
                new RatingAtLeastRule("AWD-GK-RATING", law.At("art. 75"), TaskRating.Good),
                new YearFactRule("AWD-GK-ACHIEVEMENT", law.At("art. 75"), YearFact.NotableAchievement),
            ]),
            new(AwardKind.MinistryProvinceCertificateOfMerit, RecipientKinds.Individual, [
                .. gates,
                new AnyOfRule("AWD-BKT-ONE-OF", law.At("art. 74"), "Outstanding in a campaign it launched, 2 consecutive grassroots emulation fighter titles, or 2 consecutive excellent years with 2 grassroots initiatives", [
                    new YearFactRule("AWD-BKT-CAMPAIGN", law.At("art. 74"), YearFact.OutstandingInProvincialCampaign),
                    new ConsecutiveRule("AWD-BKT-2-CSTDCS", law.At("art. 74"), YearProperty.GrassrootsFighterTitle, 2),
                    new AllOfRule("AWD-BKT-EXCELLENT-INITIATIVES", law.At("art. 74"), "2 consecutive years rated excellent with 2 grassroots initiatives", [
                        new ConsecutiveRule("AWD-BKT-2-EXCELLENT", law.At("art. 74"), YearProperty.RatedExcellent, 2),
                        new InitiativeRule("AWD-BKT-2-INITIATIVES", law.At("art. 74"), InitiativeScope.Grassroots, 2, 2),
                    ]),
                ]),
            ]),
            new(AwardKind.MinistryProvinceCertificateOfMerit, RecipientKinds.Collective, [
                .. gates,
                new AnyOfRule("AWD-BKT-COLLECTIVE-ONE-OF", law.At("art. 74"), "2 consecutive years rated excellent or 2 consecutive Tập thể lao động xuất sắc titles", [
                    new ConsecutiveRule("AWD-BKT-COLLECTIVE-2-EXCELLENT", law.At("art. 74"), YearProperty.RatedExcellent, 2),
                    new ConsecutiveRule("AWD-BKT-COLLECTIVE-2-TTLDXS", law.At("art. 74"), YearProperty.ExcellentCollectiveTitle, 2),
                ]),
            ]),
            new(AwardKind.PrimeMinisterCertificateOfMerit, RecipientKinds.Individual, [
                .. gates,
                new HoldsAwardRule("AWD-BKTTG-HOLDS-BKT", law.At("art. 73(1)(b)"), AwardKind.MinistryProvinceCertificateOfMerit),
                new RatedRunRule("AWD-BKTTG-5-YEARS", law.At("art. 73(1)(b)"), TaskRating.Good, 5, YearProperty.GrassrootsFighterTitle, 3, AwardKind.MinistryProvinceCertificateOfMerit, AwardKind.PrimeMinisterCertificateOfMerit),
            ]),
            new(AwardKind.LabourOrderThirdClass, RecipientKinds.Individual, [
                .. gates,
                new HoldsAwardRule("AWD-HCLD3-HOLDS-BKTTG", law.At("art. 44(1)(e)"), AwardKind.PrimeMinisterCertificateOfMerit),
                new RatedRunRule("AWD-HCLD3-5-YEARS-CSTDCS", law.At("art. 44(1)(e)"), TaskRating.Good, 5, YearProperty.GrassrootsFighterTitle, 3, AwardKind.PrimeMinisterCertificateOfMerit, AwardKind.LabourOrderThirdClass),
                new RatedRunRule("AWD-HCLD3-5-YEARS-EXCELLENT", law.At("art. 44(1)(e)"), TaskRating.Good, 5, YearProperty.RatedExcellent, 1, AwardKind.PrimeMinisterCertificateOfMerit, AwardKind.LabourOrderThirdClass),
            ]),
        };
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

    private static EligibilityRule[] Gates(LegalCitation principles) =>
    [
        new NoPendingProceedingsRule("AWD-NO-PENDING", principles),
        new YearNotDisciplinedRule("AWD-NOT-DISCIPLINED", principles),
    ];

    private static AwardCriteria AdvancedWorker(LegalCitation article) =>
        new(AwardKind.AdvancedWorker, RecipientKinds.Individual, [
            new NoPendingProceedingsRule("AWD-NO-PENDING", article),
            new YearNotDisciplinedRule("AWD-NOT-DISCIPLINED", article),
            new RatingAtLeastRule("AWD-LDTT-RATING", article, TaskRating.Good),
            new YearFactRule("AWD-LDTT-EMULATION", article, YearFact.TookPartInEmulation),
        ]);

    private static AwardCriteria MinistryProvinceFighter(LegalCitation article) =>
        new(AwardKind.MinistryProvinceEmulationFighter, RecipientKinds.Individual, [
            new NoPendingProceedingsRule("AWD-NO-PENDING", article),
            new YearNotDisciplinedRule("AWD-NOT-DISCIPLINED", article),
            new ConsecutiveRule("AWD-CSTDT-3-CSTDCS", article, YearProperty.GrassrootsFighterTitle, 3),
            new InitiativeRule("AWD-CSTDT-INITIATIVE", article, InitiativeScope.MinistryProvince, 1, 3),
        ]);

    private static AwardCriteria NationalFighter(LegalCitation article) =>
        new(AwardKind.NationalEmulationFighter, RecipientKinds.Individual, [
            new NoPendingProceedingsRule("AWD-NO-PENDING", article),
            new YearNotDisciplinedRule("AWD-NOT-DISCIPLINED", article),
            new ConsecutiveRule("AWD-CSTDTQ-2-CSTDT", article, YearProperty.MinistryProvinceFighterTitle, 2, 3),
            new InitiativeRule("AWD-CSTDTQ-INITIATIVE", article, InitiativeScope.National, 1, 6),
        ]);

    private static AwardCriteria AdvancedCollective(LegalCitation article, LegalCitation principles) =>
        new(AwardKind.AdvancedCollective, RecipientKinds.Collective, [
            new NoPendingProceedingsRule("AWD-NO-PENDING", principles),
            new RatingAtLeastRule("AWD-TTLDTT-RATING", article, TaskRating.Good),
            new MembershipShareRule("AWD-TTLDTT-70-LDTT", article, MembershipField.AdvancedWorkers, 70m),
            new MembershipCountRule("AWD-TTLDTT-NO-WARNING", article, MembershipField.DisciplinedWarningOrAbove, 0, 0),
        ]);

    private static AwardCriteria ExcellentCollective(LegalCitation article, LegalCitation principles) =>
        new(AwardKind.ExcellentCollective, RecipientKinds.Collective, [
            new NoPendingProceedingsRule("AWD-NO-PENDING", principles),
            new RatingAtLeastRule("AWD-TTLDXS-RATING", article, TaskRating.Excellent),
            new MembershipShareRule("AWD-TTLDXS-ALL-COMPLETED", article, MembershipField.CompletedTasks, 100m),
            new MembershipShareRule("AWD-TTLDXS-70-LDTT", article, MembershipField.AdvancedWorkers, 70m),
            new MembershipCountRule("AWD-TTLDXS-CSTDCS", article, MembershipField.GrassrootsFighters, 1, null),
            new MembershipCountRule("AWD-TTLDXS-NO-WARNING", article.AsUnconfirmed(), MembershipField.DisciplinedWarningOrAbove, 0, 0),
        ]);

    private static AwardCriteria MinistryProvinceFlag(LegalCitation article, LegalCitation principles) =>
        new(AwardKind.MinistryProvinceEmulationFlag, RecipientKinds.Collective, [
            new NoPendingProceedingsRule("AWD-NO-PENDING", principles),
            new AnyOfRule("AWD-COTDT-ONE-OF", article, "Leading unit of a cluster or bloc, or leader of a thematic campaign of at least 3 years", [
                new YearFactRule("AWD-COTDT-CLUSTER", article, YearFact.LedEmulationCluster),
                new YearFactRule("AWD-COTDT-CAMPAIGN", article, YearFact.LedThematicCampaign),
            ]),
        ]);

    private static AwardCriteria GovernmentFlag(LegalCitation article, LegalCitation principles) =>
        new(AwardKind.GovernmentEmulationFlag, RecipientKinds.Collective, [
            new NoPendingProceedingsRule("AWD-NO-PENDING", principles),
            new AnyOfRule("AWD-COTDCP-ONE-OF", article, "Chosen among the ministry/province flag holders, leader of a Central Council bloc, or leader of a Prime Minister's campaign of at least 5 years", [
                new MeetsKindRule("AWD-COTDCP-COTDT", article, AwardKind.MinistryProvinceEmulationFlag),
                new YearFactRule("AWD-COTDCP-CENTRAL-BLOC", article, YearFact.LedCentralBloc),
                new YearFactRule("AWD-COTDCP-PM-CAMPAIGN", article, YearFact.LedPrimeMinisterCampaign),
            ]),
        ]);
}
