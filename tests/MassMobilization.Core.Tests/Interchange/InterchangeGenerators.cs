using System;
using System.Collections.Generic;
using System.Linq;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Emulation;
using MassMobilization.Core.Mobilization;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Quantities;
using MassMobilization.Core.Ranking;
using MassMobilization.Core.Serialization.SystemTextJson;
using NodaTime;

namespace MassMobilization.Core.Tests.Interchange;

/// <summary>
/// Random but valid values of every interchange kind, built from a seed so that a failing property
/// names the seed that reproduces it. Text mixes Vietnamese words (NFC), punctuation and quotes.
/// </summary>
internal static class InterchangeGenerators
{
    private static readonly string[] Words =
    [
        "Xã", "Phường", "Thị trấn", "Tân", "Triều", "Văn", "Điển", "Đắk", "Lắk", "Bình", "Thuận", "Hội", "Nông dân",
        "dân vận", "khéo", "“Dân vận khéo”", "Đoàn", "Phụ nữ", "Cựu chiến binh", "Ủy ban", "Mặt trận", "Tổ quốc",
        "A&B", "\"quoted\"", "back\\slash", "tab\there", "line\nbreak", "<html>", "100%", "emoji🙂", "ỹ", "Ơn",
    ];

    internal static string Text(Random random)
    {
        int n = random.Next(1, 5);
        var parts = new string[n];
        for (int i = 0; i < n; i++)
        {
            parts[i] = Words[random.Next(Words.Length)];
        }

        return string.Join(' ', parts);
    }

    private static string? MaybeText(Random random) => random.Next(3) == 0 ? null : Text(random);

    private static LocalDate Date(Random random, int fromYear, int toYear) =>
        new LocalDate(fromYear, 1, 1).PlusDays(random.Next(0, ((toYear - fromYear + 1) * 365) - 1));

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    internal static OrganizationChart Chart(Random random)
    {
        var origin = Date(random, 1990, 2010);
        var lastOld = new LocalDate(2025, 6, 30);
        var firstNew = new LocalDate(2025, 7, 1);
        var village = new UnitKind("village", Text(random), "Village", UnitTier.Other);
        var team = new CommitteeKind("team", Text(random), "Team");
        var builder = OrganizationChart.CreateBuilder();
        AdministrativeUnit U(string code, UnitKind kind, string? parent, LocalDate start, LocalDate? end) =>
            new(new UnitCode(code), Text(random), Text(random), kind, parent is null ? null : new UnitCode(parent), new ValidityPeriod(start, end));

        int provinces = random.Next(1, 4);
        for (int p = 0; p < provinces; p++)
        {
            string province = $"P{p}";
            builder.AddUnit(U(province, Pick(random, new[] { UnitKind.Province, UnitKind.CentrallyRunCity }), null, origin, null));
            builder.AddCommittee(new Committee(new CommitteeId(province + "-C"), Text(random), Text(random), random.Next(4) == 0 ? team : Pick(random, CommitteeKind.Standard), new UnitCode(province), new ValidityPeriod(origin, random.Next(2) == 0 ? null : lastOld)));
            int districts = random.Next(0, 3);
            for (int d = 0; d < districts; d++)
            {
                string district = $"{province}D{d}";
                builder.AddUnit(U(district, Pick(random, new[] { UnitKind.RuralDistrict, UnitKind.UrbanDistrict, UnitKind.DistrictLevelTown }), province, origin, lastOld));
                int communes = random.Next(0, 4);
                var codes = new List<UnitCode>();
                for (int c = 0; c < communes; c++)
                {
                    string commune = $"{district}C{c}";
                    codes.Add(new UnitCode(commune));
                    builder.AddUnit(U(commune, random.Next(5) == 0 ? village : Pick(random, new[] { UnitKind.Commune, UnitKind.Ward, UnitKind.Township }), district, origin, lastOld));
                }

                if (codes.Count >= 2 && random.Next(2) == 0)
                {
                    string merged = $"{district}M";
                    builder.AddUnit(U(merged, UnitKind.Commune, province, firstNew, null));
                    builder.AddSuccession(Succession.Merge(firstNew, codes, new UnitCode(merged)));
                }
                else if (codes.Count >= 1)
                {
                    string a = $"{district}S0";
                    string b = $"{district}S1";
                    builder.AddUnit(U(a, UnitKind.Ward, province, firstNew, null));
                    builder.AddUnit(U(b, UnitKind.SpecialZone, province, firstNew, null));
                    decimal w = random.Next(1, 100) / 100m;
                    builder.AddSuccession(random.Next(2) == 0
                        ? Succession.Split(firstNew, codes[0], new[] { new SuccessorShare<UnitCode>(new UnitCode(a), w), new SuccessorShare<UnitCode>(new UnitCode(b), 1m - w) })
                        : Succession.Split(firstNew, codes[0], new[] { new UnitCode(a), new UnitCode(b) }));
                    if (codes.Count >= 2)
                    {
                        builder.AddSuccession(Succession.Transfer(firstNew, codes[1], new UnitCode(a)));
                    }
                }
            }
        }

        builder.AddCommittee(new Committee(new CommitteeId("P0-N"), Text(random), Text(random), CommitteeKind.PropagandaAndMassMobilizationCommission, new UnitCode("P0"), ValidityPeriod.From(new LocalDate(2025, 2, 3))));
        builder.AddCommittee(new Committee(new CommitteeId("P0-O"), Text(random), Text(random), CommitteeKind.MassMobilizationCommission, new UnitCode("P0"), new ValidityPeriod(origin, new LocalDate(2025, 2, 2))));
        builder.AddSuccession(Succession.Rename(new LocalDate(2025, 2, 3), new CommitteeId("P0-O"), new CommitteeId("P0-N")));
        return builder.Build();
    }

