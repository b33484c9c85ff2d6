using System.Text.RegularExpressions;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Text;

namespace MassMobilization.Cli.Output;

/// <summary>Writes the library's legal citations ("Decree 152/2025/NĐ-CP art. 4") in the output's language ("Điều 4 Nghị định 152/2025/NĐ-CP").</summary>
internal static partial class Citations
{
    /// <summary>Writes a citation for the output; English citations are the library's own.</summary>
    /// <param name="citation">The citation as the library writes it.</param>
    /// <param name="format">The output's language.</param>
    /// <returns>The citation in the output's language; a citation of another shape is kept as written.</returns>
    internal static string Of(string citation, CliFormat format)
    {
        if (format.Language == DisplayLanguage.English)
        {
            return citation;
        }

        if (citation.Contains(" + ", System.StringComparison.Ordinal))
        {
            var parts = citation.Split(" + ");
            for (int i = 0; i < parts.Length; i++)
            {
                parts[i] = Of(parts[i], format);
            }

            return string.Join(" + ", parts);
        }

        var match = Pattern().Match(citation);
        if (!match.Success)
        {
            return citation;
        }

        string kind = match.Groups["kind"].Value switch
        {
            "Law" => "Luật",
            "Decree" => "Nghị định",
            "Decision" => "Quyết định",
            "Circular" => "Thông tư",
            "Resolution" => "Nghị quyết",
            "Conclusion" => "Kết luận",
            "Directive" => "Chỉ thị",
            _ => "Quy định",
        };
        string article = match.Groups["article"].Success ? $"Điều {match.Groups["article"].Value} " : string.Empty;
        string clause = match.Groups["clause"].Success ? $"khoản {match.Groups["clause"].Value} " : string.Empty;
        return $"{clause}{article}{kind} {match.Groups["number"].Value}".Trim();
    }

    /// <summary>Names a document in the output's language from its number and the document type catalogue ("Quyết định số 2579/QĐ-UBND").</summary>
    /// <param name="number">The document number.</param>
    /// <param name="format">The output's language.</param>
    /// <returns>The name.</returns>
    internal static string Of(DocumentNumber number, CliFormat format)
    {
        var type = number.TypeCode is null ? null : DocumentTypeCatalogue.Default.Find(number.System, number.TypeCode);
        return type is null ? number.ToString() : $"{type.ToDisplayString(format.Language)} {format.T("số", "No.")} {number}";
    }

    [GeneratedRegex(@"^(?<kind>Law|Decree|Decision|Circular|Resolution|Conclusion|Directive|Regulation) (?<number>\S+)(?: art\. (?<article>\d+[a-z]?)(?:\((?<clause>\d+)\))?)?$")]
    private static partial Regex Pattern();
}
