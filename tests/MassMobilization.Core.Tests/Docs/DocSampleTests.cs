using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Xunit;

namespace MassMobilization.Core.Tests.Docs;

/// <summary>
/// Keeps every C# sample in README.md and docs/*.md compiled and run: each ```csharp block must be
/// preceded by <c>&lt;!-- sample: NAME --&gt;</c> and equal, line for line, the region
/// <c>// sample: NAME</c> … <c>// end sample</c> of a file in this folder, which the test project
/// compiles and whose test runs it. A doc edit that drifts from the code fails here.
/// </summary>
public sealed partial class DocSampleTests
{
    [Fact]
    public void Every_csharp_block_in_the_docs_is_a_compiled_sample()
    {
        var regions = SampleRegions();
        var problems = new List<string>();
        int checkedBlocks = 0;
        foreach (string file in DocFiles())
        {
            string text = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal);
            foreach (Match block in CsharpBlock().Matches(text))
            {
                string relative = Path.GetRelativePath(RepoRoot(), file);
                if (!block.Groups["name"].Success)
                {
                    problems.Add($"{relative}: a ```csharp block has no '<!-- sample: NAME -->' line before it.");
                    continue;
                }

                string name = block.Groups["name"].Value;
                if (!regions.TryGetValue(name, out string? code))
                {
                    problems.Add($"{relative}: sample '{name}' has no region in tests/MassMobilization.Core.Tests/Docs.");
                }
                else if (Normalize(code) != Normalize(block.Groups["code"].Value))
                {
                    problems.Add($"{relative}: sample '{name}' differs from its compiled region.\n--- doc\n{block.Groups["code"].Value}\n--- code\n{code}");
                }

                checkedBlocks++;
            }
        }

        Assert.Empty(problems);
        Assert.True(checkedBlocks > 0, "No C# samples were found in the docs.");
    }

    [Fact]
    public void The_matcher_catches_an_unmarked_block()
    {
        var blocks = CsharpBlock().Matches("text\n```csharp\nvar x = 1;\n```\n");
        Assert.Single(blocks);
        Assert.False(blocks[0].Groups["name"].Success);
    }

    internal static string RepoRoot([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", ".."));

    private static IEnumerable<string> DocFiles() =>
        new[] { Path.Combine(RepoRoot(), "README.md") }
            .Concat(Directory.EnumerateFiles(Path.Combine(RepoRoot(), "docs"), "*.md", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal);

    private static Dictionary<string, string> SampleRegions([CallerFilePath] string here = "")
    {
        var regions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string file in Directory.EnumerateFiles(Path.GetDirectoryName(here)!, "*.cs"))
        {
            string text = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal);
            foreach (Match region in SampleRegion().Matches(text))
            {
                regions.Add(region.Groups["name"].Value, Dedent(region.Groups["code"].Value));
            }
        }

        return regions;
    }

    private static string Dedent(string code)
    {
        var lines = code.Split('\n');
        int indent = lines.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        return string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
    }

    private static string Normalize(string code) => string.Join('\n', code.Split('\n').Select(l => l.TrimEnd())).Trim('\n');

    [GeneratedRegex(@"(?:<!--\s*sample:\s*(?<name>[\w.-]+)\s*-->\s*\n)?```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CsharpBlock();

    [GeneratedRegex(@"^[ \t]*// sample: (?<name>[\w.-]+)[ \t]*\n(?<code>.*?)^[ \t]*// end sample", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex SampleRegion();
}
