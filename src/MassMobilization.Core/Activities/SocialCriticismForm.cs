namespace MassMobilization.Core.Activities;

/// <summary>How a social criticism is carried out (hình thức phản biện xã hội; docs/activities.md "Supervision and social criticism").</summary>
/// <remarks>The default value is <see cref="Conference"/>.</remarks>
public enum SocialCriticismForm
{
    /// <summary>A criticism conference.</summary>
    Conference = 0,

    /// <summary>Written comments on the draft.</summary>
    WrittenComments = 1,

    /// <summary>A direct dialogue with the drafting body.</summary>
    Dialogue = 2,
}
