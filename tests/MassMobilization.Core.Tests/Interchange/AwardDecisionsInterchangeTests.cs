using System;
using System.Collections.Generic;
using System.Linq;
using MassMobilization.Core.Awards;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Serialization.SystemTextJson;
using MassMobilization.Core.Tests.Infrastructure;
using MassMobilization.Samples;
using MassMobilization.Samples.Generators;
using NodaTime;
using Xunit;

namespace MassMobilization.Core.Tests.Interchange;

/// <summary>The <c>award-decisions</c> kind: decisions of Party bodies, the Front and the mass organisations, written and strictly read back with their references checked.</summary>
public sealed class AwardDecisionsInterchangeTests
{
    public static TheoryData<string, string> Errors() => new()
    {
        { """{"op":"set","path":"decisions.0.authority","value":"01-XYZ"}""", "IX-UNKNOWN-REFERENCE|$.decisions[0].authority" },
        { """{"op":"set","path":"decisions.0.date","value":"2025-03-01"}""", "IX-UNKNOWN-REFERENCE|$.decisions[0].authority" },
        { """{"op":"set","path":"decisions.0.recipients.0.id","value":"99999"}""", "IX-UNKNOWN-REFERENCE|$.decisions[0].recipients[0]" },
        { """{"op":"set","path":"decisions.0.recipients.0.unit","value":"99999"}""", "IX-UNKNOWN-REFERENCE|$.decisions[0].recipients[0].unit" },
        { """{"op":"set","path":"decisions.0.recipients.2.id","value":"M9999"}""", "IX-UNKNOWN-REFERENCE|$.decisions[0].recipients[2]" },
        { """{"op":"set","path":"decisions.0.recipients.1.award","value":"KNC-DV"}""", "IX-DOMAIN-RULE|$.decisions[0].recipients[1]" },
        { """{"op":"set","path":"decisions.0.recipients.2.award","value":"GK-CTXH"}""", "IX-DOMAIN-RULE|$.decisions[0].recipients[2]" },
        { """{"op":"set","path":"decisions.0.recipients.0.award","value":"XYZ"}""", "IX-UNKNOWN-ENUM-VALUE|$.decisions[0].recipients[0].award" },
        { """{"op":"set","path":"decisions.0.recipients.0.recipient","value":"team"}""", "IX-UNKNOWN-ENUM-VALUE|$.decisions[0].recipients[0].recipient" },
        { """{"op":"set","path":"decisions.0.recipients.0.nature","value":"special"}""", "IX-UNKNOWN-ENUM-VALUE|$.decisions[0].recipients[0].nature" },
        { """{"op":"set","path":"decisions.0.recipients.0.colour","value":"red"}""", "IX-UNKNOWN-PROPERTY|$.decisions[0].recipients[0].colour" },
        { """{"op":"remove","path":"decisions.0.recipients.0.name"}""", "IX-MISSING-PROPERTY|$.decisions[0].recipients[0].name" },
        { """{"op":"remove","path":"decisions.0.authority"}""", "IX-MISSING-PROPERTY|$.decisions[0].authority" },
        { """{"op":"set","path":"decisions.0.number","value":"1250/QĐ"}""", "IX-INVALID-VALUE|$.decisions[0].number" },
        { """{"op":"set","path":"decisions.1.number","value":"1250-QĐ/BDVTU"}""", "IX-DUPLICATE-ID|$.decisions[1].number" },
        { """{"op":"set","path":"decisions.0.recipients.1","value":{"id":"00643","name":"Xã Tân Triều","recipient":"collective","award":"GK-CTXH"}}""", "IX-DOMAIN-RULE|$.decisions[0].recipients[1]" },
        { """{"op":"set","path":"decisions.0.recipients","value":[]}""", "IX-DOMAIN-RULE|$.decisions[0].recipients" },
    };

    [Fact]
    public void Every_field_round_trips_with_the_same_bytes()
    {
        string json = Format().WriteString(Sample());
        var read = Format().Read(json);
        Assert.Equal(json, Format().WriteString(read));
        Assert.Equal(2, read.Count);
        Assert.Equal("BDV-TINH", read[0].Body!.Code);
        Assert.Equal("BTGDV-TINH", read[1].Body!.Code);
        Assert.Equal(DocumentNumber.Party(1250, "QĐ", "BDVTU"), read[0].Document);
        Assert.Equal(AwardNature.Thematic, read[0].Recipients[2].Nature);
        Assert.Equal(RecipientKinds.Model, read[0].Recipients[2].Recipient);
        Assert.Equal(HaNoiSample.TanTrieu, read[0].Recipients[0].Unit);
        Assert.True(read[0].Recipients[1].Reason.Length > 0);
        Assert.True(read[1].Recipients[0].Unit.IsDefault);
        Snapshot.VerifyText(json);
    }

