using System;
using System.Collections.Generic;
using System.Text.Json;
using MassMobilization.Core.Awards;
using NodaTime;

namespace MassMobilization.Core.Serialization.SystemTextJson;

/// <summary>
/// Writes and reads awards service records (kind <c>service-records</c>). A year that is absent is unknown,
/// never "bad"; a fact absent from a year is unknown. Award kinds are written by their catalogue code
/// (<see cref="AwardKind.Code"/>).
/// </summary>
internal static class ServiceRecordsFormat
{
    internal static readonly EnumText<RecipientKinds> Recipients = new(
        "recipient kind",
        ("individual", RecipientKinds.Individual),
        ("collective", RecipientKinds.Collective),
        ("household", RecipientKinds.Household));

    internal static readonly EnumText<TaskRating> Ratings = new(
        "task rating",
        ("not-completed", TaskRating.NotCompleted),
        ("completed", TaskRating.Completed),
        ("good", TaskRating.Good),
        ("excellent", TaskRating.Excellent));

    internal static readonly EnumText<AwardNature> Natures = new(
        "award nature",
        ("merit", AwardNature.Merit),
        ("ad-hoc", AwardNature.AdHoc),
        ("thematic", AwardNature.Thematic));

    internal static readonly EnumText<InitiativeScope> Scopes = new(
        "initiative scope",
        ("grassroots", InitiativeScope.Grassroots),
        ("ministry-province", InitiativeScope.MinistryProvince),
        ("national", InitiativeScope.National));

    internal static readonly EnumText<DisciplineLevel> Disciplines = new(
        "discipline level",
        ("reprimand", DisciplineLevel.Reprimand),
        ("warning", DisciplineLevel.Warning),
        ("dismissal", DisciplineLevel.Dismissal),
        ("expulsion", DisciplineLevel.Expulsion));

    internal static readonly EnumText<PendingProceedings> Proceedings = new(
        "pending proceeding",
        ("discipline", PendingProceedings.Discipline),
        ("inspection", PendingProceedings.Inspection),
        ("complaint", PendingProceedings.Complaint));

    internal static readonly EnumText<YearFact> Facts = new(
        "year fact",
        ("took-part-in-emulation", YearFact.TookPartInEmulation),
        ("notable-achievement", YearFact.NotableAchievement),
        ("outstanding-in-provincial-campaign", YearFact.OutstandingInProvincialCampaign),
        ("science-project-or-combat-ingenuity", YearFact.ScienceProjectOrCombatIngenuity),
        ("led-emulation-cluster", YearFact.LedEmulationCluster),
        ("led-thematic-campaign", YearFact.LedThematicCampaign),
        ("led-central-bloc", YearFact.LedCentralBloc),
        ("led-prime-minister-campaign", YearFact.LedPrimeMinisterCampaign));

    private static readonly PendingProceedings[] ProceedingOrder = [PendingProceedings.Discipline, PendingProceedings.Inspection, PendingProceedings.Complaint];

