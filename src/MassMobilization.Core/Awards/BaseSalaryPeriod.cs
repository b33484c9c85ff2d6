using Ardalis.GuardClauses;
using MassMobilization.Core.Quantities;
using NodaTime;

namespace MassMobilization.Core.Awards;

/// <summary>The statutory base salary (mức lương cơ sở) from a date.</summary>
public sealed record BaseSalaryPeriod
{
    /// <summary>Initializes a new instance of the <see cref="BaseSalaryPeriod"/> class.</summary>
    /// <param name="from">The first day it applies.</param>
    /// <param name="monthly">The monthly amount.</param>
    /// <param name="source">The decree, for example "Decree 73/2024/NĐ-CP".</param>
    /// <exception cref="System.ArgumentNullException">A reference argument is null.</exception>
    public BaseSalaryPeriod(LocalDate from, VndAmount monthly, string source)
    {
        Guard.Against.Null(source);
        From = from;
        Monthly = monthly;
        Source = source;
    }

    /// <summary>Gets the first day it applies.</summary>
    public LocalDate From { get; }

    /// <summary>Gets the monthly amount.</summary>
    public VndAmount Monthly { get; }

    /// <summary>Gets the decree, for example "Decree 73/2024/NĐ-CP".</summary>
    public string Source { get; }
}
