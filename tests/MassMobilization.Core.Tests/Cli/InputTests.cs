using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Serialization.SystemTextJson;
using MassMobilization.Samples;
using MassMobilization.Samples.Generators;
using NodaTime;
using Xunit;

namespace MassMobilization.Core.Tests.Cli;

/// <summary>Commands read the interchange format with --input; bad input is one line with its JSON path and exit code 2.</summary>
public sealed class InputTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "massmob-input-" + Guid.NewGuid().ToString("N"));

    public InputTests() => Directory.CreateDirectory(directory);

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Evaluate_reads_score_sheets_and_gives_the_same_report_as_the_sample()
    {
        string file = Write("sheets.json", InterchangeFormats.ScoreSheets.WriteString(SampleEvaluations.Sheets()));
        var (exit, output, error) = CliTests.Run("evaluate", "--input", file, "--format", "json");
        var (_, sample, _) = CliTests.Run("evaluate", "--format", "json");
        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Equal(sample, output);
    }

    [Fact]
    public void Contest_reads_a_contest_with_the_sheets_of_its_first_round()
    {
        var contest = ContestDataGenerator.ThanhTriContest();
        var teams = ContestDataGenerator.ThanhTriTeams();
        var record = new ContestRecord(contest, teams, [ContestDataGenerator.Sheets(contest.Rounds[0], teams, 2024)]);
        string file = Write("contest.json", InterchangeFormats.Contest.WriteString(record));
        var (exit, output, error) = CliTests.Run("contest", "--input", file, "--format", "csv");
        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Equal(94, output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Report_rolls_up_a_partial_sent_up_by_the_communes_like_the_records_themselves()
    {
        var sample = SampleProvince.Instance;
        var period = ReportingPeriod.Year(2024);
        var records = SampleRecords2024(period);
        var layout = MassMobilization.Core.Reporting.ReportLayouts.WithAwards.Indicators;
        var shape = RollUpShape.At(sample.Chart, new LocalDate(2024, 12, 31));
        var half = records.Count / 2;
        var first = PartialAggregate.FromRecords(shape, layout, period, records.GetRange(0, half));
        var second = PartialAggregate.FromRecords(shape, layout, period, records.GetRange(half, records.Count - half));
        string file = Write("partial.json", InterchangeFormats.Partial.WriteString(second.Merge(first)));

        var (exit, output, error) = CliTests.Run("report", "--input", file, "--format", "json");
        var (_, expected, _) = CliTests.Run("report", "--period", "2024", "--format", "json");
        Assert.Equal(0, exit);
        Assert.Empty(error);
        using var fromPartial = System.Text.Json.JsonDocument.Parse(output);
        using var fromRecords = System.Text.Json.JsonDocument.Parse(expected);
        Assert.Equal(fromRecords.RootElement.GetProperty("figures").GetRawText(), fromPartial.RootElement.GetProperty("figures").GetRawText());
        Assert.Equal(fromRecords.RootElement.GetProperty("units").GetRawText(), fromPartial.RootElement.GetProperty("units").GetRawText());
    }

    [Fact]
    public void Report_reads_activity_records_and_shows_the_activity_section()
    {
        var activities = ActivitySeeds.BinhThuan2024(SampleProvince.Instance.OldCommunes);
        string file = Write("activities.json", InterchangeFormats.Activities.WriteString(activities));

        var (exit, output, error) = CliTests.Run("report", "--input", file, "--period", "2024", "--format", "json");
        Assert.Equal(0, exit);
        Assert.Empty(error);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        var figures = json.RootElement.GetProperty("figures").EnumerateArray().ToDictionary(f => f.GetProperty("indicator").GetString()!, f => f, StringComparer.Ordinal);
        Assert.Equal(140, figures["DIALOGUES-HELD"].GetProperty("value").GetInt64());
        Assert.Equal(301, figures["CITIZENS-RECEIVED"].GetProperty("numerator").GetInt64());
        Assert.Equal(314, figures["CITIZENS-RECEIVED"].GetProperty("denominator").GetInt64());
        Assert.Equal(ActivitySeeds.BinhThuan2024GiftCount, figures["GIFTS"].GetProperty("value").GetInt64());
        Assert.Equal(activities.OfType<Core.Activities.CitizenReception>().Count(), figures["ACT-RECEPTIONS"].GetProperty("value").GetInt64());
        Assert.False(figures.ContainsKey("MODELS-REGISTERED"));

        var (halfExit, halfOutput, _) = CliTests.Run("report", "--input", file, "--period", "2024-H1", "--format", "json");
        Assert.Equal(0, halfExit);
        using var half = System.Text.Json.JsonDocument.Parse(halfOutput);
        long halfDialogues = half.RootElement.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("indicator").GetString() == "DIALOGUES-HELD").GetProperty("value").GetInt64();
        Assert.Equal(activities.OfType<Core.Activities.Dialogue>().Count(d => d.Date.Month <= 6), halfDialogues);

        string bad = Write("bad-activities.json", File.ReadAllText(file).Replace("\"type\": \"dialogue\"", "\"type\": \"meeting\"", StringComparison.Ordinal));
        var (badExit, _, badError) = CliTests.Run("report", "--input", bad);
        Assert.Equal(2, badExit);
        Assert.StartsWith("massmob: error: IX-UNKNOWN-ENUM-VALUE at $.activities[0].type (line ", badError, StringComparison.Ordinal);
    }

    [Fact]
    public void Eligibility_reads_service_records_and_gives_the_same_report_as_the_sample()
    {
        string file = Write("records.json", InterchangeFormats.ServiceRecords.WriteString(AwardRecords.Individuals(12)));
        var (exit, output, error) = CliTests.Run("eligibility", "--input", file, "--format", "json");
        var (_, sample, _) = CliTests.Run("eligibility", "--format", "json");
        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Equal(sample, output);
    }

    [Fact]
    public void Eligibility_reads_collectives_and_households_and_explains_a_bad_record_by_path()
    {
        string file = Write("mixed.json", InterchangeFormats.ServiceRecords.WriteString(Interchange.ServiceRecordsInterchangeTests.Sample()));
        var (exit, output, error) = CliTests.Run("eligibility", "--input", file, "--year", "2024", "--explain", "26740:GK", "--format", "csv");
        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Contains("26740,,,,", output, StringComparison.Ordinal);
        string bad = Write("bad-records.json", File.ReadAllText(file).Replace("\"GDVH\"", "\"GDX\"", StringComparison.Ordinal));
        var (badExit, _, badError) = CliTests.Run("eligibility", "--input", bad);
        Assert.Equal(2, badExit);
        Assert.StartsWith("massmob: error: IX-UNKNOWN-ENUM-VALUE at $.records[2].awards[0].kind (line ", badError, StringComparison.Ordinal);
    }

    [Fact]
    public void Rebase_carries_every_figure_of_a_partial_and_loses_nothing()
    {
        var sample = SampleProvince.Instance;
        var period = ReportingPeriod.Year(2024);
        var records = SampleRecords2024(period);
        var partial = PartialAggregate.FromRecords(RollUpShape.At(sample.Chart, new LocalDate(2025, 6, 30)), MassMobilization.Core.Reporting.ReportLayouts.WithAwards.Indicators, period, records);
        string file = Write("partial.json", InterchangeFormats.Partial.WriteString(partial));

        var (exit, output, error) = CliTests.Run("rebase", "--input", file, "--to", "2025-07-01", "--format", "json");
        Assert.Equal(0, exit);
        Assert.Empty(error);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        var sent = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var entry in partial.Entries)
        {
            sent[entry.SlotCode] = sent.GetValueOrDefault(entry.SlotCode) + entry.Sum;
        }

        var received = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (string table in new[] { "rebased", "unallocated" })
        {
            foreach (var row in json.RootElement.GetProperty(table).EnumerateArray())
            {
                string slot = row.GetProperty("slot").GetString()!;
                received[slot] = received.GetValueOrDefault(slot) + row.GetProperty("sum").GetInt64();
            }
        }

        Assert.Equal(sent.OrderBy(p => p.Key, StringComparer.Ordinal), received.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.True(json.RootElement.GetProperty("unallocatedEntries").GetInt32() > 0);
    }

    [Fact]
    public void A_wrong_value_is_one_line_with_the_json_path_and_exit_code_2()
    {
        string json = InterchangeFormats.ScoreSheets.WriteString(SampleEvaluations.Sheets()).Replace("\"version\": 1", "\"version\": 7", StringComparison.Ordinal);
        string file = Write("bad.json", json);
        var (exit, output, error) = CliTests.Run("evaluate", "--input", file);
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.StartsWith("massmob: error: IX-UNSUPPORTED-VERSION at $.version (line ", error, StringComparison.Ordinal);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Verbose_adds_the_details()
    {
        string file = Write("broken.json", "{\"format\":\"massmob\",");
        var (exit, _, error) = CliTests.Run("contest", "--input", file, "--verbose");
        Assert.Equal(2, exit);
        Assert.StartsWith("massmob: error: IX-SYNTAX", error, StringComparison.Ordinal);
        Assert.Contains("InterchangeException", error, StringComparison.Ordinal);
    }

    /// <summary>The sample's 2024 records, as the report command builds them for --period 2024.</summary>
    private static List<IndicatorRecord> SampleRecords2024(ReportingPeriod period)
    {
        var records = new List<IndicatorRecord>(MassMobilization.Core.Reporting.ModelIndicators.Records(SampleProvince.Instance.Models, period, new LocalDate(2024, 12, 31)));
        records.AddRange(SampleProvince.Instance.RecordsFor(period, new LocalDate(2024, 12, 31)));
        return records;
    }

    private string Write(string name, string text)
    {
        string path = Path.Combine(directory, name);
        File.WriteAllText(path, text);
        return path;
    }
}
