using System;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Evaluation;
using MassMobilization.Core.Mobilization;
using MassMobilization.Core.Organization;
using NodaTime;
using Xunit;
using static MassMobilization.Core.Tests.Evaluation.EvaluationFixtures;

namespace MassMobilization.Core.Tests.Evaluation;

public sealed class BonusEvidenceTests
{
    private static readonly LocalDate ScoringDay = new(2025, 12, 10);

    private static string RuleOf(Action action) => Assert.Throws<DomainRuleException>(action).RuleCode;

    [Fact]
    public void A_model_recognised_in_the_Mobilization_register_earns_the_bonus_and_is_named_on_the_card()
    {
        var recognition = RecognisedModel(Unit).RecognitionAsOf(ScoringDay);
        Assert.NotNull(recognition);
        var claim = BonusClaim.ForRecognition(RubricPresets.CanTho2025Items.RecognisedModel, recognition, 1m);
        Assert.Equal(RecognitionSubject.Model, claim.Subject);
        Assert.Equal(ModelLevel.Province, claim.Level);
        Assert.Equal(DocumentNumber.State(1234, "QĐ", "UBND"), claim.Decision);

        var card = Preset.Score(Sheet(WithTotal(94m), bonuses: [claim]));
        Assert.Equal(95m, card.FinalScore);
        Assert.Equal(EvaluationGrade.Excellent, card.Grade);
        var line = Assert.Single(card.Bonuses);
        Assert.Same(recognition, line.Claim!.Recognition);
        Assert.Contains("CT-2025-0007 'Piggy banks for social security'", line.Evidence, StringComparison.Ordinal);
        Assert.Contains("1234/QĐ-UBND", line.Evidence, StringComparison.Ordinal);
        Assert.Contains(card.Explanation, l => l.StartsWith("Bonus DVK-MODEL", StringComparison.Ordinal) && l.Contains("CT-2025-0007", StringComparison.Ordinal));
    }

    [Fact]
    public void A_model_not_yet_recognised_has_no_recognition_to_claim()
    {
        Assert.Null(RecognisedModel(Unit).RecognitionAsOf(new LocalDate(2025, 11, 27)));
    }

    [Fact]
    public void Another_units_model_is_refused()
    {
        var recognition = RecognisedModel(new UnitCode("31999")).RecognitionAsOf(ScoringDay)!;
        var claim = BonusClaim.ForRecognition(RubricPresets.CanTho2025Items.RecognisedModel, recognition, 1m);
        Assert.Equal("EVAL-BONUS-OTHER-UNIT", RuleOf(() => Sheet(Full(), bonuses: [claim])));
    }

    [Fact]
    public void A_model_under_the_exemplar_item_is_refused()
    {
        var recognition = RecognisedModel(Unit).RecognitionAsOf(ScoringDay)!;
        var claim = BonusClaim.ForRecognition(RubricPresets.CanTho2025Items.RecognisedExemplar, recognition, 1m);
        Assert.Equal("EVAL-BONUS-WRONG-SUBJECT", RuleOf(() => Sheet(Full(), bonuses: [claim])));
        Assert.Equal("EVAL-BONUS-WRONG-SUBJECT", RuleOf(() => Sheet(Full(), bonuses: [new BonusClaim(RubricPresets.CanTho2025Items.RecognisedExemplar, RecognitionSubject.Model, "Green Sunday", ModelLevel.Commune, DocumentNumber.State(5, "QĐ", "UBND"), null, 1m)])));
    }

    [Fact]
    public void One_recognition_earns_one_bonus()
    {
        var recognition = RecognisedModel(Unit).RecognitionAsOf(ScoringDay)!;
        var claim = BonusClaim.ForRecognition(RubricPresets.CanTho2025Items.RecognisedModel, recognition, 1m);
        Assert.Equal("EVAL-BONUS-DUPLICATE-EVIDENCE", RuleOf(() => Sheet(Full(), bonuses: [claim, BonusClaim.ForRecognition(RubricPresets.CanTho2025Items.RecognisedModel, recognition, 0.5m)])));
        Assert.Equal("EVAL-BONUS-DUPLICATE-EVIDENCE", RuleOf(() => Sheet(Full(), bonuses: [Model(1m), Model(0.5m)])));
        var two = Sheet(Full(), bonuses: [Model(1m), Model(0.5m, "Green Sunday")]);
        Assert.Equal(2, two.Bonuses.Count);
    }

    [Fact]
    public void A_claim_needs_a_recognition_decision_and_a_known_level()
    {
        var item = RubricPresets.CanTho2025Items.RecognisedModel;
        Assert.Equal("decision", Assert.Throws<ArgumentException>(() => new BonusClaim(item, RecognitionSubject.Model, "x", ModelLevel.Commune, default, null, 1m)).ParamName);
        Assert.Equal("level", Assert.Throws<ArgumentException>(() => new BonusClaim(item, RecognitionSubject.Model, "x", (ModelLevel)9, DocumentNumber.State(1, "QĐ", "UBND"), null, 1m)).ParamName);
        Assert.Equal("points", Assert.Throws<ArgumentOutOfRangeException>(() => new BonusClaim(item, RecognitionSubject.Model, "x", ModelLevel.Commune, DocumentNumber.State(1, "QĐ", "UBND"), null, -1m)).ParamName);
    }
}
