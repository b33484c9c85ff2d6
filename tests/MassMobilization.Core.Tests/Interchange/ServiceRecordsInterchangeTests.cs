using System;
using System.Collections.Generic;
using System.Linq;
using MassMobilization.Core.Awards;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Serialization.SystemTextJson;
using MassMobilization.Samples.Generators;
using NodaTime;
using Xunit;

namespace MassMobilization.Core.Tests.Interchange;

/// <summary>The <c>service-records</c> kind: awards service records written and strictly read back.</summary>
public sealed class ServiceRecordsInterchangeTests
{
    public static TheoryData<string, string> Errors() => new()
    {
        { """{"op":"set","path":"records.1.nominee","value":"N0"}""", "IX-DUPLICATE-ID|$.records[1].nominee" },
        { """{"op":"set","path":"records.0.awards.0.kind","value":"XYZ"}""", "IX-UNKNOWN-ENUM-VALUE|$.records[0].awards[0].kind" },
        { """{"op":"set","path":"records.0.years.0.rating","value":"superb"}""", "IX-UNKNOWN-ENUM-VALUE|$.records[0].years[0].rating" },
        { """{"op":"set","path":"records.0.recipient","value":"team"}""", "IX-UNKNOWN-ENUM-VALUE|$.records[0].recipient" },
        { """{"op":"set","path":"records.0.awards.0.nature","value":"special"}""", "IX-UNKNOWN-ENUM-VALUE|$.records[0].awards[0].nature" },
        { """{"op":"set","path":"records.0.pending","value":["audit"]}""", "IX-UNKNOWN-ENUM-VALUE|$.records[0].pending[0]" },
        { """{"op":"set","path":"records.0.pending","value":["inspection","inspection"]}""", "IX-DUPLICATE-ID|$.records[0].pending[1]" },
        { """{"op":"set","path":"records.0.years.0.facts.sings-well","value":true}""", "IX-UNKNOWN-ENUM-VALUE|$.records[0].years[0].facts['sings-well']" },
        { """{"op":"set","path":"records.0.years.0.facts.notable-achievement","value":"yes"}""", "IX-WRONG-TYPE|$.records[0].years[0].facts['notable-achievement']" },
        { """{"op":"remove","path":"records.0.nominee"}""", "IX-MISSING-PROPERTY|$.records[0].nominee" },
        { """{"op":"remove","path":"records.0.years.0.year"}""", "IX-MISSING-PROPERTY|$.records[0].years[0].year" },
        { """{"op":"remove","path":"records.0.awards.0.kind"}""", "IX-MISSING-PROPERTY|$.records[0].awards[0].kind" },
        { """{"op":"set","path":"records.0.awards.0.colour","value":"red"}""", "IX-UNKNOWN-PROPERTY|$.records[0].awards[0].colour" },
        { """{"op":"set","path":"records.0.years.0.year","value":1900}""", "IX-INVALID-VALUE|$.records[0].years[0].year" },
        { """{"op":"set","path":"records.0.years.1.year","value":2021}""", "IX-DOMAIN-RULE|$.records[0]" },
        { """{"op":"set","path":"records.0.serviceStart","value":2024}""", "IX-DOMAIN-RULE|$.records[0]" },
        { """{"op":"set","path":"records.0.awards.0.kind","value":"TTLDXS"}""", "IX-DOMAIN-RULE|$.records[0]" },
        { """{"op":"set","path":"records.0.years.0.membership","value":{"members":3,"advancedWorkers":1,"grassrootsFighters":0,"completedTasks":3,"women":1,"disciplinedWarningOrAbove":0}}""", "IX-INVALID-VALUE|$.records[0]" },
        { """{"op":"set","path":"records.1.years.0.membership.women","value":99}""", "IX-INVALID-VALUE|$.records[1].years[0].membership" },
        { """{"op":"set","path":"records.0.disciplines","value":[{"level":"warning","from":"2020-05-01","to":"2020-01-01"}]}""", "IX-INVALID-VALUE|$.records[0].disciplines[0]" },
        { """{"op":"set","path":"records.0.disciplines","value":[{"level":"scolding","from":"2020-01-01","to":"2020-05-01"}]}""", "IX-UNKNOWN-ENUM-VALUE|$.records[0].disciplines[0].level" },
    };

