using MassMobilization.Core.Documents;
using MassMobilization.Core.Mobilization;
using MassMobilization.Core.Text;

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
        // The titles are the English texts of the explanation catalogue, so a score card writes them in either language (RubricTexts).
        static string T(string code) => Explanation.TemplateOf(code, DisplayLanguage.English);

        const string C = CanTho2025Citation;
        var organising = new RubricSection("A", T(ExplanationCodes.CanTho2025SectionA), 10m, [
            new RubricCriterion("A1", T(ExplanationCodes.CanTho2025A1), 3m),
            new RubricCriterion("A2", T(ExplanationCodes.CanTho2025A2), 3m),
            new RubricCriterion("A3", T(ExplanationCodes.CanTho2025A3), 2m),
            new RubricCriterion("A4", T(ExplanationCodes.CanTho2025A4), 2m),
        ]);
        var implementing = new RubricSection("B", T(ExplanationCodes.CanTho2025SectionB), 90m, [
            new RubricCriterion("B1", T(ExplanationCodes.CanTho2025B1), 15m, [
                new RubricCriterion("B1.1", T(ExplanationCodes.CanTho2025B11), 8m),
                new RubricCriterion("B1.2", T(ExplanationCodes.CanTho2025B12), 7m),
            ]),
            new RubricCriterion("B2", T(ExplanationCodes.CanTho2025B2), 20m, [
                new RubricCriterion("B2.1", T(ExplanationCodes.CanTho2025B21), 6m),
                new RubricCriterion("B2.2", T(ExplanationCodes.CanTho2025B22), 7m),
                new RubricCriterion("B2.3", T(ExplanationCodes.CanTho2025B23), 7m),
            ]),
            new RubricCriterion("B3", T(ExplanationCodes.CanTho2025B3), 15m),
            new RubricCriterion("B4", T(ExplanationCodes.CanTho2025B4), 15m),
            new RubricCriterion("B5", T(ExplanationCodes.CanTho2025B5), 10m),
            new RubricCriterion("B6", T(ExplanationCodes.CanTho2025B6), 10m),
            new RubricCriterion("B7", T(ExplanationCodes.CanTho2025B7), 5m),
        ]);
        var bonus = new AdjustmentRules(3m, [
            new AdjustmentItem(CanTho2025Items.RecognisedModel, T(ExplanationCodes.CanTho2025RecognisedModel), 1.5m, RecognitionSubject.Model),
            new AdjustmentItem(CanTho2025Items.RecognisedExemplar, T(ExplanationCodes.CanTho2025RecognisedExemplar), 1m, RecognitionSubject.Exemplar),
        ], C);
        var penalty = new AdjustmentRules(3m, [
            new AdjustmentItem(CanTho2025Items.LateReport, T(ExplanationCodes.CanTho2025LateReport), 1m),
            new AdjustmentItem(CanTho2025Items.Hotspot, T(ExplanationCodes.CanTho2025Hotspot), 2m),
        ], C);
        return new Rubric(
            CanTho2025Id,
            T(ExplanationCodes.CanTho2025Name),
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
                new AutomaticFailCondition(CanTho2025Fails.Corruption, T(ExplanationCodes.CanTho2025Corruption), FailTrigger.Reported, C),
                new AutomaticFailCondition(CanTho2025Fails.SeriousDisunity, T(ExplanationCodes.CanTho2025SeriousDisunity), FailTrigger.Reported, C),
                new AutomaticFailCondition(CanTho2025Fails.LeaderDismissed, T(ExplanationCodes.CanTho2025LeaderDismissed), FailTrigger.LeaderDismissed, C),
                new AutomaticFailCondition(CanTho2025Fails.CriminalProsecution, T(ExplanationCodes.CanTho2025CriminalProsecution), FailTrigger.Reported, C),
                new AutomaticFailCondition(CanTho2025Fails.MissingSelfAssessment, T(ExplanationCodes.CanTho2025NoSelfAssessment), FailTrigger.MissingSelfAssessment, C),
            ],
            [
                new DisciplineCap(LeaderDisciplineLevel.Reprimand, EvaluationGrade.Good, C),
                new DisciplineCap(LeaderDisciplineLevel.Warning, EvaluationGrade.Completed, C),
            ],
            new AwardProposalPolicy(EvaluationGrade.Good, C));
    }
}
