using System.Globalization;
using System.Text;
using MassMobilization.Core.Emulation;
using MassMobilization.Core.Mobilization;

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
        Mobilization(md);
        Emulation(md);
        return md.ToString();
    }

    private static void Mobilization(StringBuilder md)
    {
        Line(md, "## Mobilization: the lifecycle of a \"Dân vận khéo\" model");
        Line(md);
        Line(md, "Source: the registration, implementation, review, recognition and replication steps of the movement (domain guide §5). Recognition at a higher level implies the lower levels.");
        Line(md);
        Line(md, "| From | Action | To |");
        Line(md, "|---|---|---|");
        foreach (var rule in ModelLifecycle.Table)
        {
            Line(md, $"| {rule.From} | {rule.Action} | {rule.To} |");
        }

        Line(md);
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

    private static void Line(StringBuilder md, string text = "") => md.Append(text).Append('\n');
}
