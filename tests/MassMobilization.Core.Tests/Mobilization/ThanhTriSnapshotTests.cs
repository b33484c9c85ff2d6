using System.Collections.Generic;
using System.Linq;
using MassMobilization.Core.Mobilization;
using MassMobilization.Core.Tests.Infrastructure;
using MassMobilization.Samples.Generators;
using NodaTime;
using Xunit;

namespace MassMobilization.Core.Tests.Mobilization;

public sealed class ThanhTriSnapshotTests
{
    [Fact]
    public void Generated_Thanh_Tri_models_reproduce_the_mid_2024_report()
    {
        var population = MobilizationDataGenerator.Population(new MobilizationPopulationSpec());
        var report = Count(population.Models, new LocalDate(2024, 6, 30));

        Assert.Equal(146, report.Collectives);
        Assert.Equal(18, report.Individuals);
        Assert.Equal(261, report.Models);
        Assert.Equal(7, report.ByRegisteringLevel["Province"]);
        Assert.Equal(254, report.ByRegisteringLevel["District"]);
        Assert.Equal("185/261", report.Completed);
        Snapshot.Verify(report);
    }

    [Fact]
    public void The_counts_come_from_the_states_for_any_inputs()
    {
        var spec = new MobilizationPopulationSpec
        {
            Seed = 5,
            Collectives = 10,
            Individuals = 3,
            HigherLevelModels = 2,
            LowerLevelModels = 30,
            CompletedByAsOf = 19,
        };
        var report = Count(MobilizationDataGenerator.Population(spec).Models, spec.AsOf);
        Assert.Equal((10, 3, 32, "19/32"), (report.Collectives, report.Individuals, report.Models, report.Completed));

        var again = Count(MobilizationDataGenerator.Population(spec).Models, spec.AsOf);
        Assert.Equal(report.ByStateAtAsOf, again.ByStateAtAsOf);
        var otherSeed = Count(MobilizationDataGenerator.Population(new MobilizationPopulationSpec { Seed = 6, Collectives = 10, Individuals = 3, HigherLevelModels = 2, LowerLevelModels = 30, CompletedByAsOf = 19 }).Models, spec.AsOf);
        Assert.Equal("19/32", otherSeed.Completed);
    }

    private static ThanhTriReport Count(IReadOnlyList<MobilizationModel> models, LocalDate asOf)
    {
        var tally = ModelStateTally.Count(models, asOf);
        var yearEnd = ModelStateTally.Count(models, new LocalDate(asOf.Year, 12, 31));
        var owners = models.Select(m => m.Owner).Distinct().ToList();
        return new ThanhTriReport
        {
            AsOf = asOf,
            Collectives = owners.Count(o => o.IsCollective),
            Individuals = owners.Count(o => !o.IsCollective),
            Models = tally.Registered,
            ByRegisteringLevel = models.GroupBy(m => m.Level.Level.ToString()).ToDictionary(g => g.Key, g => g.Count()),
            Completed = $"{tally.Reached(ModelState.Completed)}/{tally.Registered}",
            ByStateAtAsOf = tally.ByState.Where(p => p.Value > 0).ToDictionary(p => p.Key.ToString(), p => p.Value),
            RecognisedByYearEnd = $"{yearEnd.Reached(ModelState.Recognised)}/{yearEnd.Registered}",
            ByStateAtYearEnd = yearEnd.ByState.Where(p => p.Value > 0).ToDictionary(p => p.Key.ToString(), p => p.Value),
            ModelsByUnit = models.GroupBy(m => m.Unit.Value).ToDictionary(g => g.Key, g => g.Count()),
        };
    }

    public sealed class ThanhTriReport
    {
        public LocalDate AsOf { get; init; }

        public int Collectives { get; init; }

        public int Individuals { get; init; }

        public int Models { get; init; }

        public Dictionary<string, int> ByRegisteringLevel { get; init; } = new();

        public string Completed { get; init; } = string.Empty;

        public Dictionary<string, int> ByStateAtAsOf { get; init; } = new();

        public string RecognisedByYearEnd { get; init; } = string.Empty;

        public Dictionary<string, int> ByStateAtYearEnd { get; init; } = new();

        public Dictionary<string, int> ModelsByUnit { get; init; } = new();
    }
}
