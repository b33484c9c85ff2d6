using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using MassMobilization.Core.Organization;
using Xunit;

namespace MassMobilization.Core.Tests.Conventions;

/// <summary>
/// Keeps the public surface deliberate (docs/advanced.md): members that work on dense ordinals are
/// marked <see cref="EditorBrowsableState.Advanced"/>, and the marked members are exactly those the
/// advanced page lists.
/// </summary>
public sealed partial class AdvancedApiTests
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    [Fact]
    public void Members_that_take_or_return_ordinals_are_marked_advanced()
    {
        var unmarked = new List<string>();
        foreach (var type in ApiConventions.LibraryTypes.Where(t => t.IsPublic))
        {
            foreach (var member in type.GetMembers(Declared).Where(m => m is MethodInfo { IsSpecialName: false } or PropertyInfo))
            {
                bool ordinal = member.Name.Contains("Ordinal", StringComparison.Ordinal)
                    || (member is MethodInfo method && method.GetParameters().Any(p => p.Name!.Contains("rdinal", StringComparison.Ordinal)));
                if (ordinal && !IsAdvanced(member) && !IsAdvanced(type))
                {
                    unmarked.Add($"{type.Name}.{member.Name}");
                }
            }
        }

        Assert.Empty(unmarked.Distinct());
    }

    [Fact]
    public void The_advanced_page_lists_exactly_the_marked_members()
    {
        var marked = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in ApiConventions.LibraryTypes.Where(t => t.IsPublic))
        {
            if (IsAdvanced(type))
            {
                marked.Add($"{type.Name}.(type)");
            }

            foreach (var member in type.GetMembers(Declared).Where(IsAdvanced))
            {
                marked.Add($"{type.Name}.{member.Name}");
            }
        }

        var listed = new SortedSet<string>(StringComparer.Ordinal);
        foreach (Match row in TableRow().Matches(File.ReadAllText(AdvancedPage())))
        {
            string type = row.Groups["type"].Value;
            foreach (Match member in CodeSpan().Matches(row.Groups["members"].Value))
            {
                listed.Add($"{type}.{member.Groups[1].Value}");
            }

            if (row.Groups["members"].Value.Contains("the type", StringComparison.Ordinal))
            {
                listed.Add($"{type}.(type)");
            }
        }

        Assert.True(marked.Count >= 30, $"only {marked.Count} advanced members found");
        Assert.Equal(marked, listed);
    }

    [Fact]
    public void The_kernels_are_not_public()
    {
        var library = typeof(ChartSnapshot).Assembly;
        foreach (string name in new[] { "Aggregation.RollUpKernel", "Emulation.JudgingKernel", "Emulation.DecimalMath" })
        {
            var type = library.GetType("MassMobilization.Core." + name, throwOnError: true)!;
            Assert.False(type.IsPublic, name);
        }
    }

    private static bool IsAdvanced(MemberInfo member) =>
        member.GetCustomAttribute<EditorBrowsableAttribute>() is { State: EditorBrowsableState.Advanced };

    private static string AdvancedPage([System.Runtime.CompilerServices.CallerFilePath] string source = "") =>
        Path.Combine(Path.GetDirectoryName(source)!, "..", "..", "..", "docs", "advanced.md");

    [GeneratedRegex(@"^\| `(?<type>\w+)` \| (?<members>.+) \|$", RegexOptions.Multiline)]
    private static partial Regex TableRow();

    [GeneratedRegex(@"`(\w+)`")]
    private static partial Regex CodeSpan();
}
