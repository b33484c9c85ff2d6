using System.Text;
using MassMobilization.Core.Serialization.SystemTextJson;
using MassMobilization.Core.Tests.Infrastructure;
using Xunit;

namespace MassMobilization.Core.Tests.Interchange;

public sealed class RoundTripTests
{
    [Fact]
    public void Chart_round_trips()
    {
        var chart = InterchangeTestData.Chart();
        var back = InterchangeFormats.Chart.Read(InterchangeFormats.Chart.WriteUtf8(chart));
        Assert.Equal(chart.Units, back.Units);
        Assert.Equal(chart.Committees, back.Committees);
        Assert.Equal(Structure.Of(chart), Structure.Of(back));
        Assert.Equal(InterchangeFormats.Chart.WriteString(chart), InterchangeFormats.Chart.WriteString(back));
    }

    [Fact]
    public void Documents_round_trip()
    {
        var graph = InterchangeTestData.Documents();
        var back = InterchangeFormats.Documents.Read(InterchangeFormats.Documents.WriteUtf8(graph));
        Assert.Equal(Structure.Of(graph), Structure.Of(back));
        Assert.Equal(graph.Documents.Count, back.Documents.Count);
        Assert.Equal(InterchangeFormats.Documents.WriteString(graph), InterchangeFormats.Documents.WriteString(back));
    }

    [Fact]
    public void Models_round_trip()
    {
        var records = InterchangeTestData.Models();
        var back = InterchangeFormats.Models.Read(InterchangeFormats.Models.WriteUtf8(records));
        Assert.Equal(Structure.Of(records), Structure.Of(back));
        Assert.Equal(records.Models[0].History, back.Models[0].History);
        Assert.Equal(InterchangeFormats.Models.WriteString(records), InterchangeFormats.Models.WriteString(back));
    }

    [Fact]
    public void Contest_round_trips()
    {
        var record = InterchangeTestData.Contest();
        var back = InterchangeFormats.Contest.Read(InterchangeFormats.Contest.WriteUtf8(record));
        Assert.Equal(Structure.Of(record), Structure.Of(back));
        Assert.Equal(InterchangeFormats.Contest.WriteString(record), InterchangeFormats.Contest.WriteString(back));
        var first = record.Contest.JudgeRound(0, record.Teams, record.SheetsByRound[0]);
        var again = back.Contest.JudgeRound(0, back.Teams, back.SheetsByRound[0]);
        Assert.Equal(SnapshotJson.Serialize(first.Scores), SnapshotJson.Serialize(again.Scores));
    }

    [Fact]
    public void Compact_and_indented_forms_read_the_same()
    {
        var chart = InterchangeTestData.Chart();
        var compact = InterchangeFormats.Chart.WriteUtf8(chart, indented: false);
        Assert.DoesNotContain((byte)'\n', compact);
        Assert.Equal(InterchangeFormats.Chart.WriteString(chart), InterchangeFormats.Chart.WriteString(InterchangeFormats.Chart.Read(compact)));
    }

    [Fact]
    public void Vietnamese_text_is_written_unescaped_in_NFC()
    {
        string json = InterchangeFormats.Chart.WriteString(InterchangeTestData.Chart());
        Assert.Contains("Thị trấn Văn Điển", json, System.StringComparison.Ordinal);
        Assert.True(json.IsNormalized(NormalizationForm.FormC));
    }
}
