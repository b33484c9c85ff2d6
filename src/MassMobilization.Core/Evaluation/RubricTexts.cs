using System.Collections.Generic;
using MassMobilization.Core.Text;

namespace MassMobilization.Core.Evaluation;

/// <summary>
/// The texts a rubric carries (its name, source, titles) as explanations: a text of a built-in rubric is its
/// catalogue entry, written in either language; any other text is kept as it was written (docs/display.md).
/// </summary>
internal static class RubricTexts
{
    private static readonly string[] BuiltInCodes =
    [
        ExplanationCodes.CanTho2025Citation, ExplanationCodes.CanTho2025Name, ExplanationCodes.CanTho2025SectionA,
        ExplanationCodes.CanTho2025A1, ExplanationCodes.CanTho2025A2, ExplanationCodes.CanTho2025A3, ExplanationCodes.CanTho2025A4,
        ExplanationCodes.CanTho2025SectionB, ExplanationCodes.CanTho2025B1, ExplanationCodes.CanTho2025B11, ExplanationCodes.CanTho2025B12,
        ExplanationCodes.CanTho2025B2, ExplanationCodes.CanTho2025B21, ExplanationCodes.CanTho2025B22, ExplanationCodes.CanTho2025B23,
        ExplanationCodes.CanTho2025B3, ExplanationCodes.CanTho2025B4, ExplanationCodes.CanTho2025B5, ExplanationCodes.CanTho2025B6,
        ExplanationCodes.CanTho2025B7, ExplanationCodes.CanTho2025RecognisedModel, ExplanationCodes.CanTho2025RecognisedExemplar,
        ExplanationCodes.CanTho2025LateReport, ExplanationCodes.CanTho2025Hotspot, ExplanationCodes.CanTho2025Corruption,
        ExplanationCodes.CanTho2025SeriousDisunity, ExplanationCodes.CanTho2025LeaderDismissed, ExplanationCodes.CanTho2025CriminalProsecution,
        ExplanationCodes.CanTho2025NoSelfAssessment,
    ];

    private static readonly Dictionary<string, Explanation> ByEnglishText = Index();

    /// <summary>Gets a rubric's text as an explanation: the catalogue entry whose English text it is, else the text as written.</summary>
    internal static Explanation Of(string text) =>
        ByEnglishText.TryGetValue(text, out var known) ? known : new Explanation(ExplanationCodes.AsWritten, text);

    private static Dictionary<string, Explanation> Index()
    {
        var index = new Dictionary<string, Explanation>(System.StringComparer.Ordinal);
        foreach (string code in BuiltInCodes)
        {
            index.Add(Explanation.TemplateOf(code, DisplayLanguage.English), new Explanation(code));
        }

        return index;
    }
}
