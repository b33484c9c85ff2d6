using System;
using Ardalis.GuardClauses;
using MassMobilization.Core.Organization;

namespace MassMobilization.Core.Aggregation;

/// <summary>
/// One record for a roll-up in readable form: an indicator value kept at a unit ("commune 26740 held 3
/// dialogues"). Awards and Emulation hand their results to aggregation this way. For millions of
/// records use the column form of <see cref="RollUpEngine"/> instead.
/// </summary>
/// <remarks>The default value has a default unit and no value; it is rejected by the engine.</remarks>
public readonly struct IndicatorRecord : IEquatable<IndicatorRecord>
{
    private readonly IndicatorValue? value;

    /// <summary>Initializes a record.</summary>
    /// <param name="unit">The unit the value is kept at.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is default.</exception>
    public IndicatorRecord(UnitCode unit, IndicatorValue value)
    {
        Guard.Against.Null(value);
        Preconditions.CheckArgument(!unit.IsDefault, nameof(unit), "The unit code is the default value.");
        Unit = unit;
        this.value = value;
    }

    /// <summary>Gets the unit the value is kept at.</summary>
    public UnitCode Unit { get; }

    /// <summary>Gets the value.</summary>
    /// <exception cref="InvalidOperationException">The record is the default value.</exception>
    public IndicatorValue Value => value ?? throw new InvalidOperationException("The default IndicatorRecord has no value.");

    /// <summary>Creates a count record.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="indicator">A count indicator.</param>
    /// <param name="count">The count.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    /// <exception cref="ArgumentException">The unit is default or the indicator is not a count.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public static IndicatorRecord Count(UnitCode unit, Indicator indicator, long count) => new(unit, IndicatorValue.ForCount(indicator, count));

    /// <inheritdoc />
    public bool Equals(IndicatorRecord other) => Unit == other.Unit && Equals(value, other.value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IndicatorRecord other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Unit, value);

    /// <summary>Returns "unit: value".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Unit}: {value}";

    /// <summary>Compares two records for equality.</summary>
    /// <param name="left">The first record.</param>
    /// <param name="right">The second record.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(IndicatorRecord left, IndicatorRecord right) => left.Equals(right);

    /// <summary>Compares two records for inequality.</summary>
    /// <param name="left">The first record.</param>
    /// <param name="right">The second record.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(IndicatorRecord left, IndicatorRecord right) => !left.Equals(right);
}
