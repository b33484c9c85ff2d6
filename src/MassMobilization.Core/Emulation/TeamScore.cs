using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Ardalis.GuardClauses;

namespace MassMobilization.Core.Emulation;

/// <summary>
/// A team's score in a judged round: the published (rounded) score, the exact value behind it, the
/// judges' marks and which of them counted, section scores, and an explanation.
/// </summary>
public sealed class TeamScore
{
    private readonly RoundScoring data;
    private readonly int index;
    private JudgeMark[]? marks;
    private IReadOnlyList<JudgeMark>? marksView;
    private string? explanation;

    internal TeamScore(RoundScoring data, int index, decimal score, decimal exactScore, int judgesPresent)
    {
        this.data = data;
        this.index = index;
        Score = score;
        ExactScore = exactScore;
        JudgesPresent = judgesPresent;
    }

    /// <summary>Gets the team.</summary>
    public Team Team => data.Teams[index];

    /// <summary>Gets the published score, rounded once with the round's <see cref="ContestRound.Rounding"/>.</summary>
    public decimal Score { get; }

    /// <summary>Gets the exact score before rounding (decimal's 28 significant digits).</summary>
    public decimal ExactScore { get; }

    /// <summary>Gets the number of judges of the panel who scored the team.</summary>
    public int JudgesPresent { get; }

    /// <summary>Gets the number of judges of the panel who did not score the team.</summary>
    public int JudgesAbsent => data.Judges - JudgesPresent;

    /// <summary>Gets the marks of the judges who scored the team, in panel order.</summary>
    public IReadOnlyList<JudgeMark> Marks => marksView ??= ReadOnlyView.Of(marks ??= BuildMarks());

    /// <summary>Gets the published score of every section, by section code (see <see cref="SectionScore"/>).</summary>
    public IReadOnlyDictionary<string, decimal> SectionScores
    {
        get
        {
            var result = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
            foreach (var section in data.Round.Sections)
            {
                result.Add(section.Code, SectionScore(section.Code));
            }

            return ReadOnlyView.Of(result);
        }
    }

    /// <summary>Gets a readable account of how the score was reached.</summary>
    public string Explanation => explanation ??= Explain();

    /// <summary>
    /// Returns the published score of a section: the mean of its points over the judges whose totals
    /// counted (for a z-score round, over all present judges, on the raw points), rounded with the
    /// round's policy.
    /// </summary>
    /// <param name="sectionCode">The section's code.</param>
    /// <returns>The published section score.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sectionCode"/> is null.</exception>
    /// <exception cref="ArgumentException">The round has no such section.</exception>
    public decimal SectionScore(string sectionCode)
    {
        Guard.Against.Null(sectionCode);
        int tie = Array.IndexOf(data.TieSections, sectionCode);
        if (tie >= 0)
        {
            return data.TieScores[(index * data.TieSections.Length) + tie];
        }

        Preconditions.CheckArgument(data.Round.HasSection(sectionCode), nameof(sectionCode), $"Round '{data.Round.Name}' has no section '{sectionCode}'.");
        return data.Round.Rounding.Round(data.SectionMean(index, sectionCode));
    }

    /// <summary>Gets the published score with exactly the places of the round's rounding ("91.00", never "91.0"), for explanations.</summary>
    internal decimal ShownScore => decimal.Parse(data.Round.Rounding.Format(Score), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    /// <summary>Returns the team's id and published score.</summary>
    /// <returns>For example "TT-00643-2: 85.33".</returns>
    public override string ToString() => $"{Team.Id}: {data.Round.Rounding.Format(Score)}";

    private JudgeMark[] BuildMarks()
    {
        var list = new List<JudgeMark>(data.Judges);
        for (int j = 0; j < data.Judges; j++)
        {
            int cell = (index * data.Judges) + j;
            if (data.Present(cell))
            {
                decimal? normalized = data.Normalized is null ? null : data.Round.Rounding.Round(data.Normalized[cell]);
                list.Add(new JudgeMark(data.Round.Panel.Judges[j], data.Total(cell), data.Counts(cell), normalized));
            }
        }

        return list.ToArray();
    }

    private string Explain()
    {
        var inv = CultureInfo.InvariantCulture;
        var round = data.Round;
        var text = new StringBuilder();
        text.Append(round.Method.ToString()).Append(" of ").Append(JudgesPresent.ToString(inv)).Append(" judge(s)");
        if (JudgesAbsent > 0)
        {
            text.Append(" (").Append(JudgesAbsent.ToString(inv)).Append(" absent)");
        }

        text.Append(": ");
        bool first = true;
        foreach (var mark in Marks)
        {
            text.Append(first ? string.Empty : ", ").Append(mark.Judge).Append(' ').Append(mark.Total.ToString("0.############################", inv));
            if (mark.Normalized is { } n)
            {
                text.Append(" → ").Append(round.Rounding.Format(n));
            }

            if (!mark.Counted)
            {
                text.Append(" (dropped)");
            }

            first = false;
        }

        text.Append("; exact ").Append(decimal.Round(ExactScore, 6).ToString("0.######", inv))
            .Append(ExactScore == decimal.Round(ExactScore, 6) ? string.Empty : "…")
            .Append(", published ").Append(round.Rounding.Format(Score))
            .Append(" (").Append(round.Rounding.ToString()).Append(')');
        return text.ToString();
    }
}
