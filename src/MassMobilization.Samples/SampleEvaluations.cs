using System.Collections.Generic;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Evaluation;
using MassMobilization.Core.Mobilization;
using MassMobilization.Core.Organization;
using MassMobilization.Samples.Generators;

namespace MassMobilization.Samples;

/// <summary>
/// The 2025 score sheets of the sample's five new communes on the Cần Thơ 2025 rubric
/// (<see cref="RubricPresets.CanTho2025"/>), chosen so that every kind of decision appears once: an
/// excellent unit with a recognised model, an excellent score capped at good by a reprimand, a good
/// unit whose reviewer corrected its self-assessment, a completed unit with a penalty, and a unit
/// with a criterion scored zero. The points are illustrative.
/// </summary>
public static class SampleEvaluations
{
    /// <summary>Gets the sheets, in unit code order.</summary>
    /// <returns>The sheets.</returns>
    public static IReadOnlyList<ScoreSheet> Sheets()
    {
        var rubric = RubricPresets.CanTho2025;
        var names = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var (code, name, _, _) in HaNoiSample.NewCommunes)
        {
            names[code] = name;
        }

        return
        [
            Sheet(rubric, "00646", names, reviewShare: 0.98m, selfShare: 0.99m)
                .WithBonuses([new BonusClaim(RubricPresets.CanTho2025Items.RecognisedModel, RecognitionSubject.Model, "Cà phê sáng – trò chuyện với dân", ModelLevel.District, DocumentNumber.State(215, "QĐ", "UBND"), "Ủy ban nhân dân huyện Thanh Trì", 1m)]),
            Sheet(rubric, "00649", names, reviewShare: 0.97m, selfShare: 0.97m)
                .WithDisciplines([new LeaderDiscipline(LeaderRole.DeputyHead, LeaderDisciplineLevel.Reprimand)]),
            Sheet(rubric, "00658", names, reviewShare: 0.88m, selfShare: 0.95m),
            Sheet(rubric, "00670", names, reviewShare: 0.82m, selfShare: 0.84m)
                .WithPenalties([new PenaltyEntry(RubricPresets.CanTho2025Items.LateReport, "Báo cáo sơ kết gửi chậm", 0.5m)]),
            Sheet(rubric, "00679", names, reviewShare: 0.99m, selfShare: 0.99m, zeroCriterion: 2),
        ];
    }

    private static ScoreSheet Sheet(Rubric rubric, string code, Dictionary<string, string> names, decimal reviewShare, decimal selfShare, int zeroCriterion = -1)
    {
        var self = new List<CriterionScore>();
        var review = new List<CriterionScore>();
        for (int i = 0; i < rubric.ScoredCriteria.Count; i++)
        {
            var criterion = rubric.ScoredCriteria[i];
            self.Add(new CriterionScore(criterion.Id, i == zeroCriterion ? 0m : QuarterPoints(criterion.MaxPoints * selfShare)));
            review.Add(new CriterionScore(criterion.Id, i == zeroCriterion ? 0m : QuarterPoints(criterion.MaxPoints * reviewShare)));
        }

        return new ScoreSheet(rubric, new UnitCode(code), names[code], self, review);
    }

    private static decimal QuarterPoints(decimal points) => decimal.Floor(points * 4m) / 4m;
}
