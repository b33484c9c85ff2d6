namespace MassMobilization.Core.Emulation;

/// <summary>
/// The stable rule codes of <see cref="DomainRuleException"/>s thrown by emulation movements, contests,
/// judging and cluster standings. Applications may switch on them; messages name the round, team, judge,
/// section or unit involved.
/// </summary>
public static class EmulationRuleCodes
{
    /// <summary>A trimmed mean needs more judges than it drops (2k + 1): the round's panel, or the judges who scored a team, are too few.</summary>
    public const string PanelTooSmall = "EMU-PANEL-TOO-SMALL";

    /// <summary>A round is judged with no teams.</summary>
    public const string RoundWithoutTeams = "EMU-ROUND-WITHOUT-TEAMS";

    /// <summary>A team is entered twice in a round.</summary>
    public const string DuplicateTeam = "EMU-DUPLICATE-TEAM";

    /// <summary>A score sheet comes from a judge who is not on the round's panel.</summary>
    public const string UnknownJudge = "EMU-UNKNOWN-JUDGE";

    /// <summary>A score sheet is for a team not entered in the round.</summary>
    public const string UnknownTeam = "EMU-UNKNOWN-TEAM";

    /// <summary>A judge scored the same team twice in a round.</summary>
    public const string DuplicateSheet = "EMU-DUPLICATE-SHEET";

    /// <summary>A score sheet lacks a section of the round.</summary>
    public const string MissingSection = "EMU-MISSING-SECTION";

    /// <summary>A score sheet has a section the round does not have.</summary>
    public const string UnknownSection = "EMU-UNKNOWN-SECTION";

    /// <summary>A judge gave negative points in a section.</summary>
    public const string ScoreNegative = "EMU-SCORE-NEGATIVE";

    /// <summary>A judge gave more points than a section's maximum.</summary>
    public const string ScoreAboveMaximum = "EMU-SCORE-ABOVE-MAXIMUM";

    /// <summary>No judge of the panel scored a team entered in the round.</summary>
    public const string TeamNotScored = "EMU-TEAM-NOT-SCORED";

    /// <summary>An advancement rule would advance more teams than the round has.</summary>
    public const string AdvanceMoreThanTeams = "EMU-ADVANCE-MORE-THAN-TEAMS";

    /// <summary>A team represents a unit outside the contest's area.</summary>
    public const string TeamOutsideArea = "EMU-TEAM-OUTSIDE-AREA";

    /// <summary>A cluster standing is asked for with no members.</summary>
    public const string EmptyCluster = "EMU-EMPTY-CLUSTER";

    /// <summary>A unit is scored twice in one cluster standing.</summary>
    public const string DuplicateClusterMember = "EMU-DUPLICATE-CLUSTER-MEMBER";

    /// <summary>A cluster standing mixes evaluation scores and contest results.</summary>
    public const string MixedScoreSources = "EMU-MIXED-SCORE-SOURCES";

    /// <summary>A unit scored in a cluster's standing is not one of the cluster's members.</summary>
    public const string NotClusterMember = "EMU-NOT-CLUSTER-MEMBER";

    /// <summary>A member of a cluster has no score in the cluster's standing.</summary>
    public const string ClusterMemberNotScored = "EMU-CLUSTER-MEMBER-NOT-SCORED";
}
