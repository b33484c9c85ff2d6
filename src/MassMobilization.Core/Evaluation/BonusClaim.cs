using System;
using Ardalis.GuardClauses;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Mobilization;
using MassMobilization.Core.Text;

namespace MassMobilization.Core.Evaluation;

/// <summary>
/// A bonus claimed on a score sheet, with the evidence that earns it: a "Dân vận khéo" model or exemplar
/// recognised by a competent body (Cần Thơ decision 2579/QĐ-UBND, 2025-11-21: up to +3 in total).
/// </summary>
/// <remarks>
/// Prefer <see cref="ForRecognition"/>, which takes the recognition from the Mobilization register
/// (<see cref="RegisteredSubject{TSubject, TId, TRegistration}.RecognitionAsOf"/> of a model or an exemplar); the
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
        Guard.Against.Null(itemId);
        Guard.Against.NullOrWhiteSpace(name);
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
        Guard.Against.Null(itemId);
        Guard.Against.Null(recognition);
        return new BonusClaim(itemId, recognition, points);
    }

    /// <summary>Describes the evidence, for example "Model TT-2024-0001 'Piggy banks for social security' recognised at Province level on 2025-06-30 (1234/QĐ-UBND)".</summary>
    /// <returns>The description.</returns>
    public string DescribeEvidence() => EvidenceExplanation().ToString();

    /// <summary>Describes the evidence in either language (docs/display.md).</summary>
    internal Explanation EvidenceExplanation()
    {
        if (Recognition is { } r)
        {
            return new Explanation(ExplanationCodes.EvalEvidenceRecognition, r.Subject, r.SubjectId, r.Name, r.Owner.ToString(), r.Level, r.RecognisedOn, r.Decision.ToString());
        }

        object by = RecognisedBy is null ? string.Empty : new Explanation(ExplanationCodes.EvalRecognisedBy, RecognisedBy);
        return new Explanation(ExplanationCodes.EvalEvidenceClaim, Subject, ModelOrExemplar, Level, by, Decision.ToString());
    }

    internal string EvidenceKey() =>
        Recognition is { } r ? $"{r.Subject}|{r.SubjectId}" : $"{Subject}|{ModelOrExemplar}|{Decision}";
}
