using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Xml.Linq;
using MassMobilization.Core.Activities;
using MassMobilization.Core.Awards;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Emulation;
using MassMobilization.Core.Evaluation;
using MassMobilization.Core.Mobilization;
using MassMobilization.Core.Ranking;
using NodaTime.Text;

namespace MassMobilization.Core.Tests.Docs;

/// <summary>Writes docs/rules.md from the library's rule catalogues, so the document cannot drift from the code.</summary>
internal static class RulesDocument
{
    /// <summary>Generates the document.</summary>
    /// <returns>The Markdown text, with "\n" line ends.</returns>
    public static string Generate()
    {
        var md = new StringBuilder();
        Line(md, "# Built-in rules");
        Line(md);
        Line(md, "<!-- Generated from the library's rule catalogues by tests/MassMobilization.Core.Tests/Docs/RulesDocument.cs. Do not edit by hand: run the tests with MMC_ACCEPT_SNAPSHOTS=1 to regenerate. -->");
        Line(md);
        Line(md, "Every rule the library applies, with its legal or documentary source and its parameters. Parameters are data: an application can replace any of them through the options or by building its own rule set, rubric or policy.");
        Line(md);
        Awards(md);
        Bonuses(md);
        Evaluation(md);
        Mobilization(md);
        Emulation(md);
        Activities(md);
        RuleCodes(md);
        return md.ToString();
    }

    private static void Awards(StringBuilder md)
    {
        Line(md, "## Awards: eligibility rule sets");
        Line(md);
        Line(md, "The rule set in force on 31 December of the achievement year applies (`RuleSetCatalogue.ForAchievementYear`). A verdict is Eligible, Ineligible or NeedsReview; missing evidence is never Ineligible.");
        Line(md);
        foreach (var set in RuleSetCatalogue.BuiltIn.Sets)
        {
            string until = set.EffectiveUntil is { } end ? LocalDatePattern.Iso.Format(end) : "open";
            Line(md, $"### {set.Id}: {set.Name}");
            Line(md);
            Line(md, $"In force {LocalDatePattern.Iso.Format(set.EffectiveFrom)} to {until}. Legal basis: {string.Join("; ", set.LegalBasis)}.");
            Line(md);
            foreach (var criteria in set.Criteria)
            {
                Line(md, $"#### {criteria.Kind.Code} {criteria.Kind.VietnameseName} ({criteria.Kind.EnglishName}), {criteria.Recipient}");
                Line(md);
                Line(md, "| Rule | Type | Citation | Parameters | Description |");
                Line(md, "|---|---|---|---|---|");
                foreach (var rule in criteria.Rules)
                {
                    RuleRow(md, rule, 0);
                }

                Line(md);
            }
        }
    }

    private static void RuleRow(StringBuilder md, EligibilityRule rule, int depth)
    {
        var parameters = new List<string>();
        foreach (var parameter in rule.Parameters)
        {
            parameters.Add($"{parameter.Name}={parameter.Value}");
        }

        string indent = string.Concat(Enumerable.Repeat("↳ ", depth));
        Line(md, $"| {indent}{rule.Code} | {rule.RuleType} | {rule.Citation} | {string.Join(", ", parameters)} | {rule.Description.Replace("|", "\\|", StringComparison.Ordinal)} |");
        foreach (var inner in rule.Inner)
        {
            RuleRow(md, inner, depth + 1);
        }
    }

