using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using MassMobilization.Core.Emulation;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Quantities;
using MassMobilization.Core.Ranking;

namespace MassMobilization.Core.Serialization.SystemTextJson;

/// <summary>Writes and reads emulation contests with their teams and score sheets (kind <c>contest</c>).</summary>
internal static class ContestFormat
{
    internal static readonly EnumText<ContestLevel> Levels = new(
        "contest level",
        ("grassroots", ContestLevel.Grassroots),
        ("district", ContestLevel.District),
        ("province", ContestLevel.Province),
        ("national", ContestLevel.National));

    internal static readonly EnumText<ScoreAggregation> Aggregations = new(
        "score aggregation",
        ("mean", ScoreAggregation.Mean),
        ("trimmed-mean", ScoreAggregation.TrimmedMean),
        ("z-score", ScoreAggregation.ZScore));

    internal static readonly EnumText<RankingStyle> Styles = new(
        "ranking style",
        ("competition", RankingStyle.Competition),
        ("dense", RankingStyle.Dense));

    internal static readonly EnumText<AdvancementStepKind> StepKinds = new(
        "advancement step",
        ("top-overall", AdvancementStepKind.TopOverall),
        ("top-per-unit", AdvancementStepKind.TopPerUnit),
        ("minimum-score", AdvancementStepKind.MinimumScore));

    // The spellings are those of .NET's MidpointRounding, which the format was first written with.
    internal static readonly EnumText<RoundingMode> RoundingModes = new(
        "rounding mode",
        ("to-even", RoundingMode.HalfToEven),
        ("away-from-zero", RoundingMode.HalfAwayFromZero),
        ("to-zero", RoundingMode.Truncate),
        ("to-negative-infinity", RoundingMode.Floor),
        ("to-positive-infinity", RoundingMode.Ceiling));

    private static readonly EnumText<TieBreakShape> TieBreakKinds = new(
        "tie-break",
        ("section-score", TieBreakShape.SectionScore),
        ("fewer-absent-judges", TieBreakShape.FewerAbsentJudges),
        ("women-priority", TieBreakShape.WomenPriority));

    private const string WomenPrefix = "Women priority, women ≥ ";
    private const string WomenSuffix = "% of members (Decree 152/2025/NĐ-CP art. 4)";

    private enum TieBreakShape
    {
        SectionScore,
        FewerAbsentJudges,
        WomenPriority,
    }

