using System;
using Ardalis.GuardClauses;
using MassMobilization.Core.Documents;
using NodaTime;

namespace MassMobilization.Core.Awards;

/// <summary>An award already received, as it appears in a service record.</summary>
public sealed record ReceivedAward
{
    /// <summary>Creates a received award.</summary>
    /// <param name="kind">The title or form.</param>
    /// <param name="year">The year it was awarded for (the achievement year for titles, the decision year otherwise).</param>
    /// <param name="decision">The deciding document, for example <c>3406/QĐ-UBND</c>, or the default value when not recorded.</param>
    /// <param name="decisionDate">The date of the decision, or <see langword="null"/> when not recorded.</param>
    /// <param name="nature">Merit, ad-hoc or thematic; only merit awards count towards higher merit awards.</param>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1945–2200 or <paramref name="nature"/> is undefined.</exception>
    public ReceivedAward(AwardKind kind, int year, DocumentNumber decision = default, LocalDate? decisionDate = null, AwardNature nature = AwardNature.Merit)
    {
        Guard.Against.Null(kind);
        Guard.Against.OutOfRange(year, nameof(year), ServiceRecord.MinYear, ServiceRecord.MaxYear);
        Guard.Against.OutOfRange((int)nature, nameof(nature), 0, 2);
        Kind = kind;
        Year = year;
        Decision = decision;
        DecisionDate = decisionDate;
        Nature = nature;
    }

    /// <summary>Gets the title or form.</summary>
    public AwardKind Kind { get; }

    /// <summary>Gets the year it was awarded for.</summary>
    public int Year { get; }

    /// <summary>Gets the deciding document (the default value when not recorded).</summary>
    public DocumentNumber Decision { get; }

    /// <summary>Gets the date of the decision, if recorded.</summary>
    public LocalDate? DecisionDate { get; }

    /// <summary>Gets the nature of the award.</summary>
    public AwardNature Nature { get; }

    /// <summary>Gets a value indicating whether this award counts towards higher merit awards (only merit awards do).</summary>
    public bool CountsTowardsMerit => Nature == AwardNature.Merit;
}
