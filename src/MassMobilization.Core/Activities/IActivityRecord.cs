using System.Collections.Generic;
using MassMobilization.Core.Organization;
using NodaTime;

namespace MassMobilization.Core.Activities;

/// <summary>
/// What every activity record shares, so that a later roll-up can turn it into indicator records
/// without knowing its type (docs/activities.md "Records"): an id, the date it happened, the unit it is
/// kept against, and its countable quantities.
/// </summary>
public interface IActivityRecord
{
    /// <summary>Gets the record's id.</summary>
    ActivityId Id { get; }

    /// <summary>Gets the date the activity happened (or, for an agreement or a board, took effect).</summary>
    LocalDate Date { get; }

    /// <summary>Gets the unit the record is kept against.</summary>
    UnitCode Unit { get; }

    /// <summary>Gets the record's countable quantities, one per measure of <see cref="ActivityMeasures"/>.</summary>
    IReadOnlyList<ActivityQuantity> Quantities { get; }
}