    [Fact]
    public void Generated_records_round_trip_with_the_same_verdicts_and_bytes()
    {
        var records = AwardRecords.Individuals(50);
        byte[] first = InterchangeFormats.ServiceRecords.WriteUtf8(records);
        var read = InterchangeFormats.ServiceRecords.Read(first);
        Assert.Equal(records.Count, read.Count);
        Assert.Equal(first, InterchangeFormats.ServiceRecords.WriteUtf8(read));
        var kinds = AwardKind.All.Where(k => k.IsFor(RecipientKinds.Individual)).ToList();
        int evaluated = 0;
        var verdicts = new HashSet<Verdict>();
        for (int i = 0; i < records.Count; i++)
        {
            Assert.Equal(records[i].NomineeId, read[i].NomineeId);
            Assert.Equal(records[i].Years, read[i].Years);
            Assert.Equal(records[i].Awards, read[i].Awards);
            Assert.Equal(records[i].Initiatives, read[i].Initiatives);
            Assert.Equal(records[i].Disciplines, read[i].Disciplines);
            Assert.Equal(records[i].Pending, read[i].Pending);
            Assert.Equal(records[i].IsWoman, read[i].IsWoman);
            Assert.Equal(records[i].ServiceStartYear, read[i].ServiceStartYear);
            for (int year = 2016; year <= 2025; year++)
            {
                if (RuleSetCatalogue.BuiltIn.ForAchievementYear(year) is null)
                {
                    continue;
                }

                foreach (var kind in kinds)
                {
                    var before = EligibilityEvaluator.BuiltIn.Evaluate(records[i], kind, year);
                    var after = EligibilityEvaluator.BuiltIn.Evaluate(read[i], kind, year);
                    Assert.Equal(before.Verdict, after.Verdict);
                    Assert.Equal(Describe(before.Criteria), Describe(after.Criteria));
                    verdicts.Add(before.Verdict);
                    evaluated++;
                }
            }
        }

        Assert.True(evaluated > 1000, $"only {evaluated} verdicts compared");
        Assert.Equal(3, verdicts.Count);
    }

    [Fact]
    public void Every_field_round_trips_for_every_recipient_kind()
    {
        var records = Sample();
        string json = InterchangeFormats.ServiceRecords.WriteString(records, indented: true);
        var read = InterchangeFormats.ServiceRecords.Read(json);
        Assert.Equal(json, InterchangeFormats.ServiceRecords.WriteString(read, indented: true));
        Assert.Equal(RecipientKinds.Collective, read[1].Recipient);
        Assert.Equal(new MembershipCounts(20, 16, 3, 20, 9, 0), read[1].YearOf(2024)!.Membership);
        Assert.Equal(DocumentNumber.State(3406, "QĐ", "UBND"), read[0].Awards[1].Decision);
        Assert.Equal(new LocalDate(2024, 12, 20), read[0].Awards[1].DecisionDate);
        Assert.Equal(PendingProceedings.Inspection | PendingProceedings.Complaint, read[2].Pending);
        Assert.True(read[0].IsWoman);
        Assert.Null(read[0].YearOf(2022));
        Assert.Null(read[0].YearOf(2023)!.Fact(YearFact.NotableAchievement));
        Assert.False(read[0].YearOf(2023)!.Fact(YearFact.ScienceProjectOrCombatIngenuity));
        Assert.Null(read[1].ServiceStartYear);
    }

    [Fact]
    public void An_absent_year_is_unknown_not_bad()
    {
        var record = InterchangeFormats.ServiceRecords.Read(InterchangeFormats.ServiceRecords.WriteString(Sample()))[0];
        Assert.Null(record.YearOf(2022));
        var after = EligibilityEvaluator.BuiltIn.Evaluate(record, AwardKind.AdvancedWorker, 2022);
        Assert.Equal(Verdict.NeedsReview, after.Verdict);
        Assert.Equal(EligibilityEvaluator.BuiltIn.Evaluate(Sample()[0], AwardKind.AdvancedWorker, 2022).Verdict, after.Verdict);
    }

