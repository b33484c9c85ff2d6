using System;
using MassMobilization.Core.Organization;
using NodaTime;

namespace MassMobilization.Core.Aggregation;

/// <summary>
/// A partial aggregate's entry that could not be carried by a rebase (<see cref="RebasedPartial.UnallocatedEntries"/>):
/// the sum and record count of one slot, against the last unit that held them, with where they came
/// from and why they stopped.
/// </summary>
/// <param name="Entry">The entry, against the last unit that held it.</param>
/// <param name="Origin">The unit of the source structure the entry was recorded against.</param>
/// <param name="Date">The first day on which the last unit had no successor to take it.</param>
/// <param name="Reason">Why it could not be carried: an unweighted split, or a unit that ended without a successor.</param>
public sealed record UnallocatedEntry(PartialEntry Entry, UnitCode Origin, LocalDate Date, UnallocatedReason Reason)
{
    /// <summary>Returns the entry, origin, date and reason.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => FormattableString.Invariant($"{Entry} from {Origin}: {Reason} on {Date:uuuu-MM-dd}");
}
