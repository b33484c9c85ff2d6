using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Awards;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Mobilization;
using MassMobilization.Core.Quantities;
using MassMobilization.Core.Reporting;
using MassMobilization.Core.Serialization.SystemTextJson;
using MassMobilization.Core.Tests.Interchange;
using MassMobilization.Core.Text;
using MassMobilization.Samples.Generators;
using NodaTime;

namespace MassMobilization.Core.Tests.Reliability;

/// <summary>
/// A representative subset of the library's results, as text: Unicode normalization and name matching of
/// NFC and NFD input, document-number parsing, quantities, every interchange example read and written back
/// (with its text decomposed), a contest judged and ranked, eligibility of the documented nominees, a score
/// card explained in both languages, and a seed report. <see cref="EnvironmentIndependenceTests"/> computes it under several cultures and, in a child
/// process, in globalization-invariant mode; the texts must be identical (docs/reliability.md).
/// </summary>
internal static class EnvironmentProbe
{
    /// <summary>The command-line argument that makes the test assembly print the probe (see <see cref="ProbeProgram"/>).</summary>
    internal const string Argument = "--environment-probe";

    internal static string Run()
    {
        var lines = new List<string>();
        const string Nfc = "Mô hình “Dân vận khéo” xã Thanh Liệt: hòa giải, khỏe, thủy lợi";
        string nfd = Decompose(Nfc);
        lines.Add($"nfd differs: {!string.Equals(nfd, Nfc, StringComparison.Ordinal)}");
        lines.Add($"spelling: {VietnameseSpelling.Normalize(nfd)} | {VietnameseSpelling.Normalize("Hoà, khoẻ, thuỷ")} | {VietnameseSpelling.IsNormalized(nfd)}");
        lines.Add($"names: {NameMatching.Default.Matches(Nfc, nfd)} {NameMatching.Loose.Matches("Cà phê sáng", "Ca phe sang")} {NameMatching.Default.Matches("đèn", "đen")} {NameMatching.Loose.Normalize(nfd)}");
        lines.Add($"indicator: {StandardIndicators.ModelsRegistered.VietnameseName}");
        foreach (string number in new[] { "98/2023/NĐ-CP", Decompose("98/2023/NĐ-CP"), "18-NQ/TW", "3406/QĐ-UBND", Decompose("9086/BNV-CTTN&BĐG"), "99999999999/QĐ-UBND" })
        {
            lines.Add($"document {number}: {(DocumentNumber.TryParse(number, out var parsed) ? parsed.ToString() : "rejected")}");
        }

        lines.Add($"quantity: {ReportedQuantityPattern.Vietnamese.Parse(Decompose("hơn 1.200")).Success} {VndAmountPattern.VietnameseBillions.Format(VndAmount.FromDong(1_234_567_000))}");
        foreach (var (kind, json) in DocumentedExampleTests.Examples().OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            lines.Add($"{kind}: {Hash(RoundTrip(kind, Decompose(json)))}");
        }

        var record = InterchangeFormats.Contest.Read(DocumentedExampleTests.Examples()["contest"]);
        var result = record.Contest.JudgeRound(0, record.Teams, record.SheetsByRound[0]);
        lines.Add("contest: " + string.Join(", ", result.Ranking.Select(e => $"{e.Rank}:{e.Item}:{e.Explanation}")));
        var records = InterchangeFormats.ServiceRecords.Read(DocumentedExampleTests.Examples()["service-records"]);
        foreach (var nominee in records)
        {
            foreach (var kind in new[] { AwardKind.AdvancedWorker, AwardKind.GrassrootsEmulationFighter })
            {
                if (kind.IsFor(nominee.Recipient))
                {
                    var eligibility = EligibilityEvaluator.BuiltIn.Evaluate(nominee, kind, 2024);
                    lines.Add($"eligibility {nominee.NomineeId} {kind.Code}: {eligibility.Verdict} {eligibility.Summary}");
                }
            }
        }

        // A score card with a bonus limited per entry: every line of its explanation in both languages and the notes of its adjustments.
        var card = Evaluation.EvaluationFixtures.Preset.Score(Evaluation.EvaluationFixtures.Sheet(
            Evaluation.EvaluationFixtures.Full(), Evaluation.EvaluationFixtures.Full(), bonuses: [Evaluation.EvaluationFixtures.Model(2m)]));
        lines.AddRange(card.ExplanationLines.Select(l => $"card: {l.ToDisplayString(DisplayLanguage.Vietnamese)} | {l}"));
        lines.AddRange(card.Bonuses.Select(b => $"bonus note: {b.Note}"));

        var province = AggregationSeeds.ThanhTri();
        var period = ReportingPeriod.HalfYear(2024, 1);
        var asOf = new LocalDate(2024, 6, 30);
        var models = AggregationSeeds.ThanhTriModels(province.Communes);
        var report = ReportBuilder.Build(ReportRequest.Create(province.Chart, province.Province, period, asOf), [], ModelIndicators.Records(models.Models, period, asOf));
        lines.AddRange(report.Lines(province.Districts[0], PercentageFormat.WholePercentTruncated, VndAmountPattern.VietnameseBillions));
        return string.Join("\n", lines);
    }

    /// <summary>Decomposes the precomposed Vietnamese letters (NFD) with the library's table, which needs no ICU.</summary>
    private static string Decompose(string text) => UnicodeText.FallbackToFormD(text);

    private static string RoundTrip(string kind, string json) => Interchange.DocumentedExampleTests.RoundTrip(kind, json);

    // The whole document would make the probe long; its length and a stable checksum identify it.
    private static string Hash(string text)
    {
        ulong hash = 14695981039346656037;
        foreach (byte b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * 1099511628211;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{text.Length} chars, {hash:x16}");
    }
}
