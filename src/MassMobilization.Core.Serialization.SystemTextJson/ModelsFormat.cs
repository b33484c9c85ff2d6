using System;
using System.Collections.Generic;
using System.Text.Json;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Mobilization;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Text;
using NodaTime;

namespace MassMobilization.Core.Serialization.SystemTextJson;

/// <summary>Writes and reads "Dân vận khéo" models and exemplars (kind <c>models</c>).</summary>
internal static class ModelsFormat
{
    internal static readonly EnumText<ModelLevel> Levels = new(
        "model level",
        ("commune", ModelLevel.Commune),
        ("district", ModelLevel.District),
        ("province", ModelLevel.Province),
        ("central", ModelLevel.Central));

    internal static readonly EnumText<OwnerKind> OwnerKinds = new(
        "owner kind",
        ("committee", OwnerKind.Committee),
        ("unit", OwnerKind.Unit),
        ("individual", OwnerKind.Individual));

    internal static readonly EnumText<LifecycleAction> Actions = new(
        "lifecycle action",
        ("register", LifecycleAction.Register),
        ("start-implementing", LifecycleAction.StartImplementing),
        ("complete", LifecycleAction.Complete),
        ("review", LifecycleAction.Review),
        ("recognise", LifecycleAction.Recognise),
        ("replicate", LifecycleAction.Replicate),
        ("withdraw", LifecycleAction.Withdraw),
        ("reject-recognition", LifecycleAction.RejectRecognition));

