using System;
using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;

namespace MassMobilization.Core.Aggregation;

/// <summary>
/// The period a report covers (kỳ báo cáo): a calendar year, a half-year ("6 tháng đầu năm 2024"), a
/// quarter ("Quý I/2024"), a Party congress term ("Nhiệm kỳ 2020–2025") or a custom interval, each a
/// NodaTime <see cref="DateInterval"/> (both ends inclusive) with Vietnamese and English labels.
/// </summary>
/// <remarks>
/// Immutable. Equality compares kind, interval and labels; ordering is by start date, then end date,
/// then kind, then label (ordinal). A Party term covers 1 January of its first year to 31 December of
/// its last; when a congress date matters, use <see cref="Custom"/> with the exact interval.
/// </remarks>
public sealed class ReportingPeriod : IEquatable<ReportingPeriod>, IComparable<ReportingPeriod>
{
    private static readonly string[] RomanQuarters = ["I", "II", "III", "IV"];

    private ReportingPeriod(ReportingPeriodKind kind, DateInterval interval, string label, string englishLabel)
    {
        Kind = kind;
        Interval = interval;
        Label = label;
        EnglishLabel = englishLabel;
    }

    /// <summary>Gets the kind of period.</summary>
    public ReportingPeriodKind Kind { get; }

    /// <summary>Gets the dates covered, both ends inclusive.</summary>
    public DateInterval Interval { get; }

    /// <summary>Gets the Vietnamese label, for example "6 tháng đầu năm 2024" (NFC).</summary>
    public string Label { get; }

    /// <summary>Gets the English label, for example "H1 2024".</summary>
    public string EnglishLabel { get; }

    /// <summary>Gets the first day of the period.</summary>
    public LocalDate Start => Interval.Start;

    /// <summary>Checks that a report date is not before the period starts (docs/aggregation.md): the one check every report entry point makes.</summary>
    /// <param name="asOf">The report date.</param>
    /// <param name="paramName">The parameter the date was given in.</param>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> is before <see cref="Start"/>.</exception>
    internal void CheckReportDate(LocalDate asOf, string paramName) =>
        Preconditions.CheckArgument(asOf >= Start, paramName, $"The report date {asOf:uuuu-MM-dd} is before the period {EnglishLabel} starts.");

    /// <summary>Gets the last day of the period.</summary>
    public LocalDate End => Interval.End;

