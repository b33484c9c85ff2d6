using System;
using System.Collections.Generic;
using System.Linq;
using MassMobilization.Core.Activities;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Quantities;
using MassMobilization.Core.Reporting;
using MassMobilization.Core.Serialization.SystemTextJson;
using MassMobilization.Samples.Generators;
using NodaTime;
using Xunit;

namespace MassMobilization.Core.Tests.Interchange;

/// <summary>The <c>activities</c> kind (docs/interchange.md §3.9): round trips and strict reading.</summary>
public sealed class ActivitiesInterchangeTests
{
    private static readonly UnitCode Commune = new("01020001");

    /// <summary>One record of every type the kind holds.</summary>
    internal static IReadOnlyList<IActivityRecord> Sample()
    {
        var day = new LocalDate(2024, 3, 15);
        var head = new ReceptionHead(new ActivityId("HEAD-1"), "Nguyễn Văn A", CommitteeKind.PartyCommittee, ReceptionLevel.Commune, Commune);
        return
        [
            new Dialogue(new ActivityId("DL1"), Commune, day, "Đối thoại về đất đai", "Bí thư Đảng ủy xã", 120, [new ActivityId("KN1")]),
            new CitizenReception(new ActivityId("RC1"), head, day, ReceptionKind.Periodic, AdHocTrigger.None, 5, 4, ["Đất đai", "Môi trường"]),
            new CitizenReception(new ActivityId("RC2"), head, day.PlusDays(3), ReceptionKind.AdHoc, AdHocTrigger.ManyPeopleOrAgencies, 12, 12, []),
            new SupportDelivery(new ActivityId("GF1"), Commune, day, SupportKind.Gift, BeneficiaryGroup.PoorHousehold, 250, VndAmount.FromDong(75_000_000), FundingSource.SocialMobilization, "Quà Tết"),
            new SupervisionSession(new ActivityId("GS1"), Commune, day, CommitteeKind.FatherlandFront, "Chính sách an sinh xã hội", SupervisionForm.SupervisionTeam, [new ActivityId("KN2"), new ActivityId("KN3")]),
            new SocialCriticism(new ActivityId("PB1"), Commune, day, CommitteeKind.WomensUnion, DraftReference.ForNumber(Core.Documents.DocumentNumber.State(3406, "QĐ", "UBND")), SocialCriticismForm.Conference, []),
            new SocialCriticism(new ActivityId("PB2"), Commune, day, CommitteeKind.YouthUnion, DraftReference.ForTitle("Dự thảo kế hoạch"), SocialCriticismForm.WrittenComments, [new ActivityId("KN4")]),
            new PoliticalCoreTeam(new ActivityId("NC1"), Commune, day, "Tổ nòng cốt số 1", "Trần Thị B", ["Trần Thị B", "Lê Văn C"]),
            new ReligiousVisit(new ActivityId("TG1"), Commune, day, "Lễ Giáng sinh", 3, 5),
        ];
    }

    [Fact]
    public void Every_record_type_round_trips_byte_identical_and_counts_the_same()
    {
        var sample = Sample();
        string json = InterchangeFormats.Activities.WriteString(sample, indented: true);
        var read = InterchangeFormats.Activities.Read(json);

        Assert.Equal(json, InterchangeFormats.Activities.WriteString(read, indented: true));
        Assert.Equal(sample.Select(a => a.GetType()), read.Select(a => a.GetType()));
        Assert.Equal(sample.Select(a => a.ToString()), read.Select(a => a.ToString()));
        Assert.Equal(Figures(sample), Figures(read));
        Assert.Equal("activities", InterchangeFormats.ReadKind(InterchangeFormats.Activities.WriteUtf8(sample, indented: false)));
    }

    [Fact]
    public void The_Binh_Thuan_2024_records_round_trip_and_still_add_up_to_the_report()
    {
        var province = AggregationSeeds.BinhThuan();
        var records = ActivitySeeds.BinhThuan2024(province.Communes);
        var read = InterchangeFormats.Activities.Read(InterchangeFormats.Activities.WriteUtf8(records, indented: false));

        Assert.Equal(records.Count, read.Count);
        Assert.Equal(Figures(records), Figures(read));
        var report = ReportBuilder.Build(ReportRequest.Create(province.Chart, province.Province, ReportingPeriod.Year(2024), new LocalDate(2024, 12, 31)).WithLayout(ReportLayouts.WithActivities), [], read, []);
        Assert.Equal(140, report.For(province.Province).Count(StandardIndicators.DialoguesHeld));
        Assert.Equal("301/314", report.For(province.Province).Get(StandardIndicators.CitizensReceived).Ratio.ToString());
        Assert.Equal(165_340_000_000, report.For(province.Province).Get(StandardIndicators.SupportValue).Amount.Dong);
    }