    internal static void Write(Utf8JsonWriter writer, IReadOnlyList<ServiceRecord> records)
    {
        writer.WriteStartArray("records");
        foreach (var record in records)
        {
            writer.WriteStartObject();
            JsonOutput.String(writer, "nominee", record.NomineeId);
            writer.WriteString("recipient", Recipients.Format(record.Recipient));
            if (record.ServiceStartYear is { } start)
            {
                writer.WriteNumber("serviceStart", start);
            }

            if (record.IsWoman)
            {
                writer.WriteBoolean("woman", true);
            }

            writer.WriteStartArray("pending");
            foreach (var proceeding in ProceedingOrder)
            {
                if ((record.Pending & proceeding) != 0)
                {
                    writer.WriteStringValue(Proceedings.Format(proceeding));
                }
            }

            writer.WriteEndArray();
            writer.WriteStartArray("years");
            foreach (var year in record.Years)
            {
                WriteYear(writer, year);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("awards");
            foreach (var award in record.Awards)
            {
                writer.WriteStartObject();
                JsonOutput.String(writer, "kind", award.Kind.Code);
                writer.WriteNumber("year", award.Year);
                writer.WriteString("nature", Natures.Format(award.Nature));
                if (award.Decision != default)
                {
                    JsonOutput.String(writer, "decision", award.Decision.ToString());
                }

                JsonOutput.OptionalDate(writer, "decisionDate", award.DecisionDate);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("initiatives");
            foreach (var initiative in record.Initiatives)
            {
                writer.WriteStartObject();
                writer.WriteNumber("year", initiative.Year);
                writer.WriteString("scope", Scopes.Format(initiative.Scope));
                if (initiative.Title.Length > 0)
                {
                    JsonOutput.String(writer, "title", initiative.Title);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("disciplines");
            foreach (var discipline in record.Disciplines)
            {
                writer.WriteStartObject();
                writer.WriteString("level", Disciplines.Format(discipline.Level));
                JsonOutput.Date(writer, "from", discipline.Period.Start);
                JsonOutput.Date(writer, "to", discipline.Period.End);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    internal static IReadOnlyList<ServiceRecord> Read(JsonObjectView root)
    {
        var records = new List<ServiceRecord>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in root.Array("records"))
        {
            var o = JsonObjectView.Of(node);
            var nomineeNode = o.Required("nominee");
            string nominee = JsonObjectView.NonBlankOf(nomineeNode);
            if (!seen.Add(nominee))
            {
                throw nomineeNode.Error(InterchangeErrorCodes.DuplicateId, $"The nominee '{nominee}' has two records.");
            }

            var recipient = o.Enum("recipient", Recipients);
            int? start = o.OptionalInt32("serviceStart", ServiceRecord.MinYear, ServiceRecord.MaxYear);
            bool woman = o.Optional("woman") is { } womanNode && JsonObjectView.BooleanOf(womanNode);
            var pending = PendingProceedings.None;
            foreach (var item in o.OptionalArray("pending"))
            {
                var proceeding = JsonObjectView.EnumOf(item, Proceedings);
                if ((pending & proceeding) != 0)
                {
                    throw item.Error(InterchangeErrorCodes.DuplicateId, $"The pending proceeding '{Proceedings.Format(proceeding)}' is listed twice.");
                }

                pending |= proceeding;
            }

            var years = new List<ServiceYear>();
            foreach (var item in o.OptionalArray("years"))
            {
                years.Add(ReadYear(item));
            }

            var awards = new List<ReceivedAward>();
            foreach (var item in o.OptionalArray("awards"))
            {
                var a = JsonObjectView.Of(item);
                var kindNode = a.Required("kind");
                string code = JsonObjectView.StringOf(kindNode);
                var kind = AwardKind.FromCode(code)
                    ?? throw kindNode.Error(InterchangeErrorCodes.UnknownEnumValue, $"'{code}' is not an award kind code; expected one of: {KindCodes()}.");
                int year = a.Int32("year", ServiceRecord.MinYear, ServiceRecord.MaxYear);
                var nature = a.Optional("nature") is { } natureNode ? JsonObjectView.EnumOf(natureNode, Natures) : AwardNature.Merit;
                var decision = a.Optional("decision") is { } decisionNode ? DocumentsFormat.NumberOf(decisionNode) : default;
                LocalDate? decisionDate = a.OptionalDate("decisionDate");
                a.End();
                awards.Add(JsonObjectView.Build(item, () => new ReceivedAward(kind, year, decision, decisionDate, nature)));
            }

            var initiatives = new List<Initiative>();
            foreach (var item in o.OptionalArray("initiatives"))
            {
                var i = JsonObjectView.Of(item);
                int year = i.Int32("year", ServiceRecord.MinYear, ServiceRecord.MaxYear);
                var scope = i.Enum("scope", Scopes);
                string title = i.OptionalString("title") ?? string.Empty;
                i.End();
                initiatives.Add(JsonObjectView.Build(item, () => new Initiative(year, scope, title)));
            }

            var disciplines = new List<DisciplinePeriod>();
            foreach (var item in o.OptionalArray("disciplines"))
            {
                var d = JsonObjectView.Of(item);
                var level = d.Enum("level", Disciplines);
                var from = d.Date("from");
                var to = d.Date("to");
                d.End();
                disciplines.Add(JsonObjectView.Build(item, () => new DisciplinePeriod(level, new DateInterval(from, to))));
            }

            o.End();
            records.Add(JsonObjectView.Build(node, () => new ServiceRecord(nominee, recipient, start, years, awards, initiatives, disciplines, pending, woman)));
        }

        return records.AsReadOnly();
    }

    private static void WriteYear(Utf8JsonWriter writer, ServiceYear year)
    {
        writer.WriteStartObject();
        writer.WriteNumber("year", year.Year);
        if (year.Rating is { } rating)
        {
            writer.WriteString("rating", Ratings.Format(rating));
        }

        var facts = year.Facts;
        if (facts.Count > 0)
        {
            writer.WriteStartObject("facts");
            foreach (var fact in facts)
            {
                writer.WriteBoolean(Facts.Format(fact.Key), fact.Value);
            }

            writer.WriteEndObject();
        }

        if (year.Membership is { } m)
        {
            writer.WriteStartObject("membership");
            writer.WriteNumber("members", m.Members);
            writer.WriteNumber("advancedWorkers", m.AdvancedWorkers);
            writer.WriteNumber("grassrootsFighters", m.GrassrootsFighters);
            writer.WriteNumber("completedTasks", m.CompletedTasks);
            writer.WriteNumber("women", m.Women);
            writer.WriteNumber("disciplinedWarningOrAbove", m.DisciplinedWarningOrAbove);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static ServiceYear ReadYear(JsonTreeNode node)
    {
        var y = JsonObjectView.Of(node);
        int year = y.Int32("year", ServiceRecord.MinYear, ServiceRecord.MaxYear);
        TaskRating? rating = y.Optional("rating") is { } ratingNode ? JsonObjectView.EnumOf(ratingNode, Ratings) : null;
        var facts = new List<(YearFact Fact, bool Value)>();
        if (y.Optional("facts") is { } factsNode)
        {
            foreach (var member in JsonObjectView.Of(factsNode).Node.Members!)
            {
                if (!Facts.TryParse(member.Name!, out var fact))
                {
                    throw member.Error(InterchangeErrorCodes.UnknownEnumValue, $"'{member.Name}' is not a {Facts.Name}; expected one of: {Facts.Allowed}.");
                }

                facts.Add((fact, JsonObjectView.BooleanOf(member)));
            }
        }

        MembershipCounts? membership = null;
        if (y.Optional("membership") is { } membershipNode)
        {
            var m = JsonObjectView.Of(membershipNode);
            int members = m.Int32("members", 0, int.MaxValue);
            int advanced = m.Int32("advancedWorkers", 0, int.MaxValue);
            int fighters = m.Int32("grassrootsFighters", 0, int.MaxValue);
            int completed = m.Int32("completedTasks", 0, int.MaxValue);
            int women = m.Int32("women", 0, int.MaxValue);
            int disciplined = m.Int32("disciplinedWarningOrAbove", 0, int.MaxValue);
            m.End();
            membership = JsonObjectView.Build(membershipNode, () => new MembershipCounts(members, advanced, fighters, completed, women, disciplined));
        }

        y.End();
        return JsonObjectView.Build(node, () =>
        {
            var result = new ServiceYear(year, rating, membership);
            foreach (var (fact, value) in facts)
            {
                result = result.WithFact(fact, value);
            }

            return result;
        });
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
