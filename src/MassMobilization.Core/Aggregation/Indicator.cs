using System;
using Ardalis.GuardClauses;
using MassMobilization.Core.Text;

namespace MassMobilization.Core.Aggregation;

/// <summary>
/// A named, unit-bearing measure that reports add up (chỉ tiêu), such as "dialogues held" (a count),
/// "citizens received of those who asked" (a ratio) or "total value of support" (an amount in đồng).
/// The <see cref="Code"/> is stable and is what records, partial aggregates and JSON refer to; the names
/// are for people. <see cref="StandardIndicators"/> holds the usual ones; applications define their own
/// with the constructor and add them to an <see cref="IndicatorCatalogue"/>.
/// </summary>
/// <remarks>Immutable. Two indicators are equal when every property is equal.</remarks>
public sealed class Indicator : IEquatable<Indicator>, IDisplayNamed
{
    /// <summary>The longest allowed code.</summary>
    public const int MaxCodeLength = 64;

    /// <summary>Initializes an indicator.</summary>
    /// <param name="code">The stable code: 1 to <see cref="MaxCodeLength"/> ASCII letters, digits, '.', '_' or '-', for example "DIALOGUES-HELD".</param>
    /// <param name="vietnameseName">The official Vietnamese name, with diacritics.</param>
    /// <param name="englishName">The English name.</param>
    /// <param name="unit">What the indicator measures in.</param>
    /// <exception cref="ArgumentNullException">A name or the code is null.</exception>
    /// <exception cref="ArgumentException">The code is not valid, or a name is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is unknown.</exception>
    public Indicator(string code, string vietnameseName, string englishName, IndicatorUnit unit)
    {
        Guard.Against.Null(code);
        Guard.Against.Null(vietnameseName);
        Guard.Against.Null(englishName);
        string? problem = CodeText.Validate(code, MaxCodeLength);
        Preconditions.CheckArgument(problem is null, nameof(code), $"The indicator code \"{code}\" is not valid: {problem}");
        Guard.Against.NullOrWhiteSpace(vietnameseName);
        Guard.Against.NullOrWhiteSpace(englishName);
        if (unit is < IndicatorUnit.Count or > IndicatorUnit.VndAmount)
        {
            throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown indicator unit.");
        }

        Code = code;
        VietnameseName = Text.UnicodeText.ToFormC(vietnameseName);
        EnglishName = englishName;
        Unit = unit;
    }

    /// <summary>Gets the stable code.</summary>
    public string Code { get; }

    /// <summary>Gets the Vietnamese name (NFC).</summary>
    public string VietnameseName { get; }

    /// <summary>Gets the English name.</summary>
    public string EnglishName { get; }

    /// <summary>Gets what the indicator measures in.</summary>
    public IndicatorUnit Unit { get; }

    /// <inheritdoc />
    public bool Equals(Indicator? other) =>
        other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal)
        && string.Equals(VietnameseName, other.VietnameseName, StringComparison.Ordinal)
        && string.Equals(EnglishName, other.EnglishName, StringComparison.Ordinal) && Unit == other.Unit;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Indicator);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Returns the code and English name, for example "DIALOGUES-HELD (Dialogues held)".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Code} ({EnglishName})";

    /// <summary>Compares two indicators for equality.</summary>
    /// <param name="left">The first indicator.</param>
    /// <param name="right">The second indicator.</param>
    /// <returns><see langword="true"/> when every property is equal.</returns>
    public static bool operator ==(Indicator? left, Indicator? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two indicators for inequality.</summary>
    /// <param name="left">The first indicator.</param>
    /// <param name="right">The second indicator.</param>
    /// <returns><see langword="true"/> when a property differs.</returns>
    public static bool operator !=(Indicator? left, Indicator? right) => !(left == right);
}
