using System;
using System.Collections.Generic;
using System.Text.Json;
using MassMobilization.Core.Activities;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Quantities;

namespace MassMobilization.Core.Serialization.SystemTextJson;

/// <summary>Writes and reads activity records (kind <c>activities</c>).</summary>
internal static class ActivitiesFormat
{
    internal static readonly EnumText<ReceptionLevel> ReceptionLevels = new(
        "reception level",
        ("province", ReceptionLevel.Province),
        ("district", ReceptionLevel.District),
        ("commune", ReceptionLevel.Commune));

    internal static readonly EnumText<ReceptionKind> ReceptionKinds = new(
        "reception kind",
        ("periodic", ReceptionKind.Periodic),
        ("ad-hoc", ReceptionKind.AdHoc));

    internal static readonly EnumText<AdHocTrigger> Triggers = new(
        "ad-hoc trigger",
        ("complex-prolonged-case", AdHocTrigger.ComplexProlongedCase),
        ("many-people-or-agencies", AdHocTrigger.ManyPeopleOrAgencies),
        ("security-and-order", AdHocTrigger.SecurityAndOrder));

    internal static readonly EnumText<SupportKind> SupportKinds = new(
        "support kind",
        ("gift", SupportKind.Gift),
        ("scholarship", SupportKind.Scholarship),
        ("house-built", SupportKind.HouseBuilt),
        ("house-repaired", SupportKind.HouseRepaired),
        ("other", SupportKind.Other));

    internal static readonly EnumText<BeneficiaryGroup> Beneficiaries = new(
        "beneficiary group",
        ("poor-household", BeneficiaryGroup.PoorHousehold),
        ("near-poor-household", BeneficiaryGroup.NearPoorHousehold),
        ("policy-family", BeneficiaryGroup.PolicyFamily),
        ("members-in-difficulty", BeneficiaryGroup.MembersInDifficulty),
        ("students-in-difficulty", BeneficiaryGroup.StudentsInDifficulty),
        ("disaster-affected", BeneficiaryGroup.DisasterAffected),
        ("other", BeneficiaryGroup.Other));

    internal static readonly EnumText<FundingSource> Sources = new(
        "source of funds",
        ("state-budget", FundingSource.StateBudget),
        ("fatherland-front-fund", FundingSource.FatherlandFrontFund),
        ("social-mobilization", FundingSource.SocialMobilization),
        ("organisation-funds", FundingSource.OrganisationFunds),
        ("mixed", FundingSource.Mixed));

    internal static readonly EnumText<SupervisionForm> SupervisionForms = new(
        "supervision form",
        ("document-review", SupervisionForm.DocumentReview),
        ("supervision-team", SupervisionForm.SupervisionTeam),
        ("through-community-boards", SupervisionForm.ThroughCommunityBoards),
        ("other", SupervisionForm.Other));

    internal static readonly EnumText<SocialCriticismForm> CriticismForms = new(
        "social criticism form",
        ("conference", SocialCriticismForm.Conference),
        ("written-comments", SocialCriticismForm.WrittenComments),
        ("dialogue", SocialCriticismForm.Dialogue));

