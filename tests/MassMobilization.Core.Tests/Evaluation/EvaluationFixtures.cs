using System;
using System.Collections.Generic;
using System.Linq;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Evaluation;
using MassMobilization.Core.Mobilization;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Tests.Conventions;
using NodaTime;

namespace MassMobilization.Core.Tests.Evaluation;

/// <summary>Sheets with chosen totals on the Cần Thơ preset.</summary>
internal static class EvaluationFixtures
{
    internal static Rubric Preset => RubricPresets.CanTho2025;

    internal static readonly UnitCode Unit = new("31117");

    /// <summary>Every directly scored criterion at its maximum.</summary>
    internal static CriterionScore[] Full(Rubric? rubric = null) =>
        (rubric ?? Preset).ScoredCriteria.Select(c => new CriterionScore(c.Id, c.MaxPoints)).ToArray();

    /// <summary>
    /// Scores adding up to <paramref name="total"/>: points are taken from the largest criteria first,
    /// leaving each at least 1 (no criterion scored 0) unless <paramref name="zeroCriterion"/> names one
    /// to set to 0 first.
    /// </summary>
    internal static CriterionScore[] WithTotal(decimal total, string? zeroCriterion = null)
    {
        var criteria = Preset.ScoredCriteria;
        var points = criteria.ToDictionary(c => c.Id, c => c.MaxPoints, StringComparer.Ordinal);
        decimal remove = Preset.BasePoints - total;
        if (zeroCriterion is not null)
        {
            remove -= points[zeroCriterion];
            points[zeroCriterion] = 0m;
        }

        if (remove < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(total), "Total too high for a zero criterion.");
        }

        foreach (var criterion in criteria.OrderByDescending(c => c.MaxPoints).ThenBy(c => c.Id, StringComparer.Ordinal))
        {
            if (criterion.Id == zeroCriterion)
            {
                continue;
            }

            decimal take = Math.Min(remove, points[criterion.Id] - 1m);
            points[criterion.Id] -= take;
            remove -= take;
        }

        if (remove != 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(total), "Total too low to keep every criterion above 0.");
        }

        return criteria.Select(c => new CriterionScore(c.Id, points[c.Id])).ToArray();
    }

    internal static ScoreSheet Sheet(
        IEnumerable<CriterionScore>? self,
        IEnumerable<CriterionScore>? review = null,
        IEnumerable<BonusClaim>? bonuses = null,
        IEnumerable<PenaltyEntry>? penalties = null,
        IEnumerable<string>? fails = null,
        IEnumerable<LeaderDiscipline>? disciplines = null,
        UnitCode? unit = null,
        string? name = "Phường Ninh Kiều") =>
        new(Preset, unit ?? Unit, name, self, review, bonuses, penalties, fails, disciplines);

    internal static BonusClaim Model(decimal points, string name = "Morning coffee – talking with the people") =>
        new(RubricPresets.CanTho2025Items.RecognisedModel, RecognitionSubject.Model, name, ModelLevel.Province, DocumentNumber.Party(24, "KH", "BDVTU"), "Ban Tuyên giáo và Dân vận Thành ủy Cần Thơ", points);

    internal static BonusClaim Exemplar(decimal points, string name = "Chi hội Phụ nữ khu vực 3") =>
        new(RubricPresets.CanTho2025Items.RecognisedExemplar, RecognitionSubject.Exemplar, name, ModelLevel.Commune, DocumentNumber.State(88, "QĐ", "UBND"), null, points);

    /// <summary>A model from the Mobilization register, registered by <paramref name="unit"/> and recognised at province level.</summary>
    internal static MobilizationModel RecognisedModel(UnitCode unit, string id = "CT-2025-0007", string name = "Piggy banks for social security")
    {
        var registration = new ModelRegistration
        {
            Id = new MobilizationModelId(id),
            Name = name,
            Owner = ModelOwner.ForUnit(unit),
            Level = RegisteringLevel.Territorial(ModelLevel.Commune),
            Field = ModelField.CultureSociety,
            RegisteredOn = new LocalDate(2025, 2, 10),
            Period = new DateInterval(new LocalDate(2025, 2, 10), new LocalDate(2025, 11, 30)),
        };
        return MobilizationModel.FromHistory(registration, RecognitionAuthority.WithLevelsAbove(2), [
            ModelTransition.StartImplementing(new LocalDate(2025, 3, 1)),
            ModelTransition.Complete(new LocalDate(2025, 10, 31)),
            ModelTransition.Review(new LocalDate(2025, 11, 15)),
            ModelTransition.Recognise(new LocalDate(2025, 11, 28), ModelLevel.Province, DocumentNumber.State(1234, "QĐ", "UBND")),
        ]);
    }

    internal static PenaltyEntry Late(decimal points) => new(RubricPresets.CanTho2025Items.LateReport, "First half-year report 12 days late", points);

    internal static PenaltyEntry Hotspot(decimal points) => new(RubricPresets.CanTho2025Items.Hotspot, "Land petition hotspot in area 5", points);
}

/// <summary>Samples of the Evaluation folder's types for the null-argument convention test.</summary>
public sealed class EvaluationSamples : ISampleProvider
{
    public void Register(SampleValues samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        samples.Add(() => RubricPresets.CanTho2025);
        samples.Add(() => new UnitCode("31117"));
        samples.Add(() => EvaluationFixtures.Sheet(EvaluationFixtures.Full()));
        samples.Add(() => RubricPresets.CanTho2025.Score(EvaluationFixtures.Sheet(EvaluationFixtures.Full())));
        samples.Add(() => RubricPresets.CanTho2025.Sections[0]);
        samples.Add(() => RubricPresets.CanTho2025.Bonus);
        samples.Add(() => AwardProposalPolicy.Default);
        samples.Add(() => EvaluationFixtures.Model(1m));
        samples.Add(() => new LeaderDiscipline(LeaderRole.Head, LeaderDisciplineLevel.Reprimand));
    }
}
