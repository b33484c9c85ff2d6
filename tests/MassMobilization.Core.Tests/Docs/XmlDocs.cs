using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Xml.Linq;

namespace MassMobilization.Core.Tests.Docs;

/// <summary>Reads the summaries of an assembly's XML documentation file, as plain Markdown text.</summary>
internal sealed class XmlDocs
{
    private readonly XDocument document;

    private XmlDocs(XDocument document) => this.document = document;

    /// <summary>Loads the documentation file beside an assembly.</summary>
    /// <param name="assembly">The assembly.</param>
    /// <returns>The documentation.</returns>
    public static XmlDocs Load(Assembly assembly) => new(XDocument.Load(Path.ChangeExtension(assembly.Location, ".xml")));

    /// <summary>Returns the summary of a field, with <c>c</c> as code and <c>see</c> as the referenced name.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The summary on one line.</returns>
    public string Summary(FieldInfo field)
    {
        string id = $"F:{field.DeclaringType!.FullName}.{field.Name}";
        var summary = document.Descendants("member").FirstOrDefault(m => (string?)m.Attribute("name") == id)?.Element("summary")
            ?? throw new InvalidOperationException($"{id} has no XML summary.");
        var text = new StringBuilder();
        foreach (var node in summary.Nodes())
        {
            text.Append(node switch
            {
                XText t => t.Value,
                XElement { Name.LocalName: "c" } c => $"`{c.Value}`",
                XElement { Name.LocalName: "see" } see => ((string?)see.Attribute("cref"))?.Split('.', ':').Last() ?? see.Value,
                XElement e => e.Value,
                _ => string.Empty,
            });
        }

        return string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace("|", "\\|", StringComparison.Ordinal);
    }
}
