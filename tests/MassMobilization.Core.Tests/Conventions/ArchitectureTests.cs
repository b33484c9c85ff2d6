using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Xunit;

namespace MassMobilization.Core.Tests.Conventions;

/// <summary>
/// Keeps the library's folders in layers (engineering.md §1): a folder may use only the folders listed
/// for it, namespace = folder, and the core package uses neither serialization, dependency injection nor
/// persistence (those are packages of their own above it).
/// The checks read the source files, so they see every reference, public or not.
/// </summary>
public sealed partial class ArchitectureTests
{
    /// <summary>What each folder may use, besides the root namespace. Quantities (exact ratios, VND amounts,
    /// rounding) sits below every area; Aggregation counts indicator records and no area uses it;
    /// Reporting (the report operation: models and records to an explained report) sits above the areas.
    /// Ranking (declared tie-break chains) is shared by Evaluation, Emulation and Awards.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Allowed = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["Text"] = [],
        ["Quantities"] = ["Text"],
        ["Ranking"] = ["Text"],
        ["Organization"] = ["Text", "Quantities"],
        ["Documents"] = ["Text", "Quantities", "Organization"],
        ["Mobilization"] = ["Text", "Quantities", "Organization", "Documents"],
        ["Activities"] = ["Text", "Quantities", "Organization", "Documents"],
        ["Aggregation"] = ["Text", "Quantities", "Ranking", "Organization", "Documents"],
        ["Evaluation"] = ["Text", "Quantities", "Ranking", "Organization", "Documents", "Mobilization"],
        ["Emulation"] = ["Text", "Quantities", "Ranking", "Organization", "Documents", "Mobilization", "Evaluation"],
        ["Awards"] = ["Text", "Quantities", "Ranking", "Organization", "Documents"],
        ["Reporting"] = ["Text", "Quantities", "Ranking", "Organization", "Documents", "Mobilization", "Activities", "Aggregation", "Evaluation", "Emulation", "Awards"],
    };

    [Fact]
    public void Folders_use_only_the_layers_below_them()
    {
        var violations = new List<string>();
        foreach (var (folder, file) in LibrarySources())
        {
            var allowed = Allowed.TryGetValue(folder, out var list) ? list : [];
            foreach (Match match in Reference().Matches(File.ReadAllText(file)))
            {
                string used = match.Groups[1].Value;
                if (used != folder && Allowed.ContainsKey(used) && !allowed.Contains(used))
                {
                    violations.Add($"{Relative(file)} ({folder}) uses {used}.");
                }
            }
        }

        Assert.Empty(violations.Distinct());
    }

    [Fact]
    public void Namespace_matches_folder()
    {
        var violations = new List<string>();
        foreach (var (folder, file) in LibrarySources())
        {
            string expected = folder.Length == 0 ? "MassMobilization.Core" : $"MassMobilization.Core.{folder}";
            var ns = FileScopedNamespace().Match(File.ReadAllText(file));
            if (!ns.Success || ns.Groups[1].Value != expected)
            {
                violations.Add($"{Relative(file)} declares '{(ns.Success ? ns.Groups[1].Value : "no namespace")}', expected '{expected}'.");
            }
        }

        Assert.Empty(violations);
    }

    [Fact]
    public void Every_top_folder_is_a_known_layer()
    {
        var unknown = Directory.GetDirectories(SourceRoot())
            .Select(Path.GetFileName)
            .Where(name => name is not ("bin" or "obj") && !Allowed.ContainsKey(name!))
            .ToList();
        Assert.Empty(unknown);
    }

    [Fact]
    public void The_core_package_depends_on_NodaTime_and_the_guard_library_only()
    {
        string project = File.ReadAllText(Path.Combine(SourceRoot(), "MassMobilization.Core.csproj"));
        var packages = PackageReference().Matches(project).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(new[] { "Ardalis.GuardClauses", "NodaTime" }, packages);
        Assert.DoesNotContain("<ProjectReference", project, StringComparison.Ordinal);

        var outside = LibrarySources()
            .Where(source => File.ReadAllText(source.File) is var text
                && (text.Contains("System.Text.Json", StringComparison.Ordinal) || text.Contains("Microsoft.Extensions", StringComparison.Ordinal)))
            .Select(source => Relative(source.File))
            .ToList();
        Assert.Empty(outside);
    }

    [Fact]
    public void The_layer_check_catches_an_upward_reference()
    {
        string text = "using MassMobilization.Core.Awards;\nvar x = MassMobilization.Core.Reporting.Foo.Bar;";
        var used = Reference().Matches(text).Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(new[] { "Awards", "Reporting" }, used);
        Assert.DoesNotContain("Awards", Allowed["Organization"]);
    }

    private static IEnumerable<(string Folder, string File)> LibrarySources()
    {
        string root = SourceRoot();
        foreach (string file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string relative = Path.GetRelativePath(root, file);
            if (relative.StartsWith("obj", StringComparison.Ordinal) || relative.StartsWith("bin", StringComparison.Ordinal))
            {
                continue;
            }

            string folder = relative.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal) ? relative[..relative.IndexOf(Path.DirectorySeparatorChar, StringComparison.Ordinal)] : string.Empty;
            yield return (folder, file);
        }
    }

    private static string SourceRoot([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "src", "MassMobilization.Core"));

    private static string Relative(string file) => Path.GetRelativePath(SourceRoot(), file);

    [GeneratedRegex(@"\bMassMobilization\.Core\.([A-Z][A-Za-z]+)\b")]
    private static partial Regex Reference();

    [GeneratedRegex(@"<PackageReference Include=""([^""]+)""")]
    private static partial Regex PackageReference();

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex FileScopedNamespace();
}
