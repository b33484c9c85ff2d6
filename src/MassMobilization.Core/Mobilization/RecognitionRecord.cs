using System;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Organization;
using NodaTime;

namespace MassMobilization.Core.Mobilization;

/// <summary>
/// A recognised model or exemplar as other parts of the library use it (for example the scoring bonus
/// "up to +3 for Dân vận khéo models or exemplars recognised by a competent body", Cần Thơ decision
/// 2579/QĐ-UBND, docs/evaluation.md): who, what, at which level, when and by which decision.
/// </summary>
public sealed class RecognitionRecord : IEquatable<RecognitionRecord>
{
    internal RecognitionRecord(RecognitionSubject subject, string subjectId, string name, ModelOwner owner, ModelField field, ModelLevel level, LocalDate recognisedOn, DocumentNumber decision)
    {
        Subject = subject;
        SubjectId = subjectId;
        Name = name;
        Owner = owner;
        Field = field;
        Level = level;
        RecognisedOn = recognisedOn;
        Decision = decision;
    }

    /// <summary>Gets whether a model or an exemplar is recognised.</summary>
    public RecognitionSubject Subject { get; }

    /// <summary>Gets the model's or exemplar's id text.</summary>
    public string SubjectId { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the owner (for an exemplar, the collective or person who is the exemplar).</summary>
    public ModelOwner Owner { get; }

    /// <summary>Gets the owner's unit.</summary>
    public UnitCode OwnerUnit => Owner.Unit;

    /// <summary>Gets the field.</summary>
    public ModelField Field { get; }

    /// <summary>Gets the highest recognition level held (it implies the lower levels).</summary>
    public ModelLevel Level { get; }

    /// <summary>Gets the date of that recognition.</summary>
    public LocalDate RecognisedOn { get; }

    /// <summary>Gets the recognition decision.</summary>
    public DocumentNumber Decision { get; }

    /// <inheritdoc />
    public bool Equals(RecognitionRecord? other) =>
        other is not null && Subject == other.Subject && string.Equals(SubjectId, other.SubjectId, StringComparison.Ordinal)
        && Level == other.Level && RecognisedOn == other.RecognisedOn && Decision == other.Decision && Owner.Equals(other.Owner);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RecognitionRecord);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Subject, StringComparer.Ordinal.GetHashCode(SubjectId), Level, RecognisedOn, Decision);

    /// <summary>Returns a readable form.</summary>
    /// <returns>The readable form.</returns>
    public override string ToString() => $"{Subject} {SubjectId} '{Name}' recognised at {Level} level on {RecognisedOn:uuuu-MM-dd} by {Decision}";

    /// <summary>Compares two records for equality.</summary>
    /// <param name="left">The first record.</param>
    /// <param name="right">The second record.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(RecognitionRecord? left, RecognitionRecord? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two records for inequality.</summary>
    /// <param name="left">The first record.</param>
    /// <param name="right">The second record.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(RecognitionRecord? left, RecognitionRecord? right) => !(left == right);
}
