using System;
using System.Text;
using Ardalis.GuardClauses;
using MassMobilization.Core.Documents;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Text;
using NodaTime;

namespace MassMobilization.Core.Mobilization;

/// <summary>
/// One dated step of a model's or exemplar's lifecycle, with its reason or deciding document. Create
/// steps with the factories; whether a step is allowed from a state is decided by
/// <see cref="ModelLifecycle"/>, never here.
/// </summary>
/// <remarks>
/// A recognition always carries its decision (<see cref="Decision"/>) and level; a withdrawal or a
/// refusal always carries its reason; a replication names where it happened (<see cref="Place"/>).
/// </remarks>
public sealed class ModelTransition : IEquatable<ModelTransition>
{
    private ModelTransition(LifecycleAction action, LocalDate date, string? reason, DocumentNumber? decision, ModelLevel? level, UnitCode? place)
    {
        Action = action;
        Date = date;
        Reason = reason;
        Decision = decision;
        Level = level;
        Place = place;
    }

    /// <summary>Gets what the step does.</summary>
    public LifecycleAction Action { get; }

    /// <summary>Gets the date of the step.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the reason or note (Unicode NFC), or <see langword="null"/>.</summary>
    public string? Reason { get; }

    /// <summary>Gets the deciding document, or <see langword="null"/>.</summary>
    public DocumentNumber? Decision { get; }

    /// <summary>Gets the recognition level of a <see cref="LifecycleAction.Recognise"/> step; otherwise <see langword="null"/>.</summary>
    public ModelLevel? Level { get; }

    /// <summary>Gets the unit where a <see cref="LifecycleAction.Replicate"/> step happened; otherwise <see langword="null"/>.</summary>
    public UnitCode? Place { get; }

    /// <summary>Creates the registration step (đăng ký).</summary>
    /// <param name="date">The registration date.</param>
    /// <param name="decision">The registering document, if any.</param>
    /// <returns>The step.</returns>
    public static ModelTransition Register(LocalDate date, DocumentNumber? decision = null) =>
        new(LifecycleAction.Register, date, null, CheckDocument(decision, nameof(decision)), null, null);

    /// <summary>Creates the step that starts implementation (triển khai).</summary>
    /// <param name="date">The date implementation started.</param>
    /// <param name="reason">An optional note.</param>
    /// <returns>The step.</returns>
    public static ModelTransition StartImplementing(LocalDate date, string? reason = null) =>
        new(LifecycleAction.StartImplementing, date, Note(reason), null, null, null);

    /// <summary>Creates the step that completes implementation (hoàn thành).</summary>
    /// <param name="date">The completion date.</param>
    /// <param name="reason">An optional note.</param>
    /// <param name="report">The completion report, if any.</param>
    /// <returns>The step.</returns>
    public static ModelTransition Complete(LocalDate date, string? reason = null, DocumentNumber? report = null) =>
        new(LifecycleAction.Complete, date, Note(reason), CheckDocument(report, nameof(report)), null, null);

    /// <summary>Creates the review and assessment step (sơ kết, bình xét).</summary>
    /// <param name="date">The review date.</param>
    /// <param name="reason">An optional note.</param>
    /// <param name="report">The review report, if any.</param>
    /// <returns>The step.</returns>
    public static ModelTransition Review(LocalDate date, string? reason = null, DocumentNumber? report = null) =>
        new(LifecycleAction.Review, date, Note(reason), CheckDocument(report, nameof(report)), null, null);

    /// <summary>Creates a recognition at a level (công nhận), by a decision.</summary>
    /// <param name="date">The decision date.</param>
    /// <param name="level">The level of the recognising body.</param>
    /// <param name="decision">The recognition decision, for example <c>3406/QĐ-UBND</c>.</param>
    /// <param name="reason">An optional note.</param>
    /// <returns>The step.</returns>
    /// <exception cref="ArgumentException"><paramref name="decision"/> is the default document number.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a defined level.</exception>
    public static ModelTransition Recognise(LocalDate date, ModelLevel level, DocumentNumber decision, string? reason = null)
    {
        Preconditions.CheckArgument(decision.Form != 0, nameof(decision), "A recognition needs its decision document.");
        return new(LifecycleAction.Recognise, date, Note(reason), decision, RegisteringLevel.CheckLevel(level), null);
    }