    public static TheoryData<string, string> Errors() => new()
    {
        { """{"op":"set","path":"activities.0.type","value":"meeting"}""", "IX-UNKNOWN-ENUM-VALUE|$.activities[0].type" },
        { """{"op":"set","path":"activities.1.id","value":"DL1"}""", "IX-DUPLICATE-ID|$.activities[1].id" },
        { """{"op":"set","path":"activities.1.received","value":6}""", "IX-DOMAIN-RULE|$.activities[1]" },
        { """{"op":"set","path":"activities.1.asked","value":-1}""", "IX-INVALID-VALUE|$.activities[1].asked" },
        { """{"op":"set","path":"activities.1.trigger","value":"security-and-order"}""", "IX-DOMAIN-RULE|$.activities[1]" },
        { """{"op":"set","path":"activities.2.trigger","value":"flood"}""", "IX-UNKNOWN-ENUM-VALUE|$.activities[2].trigger" },
        { """{"op":"set","path":"activities.1.head.level","value":"village"}""", "IX-UNKNOWN-ENUM-VALUE|$.activities[1].head.level" },
        { """{"op":"set","path":"activities.1.unit","value":"01020001"}""", "IX-UNKNOWN-PROPERTY|$.activities[1].unit" },
        { """{"op":"remove","path":"activities.0.unit"}""", "IX-MISSING-PROPERTY|$.activities[0].unit" },
        { """{"op":"set","path":"activities.0.date","value":"2024-02-30"}""", "IX-INVALID-VALUE|$.activities[0].date" },
        { """{"op":"set","path":"activities.3.dong","value":1.5}""", "IX-INVALID-VALUE|$.activities[3].dong" },
        { """{"op":"set","path":"activities.3.quantity","value":0}""", "IX-INVALID-VALUE|$.activities[3].quantity" },
        { """{"op":"set","path":"activities.3.support","value":"cash"}""", "IX-UNKNOWN-ENUM-VALUE|$.activities[3].support" },
        { """{"op":"set","path":"activities.4.organiser","value":"party-committee"}""", "IX-DOMAIN-RULE|$.activities[4]" },
        { """{"op":"set","path":"activities.4.organiser","value":"chess-club"}""", "IX-UNKNOWN-ENUM-VALUE|$.activities[4].organiser" },
        { """{"op":"set","path":"activities.5.draft.title","value":"Dự thảo"}""", "IX-INVALID-VALUE|$.activities[5].draft" },
        { """{"op":"set","path":"activities.5.draft.number","value":"not a number"}""", "IX-INVALID-VALUE|$.activities[5].draft.number" },
        { """{"op":"set","path":"activities.7.leader","value":"Người ngoài"}""", "IX-INVALID-VALUE|$.activities[7]" },
        { """{"op":"set","path":"activities.8.organisations","value":"3"}""", "IX-WRONG-TYPE|$.activities[8].organisations" },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void Errors_name_their_code_and_path(string mutation, string expected)
    {
        string json = StrictReadingTests.Mutate(InterchangeFormats.Activities.WriteString(Sample()), mutation);
        var error = Assert.Throws<InterchangeException>(() => InterchangeFormats.Activities.Read(json));
        Assert.True(expected == $"{error.ErrorCode}|{error.Path}", $"{mutation}: expected {expected}, got {error.Message}");
    }

    [Fact]
    public void A_record_type_the_kind_does_not_hold_is_refused_on_writing()
    {
        var item = new DisclosureItem(new ActivityId("CK1"), Commune, "Dự toán ngân sách xã", new LocalDate(2024, 3, 1), null);
        var error = Assert.Throws<ArgumentException>(() => InterchangeFormats.Activities.WriteString([Sample()[0], item]));
        Assert.Contains("CK1", error.Message, StringComparison.Ordinal);
    }

    private static string[] Figures(IEnumerable<IActivityRecord> records) =>
        ActivityIndicators.Records(records, ReportingPeriod.Year(2024), new LocalDate(2024, 12, 31)).Select(r => r.ToString()).ToArray();
}
