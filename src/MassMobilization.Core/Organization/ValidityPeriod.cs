using System;
using System.Globalization;
using NodaTime;

namespace MassMobilization.Core.Organization;

/// <summary>
/// The days on which a version of a unit or a body is in force (thời gian hiệu lực): a first day and
/// either a last day (inclusive) or an open end. Both ends are whole ISO calendar days.
/// </summary>
/// <remarks>
/// Periods order by their first day, then by their last day, an open end sorting after every date.
/// The default value starts on <c>default(LocalDate)</c> (1 January of year 1) and has an open end.
/// </remarks>
public readonly struct ValidityPeriod : IEquatable<ValidityPeriod>, IComparable<ValidityPeriod>
{
    private readonly LocalDate? end;

    /// <summary>Initializes a new period.</summary>
    /// <param name="start">The first day in force.</param>
    /// <param name="end">The last day in force (inclusive), or <see langword="null"/> for an open end.</param>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>, or either date is not in the ISO calendar.</exception>
    public ValidityPeriod(LocalDate start, LocalDate? end)
    {
        Preconditions.CheckArgument(start.Calendar == CalendarSystem.Iso, nameof(start), "The start must be an ISO calendar date.");
        if (end is { } last)
        {
            Preconditions.CheckArgument(last.Calendar == CalendarSystem.Iso, nameof(end), "The end must be an ISO calendar date.");
            Preconditions.CheckArgument(last >= start, nameof(end), $"The end {Format(last)} is before the start {Format(start)}.");
        }

        Start = start;
        this.end = end;
    }

    /// <summary>Gets the first day in force.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the last day in force (inclusive), or <see langword="null"/> when the period has an open end.</summary>
    public LocalDate? End => end;

    /// <summary>Gets a value indicating whether the period has no last day.</summary>
    public bool IsOpenEnded => end is null;

    /// <summary>Creates a period with an open end.</summary>
    /// <param name="start">The first day in force.</param>
    /// <returns>The period from <paramref name="start"/> onwards.</returns>
    public static ValidityPeriod From(LocalDate start) => new(start, null);

    /// <summary>Creates a period with both ends.</summary>
    /// <param name="start">The first day in force.</param>
    /// <param name="end">The last day in force (inclusive).</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public static ValidityPeriod Between(LocalDate start, LocalDate end) => new(start, end);

    /// <summary>Checks whether a day lies in the period.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when the period is in force on <paramref name="date"/>.</returns>
    public bool Contains(LocalDate date) => date >= Start && (end is null || date <= end.Value);

    /// <summary>Checks whether two periods share at least one day.</summary>
    /// <param name="other">The other period.</param>
    /// <returns><see langword="true"/> when some day lies in both periods.</returns>
    public bool Overlaps(ValidityPeriod other) =>
        (end is null || other.Start <= end.Value) && (other.end is null || Start <= other.end.Value);

    /// <summary>Checks whether every day of another period lies in this one.</summary>
    /// <param name="other">The other period.</param>
    /// <returns><see langword="true"/> when <paramref name="other"/> lies wholly inside this period.</returns>
    public bool Covers(ValidityPeriod other) =>
        other.Start >= Start && (end is null || (other.end is not null && other.end.Value <= end.Value));

    /// <inheritdoc />
    public bool Equals(ValidityPeriod other) => Start == other.Start && end == other.end;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ValidityPeriod other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, end);

    /// <summary>Orders periods by first day, then by last day (an open end last).</summary>
    /// <param name="other">The period to compare with.</param>
    /// <returns>A negative number, zero or a positive number as this period sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(ValidityPeriod other)
    {
        int byStart = Start.CompareTo(other.Start);
        if (byStart != 0)
        {
            return byStart;
        }

        return (end, other.end) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            _ => end.Value.CompareTo(other.end.Value),
        };
    }

    /// <summary>Formats the period as <c>[2020-01-01, 2025-06-30]</c> or <c>[2025-07-01, …)</c>.</summary>
    /// <returns>The period's text.</returns>
    public override string ToString() => end is null ? $"[{Format(Start)}, …)" : $"[{Format(Start)}, {Format(end.Value)}]";

    /// <summary>Compares two periods for equality.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ValidityPeriod left, ValidityPeriod right) => left.Equals(right);

    /// <summary>Compares two periods for inequality.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(ValidityPeriod left, ValidityPeriod right) => !left.Equals(right);

    /// <summary>Orders two periods.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(ValidityPeriod left, ValidityPeriod right) => left.CompareTo(right) < 0;

    /// <summary>Orders two periods.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first or they are equal.</returns>
    public static bool operator <=(ValidityPeriod left, ValidityPeriod right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two periods.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(ValidityPeriod left, ValidityPeriod right) => left.CompareTo(right) > 0;

    /// <summary>Orders two periods.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last or they are equal.</returns>
    public static bool operator >=(ValidityPeriod left, ValidityPeriod right) => left.CompareTo(right) >= 0;

    /// <summary>Formats a date in ISO form, independent of culture.</summary>
    internal static string Format(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
