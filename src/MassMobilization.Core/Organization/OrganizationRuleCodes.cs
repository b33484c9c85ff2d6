namespace MassMobilization.Core.Organization;

/// <summary>
/// The stable rule codes of <see cref="DomainRuleException"/>s thrown by the organization model.
/// Applications may switch on them; messages name the units, bodies and dates involved.
/// </summary>
public static class OrganizationRuleCodes
{
    /// <summary>A unit names itself as its parent.</summary>
    public const string SelfParent = "ORG-SELF-PARENT";

    /// <summary>Two versions of one unit code start on the same day (two units holding one code at once).</summary>
    public const string DuplicateCode = "ORG-DUPLICATE-CODE";

    /// <summary>Two versions of one unit code share at least one day.</summary>
    public const string OverlappingVersions = "ORG-OVERLAPPING-VERSIONS";

    /// <summary>A unit's parent code is not the code of any unit in the chart.</summary>
    public const string UnknownParent = "ORG-UNKNOWN-PARENT";

    /// <summary>A unit's parent is not in force on every day the unit is.</summary>
    public const string ParentNotValid = "ORG-PARENT-NOT-VALID";

    /// <summary>Parent links form a cycle on some day.</summary>
    public const string Cycle = "ORG-CYCLE";

    /// <summary>Two versions of one body start on the same day.</summary>
    public const string DuplicateCommittee = "ORG-DUPLICATE-COMMITTEE";

    /// <summary>Two versions of one body share at least one day.</summary>
    public const string OverlappingCommitteeVersions = "ORG-OVERLAPPING-COMMITTEE-VERSIONS";

    /// <summary>A body's unit is unknown or not in force on every day the body exists.</summary>
    public const string CommitteeUnitNotValid = "ORG-COMMITTEE-UNIT-NOT-VALID";

    /// <summary>A succession names a unit or body that is not in the chart at all.</summary>
    public const string SuccessionUnknown = "ORG-SUCCESSION-UNKNOWN";

    /// <summary>A succession points backwards in time: a predecessor only starts on or after the succession date, or a successor ended before it.</summary>
    public const string SuccessionBackwards = "ORG-SUCCESSION-BACKWARDS";

    /// <summary>A predecessor is not in force on the day before the succession, or a successor is not in force on its date.</summary>
    public const string SuccessionNotInForce = "ORG-SUCCESSION-NOT-IN-FORCE";

    /// <summary>A unit or body is a predecessor in two successions on the same date (it would have two successors).</summary>
    public const string SuccessionAmbiguous = "ORG-SUCCESSION-AMBIGUOUS";

    /// <summary>A succession has the wrong number of predecessors or successors for its kind, or repeats one.</summary>
    public const string SuccessionShape = "ORG-SUCCESSION-SHAPE";

    /// <summary>The weights of a split do not sum to exactly 1.</summary>
    public const string SplitWeightsSum = "ORG-SPLIT-WEIGHTS-SUM";

    /// <summary>A weight of a split is zero, negative or greater than 1.</summary>
    public const string SplitWeightOutOfRange = "ORG-SPLIT-WEIGHT-OUT-OF-RANGE";

    /// <summary>A query names a unit that is not in force on the date asked.</summary>
    public const string UnitNotInForce = "ORG-UNIT-NOT-IN-FORCE";

    /// <summary>A query names a body that does not exist on the date asked.</summary>
    public const string CommitteeNotInForce = "ORG-COMMITTEE-NOT-IN-FORCE";

    /// <summary>Counts to rebase are recorded against a unit not in force on the source date.</summary>
    public const string RebaseUnknownUnit = "ORG-REBASE-UNKNOWN-UNIT";

    /// <summary>A rebase target date is before its source date.</summary>
    public const string RebaseBackwards = "ORG-REBASE-BACKWARDS";

    /// <summary>A count to rebase is negative.</summary>
    public const string RebaseNegativeCount = "ORG-REBASE-NEGATIVE-COUNT";

    /// <summary>An emulation cluster has fewer than two members.</summary>
    public const string ClusterTooSmall = "ORG-CLUSTER-TOO-SMALL";

    /// <summary>An emulation cluster lists a member twice.</summary>
    public const string ClusterDuplicateMember = "ORG-CLUSTER-DUPLICATE-MEMBER";

    /// <summary>A head or deputy head of an emulation cluster is not a member.</summary>
    public const string ClusterLeaderNotMember = "ORG-CLUSTER-LEADER-NOT-MEMBER";

    /// <summary>The head and the deputy head of an emulation cluster are the same member.</summary>
    public const string ClusterHeadIsDeputy = "ORG-CLUSTER-HEAD-IS-DEPUTY";

    /// <summary>An emulation cluster already has a leadership for the year.</summary>
    public const string ClusterYearTaken = "ORG-CLUSTER-YEAR-TAKEN";

    /// <summary>An emulation cluster has no leadership for the year asked.</summary>
    public const string ClusterNoLeadership = "ORG-CLUSTER-NO-LEADERSHIP";
}
