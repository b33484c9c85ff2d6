namespace MassMobilization.Core.Emulation;

/// <summary>The dense matrices behind one judged round, shared by its <see cref="TeamScore"/>s (indexes: team by ordinal of its id, judge by panel order).</summary>
internal sealed class RoundScoring
{
    internal RoundScoring(ContestRound round, Team[] teams, JudgeScoreSheet?[] sheets, decimal[] totals, bool[] present, bool[]? counted, decimal[]? normalized, decimal[] exact, string[] tieSections, decimal[] tieScores)
    {
        Round = round;
        Teams = teams;
        Sheets = sheets;
        Totals = totals;
        Present = present;
        Counted = counted;
        Normalized = normalized;
        Exact = exact;
        TieSections = tieSections;
        TieScores = tieScores;
    }

    internal ContestRound Round { get; }

    internal Team[] Teams { get; }

    internal JudgeScoreSheet?[] Sheets { get; }

    internal decimal[] Totals { get; }

    internal bool[] Present { get; }

    internal bool[]? Counted { get; }

    internal decimal[]? Normalized { get; }

    internal decimal[] Exact { get; }

    internal string[] TieSections { get; }

    internal decimal[] TieScores { get; }

    internal int Judges => Round.Panel.Count;

    internal bool Counts(int cell) => Counted is null ? Present[cell] : Counted[cell];

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
