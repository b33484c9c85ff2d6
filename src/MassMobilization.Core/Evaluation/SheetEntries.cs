using System;
using MassMobilization.Core.Documents;

namespace MassMobilization.Core.Evaluation;

/// <summary>
/// The points given for one directly scored criterion of a rubric. The default value has an empty
/// criterion id and 0 points and is refused by <see cref="ScoreSheet"/>.
/// </summary>
public readonly record struct CriterionScore
{
    private readonly string? criterionId;

    /// <summary>Creates a score.</summary>
    /// <param name="criterionId">The id of a directly scored criterion of the rubric.</param>
    /// <param name="points">The points; checked against the criterion's maximum by <see cref="ScoreSheet"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="criterionId"/> is null.</exception>
    public CriterionScore(string criterionId, decimal points)
    {
        ArgumentNullException.ThrowIfNull(criterionId);
        this.criterionId = criterionId;
        Points = points;
    }

    /// <summary>Gets the criterion's id; the empty string for the default value.</summary>
    public string CriterionId => criterionId ?? string.Empty;

    /// <summary>Gets the points.</summary>
    public decimal Points { get; }
}

/// <summary>The level of the body that recognised a "Dân vận khéo" model or exemplar.</summary>
public enum RecognitionLevel
{
    /// <summary>Recognised at commune level (xã, phường, đặc khu).</summary>
    Commune = 0,

    /// <summary>Recognised at district level (before 2025-07-01).</summary>
    District = 1,

    /// <summary>Recognised at province or centrally-run city level.</summary>
    Province = 2,

    /// <summary>Recognised at central level.</summary>
    Central = 3,
}

/// <summary>
/// A bonus claimed on a score sheet, with the evidence that earns it: a "Dân vận khéo" model or exemplar
/// recognised by a competent body (Cần Thơ decision 2579/QĐ-UBND, 2025-11-21: up to +3 in total).
/// </summary>
public sealed record BonusClaim
{
    /// <summary>Creates a claim.</summary>
    /// <param name="itemId">The id of the rubric's bonus item the claim falls under.</param>
    /// <param name="modelOrExemplar">The name of the recognised model or exemplar, for example "Morning coffee – talking with the people".</param>
    /// <param name="level">The level of the recognising body.</param>
    /// <param name="recognisedBy">The recognising body, for example "Ban Tuyên giáo và Dân vận Thành ủy Cần Thơ", or <see langword="null"/>.</param>
    /// <param name="decision">The recognition decision's number, or <see langword="null"/> when not known.</param>
    /// <param name="points">The points claimed, zero or more; capped by the rubric when above its limits.</param>
    /// <exception cref="ArgumentNullException"><paramref name="itemId"/> or <paramref name="modelOrExemplar"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="modelOrExemplar"/> is empty or <paramref name="level"/> is not defined.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="points"/> is negative.</exception>
    public BonusClaim(string itemId, string modelOrExemplar, RecognitionLevel level, string? recognisedBy, DocumentNumber? decision, decimal points)
    {
        ArgumentNullException.ThrowIfNull(itemId);
        ArgumentNullException.ThrowIfNull(modelOrExemplar);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelOrExemplar);
        Preconditions.CheckArgument(Enum.IsDefined(level), nameof(level), $"Unknown recognition level {level}.");
        ArgumentOutOfRangeException.ThrowIfNegative(points);
        ItemId = itemId;
        ModelOrExemplar = modelOrExemplar;
        Level = level;
        RecognisedBy = recognisedBy;
        Decision = decision;
        Points = points;
    }

    /// <summary>Gets the id of the rubric's bonus item.</summary>
    public string ItemId { get; }

    /// <summary>Gets the name of the recognised model or exemplar.</summary>
    public string ModelOrExemplar { get; }

    /// <summary>Gets the level of the recognising body.</summary>
    public RecognitionLevel Level { get; }

    /// <summary>Gets the recognising body, or <see langword="null"/>.</summary>
    public string? RecognisedBy { get; }

    /// <summary>Gets the recognition decision's number, or <see langword="null"/>.</summary>
    public DocumentNumber? Decision { get; }

    /// <summary>Gets the points claimed.</summary>
    public decimal Points { get; }

    /// <summary>Describes the evidence, for example "'Piggy banks for social security' recognised at Province level by … (1234/QĐ-UBND)".</summary>
    /// <returns>The description.</returns>
    public string DescribeEvidence()
    {
        string text = $"'{ModelOrExemplar}' recognised at {Level} level";
        if (RecognisedBy is not null)
        {
            text += $" by {RecognisedBy}";
        }

        if (Decision is { } number)
        {
            text += $" ({number})";
        }

        return text;
    }
}