    internal static void Write(Utf8JsonWriter writer, MobilizationRecords records)
    {
        var fields = new List<ModelField>();
        foreach (var model in records.Models)
        {
            AddField(fields, model.Field);
        }

        foreach (var exemplar in records.Exemplars)
        {
            AddField(fields, exemplar.Field);
        }

        fields.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
        writer.WriteStartArray("fields");
        foreach (var field in fields)
        {
            writer.WriteStartObject();
            JsonOutput.String(writer, "code", field.Code);
            JsonOutput.String(writer, "vietnameseName", field.VietnameseName);
            JsonOutput.String(writer, "englishName", field.EnglishName);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteSubjects<MobilizationModel, MobilizationModelId, ModelRegistration>(writer, "models", records.Models, static (writer, r) =>
        {
            if (r.ReplicationOf is { } source)
            {
                JsonOutput.String(writer, "replicationOf", source.Value);
            }

            JsonOutput.OptionalString(writer, "situation", r.Situation);
            writer.WriteStartArray("goals");
            foreach (var goal in r.Goals)
            {
                writer.WriteStartObject();
                JsonOutput.String(writer, "goal", goal.Goal);
                JsonOutput.Strings(writer, "criteria", goal.Criteria);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            JsonOutput.OptionalString(writer, "contentAndMethod", r.ContentAndMethod);
            JsonOutput.OptionalString(writer, "area", r.Area);
            JsonOutput.OptionalString(writer, "beneficiaries", r.Beneficiaries);
            JsonOutput.OptionalString(writer, "leadForce", r.LeadForce);
            JsonOutput.Strings(writer, "coordinatingForces", r.CoordinatingForces);
            JsonOutput.Strings(writer, "participatingForces", r.ParticipatingForces);
            JsonOutput.OptionalString(writer, "resources", r.Resources);
            JsonOutput.Strings(writer, "verifiableOutputs", r.VerifiableOutputs);
            JsonOutput.OptionalString(writer, "sustainability", r.Sustainability);
        });
        WriteSubjects<Exemplar, ExemplarId, ExemplarRegistration>(writer, "exemplars", records.Exemplars, static (writer, r) =>
        {
            JsonOutput.OptionalString(writer, "achievements", r.Achievements);
            JsonOutput.Strings(writer, "evidence", r.Evidence);
        });
    }

    internal static MobilizationRecords Read(JsonObjectView root)
    {
        var fields = new Dictionary<string, ModelField>(StringComparer.Ordinal);
        foreach (var field in ModelFieldCatalogue.Standard.Fields)
        {
            fields.Add(field.Code, field);
        }

        foreach (var node in root.OptionalArray("fields"))
        {
            var o = JsonObjectView.Of(node);
            var codeNode = o.Required("code");
            string code = JsonObjectView.NonBlankOf(codeNode);
            string vietnamese = o.String("vietnameseName");
            string english = o.String("englishName");
            o.End();
            if (fields.ContainsKey(code))
            {
                throw codeNode.Error(InterchangeErrorCodes.DuplicateId, $"The field '{code}' is already defined (standard fields need no definition).");
            }

            fields.Add(code, JsonObjectView.Build(node, () => ModelField.Extension(code, vietnamese, english)));
        }

        // A replica may come before its source, so sources are checked once every model is read.
        var sources = new List<(JsonTreeNode Node, MobilizationModelId Source)>();
        var (models, modelIds) = ReadSubjects(root, "models", fields, MobilizationModelId.Parse, MobilizationModel.FromHistory, (o, header) =>
        {
            MobilizationModelId? replicationOf = null;
            if (o.Optional("replicationOf") is { } sourceNode)
            {
                replicationOf = Id(sourceNode, MobilizationModelId.Parse);
                sources.Add((sourceNode, replicationOf.Value));
            }

            string? situation = o.OptionalString("situation");
            var goals = new List<ModelGoal>();
            foreach (var goalNode in o.OptionalArray("goals"))
            {
                var g = JsonObjectView.Of(goalNode);
                string goal = JsonObjectView.StringOf(g.Required("goal"));
                var criteria = Strings(g.OptionalArray("criteria"));
                g.End();
                goals.Add(JsonObjectView.Build(goalNode, () => new ModelGoal(goal, criteria)));
            }

            return new ModelRegistration(header)
            {
                ReplicationOf = replicationOf,
                Situation = situation,
                Goals = goals,
                ContentAndMethod = o.OptionalString("contentAndMethod"),
                Area = o.OptionalString("area"),
                Beneficiaries = o.OptionalString("beneficiaries"),
                LeadForce = o.OptionalString("leadForce"),
                CoordinatingForces = Strings(o.OptionalArray("coordinatingForces")),
                ParticipatingForces = Strings(o.OptionalArray("participatingForces")),
                Resources = o.OptionalString("resources"),
                VerifiableOutputs = Strings(o.OptionalArray("verifiableOutputs")),
                Sustainability = o.OptionalString("sustainability"),
            };
        });
        foreach (var (node, source) in sources)
        {
            if (!modelIds.Contains(source))
            {
                throw node.Error(InterchangeErrorCodes.UnknownReference, $"The source model {source} is not in the document.");
            }
        }

        var (exemplars, _) = ReadSubjects(root, "exemplars", fields, ExemplarId.Parse, Exemplar.FromHistory, static (o, header) => new ExemplarRegistration(header)
        {
            Achievements = o.OptionalString("achievements"),
            Evidence = Strings(o.OptionalArray("evidence")),
        });
        return new MobilizationRecords(models, exemplars);
    }

    internal static void WriteOwner(Utf8JsonWriter writer, string name, ModelOwner owner)
    {
        writer.WriteStartObject(name);
        writer.WriteString("kind", OwnerKinds.Format(owner.Kind));
        JsonOutput.String(writer, "unit", owner.Unit.Value);
        if (owner.Committee is { } committee)
        {
            JsonOutput.String(writer, "committee", committee.Value);
        }

        JsonOutput.OptionalString(writer, "person", owner.PersonName);
        writer.WriteEndObject();
    }

    internal static ModelOwner ReadOwner(JsonTreeNode node)
    {
        var o = JsonObjectView.Of(node);
        var kind = o.Enum("kind", OwnerKinds);
        var unit = ChartFormat.UnitCodeOf(o.Required("unit"));
        ModelOwner owner = kind switch
        {
            OwnerKind.Committee => ModelOwner.ForCommittee(ChartFormat.CommitteeIdOf(o.Required("committee")), unit),
            OwnerKind.Unit => JsonObjectView.Build(node, () => ModelOwner.ForUnit(unit)),
            _ => Person(o, unit),
        };
        o.End();
        return owner;

        static ModelOwner Person(JsonObjectView o, UnitCode unit)
        {
            string person = o.String("person");
            return JsonObjectView.Build(o.Node, () => ModelOwner.ForIndividual(person, unit));
        }
    }

    private static void AddField(List<ModelField> fields, ModelField field)
    {
        if (field.IsStandard)
        {
            return;
        }

        foreach (var known in fields)
        {
            if (string.Equals(known.Code, field.Code, StringComparison.Ordinal))
            {
                _ = known.Equals(field) ? 0 : throw new ArgumentException($"Two different fields have the code '{field.Code}'; the format cannot tell them apart.", nameof(field));
                return;
            }
        }

        fields.Add(field);
    }

    /// <summary>Writes models or exemplars: the common items, then the kind's own items, then authority and history.</summary>
    private static void WriteSubjects<TSubject, TId, TRegistration>(Utf8JsonWriter writer, string name, IReadOnlyList<TSubject> subjects, Action<Utf8JsonWriter, TRegistration> writeItems)
        where TSubject : RegisteredSubject<TSubject, TId, TRegistration>
        where TId : struct, IEquatable<TId>, IComparable<TId>
        where TRegistration : SubjectRegistration<TId>
    {
        writer.WriteStartArray(name);
        foreach (var subject in subjects)
        {
            writer.WriteStartObject();
            JsonOutput.String(writer, "id", subject.Id.ToString()!);
            JsonOutput.String(writer, "name", subject.Name);
            WriteOwner(writer, "owner", subject.Owner);
            writer.WriteStartObject("level");
            writer.WriteString("level", Levels.Format(subject.Level.Level));
            if (subject.Level.Agency is { } agency)
            {
                JsonOutput.String(writer, "agency", agency.Value);
            }

            writer.WriteEndObject();
            JsonOutput.String(writer, "field", subject.Field.Code);
            JsonOutput.Date(writer, "registeredOn", subject.RegisteredOn);
            writer.WriteStartObject("period");
            JsonOutput.Date(writer, "start", subject.Period.Start);
            JsonOutput.Date(writer, "end", subject.Period.End);
            writer.WriteEndObject();
            writeItems(writer, subject.Registration);
            WriteAuthority(writer, subject.Authority);
            WriteHistory(writer, subject.History);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>Reads models or exemplars: ids unique, the common items, the kind's own items, then authority and history, replayed by <paramref name="build"/>.</summary>
    private static (List<TSubject> Subjects, HashSet<TId> Ids) ReadSubjects<TSubject, TId, TRegistration>(
        JsonObjectView root,
        string name,
        Dictionary<string, ModelField> fields,
        Func<string?, ParseResult<TId>> parse,
        Func<TRegistration, RecognitionAuthority, IEnumerable<ModelTransition>, TSubject> build,
        Func<JsonObjectView, RegistrationHeader<TId>, TRegistration> readItems)
        where TId : struct, IEquatable<TId>
        where TRegistration : SubjectRegistration<TId>
    {
        var subjects = new List<TSubject>();
        var ids = new HashSet<TId>();
        foreach (var node in root.OptionalArray(name))
        {
            var o = JsonObjectView.Of(node);
            var idNode = o.Required("id");
            var id = Id(idNode, parse);
            if (!ids.Add(id))
            {
                throw idNode.Error(InterchangeErrorCodes.DuplicateId, $"The id {id} is used twice in '{name}'.");
            }

            string subjectName = o.String("name");
            var owner = ReadOwner(o.Required("owner"));
            var levelView = o.Object("level");
            var level = levelView.Enum("level", Levels);
            var agencyNode = levelView.Optional("agency");
            var registering = agencyNode is null ? RegisteringLevel.Territorial(level) : RegisteringLevel.OfAgency(ChartFormat.CommitteeIdOf(agencyNode), level);
            levelView.End();
            var field = ChartFormat.Lookup(o.Required("field"), fields, "model field");
            var registeredOn = o.Date("registeredOn");
            var periodView = o.Object("period");
            var start = periodView.Date("start");
            var end = periodView.Date("end");
            periodView.End();
            var period = JsonObjectView.Build(periodView.Node, () => new DateInterval(start, end));
            var registration = readItems(o, new RegistrationHeader<TId>(id, subjectName, owner, registering, field, registeredOn, period));
            var authority = ReadAuthority(o);
            var steps = ReadHistory(o, registeredOn);
            o.End();
            subjects.Add(JsonObjectView.Build(node, () => build(registration, authority, steps)));
        }

        return (subjects, ids);
    }

    private static void WriteAuthority(Utf8JsonWriter writer, RecognitionAuthority authority)
    {
        bool isDefault = true;
        foreach (var (level, maximum) in authority.MaximumByRegisteringLevel)
        {
            isDefault &= RecognitionAuthority.Default.MaximumLevel(level) == maximum;
        }

        if (isDefault)
        {
            return;
        }

        writer.WriteStartObject("authority");
        for (var level = ModelLevel.Commune; level <= ModelLevel.Central; level++)
        {
            writer.WriteString(Levels.Format(level), Levels.Format(authority.MaximumLevel(level)));
        }

        writer.WriteEndObject();
    }

    private static RecognitionAuthority ReadAuthority(JsonObjectView o)
    {
        if (o.OptionalObject("authority") is not { } view)
        {
            return RecognitionAuthority.Default;
        }

        var table = new Dictionary<ModelLevel, ModelLevel>();
        for (var level = ModelLevel.Commune; level <= ModelLevel.Central; level++)
        {
            table[level] = view.Enum(Levels.Format(level), Levels);
        }

        view.End();
        return JsonObjectView.Build(view.Node, () => new RecognitionAuthority(table));
    }

    private static void WriteHistory(Utf8JsonWriter writer, IReadOnlyList<LifecycleEntry> history)
    {
        writer.WriteStartArray("history");

        // The first entry is the registration itself, rebuilt from registeredOn.
        for (int i = 1; i < history.Count; i++)
        {
            var step = history[i].Transition;
            writer.WriteStartObject();
            writer.WriteString("action", Actions.Format(step.Action));
            JsonOutput.Date(writer, "date", step.Date);
            if (step.Level is { } level)
            {
                writer.WriteString("level", Levels.Format(level));
            }

            if (step.Place is { } place)
            {
                JsonOutput.String(writer, "place", place.Value);
            }

            if (step.Decision is { } decision)
            {
                JsonOutput.String(writer, "decision", decision.ToString());
            }

            JsonOutput.OptionalString(writer, "reason", step.Reason);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static List<ModelTransition> ReadHistory(JsonObjectView o, LocalDate registeredOn)
    {
        var steps = new List<ModelTransition>();
        foreach (var node in o.OptionalArray("history"))
        {
            var step = JsonObjectView.Of(node);
            var actionNode = step.Required("action");
            var action = JsonObjectView.EnumOf(actionNode, Actions);
            var date = step.Date("date");
            string? reason = step.OptionalString("reason");
            DocumentNumber? decision = step.Optional("decision") is { } decisionNode ? DocumentsFormat.NumberOf(decisionNode) : null;
            if (action == LifecycleAction.Register)
            {
                throw actionNode.Error(InterchangeErrorCodes.InvalidValue, $"The registration on {JsonOutput.FormatDate(registeredOn)} is implied by 'registeredOn'; the history lists only the later steps.");
            }

            ModelTransition transition = action switch
            {
                LifecycleAction.StartImplementing => NoDecision(step, decisionNode: step.Optional("decision"), () => ModelTransition.StartImplementing(date, reason)),
                LifecycleAction.Complete => JsonObjectView.Build(node, () => ModelTransition.Complete(date, reason, decision)),
                LifecycleAction.Review => JsonObjectView.Build(node, () => ModelTransition.Review(date, reason, decision)),
                LifecycleAction.Recognise => Recognise(step, date, reason, decision),
                LifecycleAction.Replicate => Replicate(step, date, reason, decision),
                LifecycleAction.Withdraw => JsonObjectView.Build(node, () => ModelTransition.Withdraw(date, Required(step, reason), decision)),
                _ => JsonObjectView.Build(node, () => ModelTransition.RejectRecognition(date, Required(step, reason), decision)),
            };
            step.End();
            steps.Add(transition);
        }

        return steps;

        static ModelTransition NoDecision(JsonObjectView step, JsonTreeNode? decisionNode, Func<ModelTransition> build)
        {
            if (decisionNode is not null)
            {
                throw decisionNode.Error(InterchangeErrorCodes.UnknownProperty, "The step 'start-implementing' has no decision document.");
            }

            return JsonObjectView.Build(step.Node, build);
        }

        static ModelTransition Recognise(JsonObjectView step, LocalDate date, string? reason, DocumentNumber? decision)
        {
            var level = step.Enum("level", Levels);
            if (decision is null)
            {
                step.Required("decision");
            }

            return JsonObjectView.Build(step.Node, () => ModelTransition.Recognise(date, level, decision!.Value, reason));
        }

        static ModelTransition Replicate(JsonObjectView step, LocalDate date, string? reason, DocumentNumber? decision)
        {
            var place = ChartFormat.UnitCodeOf(step.Required("place"));
            return JsonObjectView.Build(step.Node, () => ModelTransition.Replicate(date, place, reason, decision));
        }

        static string Required(JsonObjectView step, string? reason)
        {
            if (reason is null)
            {
                step.Required("reason");
            }

            return reason!;
        }
    }

    private static List<string> Strings(IReadOnlyList<JsonTreeNode> nodes)
    {
        var list = new List<string>(nodes.Count);
        foreach (var node in nodes)
        {
            list.Add(JsonObjectView.StringOf(node));
        }

        return list;
    }

    private static T Id<T>(JsonTreeNode node, Func<string?, ParseResult<T>> parse)
    {
        var id = parse(JsonObjectView.StringOf(node));
        return id.Success ? id.Value : throw node.Error(InterchangeErrorCodes.InvalidValue, id.ErrorMessage);
    }
}
