using System;
using System.Collections.Generic;
using MassMobilization.Core.Text;

namespace MassMobilization.Core.Documents;

/// <summary>
/// The code strings the parser and the factories reuse instead of allocating: every type code of the
/// built-in catalogues and the issuer and drafting-unit codes seen in the domain notes.
/// </summary>
internal static class DocumentCodes
{
    /// <summary>Issuer and drafting-unit codes seen in real numbers (docs/documents.md, "Document numbers").</summary>
    private static readonly string[] KnownIssuerCodes =
    [
        "TW", "VPTW", "BTCTW", "BDVTW", "BTGTW", "UBKTTW", "BCĐ", "TU", "HU", "ĐU", "QU", "TUV", "BDVTU", "BTGTU", "BTCTU", "UBKTTU",
        "BDVHU", "ĐĐ", "CB", "UBND", "HĐND", "CP", "TTg", "VPCP", "BNV", "BTĐKT", "QH", "UBTVQH", "CTN", "MTTQ", "BCA", "BQP",
        "BTC", "BYT", "BGDĐT", "BTP", "BKHĐT", "BLĐTBXH", "CTTN&BĐG", "VI", "VP", "VX", "KT", "TH", "NC", "TCCB", "TĐKT", "SNV",
    ];

    /// <summary>Gets every code the parser returns as a shared instance.</summary>
    internal static SpanStringTable Pool { get; } = new(AllCodes());

    /// <summary>Gets the built-in State type codes, which tell a typed State number from an official letter.</summary>
    internal static SpanStringTable StateTypeCodes { get; } = new(Codes(DocumentTypes.State));

    /// <summary>Returns the pooled instance of an already validated, NFC code.</summary>
    internal static string Intern(string code) => Pool.Intern(code);

    /// <summary>Returns whether <paramref name="code"/> is a built-in State type code.</summary>
    internal static bool IsStateTypeCode(ReadOnlySpan<char> code) => StateTypeCodes.TryGet(code, out _);

    private static IEnumerable<string> AllCodes()
    {
        foreach (string code in Codes(DocumentTypes.State))
        {
            yield return code;
        }

        foreach (string code in Codes(DocumentTypes.Party))
        {
            yield return code;
        }

        foreach (string code in KnownIssuerCodes)
        {
            yield return code;
        }
    }

    private static IEnumerable<string> Codes(IReadOnlyList<DocumentType> types)
    {
        foreach (var type in types)
        {
            yield return type.Code;
            foreach (string alternative in type.AlternativeCodes)
            {
                yield return alternative;
            }
        }
    }
}
