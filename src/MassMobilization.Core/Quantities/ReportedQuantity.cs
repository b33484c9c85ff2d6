using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Quantities;

/// <summary>
/// A count as a report states it, with its qualifier: "hơn 395.000 suất quà" (more than 395,000 gifts),
/// "trên 3.500 cuộc giám sát" (over 3,500 supervisions), "khoảng 300" (about 300), "ít nhất 5" (at
/// least 5), or an exact "305". The qualifier is never lost: there is no conversion to a plain number,
/// only <see cref="TryGetExact"/>, which succeeds for exact figures alone (docs/activities.md "Reported quantities").
/// </summary>
/// <remarks>
/// <para><b>Sums.</b> The figure of a sum is the sum of the figures; its qualifier is the weakest claim
/// that is still true:</para>
/// <list type="bullet">
/// <item>About + anything = About (an approximation stays an approximation);</item>
/// <item>otherwise, if either is MoreThan, the sum is MoreThan (x &gt; a and y ≥ b give x + y &gt; a + b);</item>
/// <item>otherwise, if either is AtLeast, the sum is AtLeast;</item>
/// <item>Exact + Exact = Exact.</item>
/// </list>
/// <para>Addition is associative and commutative, and exact zero is its identity.</para>
/// <para><b>Equality</b> compares the figure and the qualifier: "more than 5" is not equal to "5".
/// <b>Ordering</b> is a sort order for lists (by figure, then by qualifier in declaration order); it
/// does not claim that one true quantity exceeds another.</para>
/// <para>The default value is exactly zero.</para>
/// </remarks>
public readonly struct ReportedQuantity : IEquatable<ReportedQuantity>, IComparable<ReportedQuantity>
{
    /// <summary>Initializes a reported quantity.</summary>
    /// <param name="figure">The number as written in the report; not negative.</param>
    /// <param name="qualifier">The qualifier written with it.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="figure"/> is negative or <paramref name="qualifier"/> is unknown.</exception>
    public ReportedQuantity(long figure, QuantityQualifier qualifier)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(figure);
        if (qualifier is not (QuantityQualifier.Exact or QuantityQualifier.MoreThan or QuantityQualifier.AtLeast or QuantityQualifier.About))
        {
            throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, "Unknown quantity qualifier.");
        }

        Figure = figure;
        Qualifier = qualifier;
    }

    /// <summary>Gets exactly zero, the identity of addition.</summary>
    public static ReportedQuantity Zero => default;

    /// <summary>Gets the number as written in the report (the bound or the approximation, not the true quantity unless <see cref="IsExact"/>).</summary>
    public long Figure { get; }

    /// <summary>Gets the qualifier written with the number.</summary>
    public QuantityQualifier Qualifier { get; }

    /// <summary>Gets a value indicating whether the figure is exact.</summary>
    public bool IsExact => Qualifier == QuantityQualifier.Exact;

    /// <summary>Creates an exact figure ("305").</summary>
    /// <param name="figure">The number; not negative.</param>
    /// <returns>The quantity.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="figure"/> is negative.</exception>
    public static ReportedQuantity Exact(long figure) => new(figure, QuantityQualifier.Exact);

    /// <summary>Creates a "more than" figure ("hơn 395.000").</summary>
    /// <param name="figure">The number; not negative.</param>
    /// <returns>The quantity.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="figure"/> is negative.</exception>
    public static ReportedQuantity MoreThan(long figure) => new(figure, QuantityQualifier.MoreThan);

    /// <summary>Creates an "at least" figure ("ít nhất 1.000").</summary>
    /// <param name="figure">The number; not negative.</param>
    /// <returns>The quantity.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="figure"/> is negative.</exception>
    public static ReportedQuantity AtLeast(long figure) => new(figure, QuantityQualifier.AtLeast);

    /// <summary>Creates an "about" figure ("khoảng 300").</summary>
    /// <param name="figure">The number; not negative.</param>
    /// <returns>The quantity.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="figure"/> is negative.</exception>
    public static ReportedQuantity About(long figure) => new(figure, QuantityQualifier.About);

    /// <summary>Gives the qualifier of a sum (see the remarks of <see cref="ReportedQuantity"/>).</summary>
    /// <param name="left">The qualifier of the first term.</param>
    /// <param name="right">The qualifier of the second term.</param>
    /// <returns>The qualifier of the sum.</returns>
    public static QuantityQualifier Combine(QuantityQualifier left, QuantityQualifier right)
    {
        if (left == QuantityQualifier.About || right == QuantityQualifier.About)
        {
            return QuantityQualifier.About;
        }

        if (left == QuantityQualifier.MoreThan || right == QuantityQualifier.MoreThan)
        {
            return QuantityQualifier.MoreThan;
        }

        return left == QuantityQualifier.AtLeast || right == QuantityQualifier.AtLeast ? QuantityQualifier.AtLeast : QuantityQualifier.Exact;
    }

    /// <summary>Adds two reported quantities: figures add, qualifiers combine (exact + more-than is more-than; about + anything is about).</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum does not fit in 64 bits.</exception>
    public static ReportedQuantity operator +(ReportedQuantity left, ReportedQuantity right) =>
        new(checked(left.Figure + right.Figure), Combine(left.Qualifier, right.Qualifier));

    /// <summary>Adds two reported quantities (the named form of <c>+</c>).</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum does not fit in 64 bits.</exception>
    public static ReportedQuantity Add(ReportedQuantity left, ReportedQuantity right) => left + right;

    /// <summary>Adds up a sequence of reported quantities; the empty sum is exactly zero.</summary>
    /// <param name="quantities">The quantities.</param>
    /// <returns>The sum, qualified as described on <see cref="ReportedQuantity"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="quantities"/> is null.</exception>
    /// <exception cref="OverflowException">The sum does not fit in 64 bits.</exception>
    public static ReportedQuantity Sum(IEnumerable<ReportedQuantity> quantities)
    {
        Guard.Against.Null(quantities);
        var total = Zero;
        foreach (var quantity in quantities)
        {
            total += quantity;
        }

        return total;
    }

    /// <summary>Gets the figure when, and only when, it is exact.</summary>
    /// <param name="value">The exact figure, or zero.</param>
    /// <returns><see langword="true"/> for an exact figure.</returns>
    public bool TryGetExact(out long value)
    {
        value = IsExact ? Figure : 0;
        return IsExact;
    }

    /// <summary>
    /// Says whether an exact count (for example a sum rolled up from individual records) is consistent with
    /// this published figure: equal to an exact figure, above a "more than" figure, at or above an "at least"
    /// figure. The published figure is not changed by the answer: a report that said "hơn 395.000" still says
    /// so, and the count from the records (say 395.112) is shown beside it, never in its place.
    /// </summary>
    /// <param name="count">The exact count.</param>
    /// <returns>
    /// <see langword="true"/> or <see langword="false"/> for exact, "more than" and "at least" figures;
    /// <see langword="null"/> for "about", whose tolerance no report states (unknown, never "not consistent").
    /// </returns>
    public bool? Admits(long count) => Qualifier switch
    {
        QuantityQualifier.Exact => count == Figure,
        QuantityQualifier.MoreThan => count > Figure,
        QuantityQualifier.AtLeast => count >= Figure,
        _ => null,
    };

    /// <summary>Parses a quantity in Vietnamese ("hơn 395.000") or invariant ("more than 395,000") wording; see <see cref="ReportedQuantityPattern.Parse(string?)"/> for the result form that never throws.</summary>
    /// <param name="text">The text.</param>
    /// <param name="pattern">The pattern that says the wording and notation.</param>
    /// <returns>The quantity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="pattern"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a reported quantity in that pattern; the message says what and where.</exception>
    public static ReportedQuantity Parse(string text, ReportedQuantityPattern pattern)
    {
        Guard.Against.Null(text);
        Guard.Against.Null(pattern);
        return pattern.Parse(text).GetValueOrThrow();
    }

    /// <summary>Formats the quantity with a pattern, for example <see cref="ReportedQuantityPattern.Vietnamese"/> ("hơn 395.000").</summary>
    /// <param name="pattern">The pattern.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pattern"/> is null.</exception>
    public string ToString(ReportedQuantityPattern pattern)
    {
        Guard.Against.Null(pattern);
        return pattern.Format(this);
    }

    /// <summary>Formats the quantity in invariant wording, for example <c>more than 395,000</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ReportedQuantityPattern.Invariant.Format(this);

    /// <summary>Compares figure and qualifier ("more than 5" differs from "5").</summary>
    /// <param name="other">The other quantity.</param>
    /// <returns><see langword="true"/> when both figure and qualifier are equal.</returns>
    public bool Equals(ReportedQuantity other) => Figure == other.Figure && Qualifier == other.Qualifier;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ReportedQuantity other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Figure, Qualifier);

    /// <summary>Sorts by figure, then by qualifier in declaration order; a sort order, not a comparison of true quantities.</summary>
    /// <param name="other">The other quantity.</param>
    /// <returns>Negative, zero or positive as this quantity sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(ReportedQuantity other)
    {
        int byFigure = Figure.CompareTo(other.Figure);
        return byFigure != 0 ? byFigure : ((int)Qualifier).CompareTo((int)other.Qualifier);
    }

    /// <summary>Compares figure and qualifier for equality.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns><see langword="true"/> when both are equal.</returns>
    public static bool operator ==(ReportedQuantity left, ReportedQuantity right) => left.Equals(right);

    /// <summary>Compares figure and qualifier for inequality.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns><see langword="true"/> when the figure or the qualifier differs.</returns>
    public static bool operator !=(ReportedQuantity left, ReportedQuantity right) => !left.Equals(right);

    /// <summary>Sort order (see <see cref="CompareTo"/>).</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(ReportedQuantity left, ReportedQuantity right) => left.CompareTo(right) < 0;

    /// <summary>Sort order (see <see cref="CompareTo"/>).</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first or is equal.</returns>
    public static bool operator <=(ReportedQuantity left, ReportedQuantity right) => left.CompareTo(right) <= 0;

    /// <summary>Sort order (see <see cref="CompareTo"/>).</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(ReportedQuantity left, ReportedQuantity right) => left.CompareTo(right) > 0;

    /// <summary>Sort order (see <see cref="CompareTo"/>).</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last or is equal.</returns>
    public static bool operator >=(ReportedQuantity left, ReportedQuantity right) => left.CompareTo(right) >= 0;

    internal string FigureText(NumberNotation notation) =>
        Figure.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', NumberText.GroupSeparator(notation));
}
