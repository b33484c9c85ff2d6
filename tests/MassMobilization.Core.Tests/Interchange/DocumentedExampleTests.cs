using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using MassMobilization.Core.Serialization.SystemTextJson;
using Xunit;

namespace MassMobilization.Core.Tests.Interchange;

/// <summary>Keeps docs/interchange.md honest: every example is read by its format and written back identically.</summary>
public sealed partial class DocumentedExampleTests
{
    public static TheoryData<string> Kinds() => new() { "chart", "documents", "models", "contest", "score-sheets", "partial", "tally", "service-records", "activities", "award-decisions" };

    /// <summary>Reads a document of a kind and writes it again: the one switch over every kind (the environment probe uses it too).</summary>
    internal static string RoundTrip(string kind, string json) => kind switch
    {
        "chart" => InterchangeFormats.Chart.WriteString(InterchangeFormats.Chart.Read(json)),
        "documents" => InterchangeFormats.Documents.WriteString(InterchangeFormats.Documents.Read(json)),
        "models" => InterchangeFormats.Models.WriteString(InterchangeFormats.Models.Read(json)),
        "contest" => InterchangeFormats.Contest.WriteString(InterchangeFormats.Contest.Read(json)),
        "score-sheets" => InterchangeFormats.ScoreSheets.WriteString(InterchangeFormats.ScoreSheets.Read(json)),
        "partial" => InterchangeFormats.Partial.WriteString(InterchangeFormats.Partial.Read(json)),
        "service-records" => InterchangeFormats.ServiceRecords.WriteString(InterchangeFormats.ServiceRecords.Read(json)),
        "activities" => InterchangeFormats.Activities.WriteString(InterchangeFormats.Activities.Read(json)),
        "award-decisions" => AwardDecisionsInterchangeTests.Format().WriteString(AwardDecisionsInterchangeTests.Format().Read(json)),
        "tally" => InterchangeFormats.Tally.WriteString(InterchangeFormats.Tally.Read(json)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an interchange kind of this library; add it here."),
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Each_kind_has_an_example_that_reads_and_writes_back_unchanged(string kind)
    {
        var examples = Examples();
        Assert.True(examples.TryGetValue(kind, out string? json), $"docs/interchange.md has no example of '{kind}'.");
        Assert.Equal(kind, InterchangeFormats.ReadKind(Encoding.UTF8.GetBytes(json)));
        string written = RoundTrip(kind, json);
        Assert.Equal(json, written);
    }

    [Fact]
    public void The_examples_show_the_seed_figures()
    {
        var tally = InterchangeFormats.Tally.Read(Examples()["tally"]);
        Assert.Equal(140, tally.Count(Core.Aggregation.StandardIndicators.DialoguesHeld));
        Assert.Equal(new Core.Quantities.Ratio(301, 314), tally.Get(Core.Aggregation.StandardIndicators.CitizensReceived).Ratio);
        var chart = InterchangeFormats.Chart.Read(Examples()["chart"]);
        Assert.Equal("Thị trấn Văn Điển", chart.Units[0].VietnameseName);
    }

    /// <summary>The examples of docs/interchange.md by kind (also the seeds of the fuzz harness, Reliability/InterchangeFuzzTests).</summary>
    internal static Dictionary<string, string> Examples([CallerFilePath] string here = "")
    {
        string path = Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "docs", "interchange.md");
        string text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in Example().Matches(text))
        {
            result.Add(match.Groups["kind"].Value, match.Groups["json"].Value);
        }

        return result;
    }

    [GeneratedRegex("<!-- example: (?<kind>[a-z-]+) -->\\n```json\\n(?<json>.*?)\\n```", RegexOptions.Singleline)]
    private static partial Regex Example();
}
