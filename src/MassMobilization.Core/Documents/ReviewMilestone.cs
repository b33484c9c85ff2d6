using System;
using NodaTime;

namespace MassMobilization.Core.Documents;

/// <summary>A review of one document falling due on a day: "10 years of Resolution 25-NQ/TW (2013), due 2023-06-03".</summary>
/// <remarks>The default value has default members and is never produced by <see cref="ReviewSchedule"/>.</remarks>
public readonly struct ReviewMilestone : IEquatable<ReviewMilestone>, IComparable<ReviewMilestone>
{
    internal ReviewMilestone(DocumentNumber document, LocalDate issuedOn, ReviewOffset offset)
    {
        Document = document;
        IssuedOn = issuedOn;
        Kind = offset.Kind;
        Offset = offset.Offset;
        DueOn = offset.DueFor(issuedOn);
    }

    /// <summary>Gets the reviewed document's number.</summary>
    public DocumentNumber Document { get; }

    /// <summary>Gets the reviewed document's issue date.</summary>
    public LocalDate IssuedOn { get; }

    /// <summary>Gets the kind of review.</summary>
    public ReviewKind Kind { get; }

    /// <summary>Gets the period after the issue date; <see cref="Period.Zero"/> for the default value.</summary>
    public Period Offset => field ?? Period.Zero;

    /// <summary>Gets the day the review falls due.</summary>
    public LocalDate DueOn { get; }

    /// <inheritdoc />
    public bool Equals(ReviewMilestone other) =>
        Document == other.Document && IssuedOn == other.IssuedOn && Kind == other.Kind && Offset.Equals(other.Offset) && DueOn == other.DueOn;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ReviewMilestone other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Document, IssuedOn, Kind, DueOn);

    /// <summary>Orders by due date, then document number, then kind.</summary>
    /// <param name="other">The milestone to compare with.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(ReviewMilestone other)
    {
        int c = DueOn.CompareTo(other.DueOn);
        if (c == 0)
        {
            c = Document.CompareTo(other.Document);
        }

        if (c == 0)
        {
            c = Kind.CompareTo(other.Kind);
        }

        return c == 0 ? IssuedOn.CompareTo(other.IssuedOn) : c;
    }

    /// <summary>Returns the kind, the document and the due date.</summary>
    /// <returns>For example <c>Final review of 25-NQ/TW (P10Y) due 2023-06-03</c>.</returns>
    public override string ToString() => $"{Kind} review of {Document} ({Offset}) due {DueOn:uuuu-MM-dd}";

    /// <summary>Compares two milestones for equality.</summary>
    /// <param name="left">The first milestone.</param>
    /// <param name="right">The second milestone.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ReviewMilestone left, ReviewMilestone right) => left.Equals(right);

    /// <summary>Compares two milestones for inequality.</summary>
    /// <param name="left">The first milestone.</param>
    /// <param name="right">The second milestone.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(ReviewMilestone left, ReviewMilestone right) => !left.Equals(right);

    /// <summary>Orders two milestones.</summary>
    /// <param name="left">The first milestone.</param>
    /// <param name="right">The second milestone.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(ReviewMilestone left, ReviewMilestone right) => left.CompareTo(right) < 0;

    /// <summary>Orders two milestones.</summary>
    /// <param name="left">The first milestone.</param>
    /// <param name="right">The second milestone.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first or they are equal.</returns>
    public static bool operator <=(ReviewMilestone left, ReviewMilestone right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two milestones.</summary>
    /// <param name="left">The first milestone.</param>
    /// <param name="right">The second milestone.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(ReviewMilestone left, ReviewMilestone right) => left.CompareTo(right) > 0;

    /// <summary>Orders two milestones.</summary>
    /// <param name="left">The first milestone.</param>
    /// <param name="right">The second milestone.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last or they are equal.</returns>
    public static bool operator >=(ReviewMilestone left, ReviewMilestone right) => left.CompareTo(right) >= 0;
}
