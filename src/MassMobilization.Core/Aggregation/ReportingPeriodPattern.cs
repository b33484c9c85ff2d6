using System;
using System.Globalization;
using System.Text;
using Ardalis.GuardClauses;
using MassMobilization.Core.Text;
using NodaTime;
using LocalDatePattern = NodaTime.Text.LocalDatePattern;

namespace MassMobilization.Core.Aggregation;

/// <summary>
/// Parses and formats <see cref="ReportingPeriod"/>s in the short form used on command lines and in file
/// names: a year <c>2024</c>, a half-year <c>2024-H1</c>, a quarter <c>2024-Q3</c>, a month
/// <c>2024-05</c> (<see cref="ReportingPeriod.Month"/>), a Party term <c>2020-2025</c>, or a range of
/// dates <c>2024-01-15..2024-03-31</c> (<see cref="ReportingPeriod.Between"/>).
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Parsing never throws: text that is not one of the forms, or that names a
/// year outside 1900–9999, a half other than 1–2, a quarter other than 1–4, a month other than 01–12, a
/// term whose last year is not after its first, or a range that ends before it starts, gives a failed
/// <see cref="ParseResult{T}"/> saying what was wrong and where. Formatting writes a custom period as its
/// range of dates unless it is exactly a month made by <see cref="ReportingPeriod.Month"/>; the labels of
/// other custom periods are not part of the text.
/// </remarks>
public sealed class ReportingPeriodPattern : IPattern<ReportingPeriod>
{
    private const int MinYear = 1900;
    private const int MaxYear = 9999;
    private const string Forms = "a year (2024), a half-year (2024-H1), a quarter (2024-Q3), a month (2024-05), a term (2020-2025) or a range (2024-01-15..2024-03-31)";

    private ReportingPeriodPattern()
    {
    }

    /// <summary>Gets the pattern of the short forms.</summary>
    public static ReportingPeriodPattern Compact { get; } = new();

    /// <summary>Parses text into a period; never throws.</summary>
    /// <param name="text">The text; <see langword="null"/> gives a failed result.</param>
    /// <returns>The result.</returns>
    public ParseResult<ReportingPeriod> Parse(string? text) =>
        text is null ? Fail("The text is null", 0) : Parse(text.AsSpan());

    /// <summary>Parses characters into a period; never throws.</summary>
    /// <param name="text">The characters.</param>
    /// <returns>The result.</returns>
    public ParseResult<ReportingPeriod> Parse(ReadOnlySpan<char> text)
    {
        int range = text.IndexOf("..", StringComparison.Ordinal);
        if (range >= 0)
        {
            return ParseRange(text, range);
        }

        if (!TryDigits(text, 0, 4, out int year))
        {
            return Fail("Expected four digits of a year at the start", 0);
        }

        if (year < MinYear)
        {
            return Fail(Invariant($"The year {year:D4} is outside {MinYear}–{MaxYear}"), 0);
        }

        if (text.Length == 4)
        {
            return ParseResult.ForValue(ReportingPeriod.Year(year));
        }

        if (text[4] != '-' || text.Length < 6)
        {
            return Fail("Expected '-' and a half (H1), quarter (Q3), month (05) or last year (2025) after the year", 4);
        }

        char kind = text[5];
        if (kind is 'H' or 'Q')
        {
            int max = kind == 'H' ? 2 : 4;
            if (text.Length != 7 || text[6] < '1' || text[6] > (char)('0' + max))
            {
                return Fail(kind == 'H' ? "Expected 1 or 2 after 'H'" : "Expected 1 to 4 after 'Q'", 6);
            }

            int part = text[6] - '0';
            return ParseResult.ForValue(kind == 'H' ? ReportingPeriod.HalfYear(year, part) : ReportingPeriod.Quarter(year, part));
        }

        if (text.Length == 7 && TryDigits(text, 5, 2, out int month))
        {
            return month is >= 1 and <= 12
                ? ParseResult.ForValue(ReportingPeriod.Month(year, month))
                : Fail(Invariant($"The month {month:D2} is not 01 to 12"), 5);
        }

        if (text.Length == 9 && TryDigits(text, 5, 4, out int last))
        {
            return last <= year
                ? Fail(Invariant($"A term's last year {last:D4} must be after its first year {year:D4}"), 5)
                : ParseResult.ForValue(ReportingPeriod.PartyTerm(year, last));
        }

        return Fail("Expected H1, H2, Q1 to Q4, a month (05) or a last year (2025) after '-'", 5);
    }

    /// <summary>Formats a period in its short form.</summary>
    /// <param name="value">The period.</param>
    /// <returns>The text, for example "2024-H1".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public string Format(ReportingPeriod value) => AppendFormat(value, new StringBuilder(24)).ToString();

    /// <summary>Appends the short form of a period to a builder.</summary>
    /// <param name="value">The period.</param>
    /// <param name="builder">The builder.</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public StringBuilder AppendFormat(ReportingPeriod value, StringBuilder builder)
    {
        Guard.Against.Null(value);
        Guard.Against.Null(builder);
        var start = value.Start;
        var end = value.End;
        switch (value.Kind)
        {
            case ReportingPeriodKind.Year:
                return builder.Append(CultureInfo.InvariantCulture, $"{start.Year:D4}");
            case ReportingPeriodKind.HalfYear:
                return builder.Append(CultureInfo.InvariantCulture, $"{start.Year:D4}-H{(start.Month == 1 ? 1 : 2)}");
            case ReportingPeriodKind.Quarter:
                return builder.Append(CultureInfo.InvariantCulture, $"{start.Year:D4}-Q{1 + ((start.Month - 1) / 3)}");
            case ReportingPeriodKind.PartyTerm:
                return builder.Append(CultureInfo.InvariantCulture, $"{start.Year:D4}-{end.Year:D4}");
            default:
                if (IsMonth(value))
                {
                    return builder.Append(CultureInfo.InvariantCulture, $"{start.Year:D4}-{start.Month:D2}");
                }

                return builder.Append(LocalDatePattern.Iso.Format(start)).Append("..").Append(LocalDatePattern.Iso.Format(end));
        }
    }

    private static bool IsMonth(ReportingPeriod value) =>
        value.Start.Day == 1 && value.Start.Year >= MinYear && value.Start.Year == value.End.Year && value.Start.Month == value.End.Month
        && value.Equals(ReportingPeriod.Month(value.Start.Year, value.Start.Month));

    private static ParseResult<ReportingPeriod> ParseRange(ReadOnlySpan<char> text, int separator)
    {
        var first = LocalDatePattern.Iso.Parse(text[..separator].ToString());
        if (!first.Success)
        {
            return Fail("Expected a date uuuu-MM-dd before '..'", 0);
        }

        var second = LocalDatePattern.Iso.Parse(text[(separator + 2)..].ToString());
        if (!second.Success)
        {
            return Fail("Expected a date uuuu-MM-dd after '..'", separator + 2);
        }

        return second.Value < first.Value
            ? Fail(Invariant($"The range ends on {LocalDatePattern.Iso.Format(second.Value)}, before it starts"), separator + 2)
            : ParseResult.ForValue(ReportingPeriod.Between(new DateInterval(first.Value, second.Value)));
    }

    private static bool TryDigits(ReadOnlySpan<char> text, int start, int length, out int value)
    {
        value = 0;
        if (text.Length < start + length)
        {
            return false;
        }

        for (int i = start; i < start + length; i++)
        {
            char c = text[i];
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private static ParseResult<ReportingPeriod> Fail(string message, int position) =>
        ParseResult.ForFailure<ReportingPeriod>(message + "; " + Forms + " was expected", position);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
