namespace MassMobilization.Core.Activities;

/// <summary>How a supervision is carried out (hình thức giám sát; Regulation 217-QĐ/TW; docs/activities.md "Supervision and social criticism").</summary>
/// <remarks>The default value is <see cref="DocumentReview"/>.</remarks>
public enum SupervisionForm
{
    /// <summary>Studying and reviewing the supervised body's documents and reports.</summary>
    DocumentReview = 0,

    /// <summary>A supervision team (đoàn giám sát).</summary>
    SupervisionTeam = 1,

    /// <summary>Through the People's Inspection Board or the Community Investment Supervision Board.</summary>
    ThroughCommunityBoards = 2,

    /// <summary>Another form, named in the subject.</summary>
    Other = 3,
}
