namespace MassMobilization.Core.Quantities;

/// <summary>
/// How an exact value is rounded to the precision of an official figure (a whole percent, two
/// decimals, a whole đồng, a multiple of 10,000 đồng). Every rounding in the library names one of these;
/// none is implied.
/// </summary>
/// <remarks>The default value is <see cref="Truncate"/>.</remarks>
public enum RoundingMode
{
    /// <summary>Drops the excess digits (toward zero): 70.88% → 70%, as the Thanh Trì H1 2024 report did with 185/261.</summary>
    Truncate = 0,

    /// <summary>Rounds toward negative infinity.</summary>
    Floor = 1,

    /// <summary>Rounds toward positive infinity: the award bonus rule rounds up to the next 10,000 đồng.</summary>
    Ceiling = 2,

    /// <summary>Rounds to the nearest; halves go away from zero (70.885% → 70.89%, −0.5 → −1).</summary>
    HalfAwayFromZero = 3,

    /// <summary>Rounds to the nearest; halves go to the even neighbour (banker's rounding).</summary>
    HalfToEven = 4,
}
