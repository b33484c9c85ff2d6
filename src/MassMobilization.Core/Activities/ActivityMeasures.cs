namespace MassMobilization.Core.Activities;

/// <summary>The measure codes of <see cref="ActivityQuantity"/> (docs/activities.md "Records"); stable, for mapping onto indicators later.</summary>
public static class ActivityMeasures
{
    /// <summary>One record of its kind (a reception, a dialogue, a session…).</summary>
    public const string Count = "count";

    /// <summary>Citizens who asked to be received.</summary>
    public const string CitizensAsked = "citizens-asked";

    /// <summary>Citizens received.</summary>
    public const string CitizensReceived = "citizens-received";

    /// <summary>Issues raised.</summary>
    public const string IssuesRaised = "issues-raised";

    /// <summary>Participants of a dialogue or meeting.</summary>
    public const string Participants = "participants";

    /// <summary>Recommendations produced.</summary>
    public const string Recommendations = "recommendations";

    /// <summary>Units delivered (gifts, scholarships, houses…), the support kind telling which.</summary>
    public const string UnitsDelivered = "units-delivered";

    /// <summary>A value in whole đồng.</summary>
    public const string ValueDong = "value-dong";

    /// <summary>Members of a board or team.</summary>
    public const string Members = "members";

    /// <summary>Religious organisations visited.</summary>
    public const string OrganisationsVisited = "organisations-visited";

    /// <summary>Religious dignitaries visited.</summary>
    public const string DignitariesVisited = "dignitaries-visited";
}
