using System;
using System.Linq;
using MassMobilization.Core.Mobilization;
using MassMobilization.Core.Serialization.SystemTextJson;
using Xunit;

namespace MassMobilization.Core.Tests.Interchange;

/// <summary>Replication sources in a <c>models</c> document: defined in the document, never the model itself.</summary>
public sealed class ModelsInterchangeTests
{
    [Fact]
    public void A_replica_may_come_before_its_source()
    {
        string json = StrictReadingTests.Mutate(
            InterchangeFormats.Models.WriteString(InterchangeTestData.Models()),
            """{"op":"set","path":"models.0.replicationOf","value":"TT-2024-002"}""");
        var records = InterchangeFormats.Models.Read(json);
        Assert.Equal(new MobilizationModelId("TT-2024-002"), records.Models[0].ReplicationOf);
        string written = InterchangeFormats.Models.WriteString(records);
        Assert.Equal(written, InterchangeFormats.Models.WriteString(InterchangeFormats.Models.Read(written)));
    }

    [Fact]
    public void Records_reject_a_replication_of_a_model_they_do_not_hold()
    {
        var records = InterchangeTestData.Models();
        var source = records.Models[0];
        var replica = MobilizationModel.FromHistory(
            new ModelRegistration
            {
                Id = new MobilizationModelId("TT-2025-001"),
                Name = "Nhân rộng",
                Owner = source.Owner,
                Level = source.Level,
                Field = source.Field,
                RegisteredOn = source.RegisteredOn.PlusYears(1),
                Period = source.Period,
                ReplicationOf = source.Id,
            },
            RecognitionAuthority.Default,
            Array.Empty<ModelTransition>());

        var error = Assert.Throws<ArgumentException>(() => new MobilizationRecords(new[] { replica }, records.Exemplars));
        Assert.Equal("models", error.ParamName);
        Assert.Contains("TT-2024-001", error.Message, StringComparison.Ordinal);
        var whole = new MobilizationRecords(records.Models.Append(replica), records.Exemplars);
        Assert.Equal(replica.Id, InterchangeFormats.Models.Read(InterchangeFormats.Models.WriteString(whole)).Models[^1].Id);
    }
}
