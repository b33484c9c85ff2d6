using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Emulation;

/// <summary>The judging panel (ban giám khảo) of a round: the identifiers of its judges, in the order given.</summary>
public sealed class JudgePanel
{
    private readonly string[] judges;
    private IReadOnlyList<string>? judgesView;

    /// <summary>Creates a panel.</summary>
    /// <param name="judges">The judges' identifiers, at least one, each unique.</param>
    /// <exception cref="ArgumentNullException"><paramref name="judges"/> is null.</exception>
    /// <exception cref="ArgumentException">The panel is empty, or an identifier is null, blank or repeated.</exception>
    public JudgePanel(IEnumerable<string> judges)
    {
        Guard.Against.Null(judges);
        this.judges = Preconditions.CheckNotNullElements(judges, nameof(judges));
        Preconditions.CheckArgument(this.judges.Length > 0, nameof(judges), "A judging panel needs at least one judge.");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string judge in this.judges)
        {
            Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(judge), nameof(judges), "A judge's identifier is blank.");
            Preconditions.CheckArgument(seen.Add(judge), nameof(judges), $"Judge '{judge}' is listed twice.");
        }
    }

    /// <summary>Gets the judges' identifiers.</summary>
    public IReadOnlyList<string> Judges => judgesView ??= ReadOnlyView.Of(judges);

    /// <summary>Gets the judges' identifiers as the panel's own array (read only, never exposed).</summary>
    internal string[] JudgeArray => judges;

    /// <summary>Gets the number of judges.</summary>
    public int Count => judges.Length;

    /// <summary>Returns whether a judge sits on the panel.</summary>
    /// <param name="judge">The judge's identifier.</param>
    /// <returns><see langword="true"/> when the judge is on the panel.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="judge"/> is null.</exception>
    public bool Contains(string judge)
    {
        Guard.Against.Null(judge);
        return Array.IndexOf(judges, judge) >= 0;
    }

    /// <summary>Returns the judges separated by commas.</summary>
    /// <returns>For example "GK1, GK2, GK3".</returns>
    public override string ToString() => string.Join(", ", judges);
}
