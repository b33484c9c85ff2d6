using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace MassMobilization.Core.Tests.Docs;

/// <summary>The library's XML docs ship in IntelliSense: every "docs/x.md, "Section"" they cite must exist in this repository.</summary>
public sealed class DocSectionReferenceTests
{
    [Fact]
    public void Every_section_the_xml_docs_cite_exists()
    {
        string xml = File.ReadAllText(Path.ChangeExtension(typeof(DomainRuleException).Assembly.Location, ".xml"));
        var references = Regex.Matches(xml, @"docs/([a-z-]+)\.md,\s+&quot;([^&]+)&quot;|docs/([a-z-]+)\.md,\s+""([^""]+)""");
        Assert.NotEmpty(references);
        foreach (Match reference in references)
        {
            string file = reference.Groups[1].Success ? reference.Groups[1].Value : reference.Groups[3].Value;
            string section = reference.Groups[2].Success ? reference.Groups[2].Value : reference.Groups[4].Value;
            string path = Path.Combine(DocSampleTests.RepoRoot(), "docs", file + ".md");
            Assert.True(File.Exists(path), $"docs/{file}.md does not exist.");
            var headings = File.ReadAllLines(path).Where(l => l.StartsWith('#')).Select(l => l.TrimStart('#').Trim());
            Assert.True(headings.Contains(section, StringComparer.Ordinal), $"docs/{file}.md has no section \"{section}\".");
        }

        // Sections of the design brief, numbered "domain.md §N", do not exist here; these areas cite docs/ instead.
        foreach (string area in new[] { "Awards", "Documents", "Emulation", "Evaluation", "Quantities", "Ranking" })
        {
            var members = System.Xml.Linq.XDocument.Parse(xml).Descendants("member")
                .Where(m => ((string?)m.Attribute("name"))?.Contains($".Core.{area}.", StringComparison.Ordinal) == true);
            Assert.DoesNotContain(members, m => Regex.IsMatch(m.Value, @"domain\.md §\d"));
        }
    }
}
