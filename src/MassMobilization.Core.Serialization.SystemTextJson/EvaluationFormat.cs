using System;
using System.Collections.Generic;
using System.Text.Json;
using MassMobilization.Core.Evaluation;
using MassMobilization.Core.Mobilization;
using MassMobilization.Core.Organization;

namespace MassMobilization.Core.Serialization.SystemTextJson;

/// <summary>
/// Writes and reads evaluation score sheets (kind <c>score-sheets</c>). A sheet names its rubric by id;
/// the rubric itself is configuration (a preset or the caller's own), resolved when reading.
/// </summary>
internal static class EvaluationFormat
{
    internal static readonly EnumText<RecognitionSubject> Subjects = new(
        "recognition subject",
        ("model", RecognitionSubject.Model),
        ("exemplar", RecognitionSubject.Exemplar));

    internal static readonly EnumText<LeaderRole> Roles = new(
        "leader role",
        ("head", LeaderRole.Head),
        ("deputy-head", LeaderRole.DeputyHead));

    internal static readonly EnumText<LeaderDisciplineLevel> Disciplines = new(
        "discipline level",
        ("reprimand", LeaderDisciplineLevel.Reprimand),
        ("warning", LeaderDisciplineLevel.Warning),
        ("dismissal", LeaderDisciplineLevel.Dismissal));