    internal static void Write(Utf8JsonWriter writer, ContestRecord record)
    {
        var contest = record.Contest;
        JsonOutput.String(writer, "name", contest.Name);
        writer.WriteStartArray("area");
        foreach (var unit in contest.Area)
        {
            JsonOutput.StringValue(writer, unit.Value);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("rounds");
        foreach (var round in contest.Rounds)
        {
            WriteRound(writer, round);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("teams");
        foreach (var team in record.Teams)
        {
            writer.WriteStartObject();
            JsonOutput.String(writer, "id", team.Id);
            JsonOutput.String(writer, "name", team.Name);
            JsonOutput.String(writer, "unit", team.Unit.Value);
            writer.WriteNumber("members", team.Members);
            writer.WriteNumber("womenMembers", team.WomenMembers);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("sheets");
        foreach (var round in record.SheetsByRound)
        {
            writer.WriteStartArray();
            foreach (var sheet in round)
            {
                writer.WriteStartObject();
                JsonOutput.String(writer, "judge", sheet.Judge);
                JsonOutput.String(writer, "team", sheet.TeamId);
                writer.WriteStartObject("points");
                var codes = new List<string>(sheet.Points.Keys);
                codes.Sort(string.CompareOrdinal);
                foreach (string code in codes)
                {
                    writer.WriteNumber(JsonOutput.Nfc(code), sheet.Points[code]);
                }

                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndArray();
    }

    internal static ContestRecord Read(JsonObjectView root)
    {
        string name = root.String("name");
        var area = new List<UnitCode>();
        var seenUnits = new HashSet<UnitCode>();
        foreach (var node in root.Array("area"))
        {
            var unit = ChartFormat.UnitCodeOf(node);
            if (!seenUnits.Add(unit))
            {
                throw node.Error(InterchangeErrorCodes.DuplicateId, $"Unit {unit} is listed twice in the area.");
            }

            area.Add(unit);
        }

        var rounds = new List<ContestRound>();
        foreach (var node in root.Array("rounds"))
        {
            rounds.Add(ReadRound(node));
        }

        var contest = JsonObjectView.Build(root.Node, () => new Contest(name, area, rounds));
        var teams = new List<Team>();
        var teamIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in root.OptionalArray("teams"))
        {
            var o = JsonObjectView.Of(node);
            var idNode = o.Required("id");
            string id = JsonObjectView.NonBlankOf(idNode);
            string teamName = o.String("name");
            var unit = ChartFormat.UnitCodeOf(o.Required("unit"));
            int members = o.OptionalInt32("members", 0, int.MaxValue) ?? 0;
            int women = o.OptionalInt32("womenMembers", 0, int.MaxValue) ?? 0;
            o.End();
            if (!teamIds.Add(id))
            {
                throw idNode.Error(InterchangeErrorCodes.DuplicateId, $"The team id '{id}' is used twice.");
            }

            teams.Add(JsonObjectView.Build(node, () => new Team(id, teamName, unit, members, women)));
        }

        var sheetsNode = root.Optional("sheets");
        var sheetsByRound = new List<List<JudgeScoreSheet>>();
        if (sheetsNode is not null)
        {
            var roundNodes = JsonObjectView.ArrayOf(sheetsNode);
            if (roundNodes.Count > rounds.Count)
            {
                throw sheetsNode.Error(InterchangeErrorCodes.InvalidValue, FormattableString.Invariant($"There are sheets for {roundNodes.Count} rounds but the contest has {rounds.Count}."));
            }

            for (int r = 0; r < roundNodes.Count; r++)
            {
                sheetsByRound.Add(ReadSheets(roundNodes[r], rounds[r], teamIds));
            }
        }

        return new ContestRecord(contest, teams, sheetsByRound);
    }

    private static void WriteRound(Utf8JsonWriter writer, ContestRound round)
    {
        writer.WriteStartObject();
        JsonOutput.String(writer, "name", round.Name);
        writer.WriteString("level", Levels.Format(round.Level));
        writer.WriteStartArray("sections");
        foreach (var section in round.Sections)
        {
            writer.WriteStartObject();
            JsonOutput.String(writer, "code", section.Code);
            JsonOutput.String(writer, "name", section.Name);
            writer.WriteNumber("maximum", section.Maximum);
            writer.WriteNumber("weight", section.Weight);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        JsonOutput.Strings(writer, "judges", round.Panel.Judges);
        writer.WriteStartObject("method");
        writer.WriteString("aggregation", Aggregations.Format(round.Method.Aggregation));
        if (round.Method.Aggregation == ScoreAggregation.TrimmedMean)
        {
            writer.WriteNumber("trim", round.Method.TrimCount);
        }

        writer.WriteEndObject();
        writer.WriteStartArray("tieBreaks");
        foreach (var tieBreak in round.TieBreaks)
        {
            writer.WriteStartObject();
            switch (tieBreak.Kind)
            {
                case TieBreakKind.SectionScore:
                    writer.WriteString("kind", TieBreakKinds.Format(TieBreakShape.SectionScore));
                    JsonOutput.String(writer, "section", tieBreak.SectionCode!);
                    break;
                case TieBreakKind.FewerAbsentJudges:
                    writer.WriteString("kind", TieBreakKinds.Format(TieBreakShape.FewerAbsentJudges));
                    break;
                default:
                    writer.WriteString("kind", TieBreakKinds.Format(TieBreakShape.WomenPriority));
                    writer.WriteNumber("minimumWomenShare", WomenShareOf(tieBreak));
                    break;
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString("style", Styles.Format(round.Style));
        if (round.Advancement is { } advancement)
        {
            writer.WriteStartArray("advancement");
            foreach (var step in advancement.Steps)
            {
                writer.WriteStartObject();
                writer.WriteString("kind", StepKinds.Format(step.Kind));
                if (step.Kind == AdvancementStepKind.MinimumScore)
                {
                    writer.WriteNumber("minimum", step.MinimumScore);
                }
                else
                {
                    writer.WriteNumber("count", step.Count);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteStartObject("rounding");
        writer.WriteNumber("decimals", round.Rounding.Decimals);
        writer.WriteString("mode", RoundingModes.Format(round.Rounding.Mode));
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static ContestRound ReadRound(JsonTreeNode node)
    {
        var o = JsonObjectView.Of(node);
        string name = o.String("name");
        var level = o.Enum("level", Levels);
        var sections = new List<ScoreSection>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in o.Array("sections"))
        {
            var s = JsonObjectView.Of(item);
            var codeNode = s.Required("code");
            string code = JsonObjectView.NonBlankOf(codeNode);
            string sectionName = s.String("name");
            decimal maximum = s.Decimal("maximum");
            decimal weight = s.OptionalDecimal("weight") ?? 1m;
            s.End();
            if (!codes.Add(code))
            {
                throw codeNode.Error(InterchangeErrorCodes.DuplicateId, $"The section code '{code}' is used twice.");
            }

            sections.Add(JsonObjectView.Build(item, () => new ScoreSection(code, sectionName, maximum, weight)));
        }

        var judges = new List<string>();
        var judgeIds = new HashSet<string>(StringComparer.Ordinal);
        var judgesNode = o.Required("judges");
        foreach (var item in JsonObjectView.ArrayOf(judgesNode))
        {
            string judge = JsonObjectView.NonBlankOf(item);
            if (!judgeIds.Add(judge))
            {
                throw item.Error(InterchangeErrorCodes.DuplicateId, $"Judge '{judge}' is listed twice.");
            }

            judges.Add(judge);
        }

        var panel = JsonObjectView.Build(judgesNode, () => new JudgePanel(judges));
        var methodView = o.Object("method");
        var aggregation = methodView.Enum("aggregation", Aggregations);
        ScoringMethod method = aggregation switch
        {
            ScoreAggregation.TrimmedMean => ScoringMethod.TrimmedMean(methodView.Int32("trim", 1, 1000)),
            ScoreAggregation.ZScore => ScoringMethod.ZScore,
            _ => ScoringMethod.Mean,
        };
        methodView.End();
        var tieBreaks = new List<TieBreak>();
        foreach (var item in o.OptionalArray("tieBreaks"))
        {
            var t = JsonObjectView.Of(item);
            var shape = t.Enum("kind", TieBreakKinds);
            TieBreak tieBreak = shape switch
            {
                TieBreakShape.SectionScore => SectionTieBreak(t, codes),
                TieBreakShape.FewerAbsentJudges => TieBreak.FewerAbsentJudges(),
                _ => WomenTieBreak(t),
            };
            t.End();
            tieBreaks.Add(tieBreak);
        }

        var style = o.Optional("style") is { } styleNode ? JsonObjectView.EnumOf(styleNode, Styles) : RankingStyle.Competition;
        AdvancementRule? advancement = null;
        if (o.Optional("advancement") is { } advancementNode)
        {
            var steps = JsonObjectView.ArrayOf(advancementNode);
            if (steps.Count == 0)
            {
                throw advancementNode.Error(InterchangeErrorCodes.InvalidValue, "An advancement rule has at least one step; leave the property out when no team advances.");
            }

            foreach (var item in steps)
            {
                var a = JsonObjectView.Of(item);
                var kind = a.Enum("kind", StepKinds);
                AdvancementRule step = kind switch
                {
                    AdvancementStepKind.TopOverall => AdvancementRule.TopOverall(a.Int32("count", 1, int.MaxValue)),
                    AdvancementStepKind.TopPerUnit => AdvancementRule.TopPerUnit(a.Int32("count", 1, int.MaxValue)),
                    _ => MinimumScore(a),
                };
                a.End();
                advancement = advancement is null ? step : advancement.Then(step);
            }
        }

        RoundingPolicy? rounding = null;
        if (o.OptionalObject("rounding") is { } r)
        {
            int decimals = r.Int32("decimals", 0, 6);
            var mode = r.Enum("mode", RoundingModes);
            r.End();
            rounding = JsonObjectView.Build(r.Node, () => RoundingPolicy.ToDecimals(decimals, mode));
        }

        o.End();
        return JsonObjectView.Build(node, () => new ContestRound(name, level, sections, panel, method, tieBreaks, style, advancement, rounding));

        static AdvancementRule MinimumScore(JsonObjectView a)
        {
            var minimumNode = a.Required("minimum");
            decimal minimum = JsonObjectView.DecimalOf(minimumNode);
            return JsonObjectView.Build(minimumNode, () => AdvancementRule.MinimumScore(minimum));
        }
    }

    private static TieBreak SectionTieBreak(JsonObjectView t, HashSet<string> codes)
    {
        var sectionNode = t.Required("section");
        string section = JsonObjectView.NonBlankOf(sectionNode);
        return codes.Contains(section)
            ? TieBreak.SectionScore(section)
            : throw sectionNode.Error(InterchangeErrorCodes.UnknownReference, $"The round has no section '{section}'.");
    }

    private static TieBreak WomenTieBreak(JsonObjectView t)
    {
        var shareNode = t.Required("minimumWomenShare");
        decimal share = JsonObjectView.DecimalOf(shareNode);
        return JsonObjectView.Build(shareNode, () => TieBreak.WomenPriority(share));
    }

    /// <summary>
    /// A priority tie-break is code, not data; the only one the format can express is the women
    /// priority of Decree 152/2025/NĐ-CP art. 4, recognised by the name it is given.
    /// </summary>
    private static decimal WomenShareOf(TieBreak tieBreak)
    {
        string name = tieBreak.Name;
        if (name.StartsWith(WomenPrefix, StringComparison.Ordinal) && name.EndsWith(WomenSuffix, StringComparison.Ordinal)
            && decimal.TryParse(name.AsSpan(WomenPrefix.Length, name.Length - WomenPrefix.Length - WomenSuffix.Length), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal percent))
        {
            decimal share = percent / 100m;
            if (share > 0m && share <= 1m && string.Equals(TieBreak.WomenPriority(share).Name, name, StringComparison.Ordinal))
            {
                return share;
            }
        }

        throw new ArgumentException($"The tie-break '{name}' is a custom priority (code, not data); the format can write only section-score, fewer-absent-judges and women-priority tie-breaks.", nameof(tieBreak));
    }

    private static List<JudgeScoreSheet> ReadSheets(JsonTreeNode roundNode, ContestRound round, HashSet<string> teamIds)
    {
        var sheets = new List<JudgeScoreSheet>();
        var seen = new HashSet<(string, string)>();
        foreach (var node in JsonObjectView.ArrayOf(roundNode))
        {
            var o = JsonObjectView.Of(node);
            var judgeNode = o.Required("judge");
            string judge = JsonObjectView.NonBlankOf(judgeNode);
            if (!round.Panel.Contains(judge))
            {
                throw judgeNode.Error(InterchangeErrorCodes.UnknownReference, $"Judge '{judge}' is not on the panel of round '{round.Name}'.");
            }

            var teamNode = o.Required("team");
            string team = JsonObjectView.NonBlankOf(teamNode);
            if (!teamIds.Contains(team))
            {
                throw teamNode.Error(InterchangeErrorCodes.UnknownReference, $"Team '{team}' is not among the teams.");
            }

            if (!seen.Add((judge, team)))
            {
                throw node.Error(InterchangeErrorCodes.DuplicateId, $"Judge '{judge}' has two sheets for team '{team}' in round '{round.Name}'.");
            }

            var pointsView = o.Object("points");
            var points = new Dictionary<string, decimal>(StringComparer.Ordinal);
            foreach (var member in pointsView.Node.Members!)
            {
                if (!round.HasSection(member.Name!))
                {
                    throw member.Error(InterchangeErrorCodes.UnknownReference, $"Round '{round.Name}' has no section '{member.Name}'.");
                }

                points.Add(member.Name!, JsonObjectView.DecimalOf(member));
            }

            o.End();
            sheets.Add(JsonObjectView.Build(node, () => new JudgeScoreSheet(judge, team, points)));
        }

        return sheets;
    }
}
