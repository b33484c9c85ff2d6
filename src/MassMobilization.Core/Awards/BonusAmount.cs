using Ardalis.GuardClauses;
using MassMobilization.Core.Quantities;

namespace MassMobilization.Core.Awards;

/// <summary>A computed bonus with its arithmetic.</summary>
public sealed record BonusAmount
{
    /// <summary>Initializes a new instance of the <see cref="BonusAmount"/> class.</summary>
    /// <param name="amount">The amount paid.</param>
    /// <param name="baseSalary">The monthly base salary applied.</param>
    /// <param name="coefficient">The multiple applied.</param>
    /// <param name="exact">The exact product before rounding, in đồng.</param>
    /// <param name="explanation">For example "0.3 × 2,340,000 VND = 702,000 đồng, rounded up to a multiple of 10,000 → 710,000 VND".</param>
    /// <exception cref="System.ArgumentNullException">A reference argument is null.</exception>
    public BonusAmount(VndAmount amount, BaseSalaryPeriod baseSalary, BonusCoefficient coefficient, decimal exact, string explanation)
    {
        Guard.Against.Null(baseSalary);
        Guard.Against.Null(coefficient);
        Guard.Against.Null(explanation);
        Amount = amount;
        BaseSalary = baseSalary;
        Coefficient = coefficient;
        Exact = exact;
        Explanation = explanation;
    }

    /// <summary>Gets the amount paid.</summary>
    public VndAmount Amount { get; }

    /// <summary>Gets the monthly base salary applied.</summary>
    public BaseSalaryPeriod BaseSalary { get; }

    /// <summary>Gets the multiple applied.</summary>
    public BonusCoefficient Coefficient { get; }

    /// <summary>Gets the exact product before rounding, in đồng.</summary>
    public decimal Exact { get; }

    /// <summary>Gets for example "0.3 × 2,340,000 VND = 702,000 đồng, rounded up to a multiple of 10,000 → 710,000 VND".</summary>
    public string Explanation { get; }
}
