using MassMobilization.Core.Documents;
using MassMobilization.Core.Mobilization;

namespace MassMobilization.Core.Evaluation;

/// <summary>Built-in rubrics published by provinces.</summary>
public static class RubricPresets
{
    /// <summary>The citation of Cần Thơ decision 2579/QĐ-UBND (2025-11-21).</summary>
    public const string CanTho2025Citation = "Decision 2579/QĐ-UBND of the Cần Thơ City People's Committee (2025-11-21)";

    /// <summary>The id of <see cref="CanTho2025"/>.</summary>
    public const string CanTho2025Id = "CT-2579-2025";

    /// <summary>The ids of the automatic-fail conditions of <see cref="CanTho2025"/>.</summary>
    public static class CanTho2025Fails
    {
        /// <summary>Corruption (tham nhũng) in the unit.</summary>
        public const string Corruption = "CORRUPTION";

        /// <summary>Serious disunity (mất đoàn kết nghiêm trọng) in the unit.</summary>
        public const string SeriousDisunity = "SERIOUS-DISUNITY";

        /// <summary>A leader of the unit dismissed (cách chức); also triggered by a <see cref="LeaderDisciplineLevel.Dismissal"/> record.</summary>
        public const string LeaderDismissed = "LEADER-DISMISSED";

        /// <summary>A member of staff criminally prosecuted (truy cứu trách nhiệm hình sự).</summary>
        public const string CriminalProsecution = "CRIMINAL-PROSECUTION";

        /// <summary>No self-assessment (không tự chấm điểm); triggered when the sheet has none.</summary>
        public const string MissingSelfAssessment = "NO-SELF-ASSESSMENT";
    }

    /// <summary>The ids of the bonus and penalty items of <see cref="CanTho2025"/> (illustrative, see <see cref="CanTho2025"/>).</summary>
    public static class CanTho2025Items
    {
        /// <summary>Bonus: a "Dân vận khéo" model recognised by a competent body.</summary>
        public const string RecognisedModel = "DVK-MODEL";

        /// <summary>Bonus: a "Dân vận khéo" exemplar (collective or individual) recognised by a competent body.</summary>
        public const string RecognisedExemplar = "DVK-EXEMPLAR";

        /// <summary>Penalty: a report or the self-assessment sent late or incomplete.</summary>
        public const string LateReport = "LATE-REPORT";

        /// <summary>Penalty: a complex mass incident or petition hotspot arising in the unit's area.</summary>
        public const string Hotspot = "HOTSPOT";
    }

    /// <summary>
    /// Gets the rubric of Cần Thơ decision 2579/QĐ-UBND (2025-11-21) for grading agencies' and communes'
    /// mass mobilization and grassroots democracy work (docs/evaluation.md, "Cần Thơ 2025 preset").
    /// </summary>
    /// <remarks>
    /// <para>
    /// Exact from the decision: base 100 = 10 points for organising the work (section A) + 90 for
    /// advising and implementing (section B); bonus up to +3 for "Dân vận khéo" models or exemplars
    /// recognised by a competent body; penalty up to −3; excellent ≥ 95 with no criterion scored 0,
    /// good 85 to &lt; 95 with no criterion scored 0, completed 75 to &lt; 85, not completed &lt; 75 or on
    /// corruption, serious disunity, dismissal of a leader, criminal prosecution of staff, or a missing
    /// self-assessment; a reprimand of a head or deputy head caps the grade at good, a warning at
    /// completed; only units graded at least good may be proposed for awards.
    /// </para>
    /// <para>
    /// <b>Illustrative</b> (the criterion list is not in our sources): the split of sections A and B into
    /// criteria and sub-criteria, their titles and maxima, and the bonus and penalty items with their
    /// per-entry limits. They keep the confirmed totals; replace them with the decision's own list by
    /// building a <see cref="Rubric"/> from data.
    /// </para>
    /// </remarks>
    public static Rubric CanTho2025 { get; } = BuildCanTho2025();