    private static void Evaluation(StringBuilder md)
    {
        var rubric = RubricPresets.CanTho2025;
        Line(md, $"## Evaluation: rubric preset {rubric.Id}");
        Line(md);
        Line(md, $"Source: {rubric.Citation}. Base {rubric.BasePoints.ToString(CultureInfo.InvariantCulture)} points; bonus up to {rubric.Bonus.Cap.ToString(CultureInfo.InvariantCulture)}; penalty up to {rubric.Penalty.Cap.ToString(CultureInfo.InvariantCulture)}; units graded at least {rubric.AwardProposal.MinimumGrade} may be proposed for awards.");
        Line(md);
        Line(md, "| Grade | Minimum score | No criterion at zero | Citation |");
        Line(md, "|---|---|---|---|");
        foreach (var band in rubric.Bands)
        {
            Line(md, string.Create(CultureInfo.InvariantCulture, $"| {band.Grade} | {band.MinimumScore} | {(band.RequiresNoZeroCriterion ? "required" : "–")} | {band.Citation} |"));
        }

        Line(md);
        Line(md, "| Automatic fail | Trigger | Citation |");
        Line(md, "|---|---|---|");
        foreach (var fail in rubric.FailConditions)
        {
            Line(md, $"| {fail.Id}: {fail.Title} | {fail.Trigger} | {fail.Citation} |");
        }

        Line(md);
        Line(md, "| Leader's discipline | Grade capped at | Citation |");
        Line(md, "|---|---|---|");
        foreach (var cap in rubric.DisciplineCaps)
        {
            Line(md, $"| {cap.Level} | {cap.MaximumGrade} | {cap.Citation} |");
        }

        Line(md);
    }

    private static void Mobilization(StringBuilder md)
    {
        Line(md, "## Mobilization: the lifecycle of a \"Dân vận khéo\" model");
        Line(md);
        Line(md, "Source: the registration, implementation, review, recognition and replication steps of the movement ([mobilization.md](mobilization.md)). Recognition at a higher level implies the lower levels.");
        Line(md);
        Line(md, "| From | Action | To |");
        Line(md, "|---|---|---|");
        foreach (var rule in ModelLifecycle.Table)
        {
            Line(md, $"| {rule.From} | {rule.Action} | {rule.To} |");
        }

        Line(md);
        Line(md, "### Mobilization rule codes");
        Line(md);
        Line(md, "Every refused registration, step or selection of a model or exemplar names one of these codes (`MobilizationRuleCodes`), in `DomainRuleException.RuleCode`, `LifecycleResult<T>.RuleCode` or `RegistrationProblem.RuleCode`.");
        Line(md);
        Line(md, "| Code | Constant | When |");
        Line(md, "|---|---|---|");
        var summaries = XmlSummaries(typeof(MobilizationRuleCodes));
        foreach (var field in typeof(MobilizationRuleCodes).GetFields(BindingFlags.Public | BindingFlags.Static).OrderBy(f => (string)f.GetRawConstantValue()!, StringComparer.Ordinal))
        {
            Line(md, $"| {field.GetRawConstantValue()} | `{field.Name}` | {summaries[field.Name]} |");
        }

        Line(md);
    }

