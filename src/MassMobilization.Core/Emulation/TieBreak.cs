using System;
using System.Globalization;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Emulation;

/// <summary>
/// One step of a round's declared tie-break chain, applied in order after the published score: a
/// section's score, fewer absent judges, or a configured priority. Teams tied on every step share a
/// rank.
/// </summary>
public sealed class TieBreak
{
    private readonly Func<Team, bool>? priority;

    private TieBreak(TieBreakKind kind, string name, string? sectionCode, Func<Team, bool>? priority)
    {
        Kind = kind;
        Name = name;
        SectionCode = sectionCode;
        this.priority = priority;
    }

    /// <summary>Gets the kind of step.</summary>
    public TieBreakKind Kind { get; }

    /// <summary>Gets the step's readable name, used in explanations.</summary>
    public string Name { get; }

    /// <summary>Gets the section's code for a <see cref="TieBreakKind.SectionScore"/> step; otherwise null.</summary>
    public string? SectionCode { get; }

    /// <summary>Creates a step where the higher published score in a section ranks ahead.</summary>
    /// <param name="sectionCode">The section's code; the round checks that it exists.</param>
    /// <returns>The step.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sectionCode"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sectionCode"/> is blank.</exception>
    public static TieBreak SectionScore(string sectionCode)
    {
        Guard.Against.NullOrWhiteSpace(sectionCode);
        return new TieBreak(TieBreakKind.SectionScore, $"Section {sectionCode} score", sectionCode, null);
    }

    /// <summary>Creates a step where the team with fewer absent judges ranks ahead.</summary>
    /// <returns>The step.</returns>
    public static TieBreak FewerAbsentJudges() => new(TieBreakKind.FewerAbsentJudges, "Fewer absent judges", null, null);

    /// <summary>Creates a step where a team satisfying a configured condition ranks ahead.</summary>
    /// <param name="name">The rule's name and source, for example "Local priority (Plan 12/KH-BDV)".</param>
    /// <param name="condition">The condition.</param>
    /// <returns>The step.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public static TieBreak Priority(string name, Func<Team, bool> condition)
    {
        Guard.Against.Null(name);
        Guard.Against.Null(condition);
        Guard.Against.NullOrWhiteSpace(name);
        return new TieBreak(TieBreakKind.Priority, name, null, condition);
    }

    /// <summary>
    /// Creates the women-priority step of Decree 152/2025/NĐ-CP art. 4: among otherwise equal candidates,
    /// prefer women, or collectives in which women make up at least <paramref name="minimumWomenShare"/>
    /// of the members. A team of one woman has a share of 1.
    /// </summary>
    /// <param name="minimumWomenShare">The share, 0.70 by default (Decree 152/2025/NĐ-CP art. 4).</param>
    /// <returns>The step.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumWomenShare"/> is outside (0, 1].</exception>
    public static TieBreak WomenPriority(decimal minimumWomenShare = 0.70m)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(minimumWomenShare);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minimumWomenShare, 1m);
        string name = string.Format(CultureInfo.InvariantCulture, "Women priority, women ≥ {0:0.##}% of members (Decree 152/2025/NĐ-CP art. 4)", minimumWomenShare * 100m);
        return new TieBreak(TieBreakKind.Priority, name, null, team => team.HasWomenShareAtLeast(minimumWomenShare));
    }

    /// <summary>Returns whether a team satisfies a <see cref="TieBreakKind.Priority"/> step.</summary>
    /// <param name="team">The team.</param>
    /// <returns><see langword="true"/> when the step is a priority and the team satisfies it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="team"/> is null.</exception>
    public bool IsPreferred(Team team)
    {
        Guard.Against.Null(team);
        return priority is not null && priority(team);
    }

    /// <summary>Returns the step's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