    internal static void Write(Utf8JsonWriter writer, IReadOnlyList<ScoreSheet> sheets)
    {
        writer.WriteStartArray("sheets");
        foreach (var sheet in sheets)
        {
            writer.WriteStartObject();
            JsonOutput.String(writer, "rubric", sheet.Rubric.Id);
            JsonOutput.String(writer, "unit", sheet.Unit.Value);
            JsonOutput.OptionalString(writer, "unitName", sheet.UnitName);
            WriteScores(writer, "selfAssessment", sheet.SelfAssessment);
            WriteScores(writer, "review", sheet.Review);
            writer.WriteStartArray("bonuses");
            foreach (var claim in sheet.Bonuses)
            {
                writer.WriteStartObject();
                JsonOutput.String(writer, "item", claim.ItemId);
                writer.WriteString("subject", Subjects.Format(claim.Subject));
                JsonOutput.String(writer, "name", claim.ModelOrExemplar);
                writer.WriteString("level", ModelsFormat.Levels.Format(claim.Level));
                JsonOutput.String(writer, "decision", claim.Decision.ToString());
                JsonOutput.OptionalString(writer, "recognisedBy", claim.RecognisedBy);
                writer.WriteNumber("points", claim.Points);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("penalties");
            foreach (var penalty in sheet.Penalties)
            {
                writer.WriteStartObject();
                JsonOutput.String(writer, "item", penalty.ItemId);
                JsonOutput.String(writer, "reason", penalty.Reason);
                writer.WriteNumber("points", penalty.Points);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            JsonOutput.Strings(writer, "failConditions", sheet.ReportedFailConditions);
            writer.WriteStartArray("disciplines");
            foreach (var discipline in sheet.Disciplines)
            {
                writer.WriteStartObject();
                writer.WriteString("role", Roles.Format(discipline.Role));
                writer.WriteString("level", Disciplines.Format(discipline.Level));
                JsonOutput.OptionalString(writer, "person", discipline.Person);
                if (discipline.Decision is { } decision)
                {
                    JsonOutput.String(writer, "decision", decision.ToString());
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    internal static IReadOnlyList<ScoreSheet> Read(JsonObjectView root, IReadOnlyDictionary<string, Rubric> rubrics)
    {
        var sheets = new List<ScoreSheet>();
        var seen = new HashSet<(string, UnitCode)>();
        foreach (var node in root.Array("sheets"))
        {
            var o = JsonObjectView.Of(node);
            var rubricNode = o.Required("rubric");
            string rubricId = JsonObjectView.StringOf(rubricNode);
            if (!rubrics.TryGetValue(rubricId, out var rubric))
            {
                throw rubricNode.Error(InterchangeErrorCodes.UnknownReference, $"The rubric '{rubricId}' is not one the reader was given (built-in presets: {RubricPresets.CanTho2025Id}).");
            }

            var unitNode = o.Required("unit");
            var unit = ChartFormat.UnitCodeOf(unitNode);
            if (!seen.Add((rubricId, unit)))
            {
                throw unitNode.Error(InterchangeErrorCodes.DuplicateId, $"Unit {unit} already has a sheet for rubric '{rubricId}'.");
            }

            string? unitName = o.OptionalString("unitName");
            var selfAssessment = ReadScores(o.Optional("selfAssessment"));
            var review = ReadScores(o.Optional("review"));
            var bonuses = new List<BonusClaim>();
            foreach (var item in o.OptionalArray("bonuses"))
            {
                var b = JsonObjectView.Of(item);
                string id = b.String("item");
                var subject = b.Enum("subject", Subjects);
                string name = b.String("name");
                var level = b.Enum("level", ModelsFormat.Levels);
                var decision = DocumentsFormat.NumberOf(b.Required("decision"));
                string? recognisedBy = b.OptionalString("recognisedBy");
                decimal points = b.Decimal("points");
                b.End();
                bonuses.Add(JsonObjectView.Build(item, () => new BonusClaim(id, subject, name, level, decision, recognisedBy, points)));
            }

            var penalties = new List<PenaltyEntry>();
            foreach (var item in o.OptionalArray("penalties"))
            {
                var p = JsonObjectView.Of(item);
                string id = p.String("item");
                string reason = p.String("reason");
                decimal points = p.Decimal("points");
                p.End();
                penalties.Add(JsonObjectView.Build(item, () => new PenaltyEntry(id, reason, points)));
            }

            var fails = new List<string>();
            var failIds = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in o.OptionalArray("failConditions"))
            {
                string id = JsonObjectView.NonBlankOf(item);
                if (!failIds.Add(id))
                {
                    throw item.Error(InterchangeErrorCodes.DuplicateId, $"The fail condition '{id}' is listed twice.");
                }

                fails.Add(id);
            }

            var disciplines = new List<LeaderDiscipline>();
            foreach (var item in o.OptionalArray("disciplines"))
            {
                var d = JsonObjectView.Of(item);
                var role = d.Enum("role", Roles);
                var level = d.Enum("level", Disciplines);
                string? person = d.OptionalString("person");
                Documents.DocumentNumber? decision = d.Optional("decision") is { } decisionNode ? DocumentsFormat.NumberOf(decisionNode) : null;
                d.End();
                disciplines.Add(JsonObjectView.Build(item, () => new LeaderDiscipline(role, level, person, decision)));
            }

            o.End();
            sheets.Add(JsonObjectView.Build(node, () => new ScoreSheet(rubric, unit, unitName, selfAssessment, review, bonuses, penalties, fails, disciplines)));
        }

        return sheets.AsReadOnly();
    }

    internal static Dictionary<string, Rubric> Catalogue(IEnumerable<Rubric> rubrics)
    {
        var table = new Dictionary<string, Rubric>(StringComparer.Ordinal);
        foreach (var rubric in rubrics)
        {
            Preconditions.CheckArgument(rubric is not null, nameof(rubrics), "A rubric is null.");
            Preconditions.CheckArgument(table.TryAdd(rubric.Id, rubric), nameof(rubrics), $"Two rubrics have the id '{rubric.Id}'.");
        }

        return table;
    }

    private static void WriteScores(Utf8JsonWriter writer, string name, IReadOnlyList<CriterionScore>? scores)
    {
        if (scores is null)
        {
            return;
        }

        writer.WriteStartObject(name);
        foreach (var score in scores)
        {
            writer.WriteNumber(JsonOutput.Nfc(score.CriterionId), score.Points);
        }

        writer.WriteEndObject();
    }

    private static List<CriterionScore>? ReadScores(JsonTreeNode? node)
    {
        if (node is null)
        {
            return null;
        }

        var scores = new List<CriterionScore>();
        foreach (var member in JsonObjectView.Of(node).Node.Members!)
        {
            decimal points = JsonObjectView.DecimalOf(member);
            scores.Add(new CriterionScore(member.Name!, points));
        }

        return scores;
    }
}