    internal static void Write(Utf8JsonWriter writer, IReadOnlyList<IActivityRecord> activities)
    {
        ArgumentNullException.ThrowIfNull(activities);
        writer.WriteStartArray("activities");
        foreach (var activity in activities)
        {
            ArgumentNullException.ThrowIfNull(activity, nameof(activities));
            writer.WriteStartObject();
            switch (activity)
            {
                case Dialogue dialogue:
                    Head(writer, "dialogue", dialogue);
                    JsonOutput.String(writer, "topic", dialogue.Topic);
                    JsonOutput.String(writer, "host", dialogue.Host);
                    writer.WriteNumber("participants", dialogue.Participants);
                    Ids(writer, dialogue.RecommendationIds);
                    break;
                case CitizenReception reception:
                    Head(writer, "reception", reception);
                    writer.WriteStartObject("head");
                    JsonOutput.String(writer, "id", reception.Head.Id.Value);
                    JsonOutput.String(writer, "name", reception.Head.Name);
                    JsonOutput.String(writer, "body", StandardKind(reception.Head.Body).Code);
                    writer.WriteString("level", ReceptionLevels.Format(reception.Head.Level));
                    JsonOutput.String(writer, "unit", reception.Head.Unit.Value);
                    writer.WriteEndObject();
                    writer.WriteString("reception", ReceptionKinds.Format(reception.Kind));
                    if (reception.Trigger != AdHocTrigger.None)
                    {
                        writer.WriteString("trigger", Triggers.Format(reception.Trigger));
                    }

                    writer.WriteNumber("asked", reception.CitizensAsked);
                    writer.WriteNumber("received", reception.CitizensReceived);
                    JsonOutput.Strings(writer, "issues", reception.Issues);
                    break;
                case SupportDelivery delivery:
                    Head(writer, "support", delivery);
                    writer.WriteString("support", SupportKinds.Format(delivery.Kind));
                    writer.WriteString("beneficiaries", Beneficiaries.Format(delivery.Beneficiaries));
                    writer.WriteNumber("quantity", delivery.Quantity);
                    writer.WriteNumber("dong", delivery.Value.Dong);
                    writer.WriteString("source", Sources.Format(delivery.Source));
                    JsonOutput.String(writer, "description", delivery.Description);
                    break;
                case SupervisionSession session:
                    Head(writer, "supervision", session);
                    JsonOutput.String(writer, "organiser", StandardKind(session.Organiser).Code);
                    JsonOutput.String(writer, "subject", session.Subject);
                    writer.WriteString("form", SupervisionForms.Format(session.Form));
                    Ids(writer, session.RecommendationIds);
                    break;
                case SocialCriticism criticism:
                    Head(writer, "social-criticism", criticism);
                    JsonOutput.String(writer, "organiser", StandardKind(criticism.Organiser).Code);
                    writer.WriteStartObject("draft");
                    if (criticism.Draft.Number is { } number)
                    {
                        JsonOutput.String(writer, "number", number.ToString());
                    }
                    else
                    {
                        JsonOutput.String(writer, "title", criticism.Draft.Title!);
                    }

                    writer.WriteEndObject();
                    writer.WriteString("form", CriticismForms.Format(criticism.Form));
                    Ids(writer, criticism.RecommendationIds);
                    break;
                case PoliticalCoreTeam team:
                    Head(writer, "core-team", team);
                    JsonOutput.String(writer, "name", team.Name);
                    JsonOutput.String(writer, "leader", team.Leader);
                    JsonOutput.Strings(writer, "members", team.Members);
                    break;
                case ReligiousVisit visit:
                    Head(writer, "religious-visit", visit);
                    JsonOutput.String(writer, "occasion", visit.Occasion);
                    writer.WriteNumber("organisations", visit.OrganisationsVisited);
                    writer.WriteNumber("dignitaries", visit.DignitariesVisited);
                    break;
                default:
                    throw new ArgumentException($"The activity {activity.Id} is a {activity.GetType().Name}, which the 'activities' kind does not hold (docs/interchange.md).", nameof(activities));
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    internal static IReadOnlyList<IActivityRecord> Read(JsonObjectView root)
    {
        var activities = new List<IActivityRecord>();
        var seen = new HashSet<ActivityId>();
        foreach (var node in root.Array("activities"))
        {
            var o = JsonObjectView.Of(node);
            string type = JsonObjectView.StringOf(o.Required("type"));
            var idNode = o.Required("id");
            var id = IdOf(idNode);
            var date = o.Date("date");
            IActivityRecord activity = type switch
            {
                "dialogue" => ReadDialogue(o, id, date),
                "reception" => ReadReception(o, id, date),
                "support" => ReadSupport(o, id, date),
                "supervision" => ReadSupervision(o, id, date),
                "social-criticism" => ReadCriticism(o, id, date),
                "core-team" => ReadCoreTeam(o, id, date),
                "religious-visit" => ReadVisit(o, id, date),
                _ => throw o.Required("type").Error(InterchangeErrorCodes.UnknownEnumValue, $"'{type}' is not an activity type; expected one of: dialogue, reception, support, supervision, social-criticism, core-team, religious-visit."),
            };
            if (!seen.Add(id))
            {
                throw idNode.Error(InterchangeErrorCodes.DuplicateId, $"The activity {id} appears twice.");
            }

            activities.Add(activity);
        }

        return ReadOnlyView.Of(activities.ToArray());
    }

    private static Dialogue ReadDialogue(JsonObjectView o, ActivityId id, NodaTime.LocalDate date)
    {
        var unit = ChartFormat.UnitCodeOf(o.Required("unit"));
        string topic = o.String("topic");
        string host = o.String("host");
        int participants = o.Int32("participants", 0, int.MaxValue);
        var ids = ReadIds(o);
        o.End();
        return JsonObjectView.Build(o.Node, () => new Dialogue(id, unit, date, topic, host, participants, ids));
    }

    private static CitizenReception ReadReception(JsonObjectView o, ActivityId id, NodaTime.LocalDate date)
    {
        var headNode = o.Required("head");
        var h = JsonObjectView.Of(headNode);
        var headId = IdOf(h.Required("id"));
        string name = h.String("name");
        var body = KindOf(h.Required("body"));
        var level = h.Enum("level", ReceptionLevels);
        var headUnit = ChartFormat.UnitCodeOf(h.Required("unit"));
        h.End();
        var head = JsonObjectView.Build(headNode, () => new ReceptionHead(headId, name, body, level, headUnit));
        var kind = o.Enum("reception", ReceptionKinds);
        var trigger = o.Optional("trigger") is { } triggerNode ? JsonObjectView.EnumOf(triggerNode, Triggers) : AdHocTrigger.None;
        int asked = o.Int32("asked", 0, int.MaxValue);
        int received = o.Int32("received", 0, int.MaxValue);
        var issues = new List<string>();
        foreach (var item in o.OptionalArray("issues"))
        {
            issues.Add(JsonObjectView.NonBlankOf(item));
        }

        o.End();
        return JsonObjectView.Build(o.Node, () => new CitizenReception(id, head, date, kind, trigger, asked, received, issues));
    }

    private static SupportDelivery ReadSupport(JsonObjectView o, ActivityId id, NodaTime.LocalDate date)
    {
        var unit = ChartFormat.UnitCodeOf(o.Required("unit"));
        var kind = o.Enum("support", SupportKinds);
        var beneficiaries = o.Enum("beneficiaries", Beneficiaries);
        long quantity = o.Int64("quantity", 1, long.MaxValue);
        long dong = o.Int64("dong", 0, long.MaxValue);
        var source = o.Enum("source", Sources);
        string description = o.String("description");
        o.End();
        return JsonObjectView.Build(o.Node, () => new SupportDelivery(id, unit, date, kind, beneficiaries, quantity, VndAmount.FromDong(dong), source, description));
    }

    private static SupervisionSession ReadSupervision(JsonObjectView o, ActivityId id, NodaTime.LocalDate date)
    {
        var unit = ChartFormat.UnitCodeOf(o.Required("unit"));
        var organiser = KindOf(o.Required("organiser"));
        string subject = o.String("subject");
        var form = o.Enum("form", SupervisionForms);
        var ids = ReadIds(o);
        o.End();
        return JsonObjectView.Build(o.Node, () => new SupervisionSession(id, unit, date, organiser, subject, form, ids));
    }

    private static SocialCriticism ReadCriticism(JsonObjectView o, ActivityId id, NodaTime.LocalDate date)
    {
        var unit = ChartFormat.UnitCodeOf(o.Required("unit"));
        var organiser = KindOf(o.Required("organiser"));
        var draftNode = o.Required("draft");
        var d = JsonObjectView.Of(draftNode);
        var numberNode = d.Optional("number");
        var titleNode = d.Optional("title");
        d.End();
        if ((numberNode is null) == (titleNode is null))
        {
            throw draftNode.Error(InterchangeErrorCodes.InvalidValue, "A draft is named by exactly one of 'number' and 'title'.");
        }

        DraftReference draft;
        if (numberNode is not null)
        {
            var number = DocumentsFormat.NumberOf(numberNode);
            draft = JsonObjectView.Build(numberNode, () => DraftReference.ForNumber(number));
        }
        else
        {
            string title = JsonObjectView.NonBlankOf(titleNode!);
            draft = JsonObjectView.Build(titleNode!, () => DraftReference.ForTitle(title));
        }

        var form = o.Enum("form", CriticismForms);
        var ids = ReadIds(o);
        o.End();
        return JsonObjectView.Build(o.Node, () => new SocialCriticism(id, unit, date, organiser, draft, form, ids));
    }

    private static PoliticalCoreTeam ReadCoreTeam(JsonObjectView o, ActivityId id, NodaTime.LocalDate date)
    {
        var unit = ChartFormat.UnitCodeOf(o.Required("unit"));
        string name = o.String("name");
        string leader = o.String("leader");
        var members = new List<string>();
        foreach (var item in o.Array("members"))
        {
            members.Add(JsonObjectView.NonBlankOf(item));
        }

        o.End();
        return JsonObjectView.Build(o.Node, () => new PoliticalCoreTeam(id, unit, date, name, leader, members));
    }

    private static ReligiousVisit ReadVisit(JsonObjectView o, ActivityId id, NodaTime.LocalDate date)
    {
        var unit = ChartFormat.UnitCodeOf(o.Required("unit"));
        string occasion = o.String("occasion");
        int organisations = o.Int32("organisations", 0, int.MaxValue);
        int dignitaries = o.Int32("dignitaries", 0, int.MaxValue);
        o.End();
        return JsonObjectView.Build(o.Node, () => new ReligiousVisit(id, unit, date, occasion, organisations, dignitaries));
    }

    private static void Head(Utf8JsonWriter writer, string type, IActivityRecord activity)
    {
        writer.WriteString("type", type);
        JsonOutput.String(writer, "id", activity.Id.Value);
        JsonOutput.Date(writer, "date", activity.Date);
        if (activity is not CitizenReception)
        {
            JsonOutput.String(writer, "unit", activity.Unit.Value);
        }
    }

    private static void Ids(Utf8JsonWriter writer, IReadOnlyList<ActivityId> ids)
    {
        writer.WriteStartArray("recommendations");
        foreach (var id in ids)
        {
            JsonOutput.StringValue(writer, id.Value);
        }

        writer.WriteEndArray();
    }

    private static List<ActivityId> ReadIds(JsonObjectView o)
    {
        var ids = new List<ActivityId>();
        foreach (var item in o.OptionalArray("recommendations"))
        {
            ids.Add(IdOf(item));
        }

        return ids;
    }

    private static ActivityId IdOf(JsonTreeNode node)
    {
        string text = JsonObjectView.StringOf(node);
        return JsonObjectView.Build(node, () => new ActivityId(text));
    }

    private static CommitteeKind KindOf(JsonTreeNode node)
    {
        string code = JsonObjectView.StringOf(node);
        foreach (var kind in CommitteeKind.Standard)
        {
            if (string.Equals(kind.Code, code, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        throw node.Error(InterchangeErrorCodes.UnknownEnumValue, $"'{code}' is not a standard committee kind.");
    }

    private static CommitteeKind StandardKind(CommitteeKind kind)
    {
        foreach (var standard in CommitteeKind.Standard)
        {
            if (standard.Equals(kind))
            {
                return kind;
            }
        }

        throw new ArgumentException($"The committee kind '{kind.Code}' is not standard; the 'activities' kind holds standard committee kinds only.", nameof(kind));
    }
}