    [Theory]
    [MemberData(nameof(Errors))]
    public void Errors_name_their_code_path_and_line(string mutation, string expected)
    {
        string indented = InterchangeFormats.ServiceRecords.WriteString(Sample(), indented: true);
        string json = StrictReadingTests.Mutate(indented, mutation);
        var error = Assert.Throws<InterchangeException>(() => InterchangeFormats.ServiceRecords.Read(json));
        Assert.True(expected == $"{error.ErrorCode}|{error.Path}", $"{mutation}: expected {expected}, got {error.ErrorCode}|{error.Path}: {error.Message}");
        Assert.True(error.LineNumber >= 1, error.Message);
        Assert.StartsWith(error.ErrorCode + " at " + error.Path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_line_of_an_error_is_the_line_of_the_offending_value()
    {
        string json = InterchangeFormats.ServiceRecords.WriteString(Sample(), indented: true);
        int line = Array.FindIndex(json.Split('\n'), l => l.Contains("\"LDTT\"", StringComparison.Ordinal)) + 1;
        var error = Assert.Throws<InterchangeException>(() => InterchangeFormats.ServiceRecords.Read(json.Replace("\"LDTT\"", "\"LDTX\"", StringComparison.Ordinal)));
        Assert.Equal(InterchangeErrorCodes.UnknownEnumValue, error.ErrorCode);
        Assert.Equal(line, error.LineNumber);
        Assert.Contains("CSTDCS", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_kind_is_refused()
    {
        string json = InterchangeFormats.ServiceRecords.WriteString(Sample());
        Assert.Equal("service-records", InterchangeFormats.ReadKind(System.Text.Encoding.UTF8.GetBytes(json)));
        var error = Assert.Throws<InterchangeException>(() => InterchangeFormats.Chart.Read(json));
        Assert.Equal(InterchangeErrorCodes.WrongKind, error.ErrorCode);
    }

    internal static IReadOnlyList<ServiceRecord> Sample() =>
    [
        new ServiceRecord(
            "N0",
            RecipientKinds.Individual,
            2015,
            [
                new ServiceYear(2021, TaskRating.Excellent).WithFact(YearFact.TookPartInEmulation, true),
                new ServiceYear(2023, TaskRating.Good).WithFact(YearFact.TookPartInEmulation, true).WithFact(YearFact.ScienceProjectOrCombatIngenuity, false),
                new ServiceYear(2024, null),
            ],
            [
                new ReceivedAward(AwardKind.AdvancedWorker, 2021),
                new ReceivedAward(AwardKind.MinistryProvinceCertificateOfMerit, 2024, DocumentNumber.State(3406, "QĐ", "UBND"), new LocalDate(2024, 12, 20), AwardNature.Thematic),
            ],
            [new Initiative(2021, InitiativeScope.Grassroots, "Sổ tay dân vận"), new Initiative(2023, InitiativeScope.MinistryProvince)],
            [new DisciplinePeriod(DisciplineLevel.Reprimand, new DateInterval(new LocalDate(2019, 3, 1), new LocalDate(2019, 8, 31)))],
            isWoman: true),
        new ServiceRecord(
            "26740",
            RecipientKinds.Collective,
            null,
            [new ServiceYear(2024, TaskRating.Excellent, new MembershipCounts(20, 16, 3, 20, 9, 0)).WithFact(YearFact.LedEmulationCluster, true)],
            [new ReceivedAward(AwardKind.ExcellentCollective, 2024)],
            [],
            []),
        new ServiceRecord(
            "HGD-17",
            RecipientKinds.Household,
            2010,
            [new ServiceYear(2024, TaskRating.Completed)],
            [new ReceivedAward(AwardKind.CulturalFamily, 2024)],
            [],
            [],
            PendingProceedings.Inspection | PendingProceedings.Complaint),
    ];

    private static List<string> Describe(IReadOnlyList<CriterionResult> criteria)
    {
        var lines = new List<string>();
        foreach (var c in criteria)
        {
            lines.Add($"{c.Code} {c.Outcome} {c.FirstYearExamined}-{c.LastYearExamined} {c.Finding}");
            lines.AddRange(Describe(c.Children).Select(l => "  " + l));
        }

        return lines;
    }
}
