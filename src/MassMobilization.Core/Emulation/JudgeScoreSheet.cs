using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Emulation;

/// <summary>
/// One judge's score sheet (phiếu chấm) for one team: the points given in each section. The round
/// checks the sheet against its sections (maxima, missing or unknown sections) when it judges.
/// </summary>
public sealed class JudgeScoreSheet
{
    private readonly string[] codes;
    private readonly decimal[] values;
    private readonly OrdinalArrayMap<decimal> points;

    /// <summary>Creates a score sheet.</summary>
    /// <param name="judge">The judge's identifier.</param>
    /// <param name="teamId">The team's identifier.</param>
    /// <param name="points">The points per section code.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="judge"/> or <paramref name="teamId"/> is blank, or a section code is blank.</exception>
    public JudgeScoreSheet(string judge, string teamId, IReadOnlyDictionary<string, decimal> points)
    {
        Guard.Against.Null(judge);
        Guard.Against.Null(teamId);
        Guard.Against.Null(points);
        Guard.Against.NullOrWhiteSpace(judge);
        Guard.Against.NullOrWhiteSpace(teamId);
        int count = points.Count;
        codes = new string[count];
        values = new decimal[count];
        int n = 0;
        foreach (var pair in points)
        {
            Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(pair.Key), nameof(points), "A section code is blank.");
            Preconditions.CheckArgument(n < count, nameof(points), "The points changed while the sheet was read.");
            codes[n] = pair.Key;
            values[n] = pair.Value;
            n++;
        }

        Preconditions.CheckArgument(n == count, nameof(points), "The points changed while the sheet was read.");
        Array.Sort(codes, values, StringComparer.Ordinal);
        for (int i = 1; i < count; i++)
        {
            Preconditions.CheckArgument(codes[i] != codes[i - 1], nameof(points), $"Section code '{codes[i]}' is given twice.");
        }

        this.points = new OrdinalArrayMap<decimal>(codes, values);
        Judge = judge;
        TeamId = teamId;
    }

    /// <summary>Gets the judge's identifier.</summary>
    public string Judge { get; }

    /// <summary>Gets the team's identifier.</summary>
    public string TeamId { get; }

    /// <summary>Gets the points per section code, in ordinal order of the codes.</summary>
    public IReadOnlyDictionary<string, decimal> Points => points;

    /// <summary>Gets the section codes in ordinal order (shared with the round's fast path).</summary>
    internal string[] Codes => codes;

    /// <summary>Gets the points in the order of <see cref="Codes"/>.</summary>
    internal decimal[] Values => values;

    /// <summary>Returns the judge and the team.</summary>
    /// <returns>For example "GK1 → TT-00643-2".</returns>
    public override string ToString() => $"{Judge} → {TeamId}";
}
