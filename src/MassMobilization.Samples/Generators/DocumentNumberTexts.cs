using System;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using MassMobilization.Core.Documents;

namespace MassMobilization.Samples.Generators;

/// <summary>Deterministic document-number texts shared by the tests and the benchmarks.</summary>
public static class DocumentNumberTexts
{
    private static readonly string[] PartyTypes = ["NQ", "QĐ", "QĐi", "KL", "KH", "HD", "CT", "TB", "BC", "CTr"];
    private static readonly string[] PartyIssuers = ["TW", "VPTW", "BTCTW", "TU", "HU", "ĐU", "BDVTU", "BTGTU", "BCĐ"];
    private static readonly string[] StateTypes = ["QĐ", "CT", "KH", "TB", "HD", "BC", "TTr", "CĐ", "QyĐ", "GM"];
    private static readonly string[] StateIssuers = ["UBND", "TTg", "BNV", "HĐND", "VPCP", "BTĐKT"];
    private static readonly string[] Units = ["VP", "VX", "KT", "TH", "NC", "CTTN&BĐG", "VI", "TĐKT"];
    private static readonly string[] LegalTypes = ["NĐ", "TT"];
    private static readonly string[] LegalIssuers = ["CP", "BNV", "BTC", "BCA"];

    /// <summary>
    /// Returns <paramref name="count"/> texts mixing every grammar (Party, State typed, official letters,
    /// legal normative, National Assembly), some with the <c>Số:</c> prefix or 4-digit padding, all NFC
    /// and built from catalogue codes. The same seed gives the same texts.
    /// </summary>
    public static string[] Mixed(int count, int seed)
    {
        var random = new Random(seed);
        var texts = new string[count];
        for (int i = 0; i < count; i++)
        {
            texts[i] = Text(Generate(random), random);
        }

        return texts;
    }

    /// <summary>Returns a random valid number built from catalogue codes.</summary>
    public static DocumentNumber Generate(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        int number = 1 + random.Next(random.Next(4) == 0 ? 9 : 4000);
        return random.Next(5) switch
        {
            0 => DocumentNumber.Party(number, Pick(random, PartyTypes), Pick(random, PartyIssuers)),
            1 => DocumentNumber.State(number, Pick(random, StateTypes), Pick(random, StateIssuers), random.Next(3) == 0 ? Pick(random, Units) : null),
            2 => DocumentNumber.OfficialLetter(number, Pick(random, StateIssuers), Pick(random, Units)),
            3 => DocumentNumber.LegalNormative(number, 1990 + random.Next(36), Pick(random, LegalTypes), Pick(random, LegalIssuers)),
            _ => DocumentNumber.NationalAssembly(number, 1990 + random.Next(36), 9 + random.Next(7)),
        };
    }

    /// <summary>Writes a number the way documents print it: canonical, padded to 4 digits, or with a <c>Số:</c>/<c>Số</c> prefix.</summary>
    public static string Text(DocumentNumber number, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        string canonical = number.ToString();
        return random.Next(6) switch
        {
            0 => "Số: " + canonical,
            1 => "Số " + canonical,
            2 => number.Number.ToString("0000", CultureInfo.InvariantCulture) + canonical[canonical.IndexOfAny(['-', '/'])..],
            _ => canonical,
        };
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}

/// <summary>
/// The straightforward implementation a user would write with a regular expression: normalise to NFC,
/// match one pattern with alternatives, then build the number with the public factories. It is the
/// benchmark's baseline and the tests' oracle for the hand-written parser.
/// </summary>
public static class RegexDocumentNumberParser
{
    private const string Part = @"[\p{L}\p{Nd}&.]+";

    private static readonly Regex Pattern = new(
        @"^\s*(?:[Ss][ốỐ]\s*:?\s*)?(?<n>[0-9]{1,10})(?:-(?<ptype>" + Part + @")/(?<pissuer>" + Part + @")|/(?:(?<year>[0-9]{4})/(?:QH(?<term>[0-9]+)|(?<ltype>" + Part + @")-(?<lissuer>" + Part + @"))|(?<a>" + Part + @")-(?<b>" + Part + @")(?:-(?<c>" + Part + @"))?))\s*$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>Parses a number, or returns false.</summary>
    public static bool TryParse(string text, out DocumentNumber result)
    {
        ArgumentNullException.ThrowIfNull(text);
        result = default;
        string normalized;
        try
        {
            normalized = text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return false;
        }

        var match = Pattern.Match(normalized);
        if (!match.Success || !long.TryParse(match.Groups["n"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out long n) || n is < 1 or > DocumentNumber.MaxSequenceNumber)
        {
            return false;
        }

        try
        {
            int number = (int)n;
            if (match.Groups["ptype"].Success)
            {
                result = DocumentNumber.Party(number, match.Groups["ptype"].Value, match.Groups["pissuer"].Value);
            }
            else if (match.Groups["year"].Success)
            {
                int year = int.Parse(match.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
                if (match.Groups["term"].Success)
                {
                    // A term too long for an int is out of range, like any term above 99.
                    int term = int.TryParse(match.Groups["term"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out int t) ? t : int.MaxValue;
                    result = DocumentNumber.NationalAssembly(number, year, term);
                }
                else
                {
                    result = DocumentNumber.LegalNormative(number, year, match.Groups["ltype"].Value, match.Groups["lissuer"].Value);
                }
            }
            else
            {
                string a = match.Groups["a"].Value;
                bool typed = DocumentTypeCatalogue.Default.Find(DocumentSystem.State, a) is not null;
                result = typed
                    ? DocumentNumber.State(number, a, match.Groups["b"].Value, match.Groups["c"].Success ? match.Groups["c"].Value : null)
                    : match.Groups["c"].Success ? default : DocumentNumber.OfficialLetter(number, a, match.Groups["b"].Value);
            }
        }
        catch (ArgumentException)
        {
            return false;
        }

        return result.Form != 0;
    }
}