    private static Rubric BuildCanTho2025()
    {
        const string C = CanTho2025Citation;
        var organising = new RubricSection("A", "Organising the work (illustrative split)", 10m, [
            new RubricCriterion("A1", "Yearly plan for mass mobilization and grassroots democracy work issued on time", 3m),
            new RubricCriterion("A2", "Leaders and staff in charge assigned; grassroots democracy steering committee working to its regulation", 3m),
            new RubricCriterion("A3", "Periodic and ad-hoc reports complete and on time", 2m),
            new RubricCriterion("A4", "Inspection, supervision, interim and final reviews held", 2m),
        ]);
        var implementing = new RubricSection("B", "Advising and implementing (illustrative split)", 90m, [
            new RubricCriterion("B1", "Advising on and carrying out Party resolutions and directives on mass mobilization", 15m, [
                new RubricCriterion("B1.1", "Resolutions and directives disseminated to cadres and members", 8m),
                new RubricCriterion("B1.2", "Programmes and plans that put them into practice", 7m),
            ]),
            new RubricCriterion("B2", "Grassroots democracy (Law 10/2022/QH15) carried out", 20m, [
                new RubricCriterion("B2.1", "Information published as the law requires", 6m),
                new RubricCriterion("B2.2", "Dialogue between the leaders and the people held", 7m),
                new RubricCriterion("B2.3", "Citizens received and their petitions settled", 7m),
            ]),
            new RubricCriterion("B3", "Mass mobilization by State bodies: administrative reform, conduct of officials", 15m),
            new RubricCriterion("B4", "\"Dân vận khéo\" emulation movement: models registered, carried out and reviewed", 15m),
            new RubricCriterion("B5", "Coordination with the Fatherland Front and socio-political organisations", 10m),
            new RubricCriterion("B6", "Complaints, denunciations and hotspots handled; security and order kept", 10m),
            new RubricCriterion("B7", "Training of cadres doing mass mobilization work", 5m),
        ]);
        var bonus = new AdjustmentRules(3m, [
            new AdjustmentItem(CanTho2025Items.RecognisedModel, "\"Dân vận khéo\" model recognised by a competent body (illustrative limit)", 1.5m, RecognitionSubject.Model),
            new AdjustmentItem(CanTho2025Items.RecognisedExemplar, "\"Dân vận khéo\" exemplar recognised by a competent body (illustrative limit)", 1m, RecognitionSubject.Exemplar),
        ], C);
        var penalty = new AdjustmentRules(3m, [
            new AdjustmentItem(CanTho2025Items.LateReport, "Report or self-assessment late or incomplete (illustrative limit)", 1m),
            new AdjustmentItem(CanTho2025Items.Hotspot, "Complex mass incident or petition hotspot in the area (illustrative limit)", 2m),
        ], C);
        return new Rubric(
            CanTho2025Id,
            "Cần Thơ 2025: scoring and grading mass mobilization and grassroots democracy work",
            C,
            DocumentNumber.State(2579, "QĐ", "UBND"),
            100m,
            [organising, implementing],
            bonus,
            penalty,
            [
                new GradeBand(EvaluationGrade.Excellent, 95m, requiresNoZeroCriterion: true, C),
                new GradeBand(EvaluationGrade.Good, 85m, requiresNoZeroCriterion: true, C),
                new GradeBand(EvaluationGrade.Completed, 75m, requiresNoZeroCriterion: false, C),
                new GradeBand(EvaluationGrade.NotCompleted, 0m, requiresNoZeroCriterion: false, C),
            ],
            [
                new AutomaticFailCondition(CanTho2025Fails.Corruption, "Corruption in the unit", FailTrigger.Reported, C),
                new AutomaticFailCondition(CanTho2025Fails.SeriousDisunity, "Serious disunity in the unit", FailTrigger.Reported, C),
                new AutomaticFailCondition(CanTho2025Fails.LeaderDismissed, "A leader of the unit dismissed", FailTrigger.LeaderDismissed, C),
                new AutomaticFailCondition(CanTho2025Fails.CriminalProsecution, "A member of staff criminally prosecuted", FailTrigger.Reported, C),
                new AutomaticFailCondition(CanTho2025Fails.MissingSelfAssessment, "No self-assessment", FailTrigger.MissingSelfAssessment, C),
            ],
            [
                new DisciplineCap(LeaderDisciplineLevel.Reprimand, EvaluationGrade.Good, C),
                new DisciplineCap(LeaderDisciplineLevel.Warning, EvaluationGrade.Completed, C),
            ],
            new AwardProposalPolicy(EvaluationGrade.Good, C));
    }
}
