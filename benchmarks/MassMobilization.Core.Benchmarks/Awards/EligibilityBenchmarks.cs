using System.Linq;
using BenchmarkDotNet.Attributes;
using MassMobilization.Core.Awards;
using MassMobilization.Samples.Generators;
using V = MassMobilization.Core.Awards.Verdict;

namespace MassMobilization.Core.Benchmarks.Awards;

/// <summary>
/// Verdicts (no explanations) for every individual title and form in force in 2025, for many nominees with 10-year
/// records: the library's kernel against a straightforward LINQ implementation of the same rules over the records.
/// </summary>
[MemoryDiagnoser]
public class EligibilityBenchmarks
{
    private ServiceRecord[] records = [];
    private CompactServiceRecord[] compact = [];
    private AwardKind[] kinds = [];

    /// <summary>Gets or sets how many nominees are evaluated per operation.</summary>
    [Params(100_000)]
    public int Nominees { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        records = AwardRecords.Individuals(Nominees).ToArray();
        compact = records.Select(r => r.ToCompact()).ToArray();
        kinds = AwardKind.All.Where(k => k.IsFor(RecipientKinds.Individual) && BuiltInRuleSets.Law2022Decree152.CriteriaFor(k, RecipientKinds.Individual) is not null).ToArray();
    }

    /// <summary>What a user would write: LINQ over the records' years, awards and initiatives.</summary>
    [Benchmark(Baseline = true)]
    public int Linq()
    {
        int eligible = 0;
        foreach (var record in records)
        {
            foreach (var kind in kinds)
            {
                eligible += LinqEvaluator.Evaluate(record, kind, 2025) == Verdict.Eligible ? 1 : 0;
            }
        }

        return eligible;
    }

    /// <summary>The library from the records: one compact conversion per nominee, then the allocation-free kernel.</summary>
    [Benchmark]
    public int LibraryFromRecords()
    {
        var evaluator = EligibilityEvaluator.BuiltIn;
        int eligible = 0;
        foreach (var record in records)
        {
            var c = record.ToCompact();
            foreach (var kind in kinds)
            {
                eligible += evaluator.VerdictFor(c, kind, 2025) == Verdict.Eligible ? 1 : 0;
            }
        }

        return eligible;
    }

    /// <summary>The library's kernel on records already in compact form.</summary>
    [Benchmark]
    public int LibraryCompact()
    {
        var evaluator = EligibilityEvaluator.BuiltIn;
        int eligible = 0;
        for (int i = 0; i < compact.Length; i++)
        {
            foreach (var kind in kinds)
            {
                eligible += evaluator.VerdictFor(compact[i], kind, 2025) == Verdict.Eligible ? 1 : 0;
            }
        }

        return eligible;
    }

    /// <summary>A straightforward LINQ implementation of the 2025 individual rules (the baseline).</summary>
    internal static class LinqEvaluator
    {
        public static Verdict Evaluate(ServiceRecord r, AwardKind kind, int year)
        {
            if (r.Pending != PendingProceedings.None || Disciplined(r, year))
            {
                return V.Ineligible;
            }

            if (kind == AwardKind.AdvancedWorker)
            {
                return AdvancedWorker(r, year);
            }

            if (kind == AwardKind.GrassrootsEmulationFighter)
            {
                var ldtt = Title(r, AwardKind.AdvancedWorker, year) ? V.Eligible : AdvancedWorker(r, year);
                var alt = Any(
                    Rating(r, year) is null ? null : Rating(r, year) == TaskRating.Excellent,
                    r.Years.Any(y => y.Year == year) ? r.Initiatives.Any(i => i.Year == year) : null,
                    r.Years.FirstOrDefault(y => y.Year == year)?.Fact(YearFact.ScienceProjectOrCombatIngenuity));
                return All(ldtt, alt);
            }

            if (kind == AwardKind.MinistryProvinceEmulationFighter)
            {
                return All(Streak(r, AwardKind.GrassrootsEmulationFighter, year, 3, 1), Initiatives(r, InitiativeScope.MinistryProvince, year, 3, 1));
            }

            if (kind == AwardKind.NationalEmulationFighter)
            {
                return All(Streak(r, AwardKind.MinistryProvinceEmulationFighter, year, 2, 3), Initiatives(r, InitiativeScope.National, year, 6, 1));
            }

            if (kind == AwardKind.CertificateOfCommendation)
            {
                var rating = Rating(r, year);
                var fact = r.Years.FirstOrDefault(y => y.Year == year)?.Fact(YearFact.NotableAchievement);
                return All(rating is null ? V.NeedsReview : rating >= TaskRating.Good ? V.Eligible : V.Ineligible, ToVerdict(fact));
            }

            if (kind == AwardKind.MinistryProvinceCertificateOfMerit)
            {
                var excellent = Streak(r, year, 2, y => Rating(r, y) is { } x ? x == TaskRating.Excellent : null);
                var both = All(excellent, Initiatives(r, InitiativeScope.Grassroots, year, 2, 2));
                return AnyVerdict(
                    ToVerdict(r.Years.FirstOrDefault(y => y.Year == year)?.Fact(YearFact.OutstandingInProvincialCampaign)),
                    Streak(r, AwardKind.GrassrootsEmulationFighter, year, 2, 1),
                    both);
            }

            if (kind == AwardKind.PrimeMinisterCertificateOfMerit)
            {
                return Run(r, year, AwardKind.MinistryProvinceCertificateOfMerit, AwardKind.PrimeMinisterCertificateOfMerit, y => Title(r, AwardKind.GrassrootsEmulationFighter, y), 3);
            }

            return All(
                Run(r, year, AwardKind.PrimeMinisterCertificateOfMerit, AwardKind.LabourOrderThirdClass, y => Title(r, AwardKind.GrassrootsEmulationFighter, y), 3),
                Run(r, year, AwardKind.PrimeMinisterCertificateOfMerit, AwardKind.LabourOrderThirdClass, y => Rating(r, y) == TaskRating.Excellent, 1));
        }