    internal static DocumentGraph Documents(Random random)
    {
        var custom = new DocumentType(DocumentSystem.Party, "CTHD", Text(random), Text(random), false, random.Next(2) == 0, Text(random), new[] { "CTrHĐ" });
        int count = random.Next(1, 9);
        var documents = new List<DirectiveDocument>();
        for (int i = 0; i < count; i++)
        {
            int n = i + 1;
            var issuedOn = Date(random, 2017, 2024);
            (DocumentNumber Number, DocumentType Type, string Issuer) shape = random.Next(6) switch
            {
                0 => (DocumentNumber.Party(n, "NQ", "TW"), DocumentTypes.PartyResolution, "TW"),
                1 => (DocumentNumber.Party(n, "CTHD", "BDVTU"), custom, "BDVTU"),
                2 => (DocumentNumber.State(n, "QĐ", "UBND", random.Next(2) == 0 ? null : "VP"), DocumentTypes.StateDecision, "UBND-01"),
                3 => (DocumentNumber.LegalNormative(n, issuedOn.Year, "NĐ", "CP"), DocumentTypes.Decree, "CP"),
                4 => (DocumentNumber.NationalAssembly(n, issuedOn.Year, 15), DocumentTypes.Law, "QH"),
                _ => (DocumentNumber.OfficialLetter(n, "BNV", "CTTN&BĐG"), DocumentTypes.StatePlan, "BNV"),
            };
            var links = new List<DocumentLink>();
            for (int k = 0; k < i && links.Count < 3; k++)
            {
                if (random.Next(3) == 0)
                {
                    links.Add(new DocumentLink((DocumentLinkKind)random.Next(1, 6), documents[k].Number));
                }
            }

            documents.Add(new DirectiveDocument(shape.Number, shape.Type, new CommitteeId(shape.Issuer), issuedOn, Text(random), links));
        }

        var terms = random.Next(2) == 0 ? Array.Empty<PartyTerm>() : new[] { new PartyTerm(new CommitteeId("TW"), "XIII", new LocalDate(2016, 1, 1), null) };
        var lifetimes = random.Next(2) == 0 ? Array.Empty<IssuerLifetime>() : new[] { new IssuerLifetime(new CommitteeId("BDVTU"), new LocalDate(2000, 1, 1), random.Next(2) == 0 ? null : new LocalDate(2030, 1, 1)) };
        return DocumentGraph.Create(documents, lifetimes, terms);
    }

