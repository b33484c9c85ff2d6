namespace MassMobilization.Core.Quantities;

/// <summary>The unit in which an amount of đồng is written: đồng, nghìn đồng, triệu đồng or tỷ đồng.</summary>
/// <remarks>The default value is <see cref="Dong"/>.</remarks>
public enum VndUnit
{
    /// <summary>Đồng ("đồng", "VND").</summary>
    Dong = 0,

    /// <summary>Thousands of đồng ("nghìn đồng", "thousand VND").</summary>
    Thousand = 1,

    /// <summary>Millions of đồng ("triệu đồng", "million VND").</summary>
    Million = 2,

    /// <summary>Billions (10^9) of đồng ("tỷ đồng", "billion VND"), as reports write large sums: "165,34 tỷ đồng".</summary>
    Billion = 3,
}
