using System;
using System.Globalization;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Activities;

/// <summary>
/// One countable quantity of an activity record, named by a measure code of <see cref="ActivityMeasures"/>
/// ("citizens-received", "gifts", "value-dong"…): what a later roll-up turns into an indicator value
/// (docs/activities.md "Records").
/// </summary>
/// <remarks>The default value has an empty measure and amount zero.</remarks>
public readonly struct ActivityQuantity : IEquatable<ActivityQuantity>
{
    private readonly string? measure;

    /// <summary>Initializes a quantity.</summary>
    /// <param name="measure">The measure code.</param>
    /// <param name="amount">The exact amount; not negative.</param>
    /// <exception cref="ArgumentNullException"><paramref name="measure"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="measure"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative.</exception>
    public ActivityQuantity(string measure, long amount)
    {
        Guard.Against.NullOrWhiteSpace(measure);
        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        this.measure = measure;
        Amount = amount;
    }

    /// <summary>Gets the measure code.</summary>
    public string Measure => measure ?? string.Empty;

    /// <summary>Gets the exact amount.</summary>
    public long Amount { get; }

    /// <inheritdoc />
    public bool Equals(ActivityQuantity other) => string.Equals(Measure, other.Measure, StringComparison.Ordinal) && Amount == other.Amount;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ActivityQuantity other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Measure), Amount);

    /// <summary>Returns "measure=amount".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Measure}={Amount}");

    /// <summary>Compares two quantities for equality.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns><see langword="true"/> when measure and amount are equal.</returns>
    public static bool operator ==(ActivityQuantity left, ActivityQuantity right) => left.Equals(right);

    /// <summary>Compares two quantities for inequality.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns><see langword="true"/> when the measure or the amount differs.</returns>
    public static bool operator !=(ActivityQuantity left, ActivityQuantity right) => !left.Equals(right);
}
