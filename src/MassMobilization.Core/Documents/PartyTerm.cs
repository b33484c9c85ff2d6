using System;
using Ardalis.GuardClauses;
using MassMobilization.Core.Organization;
using NodaTime;

namespace MassMobilization.Core.Documents;

/// <summary>
/// One term (nhiệm kỳ) of a Party committee: from the day after one congress closes to the close of the
/// next. Party documents are numbered per type for the whole term (Guidance 36-HD/VPTW; docs/documents.md, "Uniqueness of numbers"),
/// so a Party number is unique only within (issuer, type, term). Terms are data supplied by the
/// application; the library holds no calendar of congresses.
/// </summary>
/// <remarks>Immutable; equality is on every property.</remarks>
public sealed record PartyTerm
{
    /// <summary>Initializes a term.</summary>
    /// <param name="committee">The committee whose term this is.</param>
    /// <param name="name">The term's name, for example <c>XIII (2021–2026)</c>.</param>
    /// <param name="start">The first day of the term (the day after the opening congress closed).</param>
    /// <param name="end">The last day of the term (the day the next congress closed), or <see langword="null"/> while it runs.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="committee"/> is the default id, <paramref name="name"/> is white space, or <paramref name="end"/> is before <paramref name="start"/>.</exception>
    public PartyTerm(CommitteeId committee, string name, LocalDate start, LocalDate? end)
    {
        Guard.Against.Null(name);
        Preconditions.CheckArgument(!committee.IsDefault, nameof(committee), "The committee must not be the default id.");
        Guard.Against.NullOrWhiteSpace(name);
        Preconditions.CheckArgument(end is null || end.Value >= start, nameof(end), $"The term ends ({end}) before it starts ({start}).");
        Committee = committee;
        Name = name;
        Start = start;
        End = end;
    }

    /// <summary>Gets the committee whose term this is.</summary>
    public CommitteeId Committee { get; }

    /// <summary>Gets the term's name.</summary>
    public string Name { get; }

    /// <summary>Gets the first day of the term.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the last day of the term, or <see langword="null"/> while it runs.</summary>
    public LocalDate? End { get; }

    /// <summary>Returns whether a day falls within the term.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when <paramref name="date"/> is between <see cref="Start"/> and <see cref="End"/> inclusive.</returns>
    public bool Contains(LocalDate date) => date >= Start && (End is null || date <= End.Value);
}
