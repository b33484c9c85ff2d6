using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using NodaTime;

namespace MassMobilization.Core.Documents;

/// <summary>
/// When the implementation of a directive is reviewed: interim reviews (sơ kết) and a final review
/// (tổng kết) at given periods after its issue date. "10 years of Resolution 25 (2013) and 5 years of
/// Conclusion 43 (2019-01-07)" were reviewed together in 2023, the conclusion's ahead of its 2024-01-07
/// mark (docs/documents.md, "Reviews and anniversaries").
/// </summary>
/// <remarks>
/// The offsets are configuration: each directive states its own review points, and 5 and 10 years
/// (<see cref="Standard"/>) are only the common case. Immutable.
/// </remarks>
public sealed class ReviewSchedule
{
    private readonly ReviewOffset[] offsets;
    private IReadOnlyList<ReviewOffset>? offsetsView;

    /// <summary>Initializes a schedule.</summary>
    /// <param name="offsets">The review points (at least one; none repeated).</param>
    /// <exception cref="ArgumentNullException"><paramref name="offsets"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="offsets"/> is empty, holds the default value or repeats an offset.</exception>
    public ReviewSchedule(IEnumerable<ReviewOffset> offsets)
    {
        Guard.Against.Null(offsets);
        var list = new List<ReviewOffset>();
        foreach (var offset in offsets)
        {
            Preconditions.CheckArgument(offset.Kind != 0, nameof(offsets), "An offset is the default value.");
            Preconditions.CheckArgument(!list.Contains(offset), nameof(offsets), $"The offset {offset} is repeated.");
            list.Add(offset);
        }

        Preconditions.CheckArgument(list.Count > 0, nameof(offsets), "A schedule needs at least one review point.");
        this.offsets = list.ToArray();
    }

    /// <summary>Gets the common schedule: an interim review after 5 years and a final review after 10 years.</summary>
    public static ReviewSchedule Standard { get; } = new([new ReviewOffset(ReviewKind.Interim, Period.FromYears(5)), new ReviewOffset(ReviewKind.Final, Period.FromYears(10))]);

    /// <summary>Gets the review points, in the order given.</summary>
    public IReadOnlyList<ReviewOffset> Offsets => offsetsView ??= ReadOnlyView.Of(offsets);

    /// <summary>Lists the reviews of one document, by due date.</summary>
    /// <param name="document">The document.</param>
    /// <returns>One milestone per review point.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public IReadOnlyList<ReviewMilestone> MilestonesFor(DirectiveDocument document)
    {
        Guard.Against.Null(document);
        var result = new List<ReviewMilestone>(offsets.Length);
        foreach (var offset in offsets)
        {
            result.Add(new ReviewMilestone(document.Number, document.IssuedOn, offset));
        }

        result.Sort();
        return result;
    }

    /// <summary>Lists the reviews of the documents that fall due within a reporting period (a year, a half-year, a quarter, a Party term).</summary>
    /// <param name="documents">The documents.</param>
    /// <param name="period">The reporting period, both ends included.</param>
    /// <returns>The milestones due in the period, by due date, then document number, then kind.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An element of <paramref name="documents"/> is null.</exception>
    public IReadOnlyList<ReviewMilestone> DueWithin(IEnumerable<DirectiveDocument> documents, DateInterval period)
    {
        Guard.Against.Null(documents);
        Guard.Against.Null(period);
        var docs = Preconditions.CheckNotNullElements(documents, nameof(documents));
        var result = new List<ReviewMilestone>();
        foreach (var document in docs)
        {
            foreach (var offset in offsets)
            {
                var milestone = new ReviewMilestone(document.Number, document.IssuedOn, offset);
                if (period.Contains(milestone.DueOn))
                {
                    result.Add(milestone);
                }
            }
        }

        result.Sort();
        return result;
    }

    /// <summary>Lists the reviews of the documents that fall due in the current calendar year in Vietnam (UTC+7) according to a clock.</summary>
    /// <param name="documents">The documents.</param>
    /// <param name="clock">The clock that says what today is.</param>
    /// <returns>The milestones due from 1 January to 31 December of this year, by due date, then document number, then kind.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An element of <paramref name="documents"/> is null.</exception>
    public IReadOnlyList<ReviewMilestone> DueThisYear(IEnumerable<DirectiveDocument> documents, IClock clock)
    {
        Guard.Against.Null(documents);
        Guard.Against.Null(clock);
        int year = VietnamTime.Today(clock).Year;
        return DueWithin(documents, new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31)));
    }

    /// <summary>Finds the next review of a document that falls due on or after a date.</summary>
    /// <param name="document">The document.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The earliest milestone due on or after <paramref name="asOf"/>, or <see langword="null"/> when every review is past.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public ReviewMilestone? NextFor(DirectiveDocument document, LocalDate asOf)
    {
        Guard.Against.Null(document);
        ReviewMilestone? next = null;
        foreach (var offset in offsets)
        {
            var milestone = new ReviewMilestone(document.Number, document.IssuedOn, offset);
            if (milestone.DueOn >= asOf && (next is null || milestone < next.Value))
            {
                next = milestone;
            }
        }

        return next;
    }

    /// <summary>Finds the next review of a document that falls due today or later, today being the date in Vietnam (UTC+7) according to a clock.</summary>
    /// <param name="document">The document.</param>
    /// <param name="clock">The clock that says what today is.</param>
    /// <returns>The earliest milestone due today or later, or <see langword="null"/> when every review is past.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ReviewMilestone? NextFor(DirectiveDocument document, IClock clock)
    {
        Guard.Against.Null(document);
        Guard.Against.Null(clock);
        return NextFor(document, VietnamTime.Today(clock));
    }
}