    /// <summary>Creates a calendar year.</summary>
    /// <param name="year">The year, 1900 to 9999.</param>
    /// <returns>"Năm 2024" / "2024".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    public static ReportingPeriod Year(int year)
    {
        CheckYear(year, nameof(year));
        return new(ReportingPeriodKind.Year, new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31)), Invariant($"Năm {year}"), Invariant($"{year}"));
    }

    /// <summary>Creates a half-year.</summary>
    /// <param name="year">The year, 1900 to 9999.</param>
    /// <param name="half">1 for January–June, 2 for July–December.</param>
    /// <returns>"6 tháng đầu năm 2024" / "H1 2024", or "6 tháng cuối năm 2024" / "H2 2024".</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static ReportingPeriod HalfYear(int year, int half)
    {
        CheckYear(year, nameof(year));
        Guard.Against.OutOfRange(half, nameof(half), 1, 2);
        var interval = half == 1
            ? new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 6, 30))
            : new DateInterval(new LocalDate(year, 7, 1), new LocalDate(year, 12, 31));
        string label = half == 1 ? Invariant($"6 tháng đầu năm {year}") : Invariant($"6 tháng cuối năm {year}");
        return new(ReportingPeriodKind.HalfYear, interval, label, Invariant($"H{half} {year}"));
    }

    /// <summary>Creates a quarter.</summary>
    /// <param name="year">The year, 1900 to 9999.</param>
    /// <param name="quarter">1 to 4.</param>
    /// <returns>"Quý I/2024" / "Q1 2024".</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static ReportingPeriod Quarter(int year, int quarter)
    {
        CheckYear(year, nameof(year));
        Guard.Against.OutOfRange(quarter, nameof(quarter), 1, 4);
        var start = new LocalDate(year, (3 * quarter) - 2, 1);

        // The last day of the quarter's last month; never beyond it (Q4 9999 ends on NodaTime's last date).
        var end = new LocalDate(year, 3 * quarter, CalendarSystem.Iso.GetDaysInMonth(year, 3 * quarter));
        return new(ReportingPeriodKind.Quarter, new DateInterval(start, end), Invariant($"Quý {RomanQuarters[quarter - 1]}/{year}"), Invariant($"Q{quarter} {year}"));
    }

    /// <summary>Creates a calendar month, a custom period with the labels "Tháng 5/2024" / "May 2024".</summary>
    /// <param name="year">The year, 1900 to 9999.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>The period from the first to the last day of the month, of kind <see cref="ReportingPeriodKind.Custom"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static ReportingPeriod Month(int year, int month)
    {
        CheckYear(year, nameof(year));
        Guard.Against.OutOfRange(month, nameof(month), 1, 12);
        var start = new LocalDate(year, month, 1);
        var end = new LocalDate(year, month, CalendarSystem.Iso.GetDaysInMonth(year, month));
        string english = start.ToString("MMMM uuuu", CultureInfo.InvariantCulture);
        return new(ReportingPeriodKind.Custom, new DateInterval(start, end), Invariant($"Tháng {month}/{year}"), english);
    }

    /// <summary>
    /// Creates a custom period between two dates, both included, with the labels
    /// "Từ ngày 15/01/2024 đến ngày 31/03/2024" / "2024-01-15 to 2024-03-31".
    /// </summary>
    /// <param name="interval">The dates covered.</param>
    /// <returns>The period, of kind <see cref="ReportingPeriodKind.Custom"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is null.</exception>
    public static ReportingPeriod Between(DateInterval interval)
    {
        Guard.Against.Null(interval);
        var start = interval.Start;
        var end = interval.End;
        string label = Invariant($"Từ ngày {start.ToString("dd/MM/uuuu", CultureInfo.InvariantCulture)} đến ngày {end.ToString("dd/MM/uuuu", CultureInfo.InvariantCulture)}");
        string english = Invariant($"{start.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)} to {end.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}");
        return new(ReportingPeriodKind.Custom, interval, label, english);
    }

    /// <summary>Creates a Party congress term from 1 January of <paramref name="firstYear"/> to 31 December of <paramref name="lastYear"/>.</summary>
    /// <param name="firstYear">The first year, for example 2020.</param>
    /// <param name="lastYear">The last year, for example 2025; after <paramref name="firstYear"/>.</param>
    /// <returns>"Nhiệm kỳ 2020–2025" / "Term 2020–2025".</returns>
    /// <exception cref="ArgumentOutOfRangeException">A year is out of range, or <paramref name="lastYear"/> is not after <paramref name="firstYear"/>.</exception>
    public static ReportingPeriod PartyTerm(int firstYear, int lastYear)
    {
        CheckYear(firstYear, nameof(firstYear));
        CheckYear(lastYear, nameof(lastYear));
        if (lastYear <= firstYear)
        {
            throw new ArgumentOutOfRangeException(nameof(lastYear), lastYear, "A term's last year must be after its first year.");
        }

        var interval = new DateInterval(new LocalDate(firstYear, 1, 1), new LocalDate(lastYear, 12, 31));
        return new(ReportingPeriodKind.PartyTerm, interval, Invariant($"Nhiệm kỳ {firstYear}–{lastYear}"), Invariant($"Term {firstYear}–{lastYear}"));
    }

    /// <summary>Creates a custom period.</summary>
    /// <param name="interval">The dates covered.</param>
    /// <param name="label">The Vietnamese label.</param>
    /// <param name="englishLabel">The English label.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A label is empty or white space.</exception>
    public static ReportingPeriod Custom(DateInterval interval, string label, string englishLabel)
    {
        Guard.Against.Null(interval);
        Guard.Against.Null(label);
        Guard.Against.Null(englishLabel);
        Guard.Against.NullOrWhiteSpace(label);
        Guard.Against.NullOrWhiteSpace(englishLabel);
        return new(ReportingPeriodKind.Custom, interval, Text.UnicodeText.ToFormC(label), englishLabel);
    }

    /// <summary>
    /// Creates a period from its parts, for readers of stored or transmitted periods: a year, half-year,
    /// quarter or Party term must have exactly the interval and labels its own factory gives; a custom
    /// period takes any interval and non-empty labels.
    /// </summary>
    /// <param name="kind">The kind.</param>
    /// <param name="interval">The dates covered.</param>
    /// <param name="label">The Vietnamese label.</param>
    /// <param name="englishLabel">The English label.</param>
    /// <returns>The period, equal to the one its factory makes.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The parts do not describe a period of that kind.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined or a year is out of range.</exception>
    public static ReportingPeriod Create(ReportingPeriodKind kind, DateInterval interval, string label, string englishLabel)
    {
        Guard.Against.Null(interval);
        Guard.Against.Null(label);
        Guard.Against.Null(englishLabel);
        int year = interval.Start.Year;
        var canonical = kind switch
        {
            ReportingPeriodKind.Year => Year(year),
            ReportingPeriodKind.HalfYear => HalfYear(year, interval.Start.Month <= 6 ? 1 : 2),
            ReportingPeriodKind.Quarter => Quarter(year, 1 + ((interval.Start.Month - 1) / 3)),
            ReportingPeriodKind.PartyTerm => PartyTerm(year, Math.Max(interval.End.Year, year + 1)),
            ReportingPeriodKind.Custom => Custom(interval, label, englishLabel),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "The kind of period is not defined."),
        };
        var given = new ReportingPeriod(kind, interval, Text.UnicodeText.ToFormC(label), englishLabel);
        Preconditions.CheckArgument(given.Equals(canonical), nameof(interval), $"The parts ({kind}, {interval}, \"{label}\", \"{englishLabel}\") do not describe a period of that kind; expected {canonical} / \"{canonical.EnglishLabel}\".");
        return canonical;
    }

    /// <summary>Gets a value indicating whether the period contains a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when <paramref name="date"/> is within the interval.</returns>
    public bool Contains(LocalDate date) => Interval.Contains(date);

    /// <inheritdoc />
    public bool Equals(ReportingPeriod? other) =>
        other is not null && Kind == other.Kind && Interval.Equals(other.Interval)
        && string.Equals(Label, other.Label, StringComparison.Ordinal) && string.Equals(EnglishLabel, other.EnglishLabel, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ReportingPeriod);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Interval, StringComparer.Ordinal.GetHashCode(Label));

    /// <summary>Orders by start, end, kind and label.</summary>
    /// <param name="other">The other period; <see langword="null"/> sorts first.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(ReportingPeriod? other)
    {
        if (other is null)
        {
            return 1;
        }

        int result = Start.CompareTo(other.Start);
        result = result != 0 ? result : End.CompareTo(other.End);
        result = result != 0 ? result : Kind.CompareTo(other.Kind);
        result = result != 0 ? result : string.CompareOrdinal(Label, other.Label);
        return result != 0 ? result : string.CompareOrdinal(EnglishLabel, other.EnglishLabel);
    }

    /// <summary>Returns the Vietnamese label and the interval, for example "6 tháng đầu năm 2024 [2024-01-01, 2024-06-30]".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Label} {Interval}";

    /// <summary>Compares two periods for equality.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ReportingPeriod? left, ReportingPeriod? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two periods for inequality.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(ReportingPeriod? left, ReportingPeriod? right) => !(left == right);

    /// <summary>Orders two periods.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(ReportingPeriod? left, ReportingPeriod? right) => Compare(left, right) < 0;

    /// <summary>Orders two periods.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first or is equal.</returns>
    public static bool operator <=(ReportingPeriod? left, ReportingPeriod? right) => Compare(left, right) <= 0;

    /// <summary>Orders two periods.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(ReportingPeriod? left, ReportingPeriod? right) => Compare(left, right) > 0;

    /// <summary>Orders two periods.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last or is equal.</returns>
    public static bool operator >=(ReportingPeriod? left, ReportingPeriod? right) => Compare(left, right) >= 0;

    private static int Compare(ReportingPeriod? left, ReportingPeriod? right) => left is null ? (right is null ? 0 : -1) : left.CompareTo(right);

    private static void CheckYear(int year, string paramName) => Guard.Against.OutOfRange(year, paramName, 1900, 9999);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
