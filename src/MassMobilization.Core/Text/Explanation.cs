using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Resources;
using System.Text;
using Ardalis.GuardClauses;
using NodaTime;

namespace MassMobilization.Core.Text;

/// <summary>
/// A sentence the library writes for officials — a finding, a reason, a criterion's description, a
/// summary — kept as a stable code and its arguments and written in Vietnamese or English from the one
/// catalogue <c>Text/ExplanationTexts.resx</c> (docs/display.md). Numbers are written in the language's
/// notation without culture data; enum values and catalogue entries by their display names.
/// </summary>
public sealed class Explanation : IEquatable<Explanation>
{
    private static readonly ResourceManager Resources = new("MassMobilization.Core.Text.ExplanationTexts", typeof(Explanation).Assembly);

    private static readonly ConcurrentDictionary<(string Code, DisplayLanguage Language), string> Templates = new();

    private readonly object[] values;

    /// <summary>Creates an explanation.</summary>
    /// <param name="code">A code of <see cref="ExplanationCodes"/>.</param>
    /// <param name="values">
    /// The arguments: an <see cref="int"/> is written as plain digits (a year, a small count), a <see cref="long"/>
    /// grouped by thousands in the language's notation, a <see cref="decimal"/> with its own places in the
    /// language's notation, a <see cref="LocalDate"/> as "20/12/2024" or "2024-12-20", an enum value or an <see cref="IDisplayNamed"/> by its display name, another
    /// explanation in the same language, and a string as it is (a code).
    /// </param>
    internal Explanation(string code, params object[] values)
    {
        Code = code;
        this.values = values;
        var arguments = new string[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            arguments[i] = Invariant(values[i]);
        }

        Arguments = ReadOnlyView.Of(arguments);
    }

    /// <summary>Gets the stable code of the sentence, for example <c>AWD-FINDING-CONSECUTIVE-MET</c>; applications may switch on it.</summary>
    public string Code { get; }

    /// <summary>Gets the arguments as language-free text (invariant numbers, enum names, codes), in the order of the sentence's placeholders.</summary>
    public IReadOnlyList<string> Arguments { get; }

    /// <summary>Writes the sentence in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>For example "không có kỷ luật trong năm 2025" or "no discipline in 2025".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not defined.</exception>
    public string ToDisplayString(DisplayLanguage language)
    {
        if (language is not (DisplayLanguage.Vietnamese or DisplayLanguage.English))
        {
            throw new ArgumentOutOfRangeException(nameof(language), language, "Unknown display language.");
        }

        string template = TemplateOf(Code, language);
        if (values.Length == 0)
        {
            return template;
        }

        var shown = new object[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            shown[i] = Display(values[i], language);
        }

        return string.Format(CultureInfo.InvariantCulture, template, shown);
    }

    /// <summary>Compares two explanations by code and arguments.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether both write the same sentence.</returns>
    public static bool operator ==(Explanation? left, Explanation? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two explanations by code and arguments.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they write different sentences.</returns>
    public static bool operator !=(Explanation? left, Explanation? right) => !(left == right);

    /// <summary>Returns the English sentence.</summary>
    /// <returns>The sentence in English.</returns>
    public override string ToString() => ToDisplayString(DisplayLanguage.English);

    /// <summary>Compares the code and the language-free arguments.</summary>
    /// <param name="other">The other explanation.</param>
    /// <returns>Whether both write the same sentence.</returns>
    public bool Equals(Explanation? other)
    {
        if (other is null || !string.Equals(Code, other.Code, StringComparison.Ordinal) || Arguments.Count != other.Arguments.Count)
        {
            return false;
        }

        for (int i = 0; i < Arguments.Count; i++)
        {
            if (!string.Equals(Arguments[i], other.Arguments[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Explanation);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(Code, StringComparer.Ordinal);
        foreach (string argument in Arguments)
        {
            hash.Add(argument, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <summary>Gets the resource key of a code's sentence in a language ("AWD-FINDING-NOTHING-PENDING.vi").</summary>
    internal static string Key(string code, DisplayLanguage language) => code + (language == DisplayLanguage.Vietnamese ? ".vi" : ".en");

    /// <summary>Whether a code has a sentence in the catalogue (the built-in combined eligibility rules have theirs under their rule codes).</summary>
    internal static bool HasText(string code) =>
        Resources.GetString(Key(code, DisplayLanguage.English), CultureInfo.InvariantCulture) is { Length: > 0 };

    /// <summary>Gets the composite format of a code's sentence in a language.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The code has no sentence in the language.</exception>
    internal static string TemplateOf(string code, DisplayLanguage language) =>
        Templates.GetOrAdd((code, language), static key =>
            Resources.GetString(Key(key.Code, key.Language), CultureInfo.InvariantCulture) is { Length: > 0 } text
                ? text
                : throw new ArgumentOutOfRangeException(nameof(code), key.Code, $"{key.Code} has no {key.Language} text."));

    private static string Invariant(object value)
    {
        Guard.Against.Null(value);
        return value switch
        {
            string text => text,
            int number => number.ToString(CultureInfo.InvariantCulture),
            long number => number.ToString(CultureInfo.InvariantCulture),
            decimal number => number.ToString(CultureInfo.InvariantCulture),
            LocalDate date => date.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture),
            Enum member => member.ToString(),
            ICodedEntry coded => coded.Code,
            IDisplayNamed named => named.VietnameseName,
            Explanation inner => inner.Code,
            _ => throw new ArgumentException($"{value.GetType().Name} is not an argument type of an explanation.", nameof(value)),
        };
    }

    private static string Display(object value, DisplayLanguage language)
    {
        switch (value)
        {
            case long number:
                return Grouped(number.ToString(CultureInfo.InvariantCulture), language);
            case decimal number:
                return Grouped(number.ToString(CultureInfo.InvariantCulture), language);
            case LocalDate date:
                return language == DisplayLanguage.Vietnamese ? date.ToString("dd'/'MM'/'uuuu", CultureInfo.InvariantCulture) : Invariant(date);
            case Enum member:
                return member.ToDisplayString(language);
            case IDisplayNamed named:
                return named.ToDisplayString(language);
            case Explanation inner:
                return inner.ToDisplayString(language);
            default:
                return Invariant(value);
        }
    }

    /// <summary>Writes an invariant number ("-1234.50") grouped by thousands with the language's separators ("-1.234,50" or "-1,234.50").</summary>
    private static string Grouped(string invariant, DisplayLanguage language)
    {
        char decimalSeparator = language == DisplayLanguage.Vietnamese ? ',' : '.';
        char groupSeparator = language == DisplayLanguage.Vietnamese ? '.' : ',';
        int start = invariant.StartsWith('-') ? 1 : 0;
        int point = invariant.IndexOf('.', StringComparison.Ordinal);
        int end = point < 0 ? invariant.Length : point;
        var builder = new StringBuilder(invariant.Length + 8);
        builder.Append(invariant, 0, start);
        for (int i = start; i < end; i++)
        {
            if (i > start && (end - i) % 3 == 0)
            {
                builder.Append(groupSeparator);
            }

            builder.Append(invariant[i]);
        }

        if (point >= 0)
        {
            builder.Append(decimalSeparator).Append(invariant, point + 1, invariant.Length - point - 1);
        }

        return builder.ToString();
    }
}
