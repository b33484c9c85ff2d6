using System;
using System.Globalization;
using System.Text;
using Ardalis.GuardClauses;
using MassMobilization.Core.Text;

namespace MassMobilization.Core.Mobilization;

/// <summary>
/// How two model names are compared by the duplicate check: both are normalised, then compared
/// ordinally. The rule is explicit so that every registering body gets the same answer.
/// </summary>
/// <remarks>
/// <para>Normalisation, in order:</para>
/// <list type="number">
/// <item>Unicode NFC, so precomposed and combining forms of "ệ" are the same;</item>
/// <item>when <see cref="StripDiacritics"/>: decompose (NFD), drop non-spacing marks, and map đ/Đ to d/D
/// (đ has no decomposition), so "Cà phê sáng" matches "Ca phe sang";</item>
/// <item>case-fold with the invariant culture's rules (<see cref="char.ToLowerInvariant"/>), never the
/// current culture's;</item>
/// <item>when <see cref="CollapsePunctuation"/>: every run of characters that are not letters or digits
/// (spaces, dashes, quotes, commas…) becomes one space; otherwise only runs of white space do;</item>
/// <item>trim, and recompose to NFC.</item>
/// </list>
/// <para>Diacritics are kept by default: in Vietnamese they distinguish words ("đèn" lamp, "đen" black).</para>
/// </remarks>
public sealed class NameMatching
{
    /// <summary>Creates a matching rule.</summary>
    /// <param name="stripDiacritics">Whether to ignore diacritics (and đ/d).</param>
    /// <param name="collapsePunctuation">Whether punctuation counts as a space.</param>
    public NameMatching(bool stripDiacritics, bool collapsePunctuation)
    {
        StripDiacritics = stripDiacritics;
        CollapsePunctuation = collapsePunctuation;
    }

    /// <summary>Gets the default rule: diacritics kept, punctuation collapsed.</summary>
    public static NameMatching Default { get; } = new(stripDiacritics: false, collapsePunctuation: true);

    /// <summary>Gets the loose rule: diacritics stripped, punctuation collapsed (catches names typed without accents).</summary>
    public static NameMatching Loose { get; } = new(stripDiacritics: true, collapsePunctuation: true);

    /// <summary>Gets a value indicating whether diacritics are ignored.</summary>
    public bool StripDiacritics { get; }

    /// <summary>Gets a value indicating whether punctuation and symbols count as spaces.</summary>
    public bool CollapsePunctuation { get; }

    /// <summary>Normalises a name by this rule (see remarks).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The normalised name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public string Normalize(string name)
    {
        Guard.Against.Null(name);
        string text = UnicodeText.ToFormC(name);
        if (StripDiacritics)
        {
            text = UnicodeText.ToFormD(text);
        }

        var builder = new StringBuilder(text.Length);
        bool pendingSpace = false;
        foreach (char raw in text)
        {
            if (StripDiacritics && CharUnicodeInfo.GetUnicodeCategory(raw) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            char c = StripDiacritics && (raw == 'đ' || raw == 'Đ') ? 'd' : char.ToLowerInvariant(raw);
            bool separator = CollapsePunctuation ? !char.IsLetterOrDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark : char.IsWhiteSpace(c);
            if (separator)
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return UnicodeText.ToFormC(builder.ToString());
    }

    /// <summary>Checks whether two names match under this rule.</summary>
    /// <param name="first">The first name.</param>
    /// <param name="second">The second name.</param>
    /// <returns><see langword="true"/> when their normalised forms are ordinally equal.</returns>
    /// <exception cref="ArgumentNullException">A name is null.</exception>
    public bool Matches(string first, string second)
    {
        Guard.Against.Null(first);
        Guard.Against.Null(second);
        return string.Equals(Normalize(first), Normalize(second), StringComparison.Ordinal);
    }
}
