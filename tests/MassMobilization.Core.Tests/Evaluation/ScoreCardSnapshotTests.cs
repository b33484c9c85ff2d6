using System.Linq;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Evaluation;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Tests.Infrastructure;
using Xunit;
using static MassMobilization.Core.Tests.Evaluation.EvaluationFixtures;

namespace MassMobilization.Core.Tests.Evaluation;

public sealed class ScoreCardSnapshotTests
{
    [Fact]
    public void Excellent_ward_with_capped_bonus_and_review_differences()
    {
        var review = Full().Select(s => s.CriterionId switch
        {
            "A3" => new CriterionScore("A3", 1.5m),
            "B2.2" => new CriterionScore("B2.2", 6m),
            _ => s,
        }).ToArray();
        var self = Full().Select(s => s.CriterionId == "B6" ? new CriterionScore("B6", 9m) : s).ToArray();
        var sheet = Sheet(
            self,
            review,
            bonuses: [Model(2m), BonusClaim.ForRecognition(RubricPresets.CanTho2025Items.RecognisedModel, RecognisedModel(Unit).RecognitionAsOf(new NodaTime.LocalDate(2025, 12, 10))!, 1m), Exemplar(1m)],
            penalties: [Late(0.5m)]);
        Snapshot.Verify(Preset.Score(sheet));
    }

    [Fact]
    public void Zero_criterion_drops_a_high_score_to_completed()
    {
        var sheet = Sheet(WithTotal(96m, zeroCriterion: "A4"), name: "Xã Phong Điền");
        Snapshot.Verify(Preset.Score(sheet));
    }

    [Fact]
    public void Discipline_cap_and_automatic_fail()
    {
        var capped = Sheet(
            WithTotal(97m),
            disciplines: [new LeaderDiscipline(LeaderRole.Head, LeaderDisciplineLevel.Reprimand, "Trần Văn B", DocumentNumber.Party(12, "QĐ", "ĐU"))],
            name: "Sở Nội vụ");
        var failed = Sheet(
            null,
            WithTotal(88m),
            penalties: [Hotspot(2m), Hotspot(2m)],
            fails: [RubricPresets.CanTho2025Fails.Corruption],
            disciplines: [new LeaderDiscipline(LeaderRole.DeputyHead, LeaderDisciplineLevel.Warning)],
            unit: new UnitCode("31120"),
            name: "Phường Cái Răng");
        Snapshot.Verify(new[] { Preset.Score(capped), Preset.Score(failed) });
    }

    [Fact]
    public void Cluster_ranking_explains_every_place()
    {
        var cards = new[]
        {
            Preset.Score(Sheet(WithTotal(92m), unit: new UnitCode("31101"), name: "Phường Tân An")),
            Preset.Score(Sheet(WithTotal(91m), bonuses: [Exemplar(1m)], unit: new UnitCode("31102"), name: "Phường Ninh Kiều")),
            Preset.Score(Sheet(WithTotal(92m), fails: [RubricPresets.CanTho2025Fails.SeriousDisunity], unit: new UnitCode("31103"), name: "Phường Cái Khế")),
            Preset.Score(Sheet(WithTotal(96m), unit: new UnitCode("31104"), name: "Phường An Bình")),
            Preset.Score(Sheet(WithTotal(80m), unit: new UnitCode("31105"), name: "Phường Bình Thủy")),
            Preset.Score(Sheet(WithTotal(80m), unit: new UnitCode("31106"), name: "Phường Long Tuyền")),
        };
        var ranking = ClusterRanking.Rank(cards.Reverse());
        Snapshot.Verify(ranking.Select(r => new { r.Rank, Unit = r.Item.Unit.Value, r.Item.UnitName, r.Item.FinalScore, r.Item.Grade, r.DecidedBy, r.Explanation }).ToArray());
    }
}
