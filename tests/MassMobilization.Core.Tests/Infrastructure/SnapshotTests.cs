using System;
using System.Collections.Generic;
using System.IO;
using NodaTime;
using Xunit;
using Xunit.Sdk;

namespace MassMobilization.Core.Tests.Infrastructure;

public sealed class SnapshotTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "mmc-snapshots-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Matching_snapshot_passes_and_leaves_no_received_file()
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "A.verified.json"), "{\n  \"x\": 1\n}\n");
        new SnapshotVerifier(directory, accept: false).VerifyText("{\n  \"x\": 1\n}\n", "A");
        Assert.False(File.Exists(Path.Combine(directory, "A.received.json")));
    }

    [Fact]
    public void Mismatch_fails_with_a_unified_diff_and_writes_the_received_file()
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "B.verified.json"), "{\n  \"x\": 1,\n  \"y\": 2\n}\n");
        var error = Assert.Throws<XunitException>(() => new SnapshotVerifier(directory, accept: false).VerifyText("{\n  \"x\": 1,\n  \"y\": 3\n}\n", "B"));
        Assert.Contains("-   \"y\": 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("+   \"y\": 3", error.Message, StringComparison.Ordinal);
        Assert.Equal("{\n  \"x\": 1,\n  \"y\": 3\n}\n", File.ReadAllText(Path.Combine(directory, "B.received.json")));
    }

    [Fact]
    public void New_snapshot_without_acceptance_fails()
    {
        var error = Assert.Throws<XunitException>(() => new SnapshotVerifier(directory, accept: false).VerifyText("[]\n", "C"));
        Assert.Contains("New snapshot", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(directory, "C.verified.json")));
        Assert.True(File.Exists(Path.Combine(directory, "C.received.json")));
    }

    [Fact]
    public void Accepting_writes_the_verified_file_and_removes_the_received_one()
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "D.received.json"), "old");
        new SnapshotVerifier(directory, accept: true).VerifyText("[1]\n", "D");
        Assert.Equal("[1]\n", File.ReadAllText(Path.Combine(directory, "D.verified.json")));
        Assert.False(File.Exists(Path.Combine(directory, "D.received.json")));
        new SnapshotVerifier(directory, accept: false).VerifyText("[1]\n", "D");
    }

    [Fact]
    public void Json_is_stable_iso_and_sorted_for_dictionaries()
    {
        var value = new
        {
            Date = new LocalDate(2025, 7, 1),
            Interval = new DateInterval(new LocalDate(2025, 2, 3), new LocalDate(2025, 6, 30)),
            Kind = DayOfWeek.Tuesday,
            Name = "Phường Sài Gòn",
            Counts = new Dictionary<string, int> { ["b"] = 2, ["a"] = 1, ["Đ"] = 3 },
        };
        Assert.Equal(
            "{\n  \"Date\": \"2025-07-01\",\n  \"Interval\": {\n    \"start\": \"2025-02-03\",\n    \"end\": \"2025-06-30\"\n  },\n"
            + "  \"Kind\": \"Tuesday\",\n  \"Name\": \"Phường Sài Gòn\",\n  \"Counts\": {\n    \"a\": 1,\n    \"b\": 2,\n    \"Đ\": 3\n  }\n}\n",
            SnapshotJson.Serialize(value));
    }

    [Fact]
    public void Committed_snapshot_round_trip()
    {
        Snapshot.Verify(new { Library = "MassMobilization.Core", Founded = new LocalDate(1930, 10, 15) });
    }
}
