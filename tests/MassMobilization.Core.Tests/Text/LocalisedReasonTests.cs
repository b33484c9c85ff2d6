using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Emulation;
using MassMobilization.Core.Evaluation;
using MassMobilization.Core.Text;
using MassMobilization.Samples;
using MassMobilization.Samples.Generators;
using Xunit;

namespace MassMobilization.Core.Tests.Text;

/// <summary>
/// Issue #20: the library's own reasons — score cards, award proposals, automatic fails, advancement decisions
/// and document number parse errors — are explanations written in Vietnamese (the default) or English, and a
/// Vietnamese sentence never holds the English text of a code.
/// </summary>
public sealed partial class LocalisedReasonTests
{
    [Fact]
    public void Every_line_of_every_sample_score_card_reads_in_Vietnamese_and_keeps_its_English_sentence()
    {
        int lines = 0;
        foreach (var sheet in SampleEvaluations.Sheets())
        {
            var card = sheet.Rubric.Score(sheet);
            Assert.Equal(card.Explanation.Count, card.ExplanationLines.Count);
            for (int i = 0; i < card.ExplanationLines.Count; i++)
            {
                lines++;
                Assert.Equal(card.Explanation[i], card.ExplanationLines[i].ToDisplayString(DisplayLanguage.English));
                ReadsInVietnamese(card.ExplanationLines[i].ToDisplayString(DisplayLanguage.Vietnamese));
            }

            Assert.Equal(card.Decision, card.DecisionExplanation.ToString());
            Assert.Equal(card.AwardProposal.Reason, card.AwardProposal.ReasonExplanation.ToString());
            ReadsInVietnamese(card.DecisionExplanation.ToDisplayString(DisplayLanguage.Vietnamese));
            ReadsInVietnamese(card.AwardProposal.ReasonExplanation.ToDisplayString(DisplayLanguage.Vietnamese));
            foreach (var fail in card.AutomaticFails)
            {
                Assert.Equal(fail.Reason, fail.ReasonExplanation.ToString());
                ReadsInVietnamese(fail.ReasonExplanation.ToDisplayString(DisplayLanguage.Vietnamese));
            }
        }

        Assert.True(lines > 50, $"only {lines} lines checked");
    }

    [Fact]
    public void A_score_card_writes_its_rubric_its_titles_and_its_grade_as_an_official_would()
    {
        var sheet = SampleEvaluations.Sheets().First(s => s.Unit.Value == "00649");
        var card = sheet.Rubric.Score(sheet);
        var vietnamese = card.ExplanationLines.Select(l => l.ToDisplayString(DisplayLanguage.Vietnamese)).ToList();
        Assert.StartsWith("Bộ tiêu chí CT-2579-2025 “Cần Thơ 2025: chấm điểm, xếp loại công tác dân vận", vietnamese[0], StringComparison.Ordinal);
        Assert.Contains("Quyết định số 2579/QĐ-UBND ngày 21/11/2025 của Ủy ban nhân dân thành phố Cần Thơ", vietnamese[0], StringComparison.Ordinal);
        Assert.Contains(vietnamese, l => l.StartsWith("Tiêu chí B1 Tham mưu và thực hiện các nghị quyết, chỉ thị của Đảng về công tác dân vận: 14,50/15,00 điểm", StringComparison.Ordinal));
        Assert.Equal("Hoàn thành tốt nhiệm vụ: theo điểm được xếp loại Hoàn thành xuất sắc nhiệm vụ, nhưng người đứng đầu hoặc cấp phó bị kỷ luật (Khiển trách) nên chỉ được xếp loại tối đa Hoàn thành tốt nhiệm vụ (Quyết định số 2579/QĐ-UBND ngày 21/11/2025 của Ủy ban nhân dân thành phố Cần Thơ).", card.DecisionExplanation.ToDisplayString(DisplayLanguage.Vietnamese));
        Assert.Equal(ExplanationCodes.EvalDecisionDisciplineCap, card.DecisionExplanation.Code);
        Assert.Equal(["Good", "Excellent", "Reprimand", ExplanationCodes.CanTho2025Citation], card.DecisionExplanation.Arguments);
        Assert.Equal(
            "Xếp loại Hoàn thành tốt nhiệm vụ, đạt mức tối thiểu Hoàn thành tốt nhiệm vụ: được đề nghị khen thưởng (Quyết định số 2579/QĐ-UBND ngày 21/11/2025 của Ủy ban nhân dân thành phố Cần Thơ).",
            card.AwardProposal.ReasonExplanation.ToDisplayString(DisplayLanguage.Vietnamese));
    }