/// <summary>A penalty entered on a score sheet (Cần Thơ decision 2579/QĐ-UBND, 2025-11-21: up to −3 in total).</summary>
public sealed record PenaltyEntry
{
    /// <summary>Creates a penalty entry.</summary>
    /// <param name="itemId">The id of the rubric's penalty item.</param>
    /// <param name="reason">What happened, for example "Report for the first half-year sent 12 days late".</param>
    /// <param name="points">The points to remove, zero or more (a positive number); capped by the rubric when above its limits.</param>
    /// <exception cref="ArgumentNullException"><paramref name="itemId"/> or <paramref name="reason"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="points"/> is negative.</exception>
    public PenaltyEntry(string itemId, string reason, decimal points)
    {
        ArgumentNullException.ThrowIfNull(itemId);
        ArgumentNullException.ThrowIfNull(reason);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentOutOfRangeException.ThrowIfNegative(points);
        ItemId = itemId;
        Reason = reason;
        Points = points;
    }

    /// <summary>Gets the id of the rubric's penalty item.</summary>
    public string ItemId { get; }

    /// <summary>Gets what happened.</summary>
    public string Reason { get; }

    /// <summary>Gets the points to remove (a positive number).</summary>
    public decimal Points { get; }
}

/// <summary>The discipline of the unit's head or deputy head in the evaluated year.</summary>
public sealed record LeaderDiscipline
{
    /// <summary>Creates a discipline record.</summary>
    /// <param name="role">The disciplined leader's post.</param>
    /// <param name="level">The discipline level; not <see cref="DisciplineLevel.None"/>.</param>
    /// <param name="person">The leader's name, or <see langword="null"/>.</param>
    /// <param name="decision">The discipline decision's number, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="role"/> or <paramref name="level"/> is not defined, or <paramref name="level"/> is <see cref="DisciplineLevel.None"/>.</exception>
    public LeaderDiscipline(LeaderRole role, DisciplineLevel level, string? person = null, DocumentNumber? decision = null)
    {
        Preconditions.CheckArgument(Enum.IsDefined(role), nameof(role), $"Unknown role {role}.");
        Preconditions.CheckArgument(Enum.IsDefined(level) && level != DisciplineLevel.None, nameof(level), $"A discipline record needs a level, not {level}.");
        Role = role;
        Level = level;
        Person = person;
        Decision = decision;
    }

    /// <summary>Gets the disciplined leader's post.</summary>
    public LeaderRole Role { get; }

    /// <summary>Gets the discipline level.</summary>
    public DisciplineLevel Level { get; }

    /// <summary>Gets the leader's name, or <see langword="null"/>.</summary>
    public string? Person { get; }

    /// <summary>Gets the discipline decision's number, or <see langword="null"/>.</summary>
    public DocumentNumber? Decision { get; }

    /// <summary>Describes the record, for example "Head disciplined: Reprimand (12-QĐ/ĐU)".</summary>
    /// <returns>The description.</returns>
    public string Describe()
    {
        string text = $"{Role} disciplined: {Level}";
        if (Person is not null)
        {
            text = $"{Role} {Person} disciplined: {Level}";
        }

        return Decision is { } number ? $"{text} ({number})" : text;
    }
}
