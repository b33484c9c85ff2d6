using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck.Xunit;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Evaluation;
using MassMobilization.Core.Mobilization;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Serialization.SystemTextJson;
using MassMobilization.Core.Tests.Infrastructure;
using Xunit;

namespace MassMobilization.Core.Tests.Interchange;

public sealed class ScoreSheetInterchangeTests
{
    private static readonly Rubric CanTho = RubricPresets.CanTho2025;

    internal static ScoreSheet Sheet(Random random, string unit)
    {
        CriterionScore[]? Scores() => random.Next(4) == 0
            ? null
            : CanTho.ScoredCriteria.Select(c => new CriterionScore(c.Id, Math.Round(c.MaxPoints * random.Next(0, 101) / 100m, 2))).ToArray();
        var bonuses = random.Next(2) == 0
            ? Array.Empty<BonusClaim>()
            : new[] { new BonusClaim(RubricPresets.CanTho2025Items.RecognisedModel, RecognitionSubject.Model, InterchangeGenerators.Text(random), ModelLevel.District, DocumentNumber.State(random.Next(1, 9999), "QĐ", "UBND"), random.Next(2) == 0 ? null : "UBND huyện", random.Next(0, 4) / 2m) };
        var penalties = random.Next(2) == 0 ? Array.Empty<PenaltyEntry>() : new[] { new PenaltyEntry(RubricPresets.CanTho2025Items.LateReport, InterchangeGenerators.Text(random), 0.5m) };
        var fails = random.Next(3) == 0 ? new[] { RubricPresets.CanTho2025Fails.Corruption } : Array.Empty<string>();
        var disciplines = random.Next(2) == 0
            ? Array.Empty<LeaderDiscipline>()
            : new[] { new LeaderDiscipline(LeaderRole.DeputyHead, LeaderDisciplineLevel.Reprimand, random.Next(2) == 0 ? null : "Trần Văn B", random.Next(2) == 0 ? null : DocumentNumber.Party(5, "QĐ", "HU")) };
        return new ScoreSheet(CanTho, new UnitCode(unit), random.Next(3) == 0 ? null : InterchangeGenerators.Text(random), Scores(), Scores(), bonuses, penalties, fails, disciplines);
    }

    private static string Structure(IReadOnlyList<ScoreSheet> sheets) => SnapshotJson.Serialize(sheets.Select(s => new
    {
        Rubric = s.Rubric.Id,
        s.Unit,
        s.UnitName,
        s.SelfAssessment,
        s.Review,
        s.Bonuses,
        s.Penalties,
        s.ReportedFailConditions,
        s.Disciplines,
        s.HeaviestDiscipline,
    }));

    [Property(MaxTest = 150, Arbitrary = new[] { typeof(DomainArbitraries) })]
    public bool Score_sheets_round_trip(ChoiceTape tape)
    {
        var random = tape.Rewind();
        IReadOnlyList<ScoreSheet> sheets = Enumerable.Range(0, random.Next(0, 4)).Select(i => Sheet(random, $"0064{i}")).ToArray();
        string json = InterchangeFormats.ScoreSheets.WriteString(sheets);
        var back = InterchangeFormats.ScoreSheets.Read(json);
        return Structure(back) == Structure(sheets) && InterchangeFormats.ScoreSheets.WriteString(back) == json;
    }

    [Fact]
    public void Read_sheets_grade_like_the_originals()
    {
        var sheet = Sheet(new Random(7), "00643");
        var back = InterchangeFormats.ScoreSheets.Read(InterchangeFormats.ScoreSheets.WriteUtf8([sheet]));
        Assert.Equal(SnapshotJson.Serialize(CanTho.Score(sheet)), SnapshotJson.Serialize(CanTho.Score(back[0])));
    }

    [Fact]
    public void Unknown_rubric_and_criterion_are_reported_with_their_path()
    {
        string json = InterchangeFormats.ScoreSheets.WriteString([Sheet(new Random(3), "00643")]);
        var unknownRubric = Assert.Throws<InterchangeException>(() => InterchangeFormats.ScoreSheets.Read(json.Replace(RubricPresets.CanTho2025Id, "XX-1", StringComparison.Ordinal)));
        Assert.Equal((InterchangeErrorCodes.UnknownReference, "$.sheets[0].rubric"), (unknownRubric.ErrorCode, unknownRubric.Path));
        var custom = InterchangeFormats.ScoreSheetsFor([]);
        Assert.Equal(InterchangeErrorCodes.UnknownReference, Assert.Throws<InterchangeException>(() => custom.Read(json)).ErrorCode);
        string badCriterion = StrictReadingTests.Mutate(json, """{"op":"set","path":"sheets.0.review","value":{"NOPE":1}}""");
        var error = Assert.Throws<InterchangeException>(() => InterchangeFormats.ScoreSheets.Read(badCriterion));
        Assert.Equal((InterchangeErrorCodes.DomainRule, "$.sheets[0]"), (error.ErrorCode, error.Path));
        Assert.Contains("EVAL-UNKNOWN-CRITERION", error.Detail, StringComparison.Ordinal);
        string badLevel = StrictReadingTests.Mutate(json, """{"op":"set","path":"sheets.0.disciplines","value":[{"role":"head","level":"exile"}]}""");
        var level = Assert.Throws<InterchangeException>(() => InterchangeFormats.ScoreSheets.Read(badLevel));
        Assert.Equal((InterchangeErrorCodes.UnknownEnumValue, "$.sheets[0].disciplines[0].level"), (level.ErrorCode, level.Path));
        Assert.Throws<ArgumentException>(() => InterchangeFormats.ScoreSheetsFor([CanTho, CanTho]));
    }
}