    internal static MobilizationRecords Models(Random random)
    {
        var fields = new[] { ModelField.Economy, ModelField.CultureSociety, ModelField.DefenceSecurity, ModelField.PoliticalSystem, ModelField.Extension("LAND", Text(random), "Land") };
        var models = new List<MobilizationModel>();
        int count = random.Next(0, 4);
        for (int i = 0; i < count; i++)
        {
            var (owner, level, registeredOn, period) = Common(random);
            var registration = new ModelRegistration
            {
                Id = new MobilizationModelId($"M-{i}"),
                Name = Text(random),
                Owner = owner,
                Level = level,
                Field = Pick(random, fields),
                RegisteredOn = registeredOn,
                Period = period,
                ReplicationOf = i > 0 && random.Next(3) == 0 ? new MobilizationModelId($"M-{i - 1}") : null,
                Situation = MaybeText(random),
                Goals = Enumerable.Range(0, random.Next(0, 3)).Select(_ => new ModelGoal(Text(random), Enumerable.Range(0, random.Next(0, 3)).Select(_ => Text(random)).ToArray())).ToArray(),
                ContentAndMethod = MaybeText(random),
                Area = MaybeText(random),
                Beneficiaries = MaybeText(random),
                LeadForce = MaybeText(random),
                CoordinatingForces = Enumerable.Range(0, random.Next(0, 3)).Select(_ => Text(random)).ToArray(),
                ParticipatingForces = Enumerable.Range(0, random.Next(0, 3)).Select(_ => Text(random)).ToArray(),
                Resources = MaybeText(random),
                VerifiableOutputs = Enumerable.Range(0, random.Next(0, 3)).Select(_ => Text(random)).ToArray(),
                Sustainability = MaybeText(random),
            };
            var authority = random.Next(2) == 0 ? RecognitionAuthority.Default : RecognitionAuthority.WithLevelsAbove(random.Next(1, 4));
            models.Add(MobilizationModel.FromHistory(registration, authority, History(random, registeredOn, level.Level, authority)));
        }

        var exemplars = new List<Exemplar>();
        int exemplarCount = random.Next(0, 3);
        for (int i = 0; i < exemplarCount; i++)
        {
            var (owner, level, registeredOn, period) = Common(random);
            var registration = new ExemplarRegistration
            {
                Id = new ExemplarId($"E-{i}"),
                Name = Text(random),
                Owner = owner,
                Level = level,
                Field = Pick(random, fields),
                RegisteredOn = registeredOn,
                Period = period,
                Achievements = MaybeText(random),
                Evidence = Enumerable.Range(0, random.Next(0, 3)).Select(_ => Text(random)).ToArray(),
            };
            exemplars.Add(Exemplar.FromHistory(registration, RecognitionAuthority.Default, History(random, registeredOn, level.Level, RecognitionAuthority.Default)));
        }

        return new MobilizationRecords(models, exemplars);
    }

    private static (ModelOwner Owner, RegisteringLevel Level, LocalDate RegisteredOn, DateInterval Period) Common(Random random)
    {
        var unit = new UnitCode($"{random.Next(10000, 99999)}");
        var owner = random.Next(3) switch
        {
            0 => ModelOwner.ForCommittee(new CommitteeId("C-" + random.Next(100)), unit),
            1 => ModelOwner.ForUnit(unit),
            _ => ModelOwner.ForIndividual(Text(random), unit),
        };
        var modelLevel = (ModelLevel)random.Next(1, 5);
        var level = random.Next(2) == 0 ? RegisteringLevel.Territorial(modelLevel) : RegisteringLevel.OfAgency(new CommitteeId("A-" + random.Next(100)), modelLevel);
        var registeredOn = Date(random, 2020, 2024);
        var period = new DateInterval(registeredOn.PlusDays(-random.Next(0, 30)), registeredOn.PlusDays(random.Next(0, 400)));
        return (owner, level, registeredOn, period);
    }

    private static List<ModelTransition> History(Random random, LocalDate registeredOn, ModelLevel level, RecognitionAuthority authority)
    {
        var steps = new List<ModelTransition>();
        var date = registeredOn;
        LocalDate Next() => date = date.PlusDays(random.Next(0, 60));
        string? Reason() => random.Next(2) == 0 ? null : Text(random);
        DocumentNumber? Doc() => random.Next(2) == 0 ? null : DocumentNumber.State(random.Next(1, 9999), "QĐ", "UBND");
        int length = random.Next(0, 7);
        var main = new Func<ModelTransition>[]
        {
            () => ModelTransition.StartImplementing(Next(), Reason()),
            () => ModelTransition.Complete(Next(), Reason(), Doc()),
            () => ModelTransition.Review(Next(), Reason(), Doc()),
            () => ModelTransition.Recognise(Next(), (ModelLevel)random.Next((int)level, (int)authority.MaximumLevel(level) + 1), DocumentNumber.Party(random.Next(1, 999), "QĐ", "HU"), Reason()),
            () => ModelTransition.Replicate(Next(), new UnitCode($"{random.Next(10000, 99999)}"), Reason(), Doc()),
        };
        for (int i = 0; i < Math.Min(length, main.Length); i++)
        {
            steps.Add(main[i]());
        }

        if (length < 4 && random.Next(3) == 0)
        {
            steps.Add(random.Next(2) == 0 ? ModelTransition.Withdraw(Next(), Text(random), Doc()) : ModelTransition.RejectRecognition(Next(), Text(random), Doc()));
        }

        return steps;
    }

