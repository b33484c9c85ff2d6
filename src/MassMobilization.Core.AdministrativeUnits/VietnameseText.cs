using System;
using System.Globalization;
using System.Text;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.AdministrativeUnits;

/// <summary>
/// Accent folding of Vietnamese names (bỏ dấu): "Phường Hoàn Kiếm", "phuong hoan kiem" and
/// "PHUONG  HOAN-KIEM" fold to the same key. The letters come from an explicit table (including
/// đ/Đ, which Unicode does not decompose), so folding works the same with or without ICU, in
/// globalization-invariant mode too; combining marks of decomposed input are dropped.
/// </summary>
public static class VietnameseText
{
    // Each group: the base letter, then every precomposed Vietnamese letter built on it (lower case).
    private static readonly string[] Groups =
    [
        "aàáảãạăằắẳẵặâầấẩẫậ",
        "dđ",
        "eèéẻẽẹêềếểễệ",
        "iìíỉĩị",
        "oòóỏõọôồốổỗộơờớởỡợ",
        "uùúủũụưừứửữự",
        "yỳýỷỹỵ",
    ];

    private static readonly char[] BaseOf = BuildTable();

    /// <summary>
    /// Folds a name to its search key: Vietnamese letters without diacritics, lower case, every run of
    /// spaces and punctuation (hyphens, commas) as one space, trimmed.
    /// </summary>
    /// <param name="text">The name, in any Unicode normalization form.</param>
    /// <returns>The key, for example <c>phuong hoan kiem</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string Fold(string text)
    {
        Guard.Against.Null(text);
        var builder = new StringBuilder(text.Length);
        bool pendingSpace = false;
        foreach (char c in text)
        {
            char letter = Strip(c);
            if (letter == '\0')
            {
                continue;
            }

            if (!char.IsLetterOrDigit(letter))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(char.ToLowerInvariant(letter));
        }

        return builder.ToString();
    }

    /// <summary>Removes the diacritics of Vietnamese letters, keeping case and everything else (Đắk Lắk → Dak Lak).</summary>
    /// <param name="text">The text, in any Unicode normalization form.</param>
    /// <returns>The text without diacritics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string RemoveDiacritics(string text)
    {
        Guard.Against.Null(text);
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            char letter = Strip(c);
            if (letter != '\0')
            {
                builder.Append(letter);
            }
        }

        return builder.ToString();
    }

    /// <summary>The character without its Vietnamese diacritics, or '\0' for a combining mark.</summary>
    private static char Strip(char c)
    {
        if (c < BaseOf.Length && BaseOf[c] != '\0')
        {
            return BaseOf[c];
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark ? '\0' : c;
    }

    private static char[] BuildTable()
    {
        var table = new char[0x1F00];
        foreach (string group in Groups)
        {
            char lower = group[0];
            char upper = char.ToUpperInvariant(lower);
            foreach (char letter in group)
            {
                table[letter] = lower;
                table[char.ToUpperInvariant(letter)] = upper;
            }
        }

        return table;
    }
}