        private static Verdict AdvancedWorker(ServiceRecord r, int year)
        {
            var y = r.Years.FirstOrDefault(x => x.Year == year);
            var rating = y?.Rating;
            var ratingVerdict = rating is null ? V.NeedsReview : rating >= TaskRating.Good ? V.Eligible : V.Ineligible;
            return All(ratingVerdict, ToVerdict(y?.Fact(YearFact.TookPartInEmulation)));
        }

        private static bool Disciplined(ServiceRecord r, int year) =>
            r.Disciplines.Any(d => d.Period.Start.Year <= year && d.Period.End.Year >= year);

        private static TaskRating? Rating(ServiceRecord r, int year) => r.Years.FirstOrDefault(y => y.Year == year)?.Rating;

        private static bool Title(ServiceRecord r, AwardKind kind, int year) =>
            r.Awards.Any(a => a.Kind == kind && a.Year == year && a.CountsTowardsMerit) && !Disciplined(r, year);

        private static Verdict Streak(ServiceRecord r, AwardKind kind, int year, int count, int stride) =>
            Streak(r, year, count, y => r.Years.Any(x => x.Year == y) ? Title(r, kind, y) : null, stride);

        private static Verdict Streak(ServiceRecord r, int year, int count, System.Func<int, bool?> has, int stride = 1)
        {
            var values = Enumerable.Range(0, count).Select(k => has(year - (k * stride))).ToList();
            return values.Any(v => v == false) ? V.Ineligible : values.Any(v => v is null) ? V.NeedsReview : V.Eligible;
        }

        private static Verdict Initiatives(ServiceRecord r, InitiativeScope scope, int year, int years, int count)
        {
            int found = r.Initiatives.Count(i => i.Scope >= scope && i.Year > year - years && i.Year <= year && !Disciplined(r, i.Year));
            bool allKnown = Enumerable.Range(year - years + 1, years).All(y => r.Years.Any(x => x.Year == y));
            return found >= count ? V.Eligible : allKnown ? V.Ineligible : V.NeedsReview;
        }

        private static Verdict Run(ServiceRecord r, int year, AwardKind after, AwardKind restart, System.Func<int, bool> property, int occurrences)
        {
            var held = r.Awards.Where(a => a.Kind == after && a.CountsTowardsMerit && a.Year <= year).Select(a => a.Year).DefaultIfEmpty(0).Max();
            if (held == 0)
            {
                return V.NeedsReview;
            }

            var boundary = r.Awards.Where(a => (a.Kind == after || a.Kind == restart) && a.CountsTowardsMerit && a.Year <= year).Select(a => a.Year).Max();
            var run = Enumerable.Range(boundary + 1, year - boundary).Reverse()
                .TakeWhile(y => Rating(r, y) >= TaskRating.Good && !Disciplined(r, y)).ToList();
            bool unknownStop = run.Count < year - boundary && Rating(r, year - run.Count) is null;
            return run.Count >= 5 && run.Count(property) >= occurrences ? V.Eligible : unknownStop ? V.NeedsReview : V.Ineligible;
        }

        private static Verdict ToVerdict(bool? value) => value is null ? V.NeedsReview : value.Value ? V.Eligible : V.Ineligible;

        private static Verdict Any(params bool?[] values) =>
            values.Any(v => v == true) ? V.Eligible : values.Any(v => v is null) ? V.NeedsReview : V.Ineligible;

        private static Verdict AnyVerdict(params Verdict[] values) =>
            values.Contains(V.Eligible) ? V.Eligible : values.Contains(V.NeedsReview) ? V.NeedsReview : V.Ineligible;

        private static Verdict All(params Verdict[] values) =>
            values.Contains(V.Ineligible) ? V.Ineligible : values.Contains(V.NeedsReview) ? V.NeedsReview : V.Eligible;
    }
}
