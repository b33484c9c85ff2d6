using System;
using Ardalis.GuardClauses;
using MassMobilization.Core.Text;

namespace MassMobilization.Core.Mobilization;

/// <summary>
/// The field (lĩnh vực) of a model or exemplar. The four standard fields of the movement are
/// <see cref="Economy"/>, <see cref="CultureSociety"/>, <see cref="DefenceSecurity"/> and
/// <see cref="PoliticalSystem"/> (docs/mobilization.md "Aggregates"); provinces add others (for example new rural
/// development), created with <see cref="Extension"/> and registered in a <see cref="ModelFieldCatalogue"/>.
/// </summary>
/// <remarks>Fields are equal when their code, names and standard flag are equal; catalogues key them by code.</remarks>
public sealed class ModelField : IEquatable<ModelField>, IDisplayNamed
{
    private ModelField(string code, string vietnameseName, string englishName, bool isStandard)
    {
        Code = code;
        VietnameseName = vietnameseName;
        EnglishName = englishName;
        IsStandard = isStandard;
    }

    /// <summary>Gets the economy field (Kinh tế).</summary>
    public static ModelField Economy { get; } = new("ECONOMY", "Kinh tế", "Economy", true);

    /// <summary>Gets the culture–society field (Văn hóa – xã hội).</summary>
    public static ModelField CultureSociety { get; } = new("CULTURE-SOCIETY", "Văn hóa – xã hội", "Culture and society", true);

    /// <summary>Gets the defence–security field (Quốc phòng – an ninh).</summary>
    public static ModelField DefenceSecurity { get; } = new("DEFENCE-SECURITY", "Quốc phòng – an ninh", "Defence and security", true);

    /// <summary>Gets the field of building the political system (Xây dựng hệ thống chính trị).</summary>
    public static ModelField PoliticalSystem { get; } = new("POLITICAL-SYSTEM", "Xây dựng hệ thống chính trị", "Building the political system", true);

    /// <summary>Gets the field's code: 1 to 32 ASCII letters, digits, '.', '_' or '-'.</summary>
    public string Code { get; }

    /// <summary>Gets the official Vietnamese name, with diacritics (Unicode NFC).</summary>
    public string VietnameseName { get; }

    /// <summary>Gets the English name.</summary>
    public string EnglishName { get; }

    /// <summary>Gets a value indicating whether this is one of the four standard fields.</summary>
    public bool IsStandard { get; }

    /// <summary>Creates a provincial extension field, for example <c>("NEW-RURAL", "Xây dựng nông thôn mới", "New rural development")</c>.</summary>
    /// <param name="code">The code, unique in a catalogue.</param>
    /// <param name="vietnameseName">The official Vietnamese name.</param>
    /// <param name="englishName">The English name.</param>
    /// <returns>The field.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The code is not valid, or a name is blank.</exception>
    public static ModelField Extension(string code, string vietnameseName, string englishName)
    {
        Guard.Against.Null(code);
        Guard.Against.Null(vietnameseName);
        Guard.Against.Null(englishName);
        string? error = CodeText.Validate(code.AsSpan(), 32);
        Preconditions.CheckArgument(error is null, nameof(code), $"'{code}' is not a valid field code: {error}");
        Guard.Against.NullOrWhiteSpace(vietnameseName);
        Guard.Against.NullOrWhiteSpace(englishName);
        return new(code, UnicodeText.ToFormC(vietnameseName.Trim()), englishName.Trim(), false);
    }

    /// <inheritdoc />
    public bool Equals(ModelField? other) =>
        other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal)
        && string.Equals(VietnameseName, other.VietnameseName, StringComparison.Ordinal)
        && string.Equals(EnglishName, other.EnglishName, StringComparison.Ordinal) && IsStandard == other.IsStandard;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ModelField);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Returns the code.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;

    /// <summary>Compares two fields for equality.</summary>
    /// <param name="left">The first field.</param>
    /// <param name="right">The second field.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ModelField? left, ModelField? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two fields for inequality.</summary>
    /// <param name="left">The first field.</param>
    /// <param name="right">The second field.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(ModelField? left, ModelField? right) => !(left == right);
}
