using System;
using MassMobilization.Core.Aggregation;
using MassMobilization.Core.Organization;

namespace MassMobilization.Core.Reporting;

/// <summary>One unit of a report's hierarchy: the unit, its depth below the unit reported on, and its tally.</summary>
/// <param name="Unit">The unit, as in force on the report date.</param>
/// <param name="Depth">0 for the unit reported on, 1 for its children, and so on.</param>
/// <param name="Tally">The unit's figures, including everything beneath it.</param>
/// <exception cref="ArgumentNullException"><paramref name="Unit"/> or <paramref name="Tally"/> is null.</exception>
public sealed record UnitTally(AdministrativeUnit Unit, int Depth, Tally Tally)
{
    /// <summary>Gets the unit, as in force on the report date.</summary>
    public AdministrativeUnit Unit { get; init; } = Unit ?? throw new ArgumentNullException(nameof(Unit));

    /// <summary>Gets the unit's figures, including everything beneath it.</summary>
    public Tally Tally { get; init; } = Tally ?? throw new ArgumentNullException(nameof(Tally));
}