    /// <summary>Creates a replication step (nhân rộng): the model was taken up in another place.</summary>
    /// <param name="date">The date.</param>
    /// <param name="place">The unit where the model was replicated.</param>
    /// <param name="reason">An optional note.</param>
    /// <param name="decision">The document deciding the replication, if any.</param>
    /// <returns>The step.</returns>
    /// <exception cref="ArgumentException"><paramref name="place"/> is the default unit code.</exception>
    public static ModelTransition Replicate(LocalDate date, UnitCode place, string? reason = null, DocumentNumber? decision = null)
    {
        Preconditions.CheckArgument(!place.IsDefault, nameof(place), "A replication names the unit where it happened.");
        return new(LifecycleAction.Replicate, date, Note(reason), CheckDocument(decision, nameof(decision)), null, place);
    }

    /// <summary>Creates a withdrawal (rút), with its reason.</summary>
    /// <param name="date">The date.</param>
    /// <param name="reason">Why the model is withdrawn.</param>
    /// <param name="decision">The document, if any.</param>
    /// <returns>The step.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is blank.</exception>
    public static ModelTransition Withdraw(LocalDate date, string reason, DocumentNumber? decision = null)
    {
        Guard.Against.NullOrWhiteSpace(reason);
        return new(LifecycleAction.Withdraw, date, Note(reason), CheckDocument(decision, nameof(decision)), null, null);
    }

    /// <summary>Creates a refusal of recognition (không công nhận), with its reason.</summary>
    /// <param name="date">The date.</param>
    /// <param name="reason">Why the model is not recognised.</param>
    /// <param name="decision">The document, if any.</param>
    /// <returns>The step.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is blank.</exception>
    public static ModelTransition RejectRecognition(LocalDate date, string reason, DocumentNumber? decision = null)
    {
        Guard.Against.NullOrWhiteSpace(reason);
        return new(LifecycleAction.RejectRecognition, date, Note(reason), CheckDocument(decision, nameof(decision)), null, null);
    }

    /// <inheritdoc />
    public bool Equals(ModelTransition? other) =>
        other is not null && Action == other.Action && Date == other.Date && string.Equals(Reason, other.Reason, StringComparison.Ordinal)
        && Nullable.Equals(Decision, other.Decision) && Level == other.Level && Nullable.Equals(Place, other.Place);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ModelTransition);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Action, Date, Reason is null ? 0 : StringComparer.Ordinal.GetHashCode(Reason), Decision, Level, Place);

    /// <summary>Returns a readable form such as "2024-05-20 Recognise District 3406/QĐ-UBND".</summary>
    /// <returns>The readable form.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder();
        builder.Append(Date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append(' ').Append(Action);
        if (Level is { } level) { builder.Append(' ').Append(level); }
        if (Place is { } place) { builder.Append(" at ").Append(place); }
        if (Decision is { } decision) { builder.Append(' ').Append(decision); }
        if (Reason is not null) { builder.Append(": ").Append(Reason); }
        return builder.ToString();
    }

    /// <summary>Compares two steps for equality.</summary>
    /// <param name="left">The first step.</param>
    /// <param name="right">The second step.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ModelTransition? left, ModelTransition? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two steps for inequality.</summary>
    /// <param name="left">The first step.</param>
    /// <param name="right">The second step.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(ModelTransition? left, ModelTransition? right) => !(left == right);

    private static string? Note(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? null : UnicodeText.ToFormC(reason.Trim());

    private static DocumentNumber? CheckDocument(DocumentNumber? document, string paramName)
    {
        Preconditions.CheckArgument(document is not { Form: 0 }, paramName, "The document number must not be the default value.");
        return document;
    }
}
