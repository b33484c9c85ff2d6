namespace MassMobilization.Core.AdministrativeUnits;

/// <summary>
/// The rule codes of <see cref="DomainRuleException"/> thrown by this package: a shipped resource that
/// fails validation on load (it was corrupted or edited by hand) and rebasing input that does not fit
/// the official map.
/// </summary>
public static class OfficialMapRules
{
    /// <summary>The embedded data or its manifest is missing from the assembly.</summary>
    public const string ResourceMissing = "MAP-RESOURCE-MISSING";

    /// <summary>The data's SHA-256 hash or size differs from the one recorded in the manifest.</summary>
    public const string ResourceHash = "MAP-RESOURCE-HASH";

    /// <summary>A line of the data or manifest does not follow the format.</summary>
    public const string ResourceFormat = "MAP-RESOURCE-FORMAT";

    /// <summary>The number of units, divided communes, reused codes or corrections differs from the manifest.</summary>
    public const string ResourceCounts = "MAP-RESOURCE-COUNTS";

    /// <summary>One code would mean two units on one day.</summary>
    public const string CodeTwiceOnOneDay = "MAP-CODE-TWICE-ON-ONE-DAY";

    /// <summary>An old unit goes into a code that is not a new commune.</summary>
    public const string UnknownSuccessor = "MAP-UNKNOWN-SUCCESSOR";

    /// <summary>An old commune goes into a commune outside the province its old province merged into.</summary>
    public const string OutsideSuccessorProvince = "MAP-OUTSIDE-SUCCESSOR-PROVINCE";

    /// <summary>A new commune has no predecessor.</summary>
    public const string NoPredecessor = "MAP-NO-PREDECESSOR";

    /// <summary>An old province goes into no new province, or into several.</summary>
    public const string ProvinceSuccession = "MAP-PROVINCE-SUCCESSION";

    /// <summary>The data builds no valid organization chart (the inner exception carries the chart's own rule).</summary>
    public const string ChartInvalid = "MAP-CHART-INVALID";

    /// <summary>A record to rebase names a code that is not a commune in force on the last day before the reform.</summary>
    public const string RebaseUnknownCommune = "MAP-REBASE-UNKNOWN-COMMUNE";

    /// <summary>A record to rebase has a negative value.</summary>
    public const string RebaseNegativeValue = "MAP-REBASE-NEGATIVE-VALUE";
}
