namespace MassMobilization.Core.Aggregation;

/// <summary>
/// The stable rule codes of <see cref="DomainRuleException"/>s thrown by the Aggregation area. Applications
/// may switch on them; messages are for people and may change.
/// </summary>
public static class AggregationRuleCodes
{
    /// <summary>Two partial aggregates of different reporting periods are merged.</summary>
    public const string PartialPeriod = "AGG-PARTIAL-PERIOD";

    /// <summary>An indicator or slot is not in the layout, or a tally has no such indicator.</summary>
    public const string UnknownIndicator = "AGG-UNKNOWN-INDICATOR";

    /// <summary>An indicator code appears twice in a layout, tally or catalogue.</summary>
    public const string DuplicateIndicator = "AGG-DUPLICATE-INDICATOR";

    /// <summary>A record's or entry's unit is not among the units being rolled up or rebased (records kept against an old unit must be rebased first).</summary>
    public const string UnknownUnit = "AGG-UNKNOWN-UNIT";

    /// <summary>Two units of a roll-up shape share a code.</summary>
    public const string DuplicateUnit = "AGG-DUPLICATE-UNIT";

    /// <summary>
    /// A sum or record count of one unit and indicator slot does not fit in 64 bits (in a roll-up, a
    /// partial, a merge or a rebase); the message names the unit and the slot.
    /// </summary>
    public const string SumOverflow = "AGG-SUM-OVERFLOW";
}
