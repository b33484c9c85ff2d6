using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Xunit;

namespace MassMobilization.Core.Tests.Docs;

/// <summary>
/// Keeps the names in the docs honest: every inline code span in README.md and docs/*.md that looks like
/// a type or member name (<c>`OrganizationChart`</c>, <c>`Ratio.NotApplicable`</c>,
/// <c>`MassMobilization.Core.Awards`</c>) must name a type, member or namespace of the library (internal names are allowed for contributor docs)
/// (or of the BCL, NodaTime or Microsoft.Extensions.DependencyInjection). A rename that forgets the docs
/// fails here.
/// </summary>
public sealed partial class DocReferenceTests
{
    private static readonly Assembly Library = typeof(DomainRuleException).Assembly;

    /// <summary>The official map's data package, documented in docs/official-map.md.</summary>
    private static readonly Assembly DataPackage = typeof(MassMobilization.Core.AdministrativeUnits.OfficialMap).Assembly;

    private static readonly Assembly SerializationPackage = typeof(MassMobilization.Core.Serialization.SystemTextJson.InterchangeFormats).Assembly;

    private static readonly Assembly DependencyInjectionPackage = typeof(MassMobilization.Core.Extensions.DependencyInjection.MassMobilizationOptions).Assembly;

    private static readonly Assembly PersistencePackage = typeof(MassMobilization.Core.EntityFrameworkCore.MassMobilizationDbContext).Assembly;

    [Fact]
    public void Every_type_or_member_named_in_the_docs_exists()
    {
        var known = KnownNames();
        var problems = new List<string>();
        foreach (string file in DocFiles())
        {
            string text = WithoutFencedBlocks(File.ReadAllText(file));
            foreach (Match span in CodeSpan().Matches(text))
            {
                string name = span.Groups["name"].Value;
                if (!LooksLikeCode(name) || Resolves(name, known))
                {
                    continue;
                }

                problems.Add($"{Path.GetRelativePath(DocSampleTests.RepoRoot(), file)}: `{name}` is not a type, member or namespace of the library.");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems.Distinct(StringComparer.Ordinal)));
    }

    [Fact]
    public void A_misspelt_type_is_caught()
    {
        var known = KnownNames();
        Assert.True(Resolves("OrganizationChart", known));
        Assert.True(Resolves("MassMobilization.Core.Organization", known));
        Assert.True(Resolves("DocumentNumber.Parse", known));
        Assert.True(Resolves("TryParse", known));
        Assert.False(Resolves("OrganisationChart", known));
        Assert.False(Resolves("TryParseExactly", known));
        Assert.False(Resolves("DocumentNumber.Parsee", known));
    }

    /// <summary>README.md and docs/*.md, except benchmarks.md (its names are benchmark classes, methods and result columns).</summary>
    private static IEnumerable<string> DocFiles() =>
        new[] { Path.Combine(DocSampleTests.RepoRoot(), "README.md") }
            .Concat(Directory.EnumerateFiles(Path.Combine(DocSampleTests.RepoRoot(), "docs"), "*.md", SearchOption.AllDirectories))
            .Where(f => !f.EndsWith("benchmarks.md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    private static string WithoutFencedBlocks(string text) => FencedBlock().Replace(text.Replace("\r\n", "\n", StringComparison.Ordinal), string.Empty);

    /// <summary>PascalCase words of four letters or more with a lower-case letter (so codes like NQ, CTr or JSON are prose), dotted.</summary>
    private static bool LooksLikeCode(string name) =>
        name.Split('.').All(part => part.Length > 3 && char.IsAsciiLetterUpper(part[0]) && part.Any(char.IsAsciiLetterLower));

    private static bool Resolves(string name, (Dictionary<string, List<Type>> Types, HashSet<string> Namespaces, HashSet<string> Members) known)
    {
        if (known.Namespaces.Contains(name) || known.Members.Contains(name))
        {
            return true;
        }

        string[] parts = name.Split('.');
        if (parts.Length > 1 && known.Namespaces.Contains(parts[0]))
        {
            parts = parts[1..];
        }

        for (int split = parts.Length; split >= 1; split--)
        {
            string typeName = string.Join('.', parts[..split]);
            if (!known.Types.TryGetValue(typeName, out var types))
            {
                continue;
            }

            return types.Any(type => MembersResolve(type, parts[split..]));
        }

        return false;
    }

    private static bool MembersResolve(Type type, string[] members)
    {
        foreach (string member in members)
        {
            var found = type.GetMember(member, BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static);
            if (found.Length == 0)
            {
                return false;
            }

            type = found[0] switch
            {
                Type nested => nested,
                PropertyInfo property => property.PropertyType,
                FieldInfo field => field.FieldType,
                MethodInfo method => method.ReturnType,
                _ => type,
            };
        }

        return true;
    }

    private static (Dictionary<string, List<Type>> Types, HashSet<string> Namespaces, HashSet<string> Members) KnownNames()
    {
        var types = new Dictionary<string, List<Type>>(StringComparer.Ordinal);
        var namespaces = new HashSet<string>(StringComparer.Ordinal);
        var members = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in new[] { Library, DataPackage, SerializationPackage, DependencyInjectionPackage, PersistencePackage, typeof(Microsoft.EntityFrameworkCore.DbContext).Assembly, typeof(Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions).Assembly, typeof(Microsoft.Extensions.Options.IOptions<>).Assembly, typeof(IServiceCollection).Assembly, typeof(Enumerable).Assembly }.SelectMany(a => a.GetExportedTypes()))
        {
            members.UnionWith(type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly).Select(m => m.Name));
        }

        var assemblies = new[] { Library, DataPackage, SerializationPackage, DependencyInjectionPackage, PersistencePackage, typeof(Microsoft.EntityFrameworkCore.DbContext).Assembly, typeof(Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions).Assembly, typeof(Microsoft.Extensions.Options.IOptions<>).Assembly, typeof(DocReferenceTests).Assembly, typeof(MassMobilization.Samples.SampleProvince).Assembly, typeof(object).Assembly, typeof(Console).Assembly, typeof(Enumerable).Assembly, typeof(Regex).Assembly, typeof(LocalDate).Assembly, typeof(NodaTime.Testing.FakeClock).Assembly, typeof(FsCheck.Xunit.PropertyAttribute).Assembly, typeof(IServiceCollection).Assembly };
        foreach (var type in assemblies.SelectMany(a => a == Library || a == SerializationPackage || a == typeof(DocReferenceTests).Assembly || a == typeof(MassMobilization.Samples.SampleProvince).Assembly ? a.GetTypes() : a.GetExportedTypes()))
        {
            string simple = type.Name.Split('`')[0];
            Add(types, simple, type);
            if (type.FullName is not null)
            {
                Add(types, type.FullName.Split('`')[0].Replace('+', '.'), type);
            }

            if ((type.Assembly == Library || type.Assembly == DataPackage || type.Assembly == SerializationPackage || type.Assembly == DependencyInjectionPackage || type.Assembly == PersistencePackage || type.Assembly == typeof(MassMobilization.Samples.SampleProvince).Assembly) && type.Namespace is not null)
            {
                namespaces.Add(type.Namespace);
                namespaces.Add(type.Namespace.Split('.')[^1]);
            }
        }

        return (types, namespaces, members);
    }

    private static void Add(Dictionary<string, List<Type>> types, string name, Type type)
    {
        if (!types.TryGetValue(name, out var list))
        {
            types[name] = list = [];
        }

        list.Add(type);
    }

    [GeneratedRegex(@"`(?<name>[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)*)`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"^```.*?^```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex FencedBlock();
}