    internal static ContestRecord Contest(Random random)
    {
        int sectionCount = random.Next(1, 4);
        var sections = Enumerable.Range(0, sectionCount).Select(s => new ScoreSection($"S{s}", Text(random), random.Next(1, 200) / 4m, random.Next(1, 12) / 4m)).ToArray();
        var units = Enumerable.Range(0, random.Next(1, 4)).Select(u => new UnitCode($"U{u}")).ToArray();
        var teams = Enumerable.Range(0, random.Next(1, 5)).Select(t =>
        {
            int members = random.Next(0, 10);
            return new Team($"T{t}", Text(random), Pick(random, units), members, random.Next(0, members + 1));
        }).ToArray();
        var rounds = new List<ContestRound>();
        int roundCount = random.Next(1, 3);
        int firstLevel = random.Next(0, 5 - roundCount);
        for (int r = 0; r < roundCount; r++)
        {
            var judges = Enumerable.Range(0, random.Next(3, 6)).Select(j => $"J{r}-{j}").ToArray();
            var method = random.Next(3) switch { 0 => ScoringMethod.Mean, 1 => ScoringMethod.TrimmedMean(1), _ => ScoringMethod.ZScore };
            var tieBreaks = new List<TieBreak>();
            if (random.Next(2) == 0)
            {
                tieBreaks.Add(TieBreak.SectionScore(Pick(random, sections).Code));
            }

            if (random.Next(2) == 0)
            {
                tieBreaks.Add(TieBreak.FewerAbsentJudges());
            }

            if (random.Next(2) == 0)
            {
                tieBreaks.Add(TieBreak.WomenPriority(random.Next(1, 101) / 100m));
            }

            AdvancementRule? advancement = random.Next(4) switch
            {
                0 => null,
                1 => AdvancementRule.TopOverall(random.Next(1, 5)),
                2 => AdvancementRule.BestOfEachUnit().Then(AdvancementRule.MinimumScore(random.Next(0, 400) / 8m)),
                _ => AdvancementRule.MinimumScore(random.Next(0, 100)),
            };
            var rounding = random.Next(2) == 0 ? null : RoundingPolicy.ToDecimals(random.Next(0, 7), Pick(random, new[] { RoundingMode.HalfToEven, RoundingMode.HalfAwayFromZero, RoundingMode.Truncate }));
            rounds.Add(new ContestRound(Text(random), (ContestLevel)(firstLevel + r), sections, new JudgePanel(judges), method, tieBreaks, (RankingStyle)random.Next(2), advancement, rounding));
        }

        var contest = new Contest(Text(random), units, rounds);
        var sheetsByRound = new List<List<JudgeScoreSheet>>();
        int judged = random.Next(0, roundCount + 1);
        for (int r = 0; r < judged; r++)
        {
            var sheets = new List<JudgeScoreSheet>();
            foreach (string judge in rounds[r].Panel.Judges)
            {
                foreach (var team in teams)
                {
                    if (random.Next(4) != 0)
                    {
                        sheets.Add(new JudgeScoreSheet(judge, team.Id, sections.ToDictionary(s => s.Code, s => Math.Round(s.Maximum * random.Next(0, 101) / 100m, 2))));
                    }
                }
            }

            sheetsByRound.Add(sheets);
        }

        return new ContestRecord(contest, teams, sheetsByRound);
    }

    internal static PartialAggregate Partial(Random random)
    {
        var period = Period(random);
        var slots = new[] { "MODELS-REGISTERED", "GIFTS", "CITIZENS-RECEIVED:numerator", "CITIZENS-RECEIVED:denominator", "VND" };
        var entries = Enumerable.Range(0, random.Next(0, 30))
            .Select(_ => new PartialEntry(new UnitCode($"{random.Next(0, 12):00000}"), Pick(random, slots), random.NextInt64(0, 1_000_000_000_000), random.Next(0, 1000)));
        return PartialAggregate.Create(period, entries);
    }

    internal static Tally Tally(Random random)
    {
        var custom = new Indicator("LOCAL-" + random.Next(100), Text(random), "Local indicator", (IndicatorUnit)random.Next(3));
        var candidates = StandardIndicators.All.Append(custom).Where(_ => random.Next(2) == 0);
        var values = candidates.Select(indicator => indicator.Unit switch
        {
            IndicatorUnit.Count => IndicatorValue.ForCount(indicator, random.Next(0, 100_000)),
            IndicatorUnit.Ratio => IndicatorValue.ForRatio(indicator, random.Next(5) == 0 ? Ratio.NotApplicable : new Ratio(random.Next(0, 300), random.Next(300, 400))),
            _ => IndicatorValue.ForAmount(indicator, VndAmount.FromDong(random.NextInt64(0, 1_000_000_000_000_000))),
        });
        return Core.Aggregation.Tally.Create(new UnitCode($"{random.Next(0, 99999):00000}"), Period(random), values);
    }

    private static ReportingPeriod Period(Random random) => random.Next(5) switch
    {
        0 => ReportingPeriod.Year(random.Next(1990, 2030)),
        1 => ReportingPeriod.HalfYear(random.Next(1990, 2030), random.Next(1, 3)),
        2 => ReportingPeriod.Quarter(random.Next(1990, 2030), random.Next(1, 5)),
        3 => ReportingPeriod.PartyTerm(2020, 2025),
        _ => ReportingPeriod.Custom(new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 1).PlusDays(random.Next(0, 800))), Text(random), "Custom"),
    };
}
