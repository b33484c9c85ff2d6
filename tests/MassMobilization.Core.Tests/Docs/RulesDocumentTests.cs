using System;
using System.IO;
using MassMobilization.Core.Tests.Infrastructure;
using Xunit;

namespace MassMobilization.Core.Tests.Docs;

/// <summary>
/// docs/rules.md is generated from the library's rule catalogues by <see cref="RulesDocument"/>; this
/// test fails when the committed file is stale. Regenerate it with
/// <c>MMC_ACCEPT_SNAPSHOTS=1 dotnet test --filter RulesDocumentTests</c> (ignored under <c>CI=true</c>).
/// </summary>
public sealed class RulesDocumentTests
{
    private static string RulesFile => Path.Combine(DocSampleTests.RepoRoot(), "docs", "rules.md");

    [Fact]
    public void The_committed_rules_document_is_current()
    {
        string generated = RulesDocument.Generate();
        string committed = File.Exists(RulesFile) ? File.ReadAllText(RulesFile).Replace("\r\n", "\n", StringComparison.Ordinal) : string.Empty;
        if (committed == generated)
        {
            return;
        }

        bool accept = Environment.GetEnvironmentVariable(Snapshot.AcceptVariable) == "1"
            && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (accept)
        {
            File.WriteAllText(RulesFile, generated);
            return;
        }

        Assert.Fail($"docs/rules.md is stale; run the tests with {Snapshot.AcceptVariable}=1 to regenerate it.\n{SnapshotVerifier.UnifiedDiff(committed, generated, 2)}");
    }

    [Fact]
    public void The_document_lists_every_lifecycle_transition()
    {
        string generated = RulesDocument.Generate();
        foreach (var rule in MassMobilization.Core.Mobilization.ModelLifecycle.Table)
        {
            Assert.Contains($"| {rule.From} | {rule.Action} | {rule.To} |", generated, StringComparison.Ordinal);
        }
    }
}
