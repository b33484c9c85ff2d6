using System;
using Ardalis.GuardClauses;
using MassMobilization.Core.Documents;

namespace MassMobilization.Core.Activities;

/// <summary>The draft a social criticism reviewed: a numbered document, or a draft known only by its title (docs/activities.md "Supervision and social criticism").</summary>
public sealed record DraftReference
{
    private DraftReference(DocumentNumber? number, string? title)
    {
        Number = number;
        Title = title;
    }

    /// <summary>Gets the document number, or <see langword="null"/> for a draft known by its title.</summary>
    public DocumentNumber? Number { get; }

    /// <summary>Gets the draft's title, or <see langword="null"/> for a numbered document.</summary>
    public string? Title { get; }

    /// <summary>Refers to a numbered document.</summary>
    /// <param name="number">The number.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentException"><paramref name="number"/> is the default value.</exception>
    public static DraftReference ForNumber(DocumentNumber number)
    {
        Preconditions.CheckArgument(number.Form != 0, nameof(number), "The number must not be the default value.");
        return new(number, null);
    }

    /// <summary>Refers to a draft by its title.</summary>
    /// <param name="title">The title.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="title"/> is blank.</exception>
    public static DraftReference ForTitle(string title)
    {
        Guard.Against.NullOrWhiteSpace(title);
        return new(null, title);
    }

    /// <summary>Returns the number or the title.</summary>
    /// <returns>The readable form.</returns>
    public override string ToString() => Number?.ToString() ?? Title!;
}
