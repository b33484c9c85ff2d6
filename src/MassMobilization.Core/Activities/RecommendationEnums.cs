namespace MassMobilization.Core.Activities;

/// <summary>The states of a recommendation (phản ánh, kiến nghị; docs/activities.md "Recommendations").</summary>
/// <remarks>The default value <see cref="None"/> is the state before it is received.</remarks>
public enum RecommendationState
{
    /// <summary>Not received yet.</summary>
    None = 0,

    /// <summary>Received by the body that heard it.</summary>
    Received = 1,

    /// <summary>Forwarded to the body responsible for it.</summary>
    Forwarded = 2,

    /// <summary>Answered (a reply was given); it may still be resolved later.</summary>
    Answered = 3,

    /// <summary>Resolved: the matter was dealt with. An end.</summary>
    Resolved = 4,

    /// <summary>Rejected with reasons (outside competence, unfounded…). An end.</summary>
    Rejected = 5,

    /// <summary>Withdrawn by those who raised it. An end.</summary>
    Withdrawn = 6,
}

/// <summary>The actions of the recommendation lifecycle (docs/activities.md "Recommendations").</summary>
/// <remarks>The default value is <see cref="Receive"/>.</remarks>
public enum RecommendationAction
{
    /// <summary>Receive a recommendation.</summary>
    Receive = 0,

    /// <summary>Forward it to the responsible body (names the body).</summary>
    Forward = 1,

    /// <summary>Answer it.</summary>
    Answer = 2,

    /// <summary>Resolve it.</summary>
    Resolve = 3,

    /// <summary>Reject it.</summary>
    Reject = 4,

    /// <summary>Withdraw it.</summary>
    Withdraw = 5,
}

/// <summary>Where a recommendation was raised (docs/activities.md "Recommendations").</summary>
/// <remarks>The default value is <see cref="Reception"/>.</remarks>
public enum RecommendationChannel
{
    /// <summary>At a citizen reception (<see cref="CitizenReception"/>).</summary>
    Reception = 0,

    /// <summary>At a dialogue (<see cref="Dialogue"/>).</summary>
    Dialogue = 1,

    /// <summary>From a supervision by the Fatherland Front or a socio-political organisation (<see cref="SupervisionSession"/>).</summary>
    Supervision = 2,

    /// <summary>From a social criticism (<see cref="SocialCriticism"/>).</summary>
    SocialCriticism = 3,

    /// <summary>At a meeting of deputies with voters (tiếp xúc cử tri).</summary>
    VotersMeeting = 4,
}
