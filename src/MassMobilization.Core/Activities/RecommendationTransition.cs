using System;
using Ardalis.GuardClauses;
using NodaTime;

namespace MassMobilization.Core.Activities;

/// <summary>One dated step of a recommendation's lifecycle (docs/activities.md "Recommendations"), also kept as its history entry.</summary>
public sealed record RecommendationTransition
{
    private RecommendationTransition(RecommendationAction action, LocalDate date, string? body, string? note)
    {
        Action = action;
        Date = date;
        Body = body;
        Note = note;
    }

    /// <summary>Gets the action.</summary>
    public RecommendationAction Action { get; }

    /// <summary>Gets the date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the body: the one receiving it (for <see cref="RecommendationAction.Receive"/>) or the one it is forwarded to; otherwise <see langword="null"/>.</summary>
    public string? Body { get; }

    /// <summary>Gets a note (the answer's summary, the reason for a rejection…), if any.</summary>
    public string? Note { get; }

    /// <summary>Creates a receive step.</summary>
    /// <param name="date">The date received.</param>
    /// <param name="body">The body responsible on receipt.</param>
    /// <returns>The step.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="body"/> is blank.</exception>
    public static RecommendationTransition Receive(LocalDate date, string body) => new(RecommendationAction.Receive, date, NonBlank(body, nameof(body)), null);

    /// <summary>Creates a forward step.</summary>
    /// <param name="date">The date forwarded.</param>
    /// <param name="body">The body it is forwarded to, which becomes responsible.</param>
    /// <returns>The step.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="body"/> is blank.</exception>
    public static RecommendationTransition Forward(LocalDate date, string body) => new(RecommendationAction.Forward, date, NonBlank(body, nameof(body)), null);

    /// <summary>Creates an answer step.</summary>
    /// <param name="date">The date answered.</param>
    /// <param name="note">A summary of the answer, or <see langword="null"/>.</param>
    /// <returns>The step.</returns>
    public static RecommendationTransition Answer(LocalDate date, string? note = null) => new(RecommendationAction.Answer, date, null, note);

    /// <summary>Creates a resolve step.</summary>
    /// <param name="date">The date resolved.</param>
    /// <param name="note">A note, or <see langword="null"/>.</param>
    /// <returns>The step.</returns>
    public static RecommendationTransition Resolve(LocalDate date, string? note = null) => new(RecommendationAction.Resolve, date, null, note);

    /// <summary>Creates a reject step.</summary>
    /// <param name="date">The date rejected.</param>
    /// <param name="reason">The reason.</param>
    /// <returns>The step.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is blank.</exception>
    public static RecommendationTransition Reject(LocalDate date, string reason) => new(RecommendationAction.Reject, date, null, NonBlank(reason, nameof(reason)));

    /// <summary>Creates a withdraw step.</summary>
    /// <param name="date">The date withdrawn.</param>
    /// <param name="note">A note, or <see langword="null"/>.</param>
    /// <returns>The step.</returns>
    public static RecommendationTransition Withdraw(LocalDate date, string? note = null) => new(RecommendationAction.Withdraw, date, null, note);

    /// <summary>Returns "Action on date".</summary>
    /// <returns>The readable form.</returns>
    public override string ToString() => $"{Action} on {Checks.Iso(Date)}{(Body is null ? string.Empty : " (" + Body + ")")}";

    private static string NonBlank(string value, string paramName)
    {
        Guard.Against.Null(value, paramName);
        Guard.Against.NullOrWhiteSpace(value, paramName);
        return value;
    }
}

/// <summary>Where a recommendation stands: its state, since when, and the body responsible (docs/activities.md "Recommendations").</summary>
/// <remarks>The default value is the state before receipt: <see cref="RecommendationState.None"/>, no date, no body.</remarks>
public readonly record struct RecommendationStatus
{
    internal RecommendationStatus(RecommendationState state, LocalDate? since, string? responsibleBody)
    {
        State = state;
        Since = since;
        ResponsibleBody = responsibleBody;
    }

    /// <summary>Gets the state.</summary>
    public RecommendationState State { get; }

    /// <summary>Gets the date of the last step, or <see langword="null"/> before receipt.</summary>
    public LocalDate? Since { get; }

    /// <summary>Gets the body responsible, or <see langword="null"/> before receipt.</summary>
    public string? ResponsibleBody { get; }
}