    /// <summary>The summaries of a type's fields, from the library's XML documentation, as plain Markdown.</summary>
    private static Dictionary<string, string> XmlSummaries(Type type)
    {
        string file = Path.ChangeExtension(type.Assembly.Location, ".xml");
        string prefix = $"F:{type.FullName}.";
        var summaries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var member in XDocument.Load(file).Descendants("member"))
        {
            string name = (string)member.Attribute("name")!;
            if (!name.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var summary = new StringBuilder();
            foreach (var node in member.Element("summary")!.Nodes())
            {
                summary.Append(node is XElement see && see.Attribute("cref") is { } cref
                    ? $"`{CrefName(cref.Value)}`"
                    : node is XText text ? text.Value : string.Empty);
            }

            summaries[name[prefix.Length..]] = string.Join(' ', summary.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace("|", "\\|", StringComparison.Ordinal);
        }

        return summaries;

        // "T:N.S.Type`1" → "Type"; "P:N.S.Type.Member" → "Type.Member".
        static string CrefName(string cref)
        {
            string[] parts = cref[2..].Split('(')[0].Split('.');
            string name = cref.StartsWith("T:", StringComparison.Ordinal) ? parts[^1] : $"{parts[^2]}.{parts[^1]}";
            return name.Split('`')[0];
        }
    }

    private static void Emulation(StringBuilder md)
    {
        var policy = MovementFlagPolicy.Law06of2022;
        Line(md, "## Emulation: flags for thematic movements");
        Line(md);
        Line(md, "Source: Law 06/2022/QH15 on Emulation and Commendation, arts. 25 and 26.");
        Line(md);
        Line(md, "| Parameter | Value |");
        Line(md, "|---|---|");
        Line(md, string.Create(CultureInfo.InvariantCulture, $"| Minimum length of a thematic campaign whose leader may receive a provincial flag (years) | {policy.ProvincialFlagMinimumYears} |"));
        Line(md, string.Create(CultureInfo.InvariantCulture, $"| Minimum length of a Prime Minister's campaign whose leader may receive a Government flag (years) | {policy.GovernmentFlagMinimumYears} |"));
        Line(md);
    }

    private static void Activities(StringBuilder md)
    {
        Line(md, "## Activities: receptions, dialogues, recommendations, grassroots democracy");
        Line(md);
        Line(md, "The rules of [activities.md](activities.md). Values marked (unconfirmed) could not be checked against the official text: they are configuration with that default (pass another policy where a regulation fixes one), never constants, and every verdict built on them says so in its clause.");
        Line(md);
        Line(md, "| Reception rule set | In force | Citation | Minimum periodic reception days a month |");
        Line(md, "|---|---|---|---|");
        foreach (var set in ReceptionRuleCatalogue.BuiltIn.Sets)
        {
            string until = set.EffectiveUntil is { } end ? LocalDatePattern.Iso.Format(end) : "open";
            var days = set.Requirements.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Level} {r.MinimumDaysPerMonth}"));
            Line(md, $"| {set.Id} | {LocalDatePattern.Iso.Format(set.EffectiveFrom)} to {until} | {set.Citation} | {string.Join(", ", days)} |");
        }

        Line(md);
        var dialogue = CommuneDialogueRules.Default;
        var board = InspectionBoardPolicy.Default;
        var disclosure = DisclosurePolicy.Default;
        var deadline = AnswerDeadlinePolicy.Default;
        Line(md, "| Parameter | Value | Source | Configuration |");
        Line(md, "|---|---|---|---|");
        Line(md, string.Create(CultureInfo.InvariantCulture, $"| Commune dialogues a year (at least) | {dialogue.MinimumPerYear} | {CommuneDialogueRules.Clause} | `CommuneDialogueRules` |"));
        Line(md, string.Create(CultureInfo.InvariantCulture, $"| Share of voters whose request makes a dialogue due (at least) | {dialogue.VoterRequestShare} | {CommuneDialogueRules.Clause} | `CommuneDialogueRules` |"));
        Line(md, string.Create(CultureInfo.InvariantCulture, $"| Dialogue notice (days before, at least) | {dialogue.MinimumNoticeDays} | {CommuneDialogueRules.Clause} | `CommuneDialogueRules` |"));
        Line(md, string.Create(CultureInfo.InvariantCulture, $"| Dialogue results published (days after, at most) | {dialogue.PublicationDays} | {CommuneDialogueRules.Clause} | `CommuneDialogueRules` |"));
        Line(md, $"| Vote on contributions | at least 2/3 of all household representatives | {CommuneVoteClause(CommunityVoteRules.ContributionsClause)} | – |");
        Line(md, $"| Vote on a village convention | more than half of all household representatives | {CommuneVoteClause(CommunityVoteRules.ConventionClause)} | – |");
        Line(md, string.Create(CultureInfo.InvariantCulture, $"| Village convention draft posted (days before the vote, at least) | {CommunityVoteRules.DraftPostingDays} | {CommuneVoteClause(CommunityVoteRules.DraftClause)} | – |"));
        Line(md, $"| Vote in a meeting | more than half of the representatives present | {CommuneVoteClause(CommunityVoteRules.MeetingClause)} | – |");
        Line(md, string.Create(CultureInfo.InvariantCulture, $"| People's Inspection Board members (at least) | {board.MinimumMembers} | Law 10/2022/QH15 art. 36 | `InspectionBoardPolicy` |"));
        Line(md, string.Create(CultureInfo.InvariantCulture, $"| People's Inspection Board deputy heads from {board.DeputyThreshold} members (at most) | {board.MaximumDeputiesFromThreshold} | Law 10/2022/QH15 art. 36 | `InspectionBoardPolicy` |"));
        Line(md, string.Create(CultureInfo.InvariantCulture, $"| People's Inspection Board deputy heads below {board.DeputyThreshold} members (at most) | {board.MaximumDeputiesBelowThreshold}{Unconfirmed(board.IsBelowThresholdConfirmed)} | library default | `InspectionBoardPolicy` |"));
        Line(md, string.Create(CultureInfo.InvariantCulture, $"| Community Investment Supervision Board members | {CommunityInvestmentSupervisionBoard.MinimumMembers} to {CommunityInvestmentSupervisionBoard.MaximumMembers} | Law 10/2022/QH15 | – |"));
        Line(md, string.Create(CultureInfo.InvariantCulture, $"| Commune disclosure where sector law sets none (working days after the decision) | {disclosure.WorkingDays}{Unconfirmed(disclosure.IsConfirmed)} | Law 10/2022/QH15 (sources say 5 or 10 working days) | `DisclosurePolicy` |"));
        Line(md, string.Create(CultureInfo.InvariantCulture, $"| Answer deadline for recommendations (calendar days from receipt) | {deadline.CalendarDays}{Unconfirmed(deadline.IsConfirmed)} | {deadline.Source} | `AnswerDeadlinePolicy`, `MassMobilizationOptions.AnswerDeadlinePolicy` |"));
        Line(md);

        static string CommuneVoteClause(string clause) => clause.Replace("|", "\\|", StringComparison.Ordinal);
        static string Unconfirmed(bool confirmed) => confirmed ? string.Empty : " (unconfirmed)";
    }

