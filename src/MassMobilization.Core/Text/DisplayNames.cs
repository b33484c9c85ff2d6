using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;
using System.Text;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Text;

/// <summary>
/// The one home of display names (docs/display.md): every public enum value of the library has a
/// Vietnamese name (the legal term) and an English name, kept in the resources
/// <c>Text/DisplayNames.resx</c>; catalogue entries carry theirs as <see cref="IDisplayNamed"/>.
/// Lookups never depend on the current culture.
/// </summary>
public static class DisplayNames
{
    private const string Prefix = "MassMobilization.Core.";

    private static readonly ResourceManager Resources = new("MassMobilization.Core.Text.DisplayNames", typeof(DisplayNames).Assembly);

    private static readonly ConcurrentDictionary<(Type Type, long Value, DisplayLanguage Language), string> Cache = new();

    /// <summary>Gets the display name of a library enum value in a language.</summary>
    /// <param name="value">A value of a public enum of this library; a combination of flags is written as its names joined by ", ".</param>
    /// <param name="language">The language.</param>
    /// <returns>For example "Cần xem xét" or "Needs review" for <c>Verdict.NeedsReview</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not defined, or the value has no display name (an enum of another assembly, or an undefined value).</exception>
    public static string ToDisplayString(this Enum value, DisplayLanguage language)
    {
        Guard.Against.Null(value);
        CheckLanguage(language);
        var type = value.GetType();
        long number = Convert.ToInt64(value, CultureInfo.InvariantCulture);
        return Cache.GetOrAdd((type, number, language), static (key, v) => Find(v, key.Language), value);
    }

    /// <summary>Gets the display name of a catalogue entry in a language.</summary>
    /// <param name="entry">The entry, for example a <c>UnitKind</c>, an <c>AwardKind</c> or an <c>Indicator</c>.</param>
    /// <param name="language">The language.</param>
    /// <returns><see cref="IDisplayNamed.VietnameseName"/> or <see cref="IDisplayNamed.EnglishName"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not defined.</exception>
    public static string ToDisplayString(this IDisplayNamed entry, DisplayLanguage language)
    {
        Guard.Against.Null(entry);
        return CheckLanguage(language) == DisplayLanguage.Vietnamese ? entry.VietnameseName : entry.EnglishName;
    }

    /// <summary>Gets the display language for a culture: Vietnamese for <c>vi</c> and its regions, English otherwise.</summary>
    /// <param name="culture">The culture, for example <c>vi-VN</c>.</param>
    /// <returns>The language.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public static DisplayLanguage LanguageOf(CultureInfo culture)
    {
        Guard.Against.Null(culture);
        return culture.Name.Equals("vi", StringComparison.OrdinalIgnoreCase) || culture.Name.StartsWith("vi-", StringComparison.OrdinalIgnoreCase)
            ? DisplayLanguage.Vietnamese
            : DisplayLanguage.English;
    }

    /// <summary>Gets the resource key of a value's name: the enum's namespace below the library's, its name and the value's, and the language ("Awards.Verdict.NeedsReview.vi").</summary>
    internal static string Key(Type type, string name, DisplayLanguage language) =>
        $"{type.FullName![Prefix.Length..]}.{name}.{(language == DisplayLanguage.Vietnamese ? "vi" : "en")}";

    private static string Find(Enum value, DisplayLanguage language)
    {
        var type = value.GetType();
        if (type.Assembly != typeof(DisplayNames).Assembly || type.FullName is not { } fullName || !fullName.StartsWith(Prefix, StringComparison.Ordinal))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"{type.Name} is not an enum of this library; it has no display names.");
        }

        if (Enum.IsDefined(type, value))
        {
            return Lookup(type, Enum.GetName(type, value)!, language, value);
        }

        if (type.IsDefined(typeof(FlagsAttribute), false))
        {
            // A combination of flags: each set flag's name, in declaration order.
            ulong bits = Convert.ToUInt64(value, CultureInfo.InvariantCulture);
            var builder = new StringBuilder();
            foreach (var flag in Enum.GetValues(type))
            {
                ulong flagBits = Convert.ToUInt64(flag, CultureInfo.InvariantCulture);
                if (flagBits != 0 && (flagBits & (flagBits - 1)) == 0 && (bits & flagBits) == flagBits)
                {
                    builder.Append(builder.Length > 0 ? ", " : string.Empty).Append(Lookup(type, Enum.GetName(type, flag)!, language, value));
                    bits &= ~flagBits;
                }
            }

            if (bits == 0 && builder.Length > 0)
            {
                return builder.ToString();
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, $"{value} is not a defined value of {type.Name}.");
    }

    private static string Lookup(Type type, string name, DisplayLanguage language, Enum value) =>
        Resources.GetString(Key(type, name, language), CultureInfo.InvariantCulture) is { Length: > 0 } text
            ? text
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"{type.Name}.{name} has no display name.");

    private static DisplayLanguage CheckLanguage(DisplayLanguage language) =>
        language is DisplayLanguage.Vietnamese or DisplayLanguage.English
            ? language
            : throw new ArgumentOutOfRangeException(nameof(language), language, "Unknown display language.");
}
