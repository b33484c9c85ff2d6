using System;
using System.Globalization;
using System.Text;

namespace MassMobilization.Core.Text;

/// <summary>
/// Unicode helpers for codes written with Vietnamese letters, which arrive both precomposed (NFC) and
/// decomposed (NFD: a base letter followed by combining marks).
/// </summary>
internal static class UnicodeText
{
    /// <summary>Returns true for a combining mark (Mn, Mc or Me), such as U+0301 COMBINING ACUTE ACCENT.</summary>
    internal static bool IsCombiningMark(char c)
    {
        if (c < '\u0300')
        {
            return false;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }

    /// <summary>
    /// Returns true when <paramref name="c"/> can be used as is in NFC text: every character below
    /// U+0300 (ASCII, Latin-1, Latin Extended-A/B, which hold Đ, Ơ, Ư) and the precomposed Vietnamese
    /// letters of Latin Extended Additional (U+1E00 to U+1EFF). Anything else takes the slow path.
    /// </summary>
    internal static bool IsStableInNfc(char c) => c < '\u0300' || (c >= '\u1E00' && c <= '\u1EFF');

    /// <summary>Returns true when every character of <paramref name="text"/> is <see cref="IsStableInNfc(char)"/>.</summary>
    internal static bool IsStableInNfc(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!IsStableInNfc(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Normalises text to form C, returning null instead of throwing when the text is not valid
    /// Unicode (for example a lone surrogate).
    /// </summary>
    internal static string? TryNormalizeC(ReadOnlySpan<char> text)
    {
        string value = new(text);
        try
        {
            return ToFormC(value);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// Gets a value indicating whether the runtime normalises text itself (ICU on Linux and macOS, NLS on
    /// Windows). It does not in globalization-invariant mode (<c>DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1</c>,
    /// Alpine containers without ICU), where <see cref="string.Normalize(NormalizationForm)"/> silently
    /// returns its input; the library then uses its own table (<see cref="FallbackToFormC"/>).
    /// </summary>
    internal static bool PlatformNormalizes { get; } = PlatformComposes();

    /// <summary>
    /// Normalises text to Unicode form C, the same in every environment: with the runtime's normalization
    /// when it has one, otherwise with the built-in table of the Latin letters (every Vietnamese letter;
    /// docs/display.md, "One spelling"). The one place in the library that calls <see cref="string.Normalize(NormalizationForm)"/>.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="text"/> is not valid Unicode (a lone surrogate).</exception>
    internal static string ToFormC(string text)
    {
        if (PlatformNormalizes)
        {
            return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        }

        return FallbackToFormC(text);
    }

    /// <summary>Normalises text to Unicode form D, the same in every environment (see <see cref="ToFormC"/>).</summary>
    /// <exception cref="ArgumentException"><paramref name="text"/> is not valid Unicode (a lone surrogate).</exception>
    internal static string ToFormD(string text)
    {
        if (PlatformNormalizes)
        {
            return text.IsNormalized(NormalizationForm.FormD) ? text : text.Normalize(NormalizationForm.FormD);
        }

        return FallbackToFormD(text);
    }

    /// <summary>Returns true when text is in Unicode form C (see <see cref="ToFormC"/>).</summary>
    /// <exception cref="ArgumentException"><paramref name="text"/> is not valid Unicode (a lone surrogate).</exception>
    internal static bool IsFormC(string text) =>
        PlatformNormalizes ? text.IsNormalized(NormalizationForm.FormC) : string.Equals(FallbackToFormC(text), text, StringComparison.Ordinal);

    /// <summary>
    /// Form D by the built-in table: every precomposed letter of Latin-1 Supplement, Latin Extended-A/B and
    /// Latin Extended Additional (U+00C0 to U+024F, U+1E00 to U+1EFF) is decomposed into its base letter and
    /// combining marks, and each run of combining marks of U+0300 to U+036F is put in canonical order.
    /// Characters of other scripts are kept as given.
    /// </summary>
    internal static string FallbackToFormD(string text)
    {
        CheckWellFormed(text);
        if (IsAsciiOrUncovered(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            AppendDecomposed(builder, c);
        }

        OrderMarks(builder);
        return builder.ToString();
    }

    /// <summary>
    /// Form C by the built-in table: form D (<see cref="FallbackToFormD"/>), then canonical composition of
    /// each starter with the following marks that are not blocked (Unicode Standard Annex #15).
    /// </summary>
    internal static string FallbackToFormC(string text)
    {
        string decomposed = FallbackToFormD(text);
        if (IsAsciiOrUncovered(decomposed))
        {
            return decomposed;
        }

        var builder = new StringBuilder(decomposed);
        int starter = -1;
        int lastClass = 0;
        int write = 0;
        for (int read = 0; read < builder.Length; read++)
        {
            char c = builder[read];
            int combiningClass = CombiningClass(c);
            if (starter >= 0 && (lastClass < combiningClass || (lastClass == 0 && write == starter + 1)) && Compositions.TryGetValue(((uint)builder[starter] << 16) | c, out char composite))
            {
                builder[starter] = composite;
                continue;
            }

            if (combiningClass == 0)
            {
                starter = write;
            }

            lastClass = combiningClass;
            builder[write++] = c;
        }

        builder.Length = write;
        return builder.ToString();
    }

    private static bool PlatformComposes()
    {
        try
        {
            return string.Equals("e\u0301".Normalize(NormalizationForm.FormC), "\u00E9", StringComparison.Ordinal);
        }
        catch (PlatformNotSupportedException)
        {
            return false;
        }
    }

    private static void CheckWellFormed(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                throw new ArgumentException(FormattableString.Invariant($"The text has a lone surrogate at index {i}."), nameof(text));
            }
        }
    }

    // True when no character is one the table decomposes or orders (so the text is in both forms already).
    private static bool IsAsciiOrUncovered(string text)
    {
        foreach (char c in text)
        {
            if (Decompositions.ContainsKey(c) || CombiningClass(c) != 0)
            {
                return false;
            }
        }

        return true;
    }

    private static void AppendDecomposed(StringBuilder builder, char c)
    {
        if (Decompositions.TryGetValue(c, out var parts))
        {
            AppendDecomposed(builder, parts.First);
            if (parts.Second != '\0')
            {
                AppendDecomposed(builder, parts.Second);
            }

            return;
        }

        builder.Append(c);
    }

    // Canonical ordering: a stable insertion sort of every run of marks by combining class.
    private static void OrderMarks(StringBuilder builder)
    {
        for (int i = 1; i < builder.Length; i++)
        {
            char c = builder[i];
            int combiningClass = CombiningClass(c);
            if (combiningClass == 0)
            {
                continue;
            }

            int j = i;
            while (j > 0 && CombiningClass(builder[j - 1]) > combiningClass)
            {
                builder[j] = builder[j - 1];
                j--;
            }

            builder[j] = c;
        }
    }

    private static int CombiningClass(char c) => c >= '\u0300' && c < '\u0370' ? CombiningClasses[c - '\u0300'] : 0;

    // The canonical combining class of U+0300 to U+036F, one character per code point (Unicode 14 data).
    private const string CombiningClasses =
        "\u00E6\u00E6\u00E6\u00E6\u00E6\u00E6\u00E6\u00E6\u00E6\u00E6\u00E6\u00E6\u00E6\u00E6\u00E6\u00E6" +
        "\u00E6\u00E6\u00E6\u00E6\u00E6\u00E8\u00DC\u00DC\u00DC\u00DC\u00E8\u00D8\u00DC\u00DC\u00DC\u00DC" +
        "\u00DC\u00CA\u00CA\u00DC\u00DC\u00DC\u00DC\u00CA\u00CA\u00DC\u00DC\u00DC\u00DC\u00DC\u00DC\u00DC" +
        "\u00DC\u00DC\u00DC\u00DC\u0001\u0001\u0001\u0001\u0001\u00DC\u00DC\u00DC\u00DC\u00E6\u00E6\u00E6" +
        "\u00E6\u00E6\u00E6\u00E6\u00E6\u00F0\u00E6\u00DC\u00DC\u00DC\u00E6\u00E6\u00E6\u00DC\u00DC\0" +
        "\u00E6\u00E6\u00E6\u00DC\u00DC\u00DC\u00DC\u00E6\u00E8\u00DC\u00DC\u00E6\u00E9\u00EA\u00EA\u00E9" +
        "\u00EA\u00EA\u00E9\u00E6\u00E6\u00E6\u00E6\u00E6\u00E6\u00E6\u00E6\u00E6\u00E6\u00E6\u00E6\u00E6";

    // Every precomposed letter of U+00C0 to U+024F and U+1E00 to U+1EFF with its canonical decomposition,
    // three characters each: the letter, its first part (itself maybe precomposed) and the combining mark.
    // All of them are primary composites (none is excluded from composition). Generated from the Unicode
    // Character Database (Unicode 14) and checked against the runtime's ICU normalization by
    // UnicodeNormalizationTests.
    private const string CanonicalPairs =
        "\u00C0\u0041\u0300\u00C1\u0041\u0301\u00C2\u0041\u0302\u00C3\u0041\u0303\u00C4\u0041\u0308\u00C5\u0041\u030A\u00C7\u0043\u0327\u00C8\u0045\u0300\u00C9\u0045\u0301\u00CA\u0045\u0302\u00CB\u0045\u0308\u00CC\u0049\u0300" +
        "\u00CD\u0049\u0301\u00CE\u0049\u0302\u00CF\u0049\u0308\u00D1\u004E\u0303\u00D2\u004F\u0300\u00D3\u004F\u0301\u00D4\u004F\u0302\u00D5\u004F\u0303\u00D6\u004F\u0308\u00D9\u0055\u0300\u00DA\u0055\u0301\u00DB\u0055\u0302" +
        "\u00DC\u0055\u0308\u00DD\u0059\u0301\u00E0\u0061\u0300\u00E1\u0061\u0301\u00E2\u0061\u0302\u00E3\u0061\u0303\u00E4\u0061\u0308\u00E5\u0061\u030A\u00E7\u0063\u0327\u00E8\u0065\u0300\u00E9\u0065\u0301\u00EA\u0065\u0302" +
        "\u00EB\u0065\u0308\u00EC\u0069\u0300\u00ED\u0069\u0301\u00EE\u0069\u0302\u00EF\u0069\u0308\u00F1\u006E\u0303\u00F2\u006F\u0300\u00F3\u006F\u0301\u00F4\u006F\u0302\u00F5\u006F\u0303\u00F6\u006F\u0308\u00F9\u0075\u0300" +
        "\u00FA\u0075\u0301\u00FB\u0075\u0302\u00FC\u0075\u0308\u00FD\u0079\u0301\u00FF\u0079\u0308\u0100\u0041\u0304\u0101\u0061\u0304\u0102\u0041\u0306\u0103\u0061\u0306\u0104\u0041\u0328\u0105\u0061\u0328\u0106\u0043\u0301" +
        "\u0107\u0063\u0301\u0108\u0043\u0302\u0109\u0063\u0302\u010A\u0043\u0307\u010B\u0063\u0307\u010C\u0043\u030C\u010D\u0063\u030C\u010E\u0044\u030C\u010F\u0064\u030C\u0112\u0045\u0304\u0113\u0065\u0304\u0114\u0045\u0306" +
        "\u0115\u0065\u0306\u0116\u0045\u0307\u0117\u0065\u0307\u0118\u0045\u0328\u0119\u0065\u0328\u011A\u0045\u030C\u011B\u0065\u030C\u011C\u0047\u0302\u011D\u0067\u0302\u011E\u0047\u0306\u011F\u0067\u0306\u0120\u0047\u0307" +
        "\u0121\u0067\u0307\u0122\u0047\u0327\u0123\u0067\u0327\u0124\u0048\u0302\u0125\u0068\u0302\u0128\u0049\u0303\u0129\u0069\u0303\u012A\u0049\u0304\u012B\u0069\u0304\u012C\u0049\u0306\u012D\u0069\u0306\u012E\u0049\u0328" +
        "\u012F\u0069\u0328\u0130\u0049\u0307\u0134\u004A\u0302\u0135\u006A\u0302\u0136\u004B\u0327\u0137\u006B\u0327\u0139\u004C\u0301\u013A\u006C\u0301\u013B\u004C\u0327\u013C\u006C\u0327\u013D\u004C\u030C\u013E\u006C\u030C" +
        "\u0143\u004E\u0301\u0144\u006E\u0301\u0145\u004E\u0327\u0146\u006E\u0327\u0147\u004E\u030C\u0148\u006E\u030C\u014C\u004F\u0304\u014D\u006F\u0304\u014E\u004F\u0306\u014F\u006F\u0306\u0150\u004F\u030B\u0151\u006F\u030B" +
        "\u0154\u0052\u0301\u0155\u0072\u0301\u0156\u0052\u0327\u0157\u0072\u0327\u0158\u0052\u030C\u0159\u0072\u030C\u015A\u0053\u0301\u015B\u0073\u0301\u015C\u0053\u0302\u015D\u0073\u0302\u015E\u0053\u0327\u015F\u0073\u0327" +
        "\u0160\u0053\u030C\u0161\u0073\u030C\u0162\u0054\u0327\u0163\u0074\u0327\u0164\u0054\u030C\u0165\u0074\u030C\u0168\u0055\u0303\u0169\u0075\u0303\u016A\u0055\u0304\u016B\u0075\u0304\u016C\u0055\u0306\u016D\u0075\u0306" +
        "\u016E\u0055\u030A\u016F\u0075\u030A\u0170\u0055\u030B\u0171\u0075\u030B\u0172\u0055\u0328\u0173\u0075\u0328\u0174\u0057\u0302\u0175\u0077\u0302\u0176\u0059\u0302\u0177\u0079\u0302\u0178\u0059\u0308\u0179\u005A\u0301" +
        "\u017A\u007A\u0301\u017B\u005A\u0307\u017C\u007A\u0307\u017D\u005A\u030C\u017E\u007A\u030C\u01A0\u004F\u031B\u01A1\u006F\u031B\u01AF\u0055\u031B\u01B0\u0075\u031B\u01CD\u0041\u030C\u01CE\u0061\u030C\u01CF\u0049\u030C" +
        "\u01D0\u0069\u030C\u01D1\u004F\u030C\u01D2\u006F\u030C\u01D3\u0055\u030C\u01D4\u0075\u030C\u01D5\u00DC\u0304\u01D6\u00FC\u0304\u01D7\u00DC\u0301\u01D8\u00FC\u0301\u01D9\u00DC\u030C\u01DA\u00FC\u030C\u01DB\u00DC\u0300" +
        "\u01DC\u00FC\u0300\u01DE\u00C4\u0304\u01DF\u00E4\u0304\u01E0\u0226\u0304\u01E1\u0227\u0304\u01E2\u00C6\u0304\u01E3\u00E6\u0304\u01E6\u0047\u030C\u01E7\u0067\u030C\u01E8\u004B\u030C\u01E9\u006B\u030C\u01EA\u004F\u0328" +
        "\u01EB\u006F\u0328\u01EC\u01EA\u0304\u01ED\u01EB\u0304\u01EE\u01B7\u030C\u01EF\u0292\u030C\u01F0\u006A\u030C\u01F4\u0047\u0301\u01F5\u0067\u0301\u01F8\u004E\u0300\u01F9\u006E\u0300\u01FA\u00C5\u0301\u01FB\u00E5\u0301" +
        "\u01FC\u00C6\u0301\u01FD\u00E6\u0301\u01FE\u00D8\u0301\u01FF\u00F8\u0301\u0200\u0041\u030F\u0201\u0061\u030F\u0202\u0041\u0311\u0203\u0061\u0311\u0204\u0045\u030F\u0205\u0065\u030F\u0206\u0045\u0311\u0207\u0065\u0311" +
        "\u0208\u0049\u030F\u0209\u0069\u030F\u020A\u0049\u0311\u020B\u0069\u0311\u020C\u004F\u030F\u020D\u006F\u030F\u020E\u004F\u0311\u020F\u006F\u0311\u0210\u0052\u030F\u0211\u0072\u030F\u0212\u0052\u0311\u0213\u0072\u0311" +
        "\u0214\u0055\u030F\u0215\u0075\u030F\u0216\u0055\u0311\u0217\u0075\u0311\u0218\u0053\u0326\u0219\u0073\u0326\u021A\u0054\u0326\u021B\u0074\u0326\u021E\u0048\u030C\u021F\u0068\u030C\u0226\u0041\u0307\u0227\u0061\u0307" +
        "\u0228\u0045\u0327\u0229\u0065\u0327\u022A\u00D6\u0304\u022B\u00F6\u0304\u022C\u00D5\u0304\u022D\u00F5\u0304\u022E\u004F\u0307\u022F\u006F\u0307\u0230\u022E\u0304\u0231\u022F\u0304\u0232\u0059\u0304\u0233\u0079\u0304" +
        "\u1E00\u0041\u0325\u1E01\u0061\u0325\u1E02\u0042\u0307\u1E03\u0062\u0307\u1E04\u0042\u0323\u1E05\u0062\u0323\u1E06\u0042\u0331\u1E07\u0062\u0331\u1E08\u00C7\u0301\u1E09\u00E7\u0301\u1E0A\u0044\u0307\u1E0B\u0064\u0307" +
        "\u1E0C\u0044\u0323\u1E0D\u0064\u0323\u1E0E\u0044\u0331\u1E0F\u0064\u0331\u1E10\u0044\u0327\u1E11\u0064\u0327\u1E12\u0044\u032D\u1E13\u0064\u032D\u1E14\u0112\u0300\u1E15\u0113\u0300\u1E16\u0112\u0301\u1E17\u0113\u0301" +
        "\u1E18\u0045\u032D\u1E19\u0065\u032D\u1E1A\u0045\u0330\u1E1B\u0065\u0330\u1E1C\u0228\u0306\u1E1D\u0229\u0306\u1E1E\u0046\u0307\u1E1F\u0066\u0307\u1E20\u0047\u0304\u1E21\u0067\u0304\u1E22\u0048\u0307\u1E23\u0068\u0307" +
        "\u1E24\u0048\u0323\u1E25\u0068\u0323\u1E26\u0048\u0308\u1E27\u0068\u0308\u1E28\u0048\u0327\u1E29\u0068\u0327\u1E2A\u0048\u032E\u1E2B\u0068\u032E\u1E2C\u0049\u0330\u1E2D\u0069\u0330\u1E2E\u00CF\u0301\u1E2F\u00EF\u0301" +
        "\u1E30\u004B\u0301\u1E31\u006B\u0301\u1E32\u004B\u0323\u1E33\u006B\u0323\u1E34\u004B\u0331\u1E35\u006B\u0331\u1E36\u004C\u0323\u1E37\u006C\u0323\u1E38\u1E36\u0304\u1E39\u1E37\u0304\u1E3A\u004C\u0331\u1E3B\u006C\u0331" +
        "\u1E3C\u004C\u032D\u1E3D\u006C\u032D\u1E3E\u004D\u0301\u1E3F\u006D\u0301\u1E40\u004D\u0307\u1E41\u006D\u0307\u1E42\u004D\u0323\u1E43\u006D\u0323\u1E44\u004E\u0307\u1E45\u006E\u0307\u1E46\u004E\u0323\u1E47\u006E\u0323" +
        "\u1E48\u004E\u0331\u1E49\u006E\u0331\u1E4A\u004E\u032D\u1E4B\u006E\u032D\u1E4C\u00D5\u0301\u1E4D\u00F5\u0301\u1E4E\u00D5\u0308\u1E4F\u00F5\u0308\u1E50\u014C\u0300\u1E51\u014D\u0300\u1E52\u014C\u0301\u1E53\u014D\u0301" +
        "\u1E54\u0050\u0301\u1E55\u0070\u0301\u1E56\u0050\u0307\u1E57\u0070\u0307\u1E58\u0052\u0307\u1E59\u0072\u0307\u1E5A\u0052\u0323\u1E5B\u0072\u0323\u1E5C\u1E5A\u0304\u1E5D\u1E5B\u0304\u1E5E\u0052\u0331\u1E5F\u0072\u0331" +
        "\u1E60\u0053\u0307\u1E61\u0073\u0307\u1E62\u0053\u0323\u1E63\u0073\u0323\u1E64\u015A\u0307\u1E65\u015B\u0307\u1E66\u0160\u0307\u1E67\u0161\u0307\u1E68\u1E62\u0307\u1E69\u1E63\u0307\u1E6A\u0054\u0307\u1E6B\u0074\u0307" +
        "\u1E6C\u0054\u0323\u1E6D\u0074\u0323\u1E6E\u0054\u0331\u1E6F\u0074\u0331\u1E70\u0054\u032D\u1E71\u0074\u032D\u1E72\u0055\u0324\u1E73\u0075\u0324\u1E74\u0055\u0330\u1E75\u0075\u0330\u1E76\u0055\u032D\u1E77\u0075\u032D" +
        "\u1E78\u0168\u0301\u1E79\u0169\u0301\u1E7A\u016A\u0308\u1E7B\u016B\u0308\u1E7C\u0056\u0303\u1E7D\u0076\u0303\u1E7E\u0056\u0323\u1E7F\u0076\u0323\u1E80\u0057\u0300\u1E81\u0077\u0300\u1E82\u0057\u0301\u1E83\u0077\u0301" +
        "\u1E84\u0057\u0308\u1E85\u0077\u0308\u1E86\u0057\u0307\u1E87\u0077\u0307\u1E88\u0057\u0323\u1E89\u0077\u0323\u1E8A\u0058\u0307\u1E8B\u0078\u0307\u1E8C\u0058\u0308\u1E8D\u0078\u0308\u1E8E\u0059\u0307\u1E8F\u0079\u0307" +
        "\u1E90\u005A\u0302\u1E91\u007A\u0302\u1E92\u005A\u0323\u1E93\u007A\u0323\u1E94\u005A\u0331\u1E95\u007A\u0331\u1E96\u0068\u0331\u1E97\u0074\u0308\u1E98\u0077\u030A\u1E99\u0079\u030A\u1E9B\u017F\u0307\u1EA0\u0041\u0323" +
        "\u1EA1\u0061\u0323\u1EA2\u0041\u0309\u1EA3\u0061\u0309\u1EA4\u00C2\u0301\u1EA5\u00E2\u0301\u1EA6\u00C2\u0300\u1EA7\u00E2\u0300\u1EA8\u00C2\u0309\u1EA9\u00E2\u0309\u1EAA\u00C2\u0303\u1EAB\u00E2\u0303\u1EAC\u1EA0\u0302" +
        "\u1EAD\u1EA1\u0302\u1EAE\u0102\u0301\u1EAF\u0103\u0301\u1EB0\u0102\u0300\u1EB1\u0103\u0300\u1EB2\u0102\u0309\u1EB3\u0103\u0309\u1EB4\u0102\u0303\u1EB5\u0103\u0303\u1EB6\u1EA0\u0306\u1EB7\u1EA1\u0306\u1EB8\u0045\u0323" +
        "\u1EB9\u0065\u0323\u1EBA\u0045\u0309\u1EBB\u0065\u0309\u1EBC\u0045\u0303\u1EBD\u0065\u0303\u1EBE\u00CA\u0301\u1EBF\u00EA\u0301\u1EC0\u00CA\u0300\u1EC1\u00EA\u0300\u1EC2\u00CA\u0309\u1EC3\u00EA\u0309\u1EC4\u00CA\u0303" +
        "\u1EC5\u00EA\u0303\u1EC6\u1EB8\u0302\u1EC7\u1EB9\u0302\u1EC8\u0049\u0309\u1EC9\u0069\u0309\u1ECA\u0049\u0323\u1ECB\u0069\u0323\u1ECC\u004F\u0323\u1ECD\u006F\u0323\u1ECE\u004F\u0309\u1ECF\u006F\u0309\u1ED0\u00D4\u0301" +
        "\u1ED1\u00F4\u0301\u1ED2\u00D4\u0300\u1ED3\u00F4\u0300\u1ED4\u00D4\u0309\u1ED5\u00F4\u0309\u1ED6\u00D4\u0303\u1ED7\u00F4\u0303\u1ED8\u1ECC\u0302\u1ED9\u1ECD\u0302\u1EDA\u01A0\u0301\u1EDB\u01A1\u0301\u1EDC\u01A0\u0300" +
        "\u1EDD\u01A1\u0300\u1EDE\u01A0\u0309\u1EDF\u01A1\u0309\u1EE0\u01A0\u0303\u1EE1\u01A1\u0303\u1EE2\u01A0\u0323\u1EE3\u01A1\u0323\u1EE4\u0055\u0323\u1EE5\u0075\u0323\u1EE6\u0055\u0309\u1EE7\u0075\u0309\u1EE8\u01AF\u0301" +
        "\u1EE9\u01B0\u0301\u1EEA\u01AF\u0300\u1EEB\u01B0\u0300\u1EEC\u01AF\u0309\u1EED\u01B0\u0309\u1EEE\u01AF\u0303\u1EEF\u01B0\u0303\u1EF0\u01AF\u0323\u1EF1\u01B0\u0323\u1EF2\u0059\u0300\u1EF3\u0079\u0300\u1EF4\u0059\u0323" +
        "\u1EF5\u0079\u0323\u1EF6\u0059\u0309\u1EF7\u0079\u0309\u1EF8\u0059\u0303\u1EF9\u0079\u0303";

    private static readonly System.Collections.Generic.Dictionary<char, (char First, char Second)> Decompositions = BuildDecompositions();

    private static readonly System.Collections.Generic.Dictionary<uint, char> Compositions = BuildCompositions();

    private static System.Collections.Generic.Dictionary<char, (char First, char Second)> BuildDecompositions()
    {
        var table = new System.Collections.Generic.Dictionary<char, (char First, char Second)>(CanonicalPairs.Length / 3 + 4);
        for (int i = 0; i < CanonicalPairs.Length; i += 3)
        {
            table.Add(CanonicalPairs[i], (CanonicalPairs[i + 1], CanonicalPairs[i + 2]));
        }

        // The singleton and two-mark decompositions of the combining-mark block; never recomposed.
        table.Add('\u0340', ('\u0300', '\0'));
        table.Add('\u0341', ('\u0301', '\0'));
        table.Add('\u0343', ('\u0313', '\0'));
        table.Add('\u0344', ('\u0308', '\u0301'));
        return table;
    }

    private static System.Collections.Generic.Dictionary<uint, char> BuildCompositions()
    {
        var table = new System.Collections.Generic.Dictionary<uint, char>(CanonicalPairs.Length / 3);
        for (int i = 0; i < CanonicalPairs.Length; i += 3)
        {
            table.Add(((uint)CanonicalPairs[i + 1] << 16) | CanonicalPairs[i + 2], CanonicalPairs[i]);
        }

        return table;
    }
}
