using System;
using System.ComponentModel;
using System.Numerics;

namespace MassMobilization.Core.Awards;

/// <summary>
/// The one streak piece every multi-year rule uses: "N consecutive years (or titles every K years) with
/// property P up to year Y" and "a run of consecutive years rated at least R up to year Y, after an
/// earlier award, with at least N occurrences of P". Years under discipline never count and break
/// streaks (achievements count only after the discipline ends, law art. 5); a year with no data makes the
/// answer unknown, never "not met", unless a known year already fails.
/// </summary>
public static class Streak
{
    /// <summary>Checks that the nominee has <paramref name="property"/> in <paramref name="count"/> consecutive years (or every <paramref name="stride"/> years) ending at <paramref name="endYear"/>.</summary>
    /// <param name="record">The compact record.</param>
    /// <param name="property">The property, for example <see cref="YearProperty.GrassrootsFighterTitle"/>.</param>
    /// <param name="endYear">The last year of the streak (the year under review).</param>
    /// <param name="count">How many occurrences, at least 1.</param>
    /// <param name="stride">The distance between occurrences: 1 for consecutive years, 3 for "two consecutive ministry/province fighter titles".</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> or <paramref name="stride"/> is less than 1.</exception>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public static StreakResult Consecutive(in CompactServiceRecord record, YearProperty property, int endYear, int count, int stride = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(stride, 1);
        uint known = record.KnownMaskOf(property);
        uint has = record.PropertyMask(property) & ~record.DisciplinedMask;
        return ConsecutiveMasks(record, has, known, endYear, count, stride);
    }

    /// <summary>
    /// Follows the run of consecutive years rated at least <paramref name="minimum"/> back from
    /// <paramref name="endYear"/>, stopping at an unknown year, a lower rating, a discipline year, or the
    /// year of the latest merit award of <paramref name="after"/> or <paramref name="alsoAfter"/>; met when it is
    /// at least <paramref name="minYears"/> long and holds at least <paramref name="occurrences"/> years with
    /// <paramref name="property"/>.
    /// </summary>
    /// <param name="record">The compact record.</param>
    /// <param name="endYear">The last year of the run (the year of the proposal).</param>
    /// <param name="minimum">The minimum rating of every year in the run.</param>
    /// <param name="minYears">The minimum length of the run.</param>
    /// <param name="property">The property counted inside the run.</param>
    /// <param name="occurrences">The minimum number of years with <paramref name="property"/>; 0 to count nothing.</param>
    /// <param name="after">An award the run must follow, or <see langword="null"/>.</param>
    /// <param name="alsoAfter">A second such award (for example the kind under review itself), or <see langword="null"/>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minYears"/> is less than 1 or <paramref name="occurrences"/> is negative.</exception>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public static StreakResult RatedRun(in CompactServiceRecord record, int endYear, TaskRating minimum, int minYears, YearProperty property, int occurrences, AwardKind? after = null, AwardKind? alsoAfter = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minYears, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(occurrences);
        uint boundary = (after is null ? 0u : record.AwardMask(after)) | (alsoAfter is null ? 0u : record.AwardMask(alsoAfter));
        return RatedRunMasks(record, endYear, minimum, minYears, record.PropertyMask(property), occurrences, boundary);
    }

    internal static StreakResult ConsecutiveMasks(in CompactServiceRecord record, uint has, uint known, int endYear, int count, int stride)
    {
        int first = endYear - ((count - 1) * stride);
        int failYear = 0;
        int unknownYear = 0;
        int found = 0;
        for (int k = 0; k < count; k++)
        {
            int year = endYear - (k * stride);
            uint m = record.BitOf(year);
            if (m == 0)
            {
                // Outside the window: known empty only below it when the nominee started inside it.
                if (record.FirstYear != 0 && year < record.FirstYear && record.CompleteBeforeWindow)
                {
                    failYear = failYear == 0 ? year : failYear;
                }
                else
                {
                    unknownYear = unknownYear == 0 ? year : unknownYear;
                }
            }
            else if ((known & m) == 0)
            {
                unknownYear = unknownYear == 0 ? year : unknownYear;
            }
            else if ((has & m) == 0)
            {
                failYear = failYear == 0 ? year : failYear;
            }
            else
            {
                found++;
            }
        }

        return failYear != 0
            ? new StreakResult(CriterionOutcome.NotMet, first, endYear, found, found, failYear, RunStop.None)
            : unknownYear != 0
                ? new StreakResult(CriterionOutcome.Unknown, first, endYear, found, found, unknownYear, RunStop.None)
                : new StreakResult(CriterionOutcome.Met, first, endYear, found, found, 0, RunStop.None);
    }

    internal static StreakResult RatedRunMasks(in CompactServiceRecord record, int endYear, TaskRating minimum, int minYears, uint property, int occurrences, uint boundary)
    {
        uint endBit = record.BitOf(endYear);
        if (endBit == 0)
        {
            return new StreakResult(CriterionOutcome.Unknown, endYear, endYear, 0, 0, endYear, RunStop.UnknownYear);
        }

        uint upToEnd = endBit | (endBit - 1);
        uint known = record.RatingKnownMask;
        uint ok = known & record.RatingAtLeastMask(minimum) & ~record.DisciplinedMask & ~boundary;
        uint stops = ~ok & upToEnd;
        int start = stops == 0 ? 0 : 32 - BitOperations.LeadingZeroCount(stops);
        int endIndex = endYear - record.FirstYear;
        int length = endIndex - start + 1;
        uint run = length <= 0 ? 0u : upToEnd & ~((1u << start) - 1);
        int count = BitOperations.PopCount(property & run);
        int firstExamined = stops == 0 ? record.FirstYear : record.FirstYear + start - 1;

        RunStop stop;
        int decisive = 0;
        bool mayGrow;
        if (stops == 0)
        {
            stop = record.CompleteBeforeWindow ? RunStop.RatingBelowMinimum : RunStop.UnknownYear;
            decisive = record.FirstYear - 1;
            mayGrow = !record.CompleteBeforeWindow;
        }
        else
        {
            int stopBit = start - 1;
            uint m = 1u << stopBit;
            decisive = record.FirstYear + stopBit;
            stop = (known & m) == 0 ? RunStop.UnknownYear
                : (boundary & m) != 0 ? RunStop.EarlierAward
                : (record.DisciplinedMask & m) != 0 ? RunStop.Discipline
                : RunStop.RatingBelowMinimum;
            mayGrow = stop == RunStop.UnknownYear;
        }

        var outcome = length >= minYears && count >= occurrences ? CriterionOutcome.Met
            : mayGrow ? CriterionOutcome.Unknown
            : CriterionOutcome.NotMet;
        return new StreakResult(outcome, firstExamined, endYear, Math.Max(length, 0), count, decisive, stop);
    }
}
