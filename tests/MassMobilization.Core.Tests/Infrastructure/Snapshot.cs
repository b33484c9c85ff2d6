using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Xunit.Sdk;

namespace MassMobilization.Core.Tests.Infrastructure;

/// <summary>
/// Snapshot testing without Verify (not served by the registry here). A value is written as stable JSON
/// (<see cref="SnapshotJson"/>) and compared with <c>Snapshots/&lt;Class&gt;.&lt;Test&gt;.verified.json</c> beside the
/// test's source file. On a mismatch the new text goes to <c>*.received.json</c> (git-ignored) and the
/// test fails with a unified diff. Set <c>MMC_ACCEPT_SNAPSHOTS=1</c> to accept: the received text
/// becomes the verified file. Acceptance is ignored when <c>CI=true</c>, so CI can never bless a change.
/// </summary>
public static class Snapshot
{
    /// <summary>The environment variable that accepts new or changed snapshots.</summary>
    public const string AcceptVariable = "MMC_ACCEPT_SNAPSHOTS";

    /// <summary>Verifies a value against its committed snapshot.</summary>
    /// <param name="value">The value to serialise and compare.</param>
    /// <param name="name">An optional suffix for several snapshots in one test.</param>
    /// <param name="sourceFile">Filled in by the compiler: the test's source file.</param>
    /// <param name="testName">Filled in by the compiler: the test method's name.</param>
    public static void Verify(object? value, string? name = null, [CallerFilePath] string sourceFile = "", [CallerMemberName] string testName = "")
    {
        string className = Path.GetFileNameWithoutExtension(sourceFile);
        string directory = Path.Combine(Path.GetDirectoryName(sourceFile)!, "Snapshots");
        string fileStem = name is null ? $"{className}.{testName}" : $"{className}.{testName}.{name}";
        bool accept = Environment.GetEnvironmentVariable(AcceptVariable) == "1"
            && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        new SnapshotVerifier(directory, accept).VerifyText(SnapshotJson.Serialize(value), fileStem);
    }

    /// <summary>Verifies text already in its final form (for example a CLI's output) against its snapshot.</summary>
    /// <param name="text">The text.</param>
    /// <param name="name">An optional suffix for several snapshots in one test.</param>
    /// <param name="sourceFile">Filled in by the compiler.</param>
    /// <param name="testName">Filled in by the compiler.</param>
    public static void VerifyText(string text, string? name = null, [CallerFilePath] string sourceFile = "", [CallerMemberName] string testName = "")
    {
        ArgumentNullException.ThrowIfNull(text);
        string className = Path.GetFileNameWithoutExtension(sourceFile);
        string directory = Path.Combine(Path.GetDirectoryName(sourceFile)!, "Snapshots");
        string fileStem = name is null ? $"{className}.{testName}" : $"{className}.{testName}.{name}";
        bool accept = Environment.GetEnvironmentVariable(AcceptVariable) == "1"
            && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        string normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        new SnapshotVerifier(directory, accept).VerifyText(normalized.EndsWith('\n') ? normalized : normalized + "\n", fileStem);
    }
}

/// <summary>The comparison behind <see cref="Snapshot"/>, with the directory and acceptance made explicit for its own tests.</summary>
public sealed class SnapshotVerifier
{
    private readonly string directory;
    private readonly bool accept;

    /// <summary>Creates a verifier over a snapshot directory.</summary>
    public SnapshotVerifier(string directory, bool accept)
    {
        this.directory = directory;
        this.accept = accept;
    }

    /// <summary>Compares <paramref name="actual"/> with <c>{fileStem}.verified.json</c>; throws <see cref="XunitException"/> on a mismatch.</summary>
    public void VerifyText(string actual, string fileStem)
    {
        string verifiedPath = Path.Combine(directory, fileStem + ".verified.json");
        string receivedPath = Path.Combine(directory, fileStem + ".received.json");
        string? expected = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath, Encoding.UTF8).Replace("\r\n", "\n", StringComparison.Ordinal) : null;

        if (expected == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        if (accept)
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(verifiedPath, actual, new UTF8Encoding(false));
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(directory);
        File.WriteAllText(receivedPath, actual, new UTF8Encoding(false));
        if (expected is null)
        {
            throw new XunitException(
                $"New snapshot '{fileStem}': no {verifiedPath} yet. The received text is in {receivedPath}; "
                + $"review it and run the tests with {Snapshot.AcceptVariable}=1 to accept it.\n{actual}");
        }

        throw new XunitException(
            $"Snapshot '{fileStem}' does not match {verifiedPath}. Received text written to {receivedPath}; "
            + $"accept with {Snapshot.AcceptVariable}=1 if the change is intended.\n{UnifiedDiff(expected, actual, 3)}");
    }

    /// <summary>A unified diff ("-" verified, "+" received) with <paramref name="context"/> lines around each change.</summary>
    public static string UnifiedDiff(string expected, string actual, int context)
    {
        var diff = new InlineDiffBuilder(new Differ()).BuildDiffModel(expected, actual);
        var lines = diff.Lines;
        var keep = new bool[lines.Count];
        for (int i = 0; i < lines.Count; i++)
        {
            if (lines[i].Type is ChangeType.Inserted or ChangeType.Deleted or ChangeType.Modified)
            {
                for (int j = Math.Max(0, i - context); j <= Math.Min(lines.Count - 1, i + context); j++)
                {
                    keep[j] = true;
                }
            }
        }

        var builder = new StringBuilder("--- verified\n+++ received\n");
        bool skipped = false;
        for (int i = 0; i < lines.Count; i++)
        {
            if (!keep[i])
            {
                skipped = true;
                continue;
            }

            if (skipped)
            {
                builder.Append("@@ …\n");
                skipped = false;
            }

            string prefix = lines[i].Type switch
            {
                ChangeType.Inserted => "+ ",
                ChangeType.Deleted => "- ",
                _ => "  ",
            };
            builder.Append(prefix).Append(lines[i].Text).Append('\n');
        }

        return builder.ToString();
    }
}
