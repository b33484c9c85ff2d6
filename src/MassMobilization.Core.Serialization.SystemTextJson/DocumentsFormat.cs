using System;
using System.Collections.Generic;
using System.Text.Json;
using MassMobilization.Core.Documents;

namespace MassMobilization.Core.Serialization.SystemTextJson;

/// <summary>Writes and reads graphs of directive documents (kind <c>documents</c>).</summary>
internal static class DocumentsFormat
{
    internal static readonly EnumText<DocumentSystem> Systems = new(
        "document system",
        ("party", DocumentSystem.Party),
        ("state", DocumentSystem.State));

    internal static readonly EnumText<DocumentLinkKind> LinkKinds = new(
        "document link kind",
        ("implements", DocumentLinkKind.Implements),
        ("continues", DocumentLinkKind.Continues),
        ("reviews", DocumentLinkKind.Reviews),
        ("amends", DocumentLinkKind.Amends),
        ("supersedes", DocumentLinkKind.Supersedes));

    internal static void Write(Utf8JsonWriter writer, DocumentGraph graph)
    {
        var custom = new List<DocumentType>();
        foreach (var document in graph.Documents)
        {
            var type = document.Type;
            var standard = DocumentTypeCatalogue.Default.Find(type.System, type.Code);
            if (standard is not null && standard.Equals(type))
            {
                continue;
            }

            bool known = false;
            foreach (var other in custom)
            {
                if (other.System == type.System && string.Equals(other.Code, type.Code, StringComparison.Ordinal))
                {
                    known = other.Equals(type) ? true : throw new ArgumentException($"Two different document types are written '{type.Code}' in the {type.System} system; the format cannot tell them apart.", nameof(graph));
                }
            }

            if (!known)
            {
                custom.Add(type);
            }
        }

        custom.Sort((a, b) => a.System != b.System ? a.System.CompareTo(b.System) : string.CompareOrdinal(a.Code, b.Code));
        writer.WriteStartArray("documentTypes");
        foreach (var type in custom)
        {
            writer.WriteStartObject();
            writer.WriteString("system", Systems.Format(type.System));
            JsonOutput.String(writer, "code", type.Code);
            JsonOutput.String(writer, "vietnameseName", type.VietnameseName);
            JsonOutput.String(writer, "englishName", type.EnglishName);
            writer.WriteBoolean("legalNormative", type.IsLegalNormative);
            writer.WriteBoolean("confirmed", type.IsConfirmed);
            JsonOutput.String(writer, "source", type.Source);
            JsonOutput.Strings(writer, "alternativeCodes", type.AlternativeCodes);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("partyTerms");
        foreach (var term in graph.Registry.PartyTerms)
        {
            writer.WriteStartObject();
            JsonOutput.String(writer, "committee", term.Committee.Value);
            JsonOutput.String(writer, "name", term.Name);
            JsonOutput.Date(writer, "start", term.Start);
            JsonOutput.OptionalDate(writer, "end", term.End);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("issuerLifetimes");
        foreach (var lifetime in graph.IssuerLifetimes)
        {
            writer.WriteStartObject();
            JsonOutput.String(writer, "issuer", lifetime.Issuer.Value);
            JsonOutput.Date(writer, "from", lifetime.From);
            JsonOutput.OptionalDate(writer, "to", lifetime.To);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("documents");
        foreach (var document in graph.Documents)
        {
            writer.WriteStartObject();
            JsonOutput.String(writer, "number", document.Number.ToString());
            JsonOutput.String(writer, "type", document.Type.Code);
            JsonOutput.String(writer, "issuer", document.Issuer.Value);
            JsonOutput.Date(writer, "issuedOn", document.IssuedOn);
            JsonOutput.String(writer, "title", document.Title);
            writer.WriteStartArray("links");
            foreach (var link in document.Links)
            {
                writer.WriteStartObject();
                writer.WriteString("kind", LinkKinds.Format(link.Kind));
                JsonOutput.String(writer, "target", link.Target.ToString());
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    internal static DocumentGraph Read(JsonObjectView root)
    {
        var declared = new Dictionary<(DocumentSystem, string), DocumentType>();
        foreach (var node in root.OptionalArray("documentTypes"))
        {
            var o = JsonObjectView.Of(node);
            var system = o.Enum("system", Systems);
            var codeNode = o.Required("code");
            string code = JsonObjectView.NonBlankOf(codeNode);
            string vietnamese = o.String("vietnameseName");
            string english = o.String("englishName");
            bool legalNormative = o.Boolean("legalNormative");
            bool confirmed = o.Boolean("confirmed");
            string source = o.String("source");
            var alternatives = new List<string>();
            foreach (var item in o.OptionalArray("alternativeCodes"))
            {
                alternatives.Add(JsonObjectView.NonBlankOf(item));
            }

            o.End();
            var type = JsonObjectView.Build(node, () => new DocumentType(system, code, vietnamese, english, legalNormative, confirmed, source, alternatives));
            if (!declared.TryAdd((system, type.Code), type))
            {
                throw codeNode.Error(InterchangeErrorCodes.DuplicateId, $"The {Systems.Format(system)} document type '{type.Code}' is defined twice.");
            }
        }

        var terms = new List<PartyTerm>();
        foreach (var node in root.OptionalArray("partyTerms"))
        {
            var o = JsonObjectView.Of(node);
            var committee = ChartFormat.CommitteeIdOf(o.Required("committee"));
            string name = o.String("name");
            var start = o.Date("start");
            var end = o.OptionalDate("end");
            o.End();
            terms.Add(JsonObjectView.Build(node, () => new PartyTerm(committee, name, start, end)));
        }

        var lifetimes = new List<IssuerLifetime>();
        foreach (var node in root.OptionalArray("issuerLifetimes"))
        {
            var o = JsonObjectView.Of(node);
            var issuer = ChartFormat.CommitteeIdOf(o.Required("issuer"));
            var from = o.Date("from");
            var to = o.OptionalDate("to");
            o.End();
            lifetimes.Add(JsonObjectView.Build(node, () => new IssuerLifetime(issuer, from, to)));
        }

        var documents = new List<DirectiveDocument>();
        var seen = new HashSet<DocumentNumber>();
        foreach (var node in root.Array("documents"))
        {
            var o = JsonObjectView.Of(node);
            var numberNode = o.Required("number");
            var number = NumberOf(numberNode);
            var typeNode = o.Required("type");
            string typeCode = JsonObjectView.StringOf(typeNode);
            var type = declared.GetValueOrDefault((number.System, typeCode)) ?? DocumentTypeCatalogue.Default.Find(number.System, typeCode)
                ?? throw typeNode.Error(InterchangeErrorCodes.UnknownEnumValue, $"'{typeCode}' is not a standard {Systems.Format(number.System)} document type nor one defined in the document.");
            var issuer = ChartFormat.CommitteeIdOf(o.Required("issuer"));
            var issuedOn = o.Date("issuedOn");
            string title = o.String("title");
            var links = new List<DocumentLink>();
            foreach (var item in o.OptionalArray("links"))
            {
                var link = JsonObjectView.Of(item);
                var kind = link.Enum("kind", LinkKinds);
                var target = NumberOf(link.Required("target"));
                link.End();
                links.Add(JsonObjectView.Build(item, () => new DocumentLink(kind, target)));
            }

            o.End();
            if (!seen.Add(number))
            {
                throw numberNode.Error(InterchangeErrorCodes.DuplicateId, $"The document {number} appears twice.");
            }

            documents.Add(JsonObjectView.Build(node, () => new DirectiveDocument(number, type, issuer, issuedOn, title, links)));
        }

        return JsonObjectView.Build(root.Node, () => DocumentGraph.Create(documents, lifetimes, terms));
    }

    internal static DocumentNumber NumberOf(JsonTreeNode node)
    {
        string text = JsonObjectView.StringOf(node);
        return DocumentNumber.TryParse(text, out var number)
            ? number
            : throw node.Error(InterchangeErrorCodes.InvalidValue, $"'{text}' is not a Party or State document number (for example 18-NQ/TW or 98/2023/NĐ-CP).");
    }
}
