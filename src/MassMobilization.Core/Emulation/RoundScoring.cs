namespace MassMobilization.Core.Emulation;

/// <summary>
/// What one judged round keeps for its <see cref="TeamScore"/>s (indexes: team by ordinal of its id, judge
/// by panel order): the placed sheets and which totals counted. A judge's total is weighed again from the
/// sheet when a score's marks are first read, so a large round keeps one reference and one flag per sheet.
/// </summary>
internal sealed class RoundScoring
{
    internal RoundScoring(ContestRound round, Team[] teams, JudgeScoreSheet?[] sheets, bool[]? counted, decimal[]? normalized, string[] tieSections, decimal[] tieScores)
    {
        Round = round;
        Teams = teams;
        Sheets = sheets;
        Counted = counted;
        Normalized = normalized;
        TieSections = tieSections;
        TieScores = tieScores;
    }

    internal ContestRound Round { get; }

    internal Team[] Teams { get; }

    internal JudgeScoreSheet?[] Sheets { get; }

    internal bool[]? Counted { get; }

    internal decimal[]? Normalized { get; }

    internal string[] TieSections { get; }

    internal decimal[] TieScores { get; }

    internal int Judges => Round.Panel.Count;

    internal bool Present(int cell) => Sheets[cell] is not null;

    internal bool Counts(int cell) => Counted is null ? Present(cell) : Counted[cell];

    /// <summary>The judge's weighted total in a cell (the cell must be present).</summary>
    internal decimal Total(int cell) => Round.TotalOf(Sheets[cell]!);

    /// <summary>The exact mean of a section's points over the judges counted for a team (for z-score: all present judges, raw points).</summary>
    internal decimal SectionMean(int team, string code)
    {
        decimal sum = 0m;
        int n = 0;
        for (int j = 0; j < Judges; j++)
        {
            int cell = (team * Judges) + j;
            if (Counts(cell) && Sheets[cell] is { } sheet)
            {
                int k = System.Array.BinarySearch(sheet.Codes, code, System.StringComparer.Ordinal);
                sum += sheet.Values[k];
                n++;
            }
        }

        return n == 0 ? 0m : sum / n;
    }
}
