using System;
using System.Globalization;
using Ardalis.GuardClauses;
using MassMobilization.Core.Organization;

namespace MassMobilization.Core.Aggregation;

/// <summary>
/// One cell of a <see cref="PartialAggregate"/>: the sum and record count of one slot (see
/// <see cref="IndicatorLayout.SlotCodes"/>) for the records kept at one unit, not including its subunits.
/// </summary>
/// <remarks>The default value has a default unit and an empty slot code; it is not a valid entry of an aggregate.</remarks>
public readonly struct PartialEntry : IEquatable<PartialEntry>, IComparable<PartialEntry>
{
    private readonly string? slotCode;

    /// <summary>Initializes an entry.</summary>
    /// <param name="unit">The unit the records are kept at.</param>
    /// <param name="slotCode">The slot code, for example "MODELS-COMPLETED" or "CITIZENS-RECEIVED:numerator".</param>
    /// <param name="sum">The sum of the records' amounts.</param>
    /// <param name="count">The number of records, not negative.</param>
    /// <exception cref="ArgumentNullException"><paramref name="slotCode"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is default or <paramref name="slotCode"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public PartialEntry(UnitCode unit, string slotCode, long sum, long count)
    {
        Guard.Against.Null(slotCode);
        Preconditions.CheckArgument(!unit.IsDefault, nameof(unit), "The unit code is the default value.");
        Guard.Against.NullOrWhiteSpace(slotCode);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        Unit = unit;
        this.slotCode = slotCode;
        Sum = sum;
        Count = count;
    }

    /// <summary>Gets the unit the records are kept at.</summary>
    public UnitCode Unit { get; }

    /// <summary>Gets the slot code.</summary>
    public string SlotCode => slotCode ?? string.Empty;

    /// <summary>Gets the sum of the amounts.</summary>
    public long Sum { get; }

    /// <summary>Gets the number of records.</summary>
    public long Count { get; }

    /// <inheritdoc />
    public bool Equals(PartialEntry other) =>
        Unit == other.Unit && string.Equals(SlotCode, other.SlotCode, StringComparison.Ordinal) && Sum == other.Sum && Count == other.Count;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PartialEntry other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Unit, StringComparer.Ordinal.GetHashCode(SlotCode), Sum, Count);

    /// <summary>Orders by unit code, then slot code (both ordinal), then sum and count.</summary>
    /// <param name="other">The other entry.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(PartialEntry other)
    {
        int result = CompareKey(other);
        result = result != 0 ? result : Sum.CompareTo(other.Sum);
        return result != 0 ? result : Count.CompareTo(other.Count);
    }

    /// <summary>Returns "unit/slot: sum (count records)".</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Unit}/{SlotCode}: {Sum} ({Count} records)");

    /// <summary>Compares two entries for equality.</summary>
    /// <param name="left">The first entry.</param>
    /// <param name="right">The second entry.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(PartialEntry left, PartialEntry right) => left.Equals(right);

    /// <summary>Compares two entries for inequality.</summary>
    /// <param name="left">The first entry.</param>
    /// <param name="right">The second entry.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(PartialEntry left, PartialEntry right) => !left.Equals(right);

    /// <summary>Orders two entries.</summary>
    /// <param name="left">The first entry.</param>
    /// <param name="right">The second entry.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(PartialEntry left, PartialEntry right) => left.CompareTo(right) < 0;

    /// <summary>Orders two entries.</summary>
    /// <param name="left">The first entry.</param>
    /// <param name="right">The second entry.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first or is equal.</returns>
    public static bool operator <=(PartialEntry left, PartialEntry right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two entries.</summary>
    /// <param name="left">The first entry.</param>
    /// <param name="right">The second entry.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(PartialEntry left, PartialEntry right) => left.CompareTo(right) > 0;

    /// <summary>Orders two entries.</summary>
    /// <param name="left">The first entry.</param>
    /// <param name="right">The second entry.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last or is equal.</returns>
    public static bool operator >=(PartialEntry left, PartialEntry right) => left.CompareTo(right) >= 0;

    /// <summary>Compares the (unit, slot) keys only.</summary>
    internal int CompareKey(PartialEntry other)
    {
        int result = Unit.CompareTo(other.Unit);
        return result != 0 ? result : string.CompareOrdinal(SlotCode, other.SlotCode);
    }
}
