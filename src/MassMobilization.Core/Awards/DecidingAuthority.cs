using System;
using Ardalis.GuardClauses;
using NodaTime;

namespace MassMobilization.Core.Awards;

/// <summary>
/// Who decides an award at one level during a period (Law 06/2022/QH15 art. 80; Decree 129/2025/NĐ-CP
/// art. 59 for commune chairs from 2025-07-01).
/// </summary>
public sealed record DecidingAuthority
{
    /// <summary>Initializes a new instance of the <see cref="DecidingAuthority"/> class.</summary>
    /// <param name="level">The level of the deciding person or body.</param>
    /// <param name="description">Who exactly, in English with the Vietnamese term.</param>
    /// <param name="from">The first day this assignment applies, or <see langword="null"/> when it always applied.</param>
    /// <param name="until">The last day this assignment applies, or <see langword="null"/> when still in force.</param>
    /// <param name="citation">The legal source, as text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="description"/> or <paramref name="citation"/> is null.</exception>
    public DecidingAuthority(AuthorityLevel level, string description, LocalDate? from, LocalDate? until, string citation)
    {
        Guard.Against.Null(description);
        Guard.Against.Null(citation);
        Level = level;
        Description = description;
        From = from;
        Until = until;
        Citation = citation;
    }

    /// <summary>Gets the level of the deciding person or body.</summary>
    public AuthorityLevel Level { get; }

    /// <summary>Gets who exactly, in English with the Vietnamese term.</summary>
    public string Description { get; }

    /// <summary>Gets the first day this assignment applies, or <see langword="null"/> when it always applied.</summary>
    public LocalDate? From { get; }

    /// <summary>Gets the last day this assignment applies, or <see langword="null"/> when still in force.</summary>
    public LocalDate? Until { get; }

    /// <summary>Gets the legal source, as text.</summary>
    public string Citation { get; }

    /// <summary>Whether this assignment applies on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when <paramref name="date"/> lies within [<see cref="From"/>, <see cref="Until"/>].</returns>
    public bool AppliesOn(LocalDate date) => (From is null || date >= From.Value) && (Until is null || date <= Until.Value);
}