    [Fact]
    public void The_sample_decision_and_the_Dak_Lak_decision_round_trip_with_their_counts()
    {
        var sample = SampleProvince.Instance;
        var format = InterchangeFormats.AwardDecisionsFor(sample.Chart, []);
        byte[] bytes = format.WriteUtf8(sample.AwardDecisions);
        var read = format.Read(bytes);
        Assert.Equal(bytes, format.WriteUtf8(read));
        Assert.Equal(18, read[0].CollectiveCount);
        Assert.Equal(18, read[0].IndividualCount);

        var dakLak = AggregationSeeds.DakLak();
        var models = AggregationSeeds.DakLakModels(dakLak.Communes);
        var decision = AggregationSeeds.DakLakAwardDecision(dakLak, models);
        var dakLakFormat = InterchangeFormats.AwardDecisionsFor(dakLak.Chart, models.Models.Select(m => m.Id.ToString()));
        var again = dakLakFormat.Read(dakLakFormat.WriteUtf8([decision]));
        Assert.Equal("1250-QĐ/BDVTU of 2024-12-20: 18 collectives, 18 individuals and 51 models", again[0].ToString());

        // Without the model registry the same document names the first unknown model.
        var error = Assert.Throws<InterchangeException>(() => InterchangeFormats.AwardDecisionsFor(dakLak.Chart, []).Read(dakLakFormat.WriteUtf8([decision])));
        Assert.Equal(InterchangeErrorCodes.UnknownReference, error.ErrorCode);
        Assert.Equal("$.decisions[0].recipients[36]", error.Path);
        Assert.Contains(AwardRuleCodes.RecipientNotFound, error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_state_decision_is_refused_before_anything_is_written()
    {
        var state = new AwardDecision(DocumentNumber.State(3406, "QĐ", "UBND"), new LocalDate(2024, 12, 20), new CommitteeId("01-UBND"), AuthorityLevel.MinistryOrProvince, [new AwardRecipient("p", "Người p", RecipientKinds.Individual, AwardKind.MinistryProvinceCertificateOfMerit)]);
        var error = Assert.Throws<ArgumentException>(() => Format().WriteUtf8([Sample()[0], state]));
        Assert.Contains("3406/QĐ-UBND", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Errors))]
    public void Errors_name_their_code_path_and_line(string mutation, string expected)
    {
        string json = StrictReadingTests.Mutate(Format().WriteString(Sample(), indented: true), mutation);
        var error = Assert.Throws<InterchangeException>(() => Format().Read(json));
        Assert.True(expected == $"{error.ErrorCode}|{error.Path}", $"{mutation}: expected {expected}, got {error.ErrorCode}|{error.Path}: {error.Message}");
        Assert.True(error.LineNumber >= 1, error.Message);
    }

    [Fact]
    public void Another_kind_is_refused()
    {
        string json = Format().WriteString(Sample());
        Assert.Equal("award-decisions", InterchangeFormats.ReadKind(System.Text.Encoding.UTF8.GetBytes(json)));
        Assert.Equal(InterchangeErrorCodes.WrongKind, Assert.Throws<InterchangeException>(() => InterchangeFormats.ServiceRecords.Read(json)).ErrorCode);
    }

    /// <summary>The format over the Hà Nội sample's chart and models (the one docs/interchange.md's example is read with).</summary>
    internal static InterchangeFormat<IReadOnlyList<AwardDecision>> Format() =>
        InterchangeFormats.AwardDecisionsFor(SampleProvince.Instance.Chart, SampleProvince.Instance.Models.Select(m => m.Id.ToString()));

    internal static IReadOnlyList<AwardDecision> Sample()
    {
        var sample = SampleProvince.Instance;
        var model = sample.Models[0];
        var validator = new AwardDecisionValidator(sample.Chart, [model.Id.ToString()]);
        const string Reason = "Đã có thành tích xuất sắc trong công tác dân vận năm 2024";
        var first = validator.Create(DocumentNumber.Party(1250, "QĐ", "BDVTU"), new LocalDate(2024, 12, 20), HaNoiSample.CityMassMobilization,
        [
            new AwardRecipient(HaNoiSample.TanTrieu.Value, "Khối dân vận xã Tân Triều", RecipientKinds.Collective, AwardKind.PoliticalCertificateOfCommendation, unit: HaNoiSample.TanTrieu),
            new AwardRecipient("01-CN-01", "Nguyễn Thị Hoa", RecipientKinds.Individual, AwardKind.PoliticalCertificateOfCommendation, unit: HaNoiSample.TamHiep, reason: Reason),
            new AwardRecipient(model.Id.ToString(), model.Name, RecipientKinds.Model, AwardKind.SkilledMobilizationCommendation, AwardNature.Thematic, model.Unit, "Mô hình dân vận khéo tiêu biểu năm 2024"),
        ], []);
        var second = validator.Create(DocumentNumber.Party(15, "QĐ", "BTGDVTU"), new LocalDate(2025, 3, 10), HaNoiSample.CityPropagandaAndMassMobilization,
        [
            new AwardRecipient("020-BTGDVHU", "Ban Tuyên giáo và Dân vận Huyện ủy Thanh Trì", RecipientKinds.Collective, AwardKind.PoliticalCertificateOfMerit, reason: "Hoàn thành xuất sắc nhiệm vụ năm 2024"),
        ], [first]);
        return [first, second];
    }
}