    private static void Bonuses(StringBuilder md)
    {
        var schedule = BonusSchedule.Default;
        Line(md, "## Awards: bonuses");
        Line(md);
        Line(md, "A bonus is a multiple of the monthly base salary in force on the date of the award decision (`BonusSchedule.BonusFor`), rounded with the schedule's `RoundingPolicy`.");
        Line(md);
        Line(md, "| Base salary from | Monthly | Source |");
        Line(md, "|---|---|---|");
        foreach (var period in schedule.BaseSalary.Periods)
        {
            Line(md, $"| {LocalDatePattern.Iso.Format(period.From)} | {period.Monthly} | {period.Source} |");
        }

        Line(md);
        Line(md, "| Award | Recipient | Multiple | Source |");
        Line(md, "|---|---|---|---|");
        foreach (var c in schedule.Coefficients)
        {
            Line(md, string.Create(CultureInfo.InvariantCulture, $"| {c.Kind.Code} {c.Kind.VietnameseName} | {c.Recipient} | {c.Multiple} | {c.Source} |"));
        }

        Line(md);
        Line(md, $"Rounding: {schedule.Rounding} ({schedule.RoundingSource}).");
        Line(md);
    }

    private static void RuleCodes(StringBuilder md)
    {
        Line(md, "## Rule codes");
        Line(md);
        Line(md, "The stable codes of `DomainRuleException.RuleCode` and of the eligibility rules, one catalogue per area, one scheme (`AREA-UPPER-KEBAB`).");
        Line(md);
        var docs = XmlDocs.Load(typeof(AwardRuleCodes).Assembly);
        foreach (var type in new[] { typeof(ActivityRuleCodes), typeof(AwardRuleCodes), typeof(DocumentRuleCodes), typeof(EmulationRuleCodes), typeof(EvaluationRuleCodes), typeof(RankingRuleCodes) })
        {
            Line(md, $"### {type.Name}");
            Line(md);
            Line(md, "| Code | Constant | Rule |");
            Line(md, "|---|---|---|");
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && !((string)f.GetRawConstantValue()!).EndsWith('-')).OrderBy(f => f.MetadataToken))
            {
                Line(md, $"| {field.GetRawConstantValue()} | `{type.Name}.{field.Name}` | {docs.Summary(field)} |");
            }

            Line(md);
        }
    }

    private static void Line(StringBuilder md, string text = "") => md.Append(text).Append('\n');
}
