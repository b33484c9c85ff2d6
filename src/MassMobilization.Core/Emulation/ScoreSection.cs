using System;
using System.Globalization;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Emulation;

/// <summary>
/// One section of a round's score sheet (phần thi), for example "Chào hỏi" or "Xử lý tình huống", with
/// the most points a judge may give and the weight its points carry in the team's total.
/// </summary>
public sealed class ScoreSection : IEquatable<ScoreSection>
{
    /// <summary>Creates a section.</summary>
    /// <param name="code">A short stable code, unique in the round, for example "B".</param>
    /// <param name="name">The section's name.</param>
    /// <param name="maximum">The most points a judge may give, greater than 0.</param>
    /// <param name="weight">The weight of the section's points in the total, greater than 0; 1 for a plain sum.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maximum"/> or <paramref name="weight"/> is not positive.</exception>
    public ScoreSection(string code, string name, decimal maximum, decimal weight = 1m)
    {
        Guard.Against.Null(code);
        Guard.Against.Null(name);
        Guard.Against.NullOrWhiteSpace(code);
        Guard.Against.NullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maximum);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(weight);
        Code = code;
        Name = name;
        Maximum = maximum;
        Weight = weight;
    }

    /// <summary>Gets the section's code.</summary>
    public string Code { get; }

    /// <summary>Gets the section's name.</summary>
    public string Name { get; }

    /// <summary>Gets the most points a judge may give.</summary>
    public decimal Maximum { get; }

    /// <summary>Gets the weight of the section's points in the total.</summary>
    public decimal Weight { get; }

    /// <summary>Compares two sections for equality.</summary>
    /// <param name="left">The first section.</param>
    /// <param name="right">The second section.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ScoreSection? left, ScoreSection? right) => Equals(left, right);

    /// <summary>Compares two sections for inequality.</summary>
    /// <param name="left">The first section.</param>
    /// <param name="right">The second section.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(ScoreSection? left, ScoreSection? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(ScoreSection? other) =>
        other is not null && Code == other.Code && Name == other.Name && Maximum == other.Maximum && Weight == other.Weight;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ScoreSection);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Code), StringComparer.Ordinal.GetHashCode(Name), Maximum, Weight);

    /// <summary>Returns the section's code, name, maximum and weight.</summary>
    /// <returns>For example "B Xử lý tình huống (max 40, weight 1)".</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0} {1} (max {2}, weight {3})", Code, Name, Maximum, Weight);
}
