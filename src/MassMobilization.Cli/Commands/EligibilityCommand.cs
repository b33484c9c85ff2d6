using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using MassMobilization.Cli.Output;
using MassMobilization.Core.Awards;
using MassMobilization.Core.Serialization.SystemTextJson;
using MassMobilization.Core.Text;
using MassMobilization.Samples.Generators;

namespace MassMobilization.Cli.Commands;

/// <summary><c>massmob eligibility</c>: explained verdicts on who may be proposed for which award.</summary>
internal static class EligibilityCommand
{
    private static readonly AwardKind[] IndividualKinds =
    [
        AwardKind.AdvancedWorker, AwardKind.GrassrootsEmulationFighter, AwardKind.MinistryProvinceEmulationFighter,
        AwardKind.CertificateOfCommendation, AwardKind.MinistryProvinceCertificateOfMerit, AwardKind.PrimeMinisterCertificateOfMerit,
        AwardKind.LabourOrderThirdClass,
    ];

    private static readonly AwardKind[] MedalKinds = [AwardKind.MassMobilizationMedal, AwardKind.NationalUnityMedal];

    /// <summary>Creates the command.</summary>
    /// <param name="globals">The shared options and the language of help texts.</param>
    /// <returns>The command.</returns>
    internal static Command Create(CliGlobals globals)
    {
        var t = globals.Text;
        var year = CliOptions.Integer("--year", "-y", t, t.T("Năm xét thành tích; áp dụng bộ quy định có hiệu lực ngày 31 tháng 12 của năm đó.", "The achievement year; the rule set in force on 31 December of that year applies."), 2025);
        var nominees = CliOptions.Integer("--nominees", "-n", t, t.T("Số người mẫu được xét (1–1000).", "How many sample nominees to check (1–1000)."), 12);
        var explain = new Option<string?>("--explain", "-e") { Description = t.T("Giải thích từng tiêu chí cho người và mã hình thức khen thưởng này (ví dụ N0003:CSTDCS).", "Explain every criterion for this nominee and award code (e.g. N0003:CSTDCS).") };
        var format = CliOptions.Format(globals.Text);
        var input = CliOptions.Input(t.T("Một tài liệu trao đổi loại 'service-records' (docs/interchange.md): các hồ sơ được xét thay cho người mẫu (khi đó bỏ qua --nominees).", "An interchange document of kind 'service-records' (docs/interchange.md): the records to check instead of the sample nominees (--nominees is then ignored)."), t);
        var command = new Command("eligibility", t.T("Xét hồ sơ công tác mười năm của người mẫu theo mọi hình thức khen thưởng cá nhân của bộ quy định có hiệu lực, kèm điều khoản của từng tiêu chí. Kết quả xét không thay thế quyết định khen thưởng.", "Check the sample nominees' ten-year service records against every individual award under the rule set in force, with the article behind every criterion. A verdict never grants an award."))
        {
            input, year, nominees, explain, format,
        };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(input);
            var language = globals.FormatOf(parse);
            var report = file is null
                ? Run(parse.GetValue(year), parse.GetValue(nominees), parse.GetValue(explain), language)
                : Run(parse.GetValue(year), InterchangeFormats.ServiceRecords.Read(CliInput.ReadAllBytes(file, globals.Text)), parse.GetValue(explain), language);
            report.Write(parse.InvocationConfiguration.Output, parse.GetValue(format), parse.GetValue(globals.OutputFile));
            return CliApplication.Ok;
        });
        return command;
    }

    /// <summary>Evaluates the sample nominees.</summary>
    /// <param name="year">The achievement year.</param>
    /// <param name="count">The number of nominees.</param>
    /// <param name="explain">"nominee:kind" to explain, or null.</param>
    /// <param name="format">The output's language and notation.</param>
    /// <returns>The report.</returns>
    internal static CliReport Run(int year, int count, string? explain, CliFormat format)
    {
        if (count is < 1 or > 1000)
        {
            throw new CliInputException(CliMessages.Of(format, "nomineesRange", count));
        }

        RuleSetFor(year, format);
        var sample = new ServiceRecord[count];
        for (int i = 0; i < count; i++)
        {
            sample[i] = AwardRecords.Individual(i, year);
        }

        return Run(year, sample, explain, format);
    }

    /// <summary>Evaluates the given records (for example read from a <c>service-records</c> document).</summary>
    /// <param name="year">The achievement year.</param>
    /// <param name="nomineeRecords">The records; a kind the nominee cannot receive is shown as "-".</param>
    /// <param name="explain">"nominee:kind" to explain, or null for the first record and its first award shown.</param>
    /// <param name="format">The output's language and notation.</param>
    /// <returns>The report.</returns>
    internal static CliReport Run(int year, IReadOnlyList<ServiceRecord> nomineeRecords, string? explain, CliFormat format)
    {
        if (nomineeRecords.Count == 0)
        {
            throw new CliInputException(CliMessages.Of(format, "noServiceRecords"));
        }

        var evaluator = EligibilityEvaluator.BuiltIn;
        var ruleSet = RuleSetFor(year, format);
        var columns = new List<string> { "nominee" };
        foreach (var kind in IndividualKinds)
        {
            columns.Add(kind.Code);
        }

        string y = year.ToString(CultureInfo.InvariantCulture);
        var table = new CliTable(format, format.T($"Kết quả xét năm {y} theo bộ quy định {ruleSet.Id}", $"Verdicts for {y} under {ruleSet.Id}"), [.. columns]);
        var medals = new CliTable(format, format.T($"Kỷ niệm chương, năm {y}", $"Commemorative medals, {y}"), "nominee", MedalKinds[0].Code, MedalKinds[1].Code);
        var totals = new SortedDictionary<Verdict, long>();
        var records = new Dictionary<string, ServiceRecord>(System.StringComparer.Ordinal);
        foreach (var record in nomineeRecords)
        {
            records[record.NomineeId] = record;
            var cells = new object?[IndividualKinds.Length + 1];
            cells[0] = record.NomineeId;
            for (int k = 0; k < IndividualKinds.Length; k++)
            {
                if (!IndividualKinds[k].IsFor(record.Recipient))
                {
                    cells[k + 1] = new CliCell(null, "–");
                    continue;
                }

                var verdict = evaluator.VerdictFor(record, IndividualKinds[k], year);
                totals[verdict] = totals.GetValueOrDefault(verdict) + 1;
                cells[k + 1] = format.Enum(verdict);
            }

            table.Add(cells);
            var medalCells = new object?[MedalKinds.Length + 1];
            medalCells[0] = record.NomineeId;
            for (int k = 0; k < MedalKinds.Length; k++)
            {
                medalCells[k + 1] = MedalKinds[k].IsFor(record.Recipient) ? format.Enum(evaluator.VerdictFor(record, MedalKinds[k], year)) : new CliCell(null, "–");
            }

            medals.Add(medalCells);
        }

        var report = new CliReport(format, format.T($"Xét điều kiện khen thưởng năm {y}", $"Award eligibility, {y}"))
            .Fact("ruleSet", new CliCell(ruleSet.Id, $"{ruleSet.Id} ({Citations.Of(ruleSet.Name, format)})"))
            .Fact("nominees", nomineeRecords.Count)
            .Table("verdicts", table)
            .Table("medals", medals);
        var bars = new List<(string, string, long)>();
        foreach (var (verdict, n) in totals)
        {
            bars.Add((verdict.ToString(), format.Enum(verdict).Display, n));
        }

        report.Chart("verdictCounts", format.T("Số kết quả theo loại", "Verdict counts"), bars);
        report.Note(format.T(
            $"{AwardKind.MassMobilizationMedal.Code}, {AwardKind.NationalUnityMedal.Code} (kỷ niệm chương): cần xem xét cho đến khi cấu hình số năm công tác ({AwardRuleCodes.MedalServiceYears}, chưa xác nhận); không xét người đã nhận, người đang bị xem xét kỷ luật, thanh tra hoặc khiếu nại ({AwardRuleCodes.MedalPending}).",
            $"{AwardKind.MassMobilizationMedal.Code}, {AwardKind.NationalUnityMedal.Code} (commemorative medals): needs review until the years of service are configured ({AwardRuleCodes.MedalServiceYears}, unconfirmed); ineligible when already held or under pending discipline, inspection or complaint ({AwardRuleCodes.MedalPending})."));

        string target = explain ?? $"{nomineeRecords[0].NomineeId}:{DefaultExplained(nomineeRecords[0].Recipient).Code}";
        int colon = target.IndexOf(':', System.StringComparison.Ordinal);
        if (colon <= 0 || !records.TryGetValue(target[..colon], out var explained) || AwardKind.FromCode(target[(colon + 1)..]) is not { } explainedKind)
        {
            throw new CliInputException(CliMessages.Of(format, "explainTarget", target));
        }

        if (!explainedKind.IsFor(explained.Recipient))
        {
            throw new CliInputException(CliMessages.Of(format, "explainRecipient", explainedKind.Code, format.T(explained.Recipient.ToDisplayString(format.Language).ToLowerInvariant(), explained.Recipient.ToString().ToLowerInvariant()), explained.NomineeId));
        }

        var result = evaluator.Evaluate(explained, explainedKind, year);
        var criteria = new CliTable(
            format,
            format.T($"{result.NomineeId} — {explainedKind.VietnameseName}: {format.Enum(result.Verdict).Display}", $"{result.NomineeId} for {result.KindCode} ({explainedKind.EnglishName}): {format.Enum(result.Verdict).Display}"),
            "criterion", "level", "outcome", "years", "citation", "finding")
            .HideInTable("level")
            .TableOnly("finding");
        AddCriteria(criteria, result.Criteria, 0, format);
        report.Table("explanation", criteria);
        report.Note(format.Explain(result.SummaryExplanation));

        return report;
    }

    private static RuleSet RuleSetFor(int year, CliFormat format)
    {
        if (year is < ServiceRecord.MinYear or > ServiceRecord.MaxYear)
        {
            throw new CliInputException(CliMessages.Of(format, "yearRange", year, ServiceRecord.MinYear, ServiceRecord.MaxYear));
        }

        return EligibilityEvaluator.BuiltIn.Catalogue.ForAchievementYear(year)
            ?? throw new CliInputException(CliMessages.Of(format, "noRuleSet", year));
    }

    private static AwardKind DefaultExplained(RecipientKinds recipient)
    {
        if (AwardKind.GrassrootsEmulationFighter.IsFor(recipient))
        {
            return AwardKind.GrassrootsEmulationFighter;
        }

        foreach (var kind in IndividualKinds)
        {
            if (kind.IsFor(recipient))
            {
                return kind;
            }
        }

        return AwardKind.CertificateOfCommendation;
    }

    private static void AddCriteria(CliTable table, IReadOnlyList<CriterionResult> criteria, int depth, CliFormat format)
    {
        foreach (var criterion in criteria)
        {
            string years = criterion.FirstYearExamined == criterion.LastYearExamined
                ? criterion.FirstYearExamined.ToString(CultureInfo.InvariantCulture)
                : $"{criterion.FirstYearExamined.ToString(CultureInfo.InvariantCulture)}–{criterion.LastYearExamined.ToString(CultureInfo.InvariantCulture)}";
            table.Add(
                new CliCell(criterion.Code, new string(' ', 2 * depth) + criterion.Code),
                depth,
                format.Enum(criterion.Outcome),
                years,
                new CliCell(criterion.Citation, Citations.Of(criterion.Citation, format)),
                format.Explain(criterion.FindingExplanation));
            AddCriteria(table, criterion.Children, depth + 1, format);
        }
    }
}
