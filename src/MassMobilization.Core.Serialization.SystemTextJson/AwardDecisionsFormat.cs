using System;
using System.Collections.Generic;
using System.Text.Json;
using MassMobilization.Core.Awards;
using MassMobilization.Core.Documents;

namespace MassMobilization.Core.Serialization.SystemTextJson;

/// <summary>
/// Writes and reads award decisions of Party bodies, the Fatherland Front and the socio-political organisations (kind
/// <c>award-decisions</c>; docs/awards.md). On read every decision is made by <see cref="AwardDecisionValidator"/> against
/// the chart, the model registry and the awarding authorities the format was created with, in document order, so a
/// once-only medal given in an earlier decision of the document counts; the first problem is reported at its node.
/// </summary>
internal static class AwardDecisionsFormat
{
    internal static readonly EnumText<RecipientKinds> Recipients = new(
        "recipient kind",
        ("individual", RecipientKinds.Individual),
        ("collective", RecipientKinds.Collective),
        ("household", RecipientKinds.Household),
        ("model", RecipientKinds.Model));

    internal static void Write(Utf8JsonWriter writer, IReadOnlyList<AwardDecision> decisions)
    {
        // Everything the format cannot express is refused before the first byte is written.
        for (int i = 0; i < decisions.Count; i++)
        {
            if (decisions[i] is null)
            {
                throw new ArgumentException($"Decision {i} is null.", nameof(decisions));
            }

            if (decisions[i].Body is null)
            {
                throw new ArgumentException($"Decision {decisions[i].Document} is a State decision (no awarding authority resolved by AwardDecisionValidator); the award-decisions kind holds decisions of Party bodies, the Front and the mass organisations.", nameof(decisions));
            }
        }

        writer.WriteStartArray("decisions");
        foreach (var decision in decisions)
        {
            writer.WriteStartObject();
            JsonOutput.String(writer, "number", decision.Document.ToString());
            JsonOutput.Date(writer, "date", decision.Date);
            JsonOutput.String(writer, "authority", decision.Authority.Value);
            writer.WriteStartArray("recipients");
            foreach (var r in decision.Recipients)
            {
                writer.WriteStartObject();
                JsonOutput.String(writer, "id", r.NomineeId);
                JsonOutput.String(writer, "name", r.Name);
                writer.WriteString("recipient", Recipients.Format(r.Recipient));
                JsonOutput.String(writer, "award", r.Award.Code);
                writer.WriteString("nature", ServiceRecordsFormat.Natures.Format(r.Nature));
                if (!r.Unit.IsDefault)
                {
                    JsonOutput.String(writer, "unit", r.Unit.Value);
                }

                if (r.Reason.Length > 0)
                {
                    JsonOutput.String(writer, "reason", r.Reason);
                }

                if (r.Posthumous)
                {
                    writer.WriteBoolean("posthumous", true);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    internal static IReadOnlyList<AwardDecision> Read(JsonObjectView root, AwardDecisionValidator validator)
    {
        var decisions = new List<AwardDecision>();
        var numbers = new HashSet<DocumentNumber>();
        foreach (var node in root.Array("decisions"))
        {
            var o = JsonObjectView.Of(node);
            var numberNode = o.Required("number");
            var number = DocumentsFormat.NumberOf(numberNode);
            if (!numbers.Add(number))
            {
                throw numberNode.Error(InterchangeErrorCodes.DuplicateId, $"The decision {number} is in the document twice.");
            }

            var date = o.Date("date");
            var authorityNode = o.Required("authority");
            var authority = ChartFormat.CommitteeIdOf(authorityNode);
            var recipientsNode = o.Required("recipients");
            var items = JsonObjectView.ArrayOf(recipientsNode);
            var unitNodes = new JsonTreeNode?[items.Count];
            var recipients = new List<AwardRecipient>(items.Count);
            for (int i = 0; i < items.Count; i++)
            {
                recipients.Add(ReadRecipient(items[i], out unitNodes[i]));
            }

            o.End();
            var problems = validator.Validate(number, date, authority, recipients, decisions);
            if (problems.Count > 0)
            {
                var first = problems[0];
                var at = first.RecipientIndex < 0
                    ? (string.Equals(first.Path, "authority", StringComparison.Ordinal) ? authorityNode : recipientsNode)
                    : first.Path.EndsWith(".unit", StringComparison.Ordinal) && unitNodes[first.RecipientIndex] is { } unitNode ? unitNode : items[first.RecipientIndex];
                string code = first.Code is AwardRuleCodes.UnknownAuthority or AwardRuleCodes.RecipientNotFound ? InterchangeErrorCodes.UnknownReference : InterchangeErrorCodes.DomainRule;
                throw at.Error(code, $"Rule {first.Code}: decision {number}: {first.Message}" + (problems.Count > 1 ? $" ({problems.Count - 1} more problem(s) after it)" : string.Empty));
            }

            decisions.Add(JsonObjectView.Build(node, () => validator.Create(number, date, authority, recipients, decisions)));
        }

        return decisions.AsReadOnly();
    }

    private static AwardRecipient ReadRecipient(JsonTreeNode node, out JsonTreeNode? unitNode)
    {
        var r = JsonObjectView.Of(node);
        string id = r.String("id");
        string name = r.String("name");
        var kind = r.Enum("recipient", Recipients);
        var awardNode = r.Required("award");
        string code = JsonObjectView.StringOf(awardNode);
        var award = AwardKind.FromCode(code)
            ?? throw awardNode.Error(InterchangeErrorCodes.UnknownEnumValue, $"'{code}' is not an award kind code; expected one of: {KindCodes()}.");
        var nature = r.Optional("nature") is { } natureNode ? JsonObjectView.EnumOf(natureNode, ServiceRecordsFormat.Natures) : AwardNature.Merit;
        unitNode = r.Optional("unit");
        var unit = unitNode is null ? default : ChartFormat.UnitCodeOf(unitNode);
        string reason = r.OptionalString("reason") ?? string.Empty;
        bool posthumous = r.Optional("posthumous") is { } posthumousNode && JsonObjectView.BooleanOf(posthumousNode);
        r.End();
        return JsonObjectView.Build(node, () => new AwardRecipient(id, name, kind, award, nature, unit, reason, posthumous));
    }

    private static string KindCodes()
    {
        var codes = new System.Text.StringBuilder();
        foreach (var kind in AwardKind.All)
        {
            codes.Append(codes.Length == 0 ? string.Empty : ", ").Append(kind.Code);
        }

        return codes.ToString();
    }
}
