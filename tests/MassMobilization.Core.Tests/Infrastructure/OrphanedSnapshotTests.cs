using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using MassMobilization.Core.Tests.Docs;
using Xunit;

namespace MassMobilization.Core.Tests.Infrastructure;

/// <summary>
/// Every committed <c>&lt;Class&gt;.&lt;Method&gt;[.&lt;name&gt;].verified.json</c> belongs to a method that
/// still exists: a renamed or deleted test would otherwise leave its snapshot behind, unchecked.
/// </summary>
public sealed class OrphanedSnapshotTests
{
    [Fact]
    public void Every_verified_snapshot_belongs_to_an_existing_test_method()
    {
        string tests = Path.Combine(DocSampleTests.RepoRoot(), "tests");
        var files = Directory.EnumerateDirectories(tests, "Snapshots", SearchOption.AllDirectories)
            .Where(d => !d.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !d.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(d => Directory.EnumerateFiles(d, "*.verified.json"))
            .Select(f => Path.GetRelativePath(tests, f))
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.NotEmpty(files);
        var orphans = Orphans(files, MethodsByClass(typeof(OrphanedSnapshotTests).Assembly));
        Assert.True(orphans.Count == 0, "Snapshots without a test method (delete them, or rename them with their test):\n" + string.Join('\n', orphans));
    }

    [Fact]
    public void A_snapshot_of_a_renamed_test_is_reported()
    {
        var methods = MethodsByClass(typeof(OrphanedSnapshotTests).Assembly);
        string[] files =
        [
            Path.Combine("X", "Snapshots", "OrphanedSnapshotTests.A_snapshot_of_a_renamed_test_is_reported.verified.json"),
            Path.Combine("X", "Snapshots", "OrphanedSnapshotTests.A_snapshot_of_a_renamed_test_is_reported.second.verified.json"),
            Path.Combine("X", "Snapshots", "OrphanedSnapshotTests.A_snapshot_of_a_test_renamed_since.verified.json"),
            Path.Combine("X", "Snapshots", "NoSuchTests.A_snapshot_of_a_renamed_test_is_reported.verified.json"),
            Path.Combine("X", "Snapshots", "broken.verified.json"),
        ];

        Assert.Equal(files[2..], Orphans(files, methods));
    }

    /// <summary>Test classes by simple name (the source file's name, which <see cref="Snapshot"/> uses), with their methods.</summary>
    private static Dictionary<string, HashSet<string>> MethodsByClass(Assembly assembly)
    {
        var result = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var type in assembly.GetTypes().Where(t => !t.IsNested))
        {
            if (!result.TryGetValue(type.Name, out var methods))
            {
                result[type.Name] = methods = new HashSet<string>(StringComparer.Ordinal);
            }

            methods.UnionWith(type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly).Select(m => m.Name));
        }

        return result;
    }

    private static List<string> Orphans(IEnumerable<string> files, Dictionary<string, HashSet<string>> methodsByClass)
    {
        var orphans = new List<string>();
        foreach (string file in files)
        {
            string[] parts = Path.GetFileName(file)[..^".verified.json".Length].Split('.');
            bool found = parts.Length is 2 or 3
                && methodsByClass.TryGetValue(parts[0], out var methods)
                && methods.Contains(parts[1]);
            if (!found)
            {
                orphans.Add(file);
            }
        }

        return orphans;
    }
}
