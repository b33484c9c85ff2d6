using System;
using System.Collections.Generic;
using System.Globalization;
using MassMobilization.Core.Awards;
using MassMobilization.Core.Emulation;
using MassMobilization.Core.Mobilization;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Ranking;
using MassMobilization.Core.Tests.Awards;
using MassMobilization.Core.Tests.Organization;
using NodaTime;

namespace MassMobilization.Core.Tests.Conventions;

/// <summary>
/// Results of operations, so that <see cref="CollectionProbe"/> reaches the result types (and the
/// collections they hold) that no constructor sample produces.
/// </summary>
public sealed class CollectionProbeSamples : ISampleProvider
{
    public void Register(SampleValues samples)
    {
        var byValue = new RankingRule<int>(
            [RankingCriterion.HigherFirst<int, int>("value", v => v, v => v.ToString(CultureInfo.InvariantCulture))],
            v => v.ToString(CultureInfo.InvariantCulture));
        var cluster = new EmulationCluster("cum-1", "Cụm thi đua số 1", "Emulation cluster 1", EmulationClusterKind.Territorial, new[] { new UnitCode("01"), new UnitCode("02") }, new[] { new ClusterLeadership(2024, new UnitCode("01"), new UnitCode("02")) });
        samples
            .Add(() => EligibilityEvaluator.BuiltIn.Evaluate(
                Nominee.Person("a").Rated(2023, TaskRating.Excellent).Rated(2024, TaskRating.Excellent).Build(), AwardKind.GrassrootsEmulationFighter, 2024))
            .Add(() => Quota.Count(2).Apply(byValue.Rank([4, 3, 2, 1]), 4))
            .Add(() => new ClusterStandingRule().Compare(cluster, 2024, new[]
            {
                new ClusterMemberScore(new UnitCode("01"), "Đơn vị 01", 90m, ClusterScoreSource.EvaluationScore),
                new ClusterMemberScore(new UnitCode("02"), "Đơn vị 02", 95m, ClusterScoreSource.EvaluationScore),
            }))
            .Add(() => ModelRegistrar.Default.Check(new ModelRegistration(), Array.Empty<MobilizationModel>()))
            .Add(() => OrganizationSamples.TinyChart().Rebase(new Dictionary<UnitCode, long> { [new UnitCode("00640")] = 5 }, new LocalDate(2020, 1, 1), new LocalDate(2021, 1, 1)))
            .Add(() => Succession.Merge(new LocalDate(2020, 1, 1), new[] { new UnitCode("01"), new UnitCode("02") }, new UnitCode("03")));
    }
}
