namespace MassMobilization.Core.Quantities;

/// <summary>How numbers are written: which character separates decimals and which groups thousands.</summary>
/// <remarks>The default value is <see cref="Vietnamese"/>.</remarks>
public enum NumberNotation
{
    /// <summary>Vietnamese usage: decimal comma and grouping dots ("165.340.000.000", "70,88").</summary>
    Vietnamese = 0,

    /// <summary>Culture-invariant usage: decimal point and grouping commas ("165,340,000,000", "70.88").</summary>
    Invariant = 1,
}
