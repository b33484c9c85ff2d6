using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Resources;
using System.Text;
using System.Text.RegularExpressions;
using MassMobilization.Core.Awards;
using MassMobilization.Core.Text;
using Xunit;

namespace MassMobilization.Core.Tests.Text;

public sealed partial class ExplanationTests
{
    private static readonly Assembly Core = typeof(Explanation).Assembly;

    [Fact]
    public void Every_explanation_code_and_every_built_in_combined_rule_has_a_Vietnamese_and_an_English_text_with_the_same_placeholders()
    {
        var codes = Codes();
        Assert.True(codes.Count >= 70, $"only {codes.Count} explanation codes found");
        foreach (string code in codes)
        {
            string vietnamese = Explanation.TemplateOf(code, DisplayLanguage.Vietnamese);
            string english = Explanation.TemplateOf(code, DisplayLanguage.English);
            Assert.True(VietnameseSpelling.IsNormalized(vietnamese), $"{code}: '{vietnamese}' is not in the library's spelling");
            Assert.True(english.IsNormalized(NormalizationForm.FormC), $"{code}: '{english}' is not NFC");
            Assert.Equal(Placeholders(english), Placeholders(vietnamese));
            // A text given as it was written, and a template of placeholders and punctuation only ("{0}, {1}"), is the same in both languages.
            if (code is not (ExplanationCodes.DescText or ExplanationCodes.AsWritten) && english.Any(char.IsLetter))
            {
                Assert.NotEqual(english, vietnamese);
            }
        }
    }

    [Fact]
    public void The_resources_hold_no_text_for_a_code_that_does_not_exist()
    {
        var resources = new ResourceManager("MassMobilization.Core.Text.ExplanationTexts", Core);
        var set = resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true)!;
        var expected = new HashSet<string>(StringComparer.Ordinal);
        foreach (string code in Codes())
        {
            expected.Add(Explanation.Key(code, DisplayLanguage.Vietnamese));
            expected.Add(Explanation.Key(code, DisplayLanguage.English));
        }

