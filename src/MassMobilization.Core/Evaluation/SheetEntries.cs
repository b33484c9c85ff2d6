using System;
using System.Globalization;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Mobilization;

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

/// <summary>
/// A bonus claimed on a score sheet, with the evidence that earns it: a "Dân vận khéo" model or exemplar
/// recognised by a competent body (Cần Thơ decision 2579/QĐ-UBND, 2025-11-21: up to +3 in total).
/// </summary>
/// <remarks>
/// Prefer <see cref="ForRecognition"/>, which takes the recognition from the Mobilization register
/// (<see cref="MobilizationModel.RecognitionAsOf"/>, <see cref="Exemplar.RecognitionAsOf"/>); the
/// <see cref="ScoreSheet"/> then checks that the model or exemplar belongs to the scored unit. The
/// constructor records a recognition kept outside the register, still with its decision.
/// </remarks>
public sealed record BonusClaim
{
    /// <summary>Creates a claim for a recognition kept outside the Mobilization register.</summary>
    /// <param name="itemId">The id of the rubric's bonus item the claim falls under.</param>
    /// <param name="subject">Whether a model or an exemplar was recognised.</param>
    /// <param name="name">The name of the recognised model or exemplar, for example "Morning coffee – talking with the people".</param>
    /// <param name="level">The level of the recognising body.</param>
    /// <param name="decision">The recognition decision's number; not the default value.</param>
    /// <param name="recognisedBy">The recognising body, for example "Ban Tuyên giáo và Dân vận Thành ủy Cần Thơ", or <see langword="null"/>.</param>
    /// <param name="points">The points claimed, zero or more; capped by the rubric when above its limits.</param>
    /// <exception cref="ArgumentNullException"><paramref name="itemId"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty, <paramref name="subject"/> or <paramref name="level"/> is not defined, or <paramref name="decision"/> is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="points"/> is negative.</exception>
    public BonusClaim(string itemId, RecognitionSubject subject, string name, ModelLevel level, DocumentNumber decision, string? recognisedBy, decimal points)
    {
        ArgumentNullException.ThrowIfNull(itemId);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Preconditions.CheckArgument(Enum.IsDefined(subject), nameof(subject), $"Unknown recognition subject {subject}.");
        Preconditions.CheckArgument(Enum.IsDefined(level), nameof(level), $"Unknown recognition level {level}.");
        Preconditions.CheckArgument(decision != default, nameof(decision), "A recognised model or exemplar needs its recognition decision.");
        ArgumentOutOfRangeException.ThrowIfNegative(points);
        ItemId = itemId;
        Subject = subject;
        ModelOrExemplar = name;
        Level = level;
        Decision = decision;
        RecognisedBy = recognisedBy;
        Points = points;
    }

    private BonusClaim(string itemId, RecognitionRecord recognition, decimal points)
        : this(itemId, recognition.Subject, recognition.Name, recognition.Level, recognition.Decision, null, points)
    {
        Recognition = recognition;
    }

    /// <summary>Gets the id of the rubric's bonus item.</summary>
    public string ItemId { get; }

    /// <summary>Gets whether a model or an exemplar was recognised.</summary>
    public RecognitionSubject Subject { get; }

    /// <summary>Gets the name of the recognised model or exemplar.</summary>
    public string ModelOrExemplar { get; }

    /// <summary>Gets the level of the recognising body.</summary>
    public ModelLevel Level { get; }

    /// <summary>Gets the recognition decision's number.</summary>
    public DocumentNumber Decision { get; }

    /// <summary>Gets the recognising body, or <see langword="null"/>.</summary>
    public string? RecognisedBy { get; }

    /// <summary>Gets the recognition from the Mobilization register, or <see langword="null"/> for a recognition kept outside it.</summary>
    public RecognitionRecord? Recognition { get; }

    /// <summary>Gets the points claimed.</summary>
    public decimal Points { get; }

    /// <summary>Creates a claim for a recognition held in the Mobilization register.</summary>
    /// <param name="itemId">The id of the rubric's bonus item the claim falls under.</param>
    /// <param name="recognition">The recognition, for example <c>model.RecognitionAsOf(new LocalDate(2025, 12, 10))</c>.</param>
    /// <param name="points">The points claimed, zero or more; capped by the rubric when above its limits.</param>
    /// <returns>The claim; its evidence names the model or exemplar, its id, level and decision.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="itemId"/> or <paramref name="recognition"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="points"/> is negative.</exception>
    public static BonusClaim ForRecognition(string itemId, RecognitionRecord recognition, decimal points)
    {
        ArgumentNullException.ThrowIfNull(itemId);
        ArgumentNullException.ThrowIfNull(recognition);
        return new BonusClaim(itemId, recognition, points);
    }

    /// <summary>Describes the evidence, for example "Model TT-2024-0001 'Piggy banks for social security' recognised at Province level on 2025-06-30 (1234/QĐ-UBND)".</summary>
    /// <returns>The description.</returns>
    public string DescribeEvidence()
    {
        if (Recognition is { } r)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{r.Subject} {r.SubjectId} '{r.Name}' of {r.Owner} recognised at {r.Level} level on {r.RecognisedOn:uuuu-MM-dd} ({r.Decision})");
        }

        string text = $"{Subject} '{ModelOrExemplar}' recognised at {Level} level";
        if (RecognisedBy is not null)
        {
            text += $" by {RecognisedBy}";
        }

        return $"{text} ({Decision})";
    }

    internal string EvidenceKey() =>
        Recognition is { } r ? $"{r.Subject}|{r.SubjectId}" : $"{Subject}|{ModelOrExemplar}|{Decision}";
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
    /// <param name="level">The discipline level; not <see cref="LeaderDisciplineLevel.None"/>.</param>
    /// <param name="person">The leader's name, or <see langword="null"/>.</param>
    /// <param name="decision">The discipline decision's number, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="role"/> or <paramref name="level"/> is not defined, or <paramref name="level"/> is <see cref="LeaderDisciplineLevel.None"/>.</exception>
    public LeaderDiscipline(LeaderRole role, LeaderDisciplineLevel level, string? person = null, DocumentNumber? decision = null)
    {
        Preconditions.CheckArgument(Enum.IsDefined(role), nameof(role), $"Unknown role {role}.");
        Preconditions.CheckArgument(Enum.IsDefined(level) && level != LeaderDisciplineLevel.None, nameof(level), $"A discipline record needs a level, not {level}.");
        Role = role;
        Level = level;
        Person = person;
        Decision = decision;
    }

    /// <summary>Gets the disciplined leader's post.</summary>
    public LeaderRole Role { get; }

    /// <summary>Gets the discipline level.</summary>
    public LeaderDisciplineLevel Level { get; }

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
