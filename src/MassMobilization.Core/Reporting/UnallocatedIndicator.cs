using System;
using System.Collections.ObjectModel;
using MassMobilization.Core.Aggregation;

namespace MassMobilization.Core.Reporting;

/// <summary>
/// What of one indicator could not be carried onto the structure of the report date, and why: the
/// entries left against the last unit that held them, each with its origin and reason.
/// </summary>
public sealed class UnallocatedIndicator
{
    internal UnallocatedIndicator(Indicator indicator, long sum, UnallocatedEntry[] entries)
    {
        Indicator = indicator;
        Sum = sum;
        Entries = Array.AsReadOnly(entries);
    }

    /// <summary>Gets the indicator.</summary>
    public Indicator Indicator { get; }

    /// <summary>Gets the amount left out: the sum of the indicator's slot (its numerator, for a ratio), for example the registered models not carried.</summary>
    public long Sum { get; }

    /// <summary>Gets the entries left out (every slot of the indicator), with the units and reasons.</summary>
    public ReadOnlyCollection<UnallocatedEntry> Entries { get; }
}
