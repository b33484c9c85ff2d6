namespace MassMobilization.Core.Reporting;

/// <summary>
/// The stable rule codes of <see cref="DomainRuleException"/>s thrown by the Reporting layer. Applications
/// may switch on them; messages are for people and may change.
/// </summary>
public static class ReportingRuleCodes
{
    /// <summary>The unit reported on is not in force on the report date.</summary>
    public const string UnitNotInForce = "REP-UNIT-NOT-IN-FORCE";

    /// <summary>Records or entries are kept against units that no structure of the chart on or before the report date holds together.</summary>
    public const string RecordsWithoutStructure = "REP-RECORDS-WITHOUT-STRUCTURE";

    /// <summary>A partial aggregate is for another period than the report.</summary>
    public const string PeriodMismatch = "REP-PERIOD-MISMATCH";

    /// <summary>A tally counts more models completed than registered, so the summary's "completed of registered" cannot be written.</summary>
    public const string CompletedAboveRegistered = "REP-COMPLETED-ABOVE-REGISTERED";
}
