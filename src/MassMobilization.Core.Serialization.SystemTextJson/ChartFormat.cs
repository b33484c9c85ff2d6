using System;
using System.Collections.Generic;
using System.Text.Json;
using MassMobilization.Core.Organization;

namespace MassMobilization.Core.Serialization.SystemTextJson;

/// <summary>Writes and reads organization charts (kind <c>chart</c>).</summary>
internal static class ChartFormat
{
    internal static readonly EnumText<UnitTier> Tiers = new(
        "unit tier",
        ("province", UnitTier.Province),
        ("district", UnitTier.District),
        ("commune", UnitTier.Commune),
        ("other", UnitTier.Other));

    internal static readonly EnumText<SuccessionKind> SuccessionKinds = new(
        "succession kind",
        ("rename", SuccessionKind.Rename),
        ("merge", SuccessionKind.Merge),
        ("split", SuccessionKind.Split),
        ("transfer", SuccessionKind.Transfer));

    internal static void Write(Utf8JsonWriter writer, OrganizationChart chart)
    {
        var unitKinds = new List<UnitKind>();
        foreach (var unit in chart.Units)
        {
            if (!IsStandard(unit.Kind) && !unitKinds.Contains(unit.Kind))
            {
                unitKinds.Add(unit.Kind);
            }
        }

        var committeeKinds = new List<CommitteeKind>();
        foreach (var committee in chart.Committees)
        {
            if (!IsStandard(committee.Kind) && !committeeKinds.Contains(committee.Kind))
            {
                committeeKinds.Add(committee.Kind);
            }
        }

        unitKinds.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
        committeeKinds.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
        writer.WriteStartArray("unitKinds");
        foreach (var kind in unitKinds)
        {
            writer.WriteStartObject();
            JsonOutput.String(writer, "code", kind.Code);
            JsonOutput.String(writer, "vietnameseName", kind.VietnameseName);
            JsonOutput.String(writer, "englishName", kind.EnglishName);
            writer.WriteString("tier", Tiers.Format(kind.Tier));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("committeeKinds");
        foreach (var kind in committeeKinds)
        {
            writer.WriteStartObject();
            JsonOutput.String(writer, "code", kind.Code);
            JsonOutput.String(writer, "vietnameseName", kind.VietnameseName);
            JsonOutput.String(writer, "englishName", kind.EnglishName);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("units");
        foreach (var unit in chart.Units)
        {
            writer.WriteStartObject();
            JsonOutput.String(writer, "code", unit.Code.Value);
            JsonOutput.String(writer, "vietnameseName", unit.VietnameseName);
            JsonOutput.String(writer, "englishName", unit.EnglishName);
            JsonOutput.String(writer, "kind", unit.Kind.Code);
            if (unit.Parent is { } parent)
            {
                JsonOutput.String(writer, "parent", parent.Value);
            }

            WriteValidity(writer, unit.Validity);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("committees");
        foreach (var committee in chart.Committees)
        {
            writer.WriteStartObject();
            JsonOutput.String(writer, "id", committee.Id.Value);
            JsonOutput.String(writer, "vietnameseName", committee.VietnameseName);
            JsonOutput.String(writer, "englishName", committee.EnglishName);
            JsonOutput.String(writer, "kind", committee.Kind.Code);
            JsonOutput.String(writer, "unit", committee.Unit.Value);
            WriteValidity(writer, committee.Validity);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteSuccessions(writer, "unitSuccessions", chart.UnitSuccessions, id => id.Value);
        WriteSuccessions(writer, "committeeSuccessions", chart.CommitteeSuccessions, id => id.Value);
    }

    internal static OrganizationChart Read(JsonObjectView root)
    {
        var unitKinds = new Dictionary<string, UnitKind>(StringComparer.Ordinal);
        foreach (var kind in UnitKind.Standard)
        {
            unitKinds.Add(kind.Code, kind);
        }

        foreach (var node in root.OptionalArray("unitKinds"))
        {
            var o = JsonObjectView.Of(node);
            var codeNode = o.Required("code");
            string code = JsonObjectView.NonBlankOf(codeNode);
            string vietnamese = o.String("vietnameseName");
            string english = o.String("englishName");
            var tier = o.Enum("tier", Tiers);
            o.End();
            if (unitKinds.ContainsKey(code))
            {
                throw codeNode.Error(InterchangeErrorCodes.DuplicateId, $"The unit kind '{code}' is already defined (standard kinds need no definition).");
            }

            unitKinds.Add(code, JsonObjectView.Build(node, () => new UnitKind(code, vietnamese, english, tier)));
        }

        var committeeKinds = new Dictionary<string, CommitteeKind>(StringComparer.Ordinal);
        foreach (var kind in CommitteeKind.Standard)
        {
            committeeKinds.Add(kind.Code, kind);
        }

        foreach (var node in root.OptionalArray("committeeKinds"))
        {
            var o = JsonObjectView.Of(node);
            var codeNode = o.Required("code");
            string code = JsonObjectView.NonBlankOf(codeNode);
            string vietnamese = o.String("vietnameseName");
            string english = o.String("englishName");
            o.End();
            if (committeeKinds.ContainsKey(code))
            {
                throw codeNode.Error(InterchangeErrorCodes.DuplicateId, $"The committee kind '{code}' is already defined (standard kinds need no definition).");
            }

            committeeKinds.Add(code, JsonObjectView.Build(node, () => new CommitteeKind(code, vietnamese, english)));
        }

        var builder = OrganizationChart.CreateBuilder();
        var seenUnits = new HashSet<(UnitCode, NodaTime.LocalDate)>();
        var unitCodes = new HashSet<UnitCode>();
        var parents = new List<(JsonTreeNode Node, UnitCode Parent)>();
        foreach (var node in root.Array("units"))
        {
            var o = JsonObjectView.Of(node);
            var codeNode = o.Required("code");
            var code = UnitCodeOf(codeNode);
            string vietnamese = o.String("vietnameseName");
            string english = o.String("englishName");
            var kind = Lookup(o.Required("kind"), unitKinds, "unit kind");
            var parentNode = o.Optional("parent");
            UnitCode? parent = parentNode is null ? null : UnitCodeOf(parentNode);
            var validity = ReadValidity(o.Object("validity"));
            o.End();
            if (!seenUnits.Add((code, validity.Start)))
            {
                throw codeNode.Error(InterchangeErrorCodes.DuplicateId, $"Unit {code} already has a version starting {JsonOutput.FormatDate(validity.Start)}.");
            }

            unitCodes.Add(code);
            if (parentNode is not null)
            {
                parents.Add((parentNode, parent!.Value));
            }

            builder.AddUnit(JsonObjectView.Build(node, () => new AdministrativeUnit(code, vietnamese, english, kind, parent, validity)));
        }

        // A parent may be listed after its children; every one must be a unit of the document.
        foreach (var (parentNode, parent) in parents)
        {
            CheckKnown(parentNode, unitCodes, parent, "parent unit");
        }

        var seenCommittees = new HashSet<(CommitteeId, NodaTime.LocalDate)>();
        var committeeIds = new HashSet<CommitteeId>();
        foreach (var node in root.OptionalArray("committees"))
        {
            var o = JsonObjectView.Of(node);
            var idNode = o.Required("id");
            var id = CommitteeIdOf(idNode);
            string vietnamese = o.String("vietnameseName");
            string english = o.String("englishName");
            var kind = Lookup(o.Required("kind"), committeeKinds, "committee kind");
            var unitNode = o.Required("unit");
            var unit = UnitCodeOf(unitNode);
            CheckKnown(unitNode, unitCodes, unit, "unit");
            var validity = ReadValidity(o.Object("validity"));
            o.End();
            if (!seenCommittees.Add((id, validity.Start)))
            {
                throw idNode.Error(InterchangeErrorCodes.DuplicateId, $"Body {id} already has a version starting {JsonOutput.FormatDate(validity.Start)}.");
            }

            committeeIds.Add(id);

            builder.AddCommittee(JsonObjectView.Build(node, () => new Committee(id, vietnamese, english, kind, unit, validity)));
        }

        foreach (var node in root.OptionalArray("unitSuccessions"))
        {
            builder.AddSuccession(ReadSuccession(node, UnitCodeOf, unitCodes, "unit"));
        }

        foreach (var node in root.OptionalArray("committeeSuccessions"))
        {
            builder.AddSuccession(ReadSuccession(node, CommitteeIdOf, committeeIds, "body"));
        }

        return JsonObjectView.Build(root.Node, builder.Build);
    }

    internal static UnitCode UnitCodeOf(JsonTreeNode node)
    {
        string text = JsonObjectView.StringOf(node);
        return UnitCode.TryCreate(text, out var code)
            ? code
            : throw node.Error(InterchangeErrorCodes.InvalidValue, $"'{text}' is not a valid unit code.");
    }

    internal static CommitteeId CommitteeIdOf(JsonTreeNode node)
    {
        string text = JsonObjectView.StringOf(node);
        return CommitteeId.TryCreate(text, out var id)
            ? id
            : throw node.Error(InterchangeErrorCodes.InvalidValue, $"'{text}' is not a valid committee id.");
    }

    internal static T Lookup<T>(JsonTreeNode node, Dictionary<string, T> table, string what)
    {
        string code = JsonObjectView.StringOf(node);
        return table.TryGetValue(code, out var value)
            ? value
            : throw node.Error(InterchangeErrorCodes.UnknownEnumValue, $"'{code}' is not a standard {what} nor one defined in the document.");
    }

    internal static void WriteValidity(Utf8JsonWriter writer, ValidityPeriod validity)
    {
        writer.WriteStartObject("validity");
        JsonOutput.Date(writer, "from", validity.Start);
        JsonOutput.OptionalDate(writer, "to", validity.End);
        writer.WriteEndObject();
    }

    internal static ValidityPeriod ReadValidity(JsonObjectView o)
    {
        var from = o.Date("from");
        var toNode = o.Optional("to");
        NodaTime.LocalDate? to = toNode is null ? null : JsonObjectView.DateOf(toNode);
        o.End();
        return JsonObjectView.Build(toNode ?? o.Node, () => new ValidityPeriod(from, to));
    }

    private static bool IsStandard(UnitKind kind)
    {
        foreach (var standard in UnitKind.Standard)
        {
            if (string.Equals(standard.Code, kind.Code, StringComparison.Ordinal))
            {
                return standard.VietnameseName == kind.VietnameseName && standard.EnglishName == kind.EnglishName && standard.Tier == kind.Tier
                    ? true
                    : throw new ArgumentException($"The unit kind '{kind.Code}' reuses a standard code with other names or tier; the format cannot tell them apart.", nameof(kind));
            }
        }

        return false;
    }

    private static bool IsStandard(CommitteeKind kind)
    {
        foreach (var standard in CommitteeKind.Standard)
        {
            if (string.Equals(standard.Code, kind.Code, StringComparison.Ordinal))
            {
                return standard.VietnameseName == kind.VietnameseName && standard.EnglishName == kind.EnglishName
                    ? true
                    : throw new ArgumentException($"The committee kind '{kind.Code}' reuses a standard code with other names; the format cannot tell them apart.", nameof(kind));
            }
        }

        return false;
    }

    private static void WriteSuccessions<TId>(Utf8JsonWriter writer, string name, IReadOnlyList<Succession<TId>> successions, Func<TId, string> text)
        where TId : struct, IEquatable<TId>, IComparable<TId>
    {
        writer.WriteStartArray(name);
        foreach (var succession in successions)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", SuccessionKinds.Format(succession.Kind));
            JsonOutput.Date(writer, "date", succession.EffectiveDate);
            writer.WriteStartArray("from");
            foreach (var predecessor in succession.Predecessors)
            {
                JsonOutput.StringValue(writer, text(predecessor));
            }

            writer.WriteEndArray();
            writer.WriteStartArray("to");
            foreach (var share in succession.Successors)
            {
                writer.WriteStartObject();
                JsonOutput.String(writer, "successor", text(share.Successor));
                if (share.Weight is { } weight)
                {
                    writer.WriteNumber("weight", weight);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void CheckKnown<TId>(JsonTreeNode node, HashSet<TId> known, TId id, string what)
    {
        if (!known.Contains(id))
        {
            throw node.Error(InterchangeErrorCodes.UnknownReference, $"The {what} {id} is not in the document.");
        }
    }

    private static Succession<TId> ReadSuccession<TId>(JsonTreeNode node, Func<JsonTreeNode, TId> idOf, HashSet<TId> known, string what)
        where TId : struct, IEquatable<TId>, IComparable<TId>
    {
        var o = JsonObjectView.Of(node);
        var kind = o.Enum("kind", SuccessionKinds);
        var date = o.Date("date");
        var fromNode = o.Required("from");
        var from = new List<TId>();
        var references = new List<(JsonTreeNode Node, TId Id)>();
        foreach (var item in JsonObjectView.ArrayOf(fromNode))
        {
            var id = idOf(item);
            references.Add((item, id));
            from.Add(id);
        }

        var toNode = o.Required("to");
        var to = new List<SuccessorShare<TId>>();
        int weighted = 0;
        foreach (var item in JsonObjectView.ArrayOf(toNode))
        {
            var share = JsonObjectView.Of(item);
            var successorNode = share.Required("successor");
            var successor = idOf(successorNode);
            references.Add((successorNode, successor));
            var weight = share.OptionalDecimal("weight");
            share.End();
            weighted += weight is null ? 0 : 1;
            to.Add(JsonObjectView.Build(item, () => new SuccessorShare<TId>(successor, weight)));
        }

        o.End();
        bool oneToOne = kind is SuccessionKind.Rename or SuccessionKind.Transfer;
        if ((oneToOne || kind == SuccessionKind.Split) && from.Count != 1)
        {
            throw fromNode.Error(InterchangeErrorCodes.InvalidValue, $"A {SuccessionKinds.Format(kind)} has exactly one predecessor; found {from.Count}.");
        }

        if ((oneToOne || kind == SuccessionKind.Merge) && to.Count != 1)
        {
            throw toNode.Error(InterchangeErrorCodes.InvalidValue, $"A {SuccessionKinds.Format(kind)} has exactly one successor; found {to.Count}.");
        }

        if (weighted != 0 && (kind != SuccessionKind.Split || weighted != to.Count))
        {
            throw toNode.Error(InterchangeErrorCodes.InvalidValue, "Only a split has weights, and then every successor has one.");
        }

        // The shape first, then the references: every predecessor and successor is a unit (or body) of the document.
        foreach (var (referenceNode, id) in references)
        {
            CheckKnown(referenceNode, known, id, what);
        }

        return JsonObjectView.Build(node, () => kind switch
        {
            SuccessionKind.Rename => Succession.Rename(date, from[0], to[0].Successor),
            SuccessionKind.Transfer => Succession.Transfer(date, from[0], to[0].Successor),
            SuccessionKind.Merge => Succession.Merge(date, from, to[0].Successor),
            _ => weighted == 0 ? Succession.Split(date, from[0], to.ConvertAll(s => s.Successor)) : Succession.Split(date, from[0], to),
        });
    }
}
