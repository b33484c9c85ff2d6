namespace MassMobilization.Core.Activities;

/// <summary>The figure sets of <see cref="ActivityFigures"/>: which indicators a record's first, second and third figures feed.</summary>
internal enum FigureKind : byte
{
    /// <summary>A dialogue: one dialogue.</summary>
    Dialogue,

    /// <summary>A citizen reception: one session; citizens received over asked (a ratio).</summary>
    Reception,

    /// <summary>A gift delivery: gifts; value.</summary>
    Gift,

    /// <summary>A scholarship delivery: scholarships; value.</summary>
    Scholarship,

    /// <summary>Houses built or repaired: houses; value.</summary>
    House,

    /// <summary>Other support: units; value.</summary>
    OtherSupport,

    /// <summary>A supervision: one session; its recommendations.</summary>
    Supervision,

    /// <summary>A social criticism: one; its recommendations.</summary>
    SocialCriticism,

    /// <summary>A recommendation received: one.</summary>
    Recommendation,

    /// <summary>A political core team: one; members.</summary>
    CoreTeam,

    /// <summary>A religious visit: one; organisations visited.</summary>
    ReligiousVisit,

    /// <summary>A twinning agreement: one.</summary>
    Twinning,

    /// <summary>A person with prestige selected: one.</summary>
    Prestige,

    /// <summary>A community vote: one.</summary>
    CommunityVote,

    /// <summary>A People's Inspection Board: one.</summary>
    InspectionBoard,

    /// <summary>A Community Investment Supervision Board: one.</summary>
    InvestmentBoard,

    /// <summary>A disclosure item: one.</summary>
    Disclosure,

    /// <summary>A record type outside the library: its count.</summary>
    Other,
}
