using System;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Awards;

/// <summary>An initiative (sáng kiến) recognised in a year at a scope.</summary>
public sealed record Initiative
{
    /// <summary>Creates an initiative.</summary>
    /// <param name="year">The year it was recognised.</param>
    /// <param name="scope">The scope at which it was recognised as effective.</param>
    /// <param name="title">Its title, for information.</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> or <paramref name="scope"/> is out of range.</exception>
    public Initiative(int year, InitiativeScope scope, string title = "")
    {
        Guard.Against.Null(title);
        Guard.Against.OutOfRange(year, nameof(year), ServiceRecord.MinYear, ServiceRecord.MaxYear);
        Guard.Against.OutOfRange((int)scope, nameof(scope), 1, 3);
        Year = year;
        Scope = scope;
        Title = title;
    }

    /// <summary>Gets the year it was recognised.</summary>
    public int Year { get; }

    /// <summary>Gets the scope.</summary>
    public InitiativeScope Scope { get; }

    /// <summary>Gets the title.</summary>
    public string Title { get; }
}
