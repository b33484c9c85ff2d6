using System;
using System.Text;
using Ardalis.GuardClauses;
using MassMobilization.Core.Text;

namespace MassMobilization.Core.Quantities;

/// <summary>
/// Formats and parses <see cref="ReportedQuantity"/> values with their qualifier word (docs/activities.md
/// "Reported quantities"): Vietnamese "hơn 395.000" / "trên 3.500" / "ít nhất 5" / "khoảng 300", or
/// invariant "more than 395,000" / "at least 5" / "about 300". Parsing never throws: it returns a
/// <see cref="ParseResult{T}"/>.
/// </summary>
/// <remarks>
/// Parsing accepts both words for "more than" in each language ("hơn" and "trên"; "more than" and
/// "over"), in any letter case and Unicode normalization form, followed by one space and a whole number
/// grouped (or not) by thousands in the pattern's notation. Formatting writes the pattern's own word.
/// </remarks>
public sealed class ReportedQuantityPattern : IPattern<ReportedQuantity>, IEquatable<ReportedQuantityPattern>
{
    private ReportedQuantityPattern(NumberNotation notation, string moreThanWord)
    {
        Notation = notation;
        MoreThanWord = moreThanWord;
    }

    /// <summary>Gets the Vietnamese pattern writing "hơn" for more than: "hơn 395.000", "ít nhất 5", "khoảng 300".</summary>
    public static ReportedQuantityPattern Vietnamese { get; } = new(NumberNotation.Vietnamese, "hơn");

    /// <summary>Gets the Vietnamese pattern writing "trên" for more than: "trên 3.500".</summary>
    public static ReportedQuantityPattern VietnameseOver { get; } = new(NumberNotation.Vietnamese, "trên");

    /// <summary>Gets the invariant pattern: "more than 395,000", "at least 5", "about 300".</summary>
    public static ReportedQuantityPattern Invariant { get; } = new(NumberNotation.Invariant, "more than");

    /// <summary>Gets the number notation (Vietnamese groups with dots, invariant with commas).</summary>
    public NumberNotation Notation { get; }

    /// <summary>Gets the word written for <see cref="QuantityQualifier.MoreThan"/>.</summary>
    public string MoreThanWord { get; }

    /// <inheritdoc />
    public ParseResult<ReportedQuantity> Parse(string? text) =>
        text is null ? ParseResult.ForFailure<ReportedQuantity>("The text is null.", 0) : Parse(text.AsSpan());

    /// <inheritdoc />
    public ParseResult<ReportedQuantity> Parse(ReadOnlySpan<char> text)
    {
        string? normalized = UnicodeText.TryNormalizeC(text);
        if (normalized is null)
        {
            return ParseResult.ForFailure<ReportedQuantity>("The text is not valid Unicode (a lone surrogate).", 0);
        }

        var span = normalized.AsSpan();
        var qualifier = QuantityQualifier.Exact;
        int start = 0;
        foreach (var (word, meaning) in Words())
        {
            if (span.Length > word.Length && span[..word.Length].Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                if (span[word.Length] != ' ')
                {
                    return ParseResult.ForFailure<ReportedQuantity>($"Expected one space after \"{word}\".", word.Length);
                }

                qualifier = meaning;
                start = word.Length + 1;
                break;
            }
        }

        if (start == 0 && span.Length > 0 && !char.IsAsciiDigit(span[0]))
        {
            return ParseResult.ForFailure<ReportedQuantity>(
                Notation == NumberNotation.Vietnamese
                    ? "Expected a number or one of \"hơn\", \"trên\", \"ít nhất\", \"khoảng\"."
                    : "Expected a number or one of \"more than\", \"over\", \"at least\", \"about\".",
                0);
        }

        var rest = span[start..];
        if (rest.Length > 0 && rest[0] == '-')
        {
            return ParseResult.ForFailure<ReportedQuantity>("A reported quantity is not negative.", start);
        }

        string? error = NumberText.TryRead(rest, Notation, out Int128 mantissa, out int scale, out int consumed, out int errorPosition);
        if (error is not null)
        {
            return ParseResult.ForFailure<ReportedQuantity>(error, start + errorPosition);
        }

        if (consumed != rest.Length)
        {
            return ParseResult.ForFailure<ReportedQuantity>("Unexpected text after the number.", start + consumed);
        }

        if (scale != 0)
        {
            return ParseResult.ForFailure<ReportedQuantity>("A reported quantity is a whole number.", start);
        }

        if (mantissa > long.MaxValue)
        {
            return ParseResult.ForFailure<ReportedQuantity>("The number is too large.", start);
        }

        return ParseResult.ForValue(new ReportedQuantity((long)mantissa, qualifier));
    }

    /// <inheritdoc />
    public string Format(ReportedQuantity value) => AppendFormat(value, new StringBuilder(24)).ToString();

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public StringBuilder AppendFormat(ReportedQuantity value, StringBuilder builder)
    {
        Guard.Against.Null(builder);
        string? word = value.Qualifier switch
        {
            QuantityQualifier.MoreThan => MoreThanWord,
            QuantityQualifier.AtLeast => Notation == NumberNotation.Vietnamese ? "ít nhất" : "at least",
            QuantityQualifier.About => Notation == NumberNotation.Vietnamese ? "khoảng" : "about",
            _ => null,
        };
        if (word is not null)
        {
            builder.Append(word).Append(' ');
        }

        return builder.Append(value.FigureText(Notation));
    }

    /// <inheritdoc />
    public bool Equals(ReportedQuantityPattern? other) =>
        other is not null && Notation == other.Notation && string.Equals(MoreThanWord, other.MoreThanWord, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ReportedQuantityPattern);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Notation, StringComparer.Ordinal.GetHashCode(MoreThanWord));

    /// <summary>Describes the pattern, for example "Vietnamese, more than = hơn".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Notation}, more than = {MoreThanWord}";

    /// <summary>Compares two patterns for equality.</summary>
    /// <param name="left">The first pattern.</param>
    /// <param name="right">The second pattern.</param>
    /// <returns><see langword="true"/> when the notation and the word are equal.</returns>
    public static bool operator ==(ReportedQuantityPattern? left, ReportedQuantityPattern? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two patterns for inequality.</summary>
    /// <param name="left">The first pattern.</param>
    /// <param name="right">The second pattern.</param>
    /// <returns><see langword="true"/> when the notation or the word differs.</returns>
    public static bool operator !=(ReportedQuantityPattern? left, ReportedQuantityPattern? right) => !(left == right);

    private (string Word, QuantityQualifier Meaning)[] Words() => Notation == NumberNotation.Vietnamese ? VietnameseWords : InvariantWords;

    private static readonly (string Word, QuantityQualifier Meaning)[] VietnameseWords =
    {
        ("hơn", QuantityQualifier.MoreThan), ("trên", QuantityQualifier.MoreThan), ("ít nhất", QuantityQualifier.AtLeast), ("khoảng", QuantityQualifier.About),
    };

    private static readonly (string Word, QuantityQualifier Meaning)[] InvariantWords =
    {
        ("more than", QuantityQualifier.MoreThan), ("over", QuantityQualifier.MoreThan), ("at least", QuantityQualifier.AtLeast), ("about", QuantityQualifier.About),
    };
}
