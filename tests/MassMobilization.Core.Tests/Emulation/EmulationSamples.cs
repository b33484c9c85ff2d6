using MassMobilization.Core.Documents;
using MassMobilization.Core.Emulation;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Quantities;
using MassMobilization.Core.Tests.Conventions;
using NodaTime;
using static MassMobilization.Core.Tests.Emulation.EmulationTestData;

namespace MassMobilization.Core.Tests.Emulation;

/// <summary>Sample values of the Emulation types for the null-argument convention test.</summary>
public sealed class EmulationSamples : ISampleProvider
{
    public void Register(SampleValues samples)
    {
        var round = Round(ScoringMethod.Mean, advancement: AdvancementRule.TopOverall(1));
        var result = round.Judge(new[] { Team("T1"), Team("T2") }, Single(("J1", "T1", 80m), ("J1", "T2", 70m)));
        samples.Add(() => new UnitCode("00643"))
            .Add(() => DocumentNumber.State(3406, "QĐ", "UBND"))
            .Add(() => new DateInterval(new LocalDate(2021, 1, 1), new LocalDate(2025, 12, 31)))
            .Add(() => new ScoreSection("S", "Tổng hợp", 100m))
            .Add(() => Team("T1"))
            .Add(() => new JudgePanel(new[] { "J1" }))
            .Add(() => ScoringMethod.Mean)
            .Add(() => RoundingPolicy.TwoDecimalsHalfAwayFromZero)
            .Add(() => TieBreak.FewerAbsentJudges())
            .Add(() => AdvancementRule.TopOverall(1))
            .Add(() => round)
            .Add(() => new Contest("Hội thi", new[] { UnitA }, new[] { round }))
            .Add(() => Sheet("J1", "T1", ("S", 80m)))
            .Add(() => result)
            .Add(() => result.Ranking)
            .Add(() => result.Scores[0])
            .Add(() => new ClusterStandingRule())
            .Add(() => new EmulationMovement("Dân vận khéo", DocumentNumber.State(3406, "QĐ", "UBND"), "UBND thành phố", LaunchingAuthority.MinistryOrProvince, new DateInterval(new LocalDate(2021, 1, 1), new LocalDate(2025, 12, 31)), MovementKind.Thematic, new[] { UnitA }));
    }
}