    [Fact]
    public void An_automatic_fail_gives_its_reason_in_both_languages()
    {
        var rubric = RubricPresets.CanTho2025;
        var sheet = SampleEvaluations.Sheets()[0];
        var failing = new ScoreSheet(rubric, sheet.Unit, sheet.UnitName, selfAssessment: null, review: sheet.Review ?? sheet.SelfAssessment);
        var card = rubric.Score(failing);
        var fail = Assert.Single(card.AutomaticFails);
        Assert.Equal("the unit gave no self-assessment", fail.Reason);
        Assert.Equal("đơn vị không tự chấm điểm", fail.ReasonExplanation.ToDisplayString(DisplayLanguage.Vietnamese));
        Assert.StartsWith("Không hoàn thành nhiệm vụ: thuộc trường hợp đương nhiên không hoàn thành nhiệm vụ (NO-SELF-ASSESSMENT)", card.DecisionExplanation.ToDisplayString(DisplayLanguage.Vietnamese), StringComparison.Ordinal);
        Assert.StartsWith("Not completed: automatic fail (NO-SELF-ASSESSMENT) whatever the score", card.Decision, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_advancement_decision_of_the_sample_contest_reads_in_Vietnamese()
    {
        var contest = ContestDataGenerator.ThanhTriContest();
        var teams = ContestDataGenerator.ThanhTriTeams();
        var result = contest.JudgeRound(0, teams, ContestDataGenerator.Sheets(contest.Rounds[0], teams, 2024UL));
        var decisions = result.Advancement!.Decisions;
        Assert.Equal(teams.Count, decisions.Count);
        foreach (var decision in decisions)
        {
            Assert.Equal(decision.Reason, decision.ReasonExplanation.ToString());
            ReadsInVietnamese(decision.ReasonExplanation.ToDisplayString(DisplayLanguage.Vietnamese));
        }

        var advanced = decisions.First(d => d.Outcome == AdvancementOutcome.Advanced);
        Assert.StartsWith("Vào vòng sau: hạng " + advanced.Rank, advanced.ReasonExplanation.ToDisplayString(DisplayLanguage.Vietnamese), StringComparison.Ordinal);
        var stopped = decisions.First(d => d.Outcome == AdvancementOutcome.Eliminated);
        Assert.Contains("ở bước 1 (đội dẫn đầu của mỗi đơn vị)", stopped.ReasonExplanation.ToDisplayString(DisplayLanguage.Vietnamese), StringComparison.Ordinal);
        Assert.Contains("only the best team of each unit advances", stopped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reason_given_as_text_is_kept_as_it_was_written()
    {
        var team = ContestDataGenerator.ThanhTriTeams()[0];
        var decision = new AdvancementDecision(team, 1, 90m, AdvancementOutcome.Advanced, null, "Chosen by the organisers");
        Assert.Equal(ExplanationCodes.AsWritten, decision.ReasonExplanation.Code);
        Assert.Equal("Chosen by the organisers", decision.ReasonExplanation.ToDisplayString(DisplayLanguage.Vietnamese));
        var failure = ParseResult.ForFailure<int>("Expected a digit", 3);
        Assert.Equal("Expected a digit", failure.ErrorMessage);
        Assert.Equal(ExplanationCodes.AsWritten, failure.ErrorExplanation!.Code);
        Assert.Null(ParseResult.ForValue(1).ErrorExplanation);
        Assert.Equal("Chưa đọc được giá trị nào.", default(ParseResult<int>).ErrorExplanation!.ToDisplayString(DisplayLanguage.Vietnamese));
        Assert.Equal("No value was parsed.", default(ParseResult<int>).ErrorMessage);
    }

    [Theory]
    [InlineData("18-NQ/", "Expected the issuer code after '/', but the text ended", "Sau dấu '/' cần có ký hiệu cơ quan ban hành, nhưng đã hết chuỗi ký tự")]
    [InlineData("18-NQ/TW x", "Unexpected text after the issuer code, found U+0020", "Có ký tự thừa sau ký hiệu cơ quan ban hành, nhưng gặp ký tự U+0020")]
    [InlineData("18+NQ/TW", "Expected '-' (Party number) or '/' (State number) after the sequence number, found '+'", "Sau số thứ tự cần có dấu '-' (văn bản của Đảng) hoặc '/' (văn bản của Nhà nước), nhưng gặp ký tự '+'")]
    [InlineData("98/1900/NĐ-CP", "The year must be 1945 or later", "Năm ban hành phải từ năm 1945 trở đi")]
    [InlineData("", "The text is empty", "Số hiệu văn bản để trống")]
    [InlineData("0/QĐ-UBND", "The sequence number must be at least 1", "Số thứ tự phải từ 1 trở lên")]
    public void A_document_number_parse_error_reads_in_both_languages(string text, string english, string vietnamese)
    {
        var result = DocumentNumberPattern.Canonical.Parse(text);
        Assert.False(result.Success);
        Assert.Equal(english, result.ErrorMessage);
        Assert.Equal(english, result.ErrorExplanation!.ToDisplayString(DisplayLanguage.English));
        Assert.Equal(vietnamese, result.ErrorExplanation.ToDisplayString(DisplayLanguage.Vietnamese));
        Assert.StartsWith(english, Assert.Throws<FormatException>(() => result.GetValueOrThrow()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failure_converted_to_another_type_keeps_its_explanation()
    {
        var result = DocumentNumberPattern.Canonical.Parse("18-NQ/");
        var converted = ParseResult.ConvertFailure<int, DocumentNumber>(result);
        Assert.Equal(result.ErrorExplanation, converted.ErrorExplanation);
        Assert.Equal(result.ErrorPosition, converted.ErrorPosition);
    }

    [Fact]
    public void The_English_fragments_looked_for_in_Vietnamese_output_are_the_texts_of_the_codes()
    {
        var fragments = EnglishFragments();
        Assert.Contains("Expected the issuer code after", fragments);
        Assert.Contains("caps the grade at", fragments);
        Assert.True(fragments.Count > 100, $"only {fragments.Count} fragments");
    }

    /// <summary>
    /// The literal parts of every code's English text (the text between placeholders) that are plain ASCII words,
    /// long enough not to be a name or a symbol: a Vietnamese output holding one of them shows an English sentence.
    /// </summary>
    internal static IReadOnlyList<string> EnglishFragments()
    {
        var fragments = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var field in typeof(ExplanationCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
        {
            string code = (string)field.GetRawConstantValue()!;
            string english = Explanation.TemplateOf(code, DisplayLanguage.English);
            foreach (string part in Placeholder().Split(english))
            {
                string fragment = part.Trim(' ', '(', ')', ',', ';', ':', '.', '\'', '=', '+', '−', '—', '/');
                if (fragment.Length >= 10 && fragment.Contains(' ', StringComparison.Ordinal) && fragment.All(c => c < 128))
                {
                    fragments.Add(fragment);
                }
            }
        }

        return fragments.ToList();
    }

    internal static void ReadsInVietnamese(string text)
    {
        Assert.DoesNotContain("{", text, StringComparison.Ordinal);
        Assert.True(VietnameseSpelling.IsNormalized(text), text);
        foreach (string fragment in EnglishFragments())
        {
            Assert.False(text.Contains(fragment, StringComparison.Ordinal), $"'{text}' holds the English '{fragment}'");
        }
    }

    [GeneratedRegex(@"\{[0-9]+\}")]
    private static partial Regex Placeholder();
}