        var keys = set.Cast<DictionaryEntry>().Select(e => (string)e.Key).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(keys.Except(expected));
        Assert.Empty(expected.Except(keys));
    }

    [Fact]
    public void Every_criterion_of_every_built_in_rule_set_explains_itself_in_both_languages()
    {
        var evaluator = EligibilityEvaluator.BuiltIn;
        int checkedCriteria = 0;
        foreach (int year in new[] { 2023, 2024, 2025 })
        {
            for (int i = 0; i < 40; i++)
            {
                var record = MassMobilization.Samples.Generators.AwardRecords.Individual(i, year);
                foreach (var kind in AwardKind.All.Where(k => k.IsFor(record.Recipient)))
                {
                    var result = evaluator.Evaluate(record, kind, year);
                    Assert.Equal(result.Summary, result.SummaryExplanation.ToDisplayString(DisplayLanguage.English));
                    Assert.NotEqual(result.Summary, result.SummaryExplanation.ToDisplayString(DisplayLanguage.Vietnamese));
                    foreach (var criterion in Flatten(result.Criteria))
                    {
                        checkedCriteria++;
                        Assert.Equal(criterion.Finding, criterion.FindingExplanation.ToDisplayString(DisplayLanguage.English));
                        Assert.Equal(criterion.Description, criterion.DescriptionExplanation.ToDisplayString(DisplayLanguage.English));
                        string finding = criterion.FindingExplanation.ToDisplayString(DisplayLanguage.Vietnamese);
                        string description = criterion.DescriptionExplanation.ToDisplayString(DisplayLanguage.Vietnamese);
                        Assert.DoesNotContain("{", finding, StringComparison.Ordinal);
                        Assert.NotEqual(criterion.Finding, finding);
                        Assert.NotEqual(criterion.Description, description);
                        Assert.True(VietnameseSpelling.IsNormalized(description), description);
                    }
                }
            }
        }

        Assert.True(checkedCriteria > 1000, $"only {checkedCriteria} criteria checked");
    }

    [Fact]
    public void A_finding_reads_as_an_official_would_write_it()
    {
        var explanation = new Explanation(ExplanationCodes.FindingRated, TaskRating.Excellent, 2025);
        Assert.Equal("được xếp loại Hoàn thành xuất sắc nhiệm vụ năm 2025", explanation.ToDisplayString(DisplayLanguage.Vietnamese));
        Assert.Equal("rated Excellent in 2025", explanation.ToDisplayString(DisplayLanguage.English));
        Assert.Equal("rated Excellent in 2025", explanation.ToString());
        Assert.Equal(new[] { "Excellent", "2025" }, explanation.Arguments);

        // A count is grouped and a decimal keeps its places, in the language's notation; a year is plain.
        var share = new Explanation(ExplanationCodes.FindingMembershipShare, 1234L, 2000L, 2024, 61.5m);
        Assert.Equal("1.234/2.000 năm 2024 (cần 1.234 × 100 ≥ 61,5 × 2.000)", share.ToDisplayString(DisplayLanguage.Vietnamese));
        Assert.Equal("1,234/2,000 in 2024 (need 1,234 × 100 ≥ 61.5 × 2,000)", share.ToDisplayString(DisplayLanguage.English));
        Assert.Equal(new[] { "1234", "2000", "2024", "61.5" }, share.Arguments);
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("vi-VN")]
    [InlineData("")]
    public void Explanations_do_not_depend_on_the_current_culture(string culture)
    {
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            var share = new Explanation(ExplanationCodes.FindingMembershipShare, 1234L, 2000L, 2024, 61.5m);
            Assert.Equal("1,234/2,000 in 2024 (need 1,234 × 100 ≥ 61.5 × 2,000)", share.ToDisplayString(DisplayLanguage.English));
            Assert.Equal("1.234/2.000 năm 2024 (cần 1.234 × 100 ≥ 61,5 × 2.000)", share.ToDisplayString(DisplayLanguage.Vietnamese));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
        }
    }

    [Fact]
    public void Equal_explanations_have_the_same_code_and_arguments()
    {
        var a = new Explanation(ExplanationCodes.FindingRated, TaskRating.Good, 2024);
        Assert.Equal(a, new Explanation(ExplanationCodes.FindingRated, TaskRating.Good, 2024));
        Assert.Equal(a.GetHashCode(), new Explanation(ExplanationCodes.FindingRated, TaskRating.Good, 2024).GetHashCode());
        Assert.NotEqual(a, new Explanation(ExplanationCodes.FindingRated, TaskRating.Good, 2025));
        Assert.NotEqual(a, new Explanation(ExplanationCodes.FindingNoRating, 2024));
        Assert.Throws<ArgumentOutOfRangeException>(() => a.ToDisplayString((DisplayLanguage)7));
    }

    private static List<string> Codes()
    {
        var codes = typeof(ExplanationCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        // The built-in combined rules ("one of", "all of") have their descriptions under their rule codes.
        foreach (var ruleSet in EligibilityEvaluator.BuiltIn.Catalogue.Sets)
        {
            foreach (var criteria in ruleSet.Criteria)
            {
                foreach (var rule in Combined(criteria.Rules))
                {
                    codes.Add(rule.Code);
                }
            }
        }

        return codes.Distinct(StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<EligibilityRule> Combined(IEnumerable<EligibilityRule> rules)
    {
        foreach (var rule in rules)
        {
            if (rule is AnyOfRule or AllOfRule)
            {
                yield return rule;
            }

            foreach (var inner in Combined(rule.Inner))
            {
                yield return inner;
            }
        }
    }

    private static IEnumerable<CriterionResult> Flatten(IEnumerable<CriterionResult> criteria)
    {
        foreach (var criterion in criteria)
        {
            yield return criterion;
            foreach (var child in Flatten(criterion.Children))
            {
                yield return child;
            }
        }
    }

    private static string Placeholders(string text) =>
        string.Join(",", PlaceholderPattern().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal));

    [GeneratedRegex(@"\{[0-9]+\}")]
    private static partial Regex PlaceholderPattern();
}
