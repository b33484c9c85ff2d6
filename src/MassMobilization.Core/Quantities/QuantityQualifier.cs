namespace MassMobilization.Core.Quantities;

/// <summary>
/// How a reported figure qualifies its number (docs/activities.md "Reported quantities"): exactly, more
/// than ("hơn", "trên"), at least ("ít nhất") or about ("khoảng").
/// </summary>
/// <remarks>The default value is <see cref="Exact"/>.</remarks>
public enum QuantityQualifier
{
    /// <summary>The figure is exact ("395.000").</summary>
    Exact = 0,

    /// <summary>The true quantity is strictly greater than the figure ("hơn 395.000", "trên 3.500", "more than", "over").</summary>
    MoreThan = 1,

    /// <summary>The true quantity is greater than or equal to the figure ("ít nhất 1.000", "at least").</summary>
    AtLeast = 2,

    /// <summary>The figure is an approximation, with no stated bound ("khoảng 300", "about").</summary>
    About = 3,
}
