using System;
using System.Collections.Generic;
using System.Globalization;
using MassMobilization.Core.Emulation;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Ranking;

namespace MassMobilization.Samples.Generators;

/// <summary>
/// Deterministic contest data for tests and benchmarks: the Thanh Trì "Dân vận khéo" contest (93 teams
/// from 16 communes and towns in the grassroots round, the best team of each going to the district
/// round) and large synthetic rounds. Uses only the library and the BCL; the same seed always gives
/// the same data on every runtime (its own SplitMix64, not <see cref="Random"/>).
/// </summary>
public static class ContestDataGenerator
{
    /// <summary>The 16 communes and the town of Thanh Trì district (Hà Nội) before 2025, with illustrative unit codes.</summary>
    public static IReadOnlyList<(UnitCode Code, string Name)> ThanhTriCommunes { get; } = new (UnitCode, string)[]
    {
        (new UnitCode("00640"), "Thị trấn Văn Điển"),
        (new UnitCode("00643"), "Xã Tân Triều"),
        (new UnitCode("00646"), "Xã Thanh Liệt"),
        (new UnitCode("00649"), "Xã Tả Thanh Oai"),
        (new UnitCode("00652"), "Xã Hữu Hòa"),
        (new UnitCode("00655"), "Xã Tam Hiệp"),
        (new UnitCode("00658"), "Xã Yên Mỹ"),
        (new UnitCode("00661"), "Xã Vĩnh Quỳnh"),
        (new UnitCode("00664"), "Xã Ngũ Hiệp"),
        (new UnitCode("00667"), "Xã Duyên Hà"),
        (new UnitCode("00670"), "Xã Ngọc Hồi"),
        (new UnitCode("00673"), "Xã Vạn Phúc"),
        (new UnitCode("00676"), "Xã Đại Áng"),
        (new UnitCode("00679"), "Xã Liên Ninh"),
        (new UnitCode("00682"), "Xã Đông Mỹ"),
        (new UnitCode("00685"), "Xã Tứ Hiệp"),
    };

    /// <summary>The three sections of the Thanh Trì score sheet (100 points).</summary>
    public static IReadOnlyList<ScoreSection> ThanhTriSections { get; } = new[]
    {
        new ScoreSection("A", "Chào hỏi, giới thiệu", 20m),
        new ScoreSection("B", "Kiến thức công tác dân vận", 40m),
        new ScoreSection("C", "Xử lý tình huống", 40m),
    };

    /// <summary>
    /// Creates the Thanh Trì contest: a grassroots round (5 judges, trimmed mean dropping 1 at each end,
    /// the best team of each commune advances) and a district round (7 judges, z-score normalisation);
    /// both break ties on section C, then fewer absent judges, then the women priority of Decree 152/2025/NĐ-CP art. 4.
    /// </summary>
    /// <returns>The contest.</returns>
    public static Contest ThanhTriContest()
    {
        var tieBreaks = new[] { TieBreak.SectionScore("C"), TieBreak.FewerAbsentJudges(), TieBreak.WomenPriority() };
        var grassroots = new ContestRound(
            "Vòng cơ sở",
            ContestLevel.Grassroots,
            ThanhTriSections,
            new JudgePanel(Judges("CS", 5)),
            ScoringMethod.TrimmedMean(1),
            tieBreaks,
            RankingStyle.Competition,
            AdvancementRule.BestOfEachUnit());
        var district = new ContestRound(
            "Vòng huyện",
            ContestLevel.District,
            ThanhTriSections,
            new JudgePanel(Judges("H", 7)),
            ScoringMethod.ZScore,
            tieBreaks);
        var area = new List<UnitCode>();
        foreach (var (code, _) in ThanhTriCommunes)
        {
            area.Add(code);
        }

        return new Contest("Hội thi Dân vận khéo huyện Thanh Trì 2024", area, new[] { grassroots, district });
    }

    /// <summary>Creates the 93 grassroots teams: 6 for each of the first 13 communes, 5 for each of the last 3.</summary>
    /// <returns>The teams, commune by commune.</returns>
    public static IReadOnlyList<Team> ThanhTriTeams()
    {
        var rng = new SplitMix64(2024);
        var teams = new List<Team>();
        for (int c = 0; c < ThanhTriCommunes.Count; c++)
        {
            var (code, name) = ThanhTriCommunes[c];
            int count = c < 13 ? 6 : 5;
            for (int i = 1; i <= count; i++)
            {
                int members = 3 + (int)rng.Next(4);
                int women = (int)rng.Next((ulong)members + 1);
                teams.Add(new Team($"TT-{code.Value}-{i}", $"{name} – đội {i}", code, members, women));
            }
        }

        return teams;
    }

    /// <summary>Creates a full set of score sheets for a round: every judge of the panel scores every team.</summary>
    /// <param name="round">The round.</param>
    /// <param name="teams">The teams.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The sheets, judge by judge.</returns>
    public static IReadOnlyList<JudgeScoreSheet> Sheets(ContestRound round, IReadOnlyList<Team> teams, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(teams);
        var sheets = new List<JudgeScoreSheet>(teams.Count * round.Panel.Count);
        var sections = round.Sections;
        var quality = new int[teams.Count];
        var rng = new SplitMix64(seed);
        for (int t = 0; t < teams.Count; t++)
        {
            quality[t] = 550 + (int)rng.Next(400);
        }

        for (int j = 0; j < round.Panel.Count; j++)
        {
            int bias = (int)rng.Next(121) - 60;
            for (int t = 0; t < teams.Count; t++)
            {
                var points = new Dictionary<string, decimal>(sections.Count, StringComparer.Ordinal);
                foreach (var section in sections)
                {
                    points.Add(section.Code, Points(section.Maximum, quality[t] + bias + (int)rng.Next(101) - 50));
                }

                sheets.Add(new JudgeScoreSheet(round.Panel.Judges[j], teams[t].Id, points));
            }
        }

        return sheets;
    }

    /// <summary>A large synthetic round for benchmarks and property tests: teams from 500 units, every judge scores every team.</summary>
    /// <param name="teamCount">The number of teams.</param>
    /// <param name="judges">The number of judges.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The round (trimmed mean dropping 1 at each end, tie-break on section C), the teams (in id order) and the sheets.</returns>
    public static (ContestRound Round, IReadOnlyList<Team> Teams, IReadOnlyList<JudgeScoreSheet> Sheets) LargeRound(int teamCount, int judges, ulong seed)
    {
        var round = new ContestRound(
            "Vòng sơ khảo",
            ContestLevel.Grassroots,
            ThanhTriSections,
            new JudgePanel(Judges("GK", judges)),
            ScoringMethod.TrimmedMean(1));
        var teams = new Team[teamCount];
        for (int t = 0; t < teamCount; t++)
        {
            teams[t] = new Team("T" + t.ToString("D6", CultureInfo.InvariantCulture), "Đội " + t.ToString(CultureInfo.InvariantCulture), new UnitCode("U" + (t % 500).ToString("D3", CultureInfo.InvariantCulture)), 5, t % 6);
        }

        return (round, teams, Sheets(round, teams, seed));
    }

    /// <summary>Lays out the judges' weighted totals of a set of sheets team by team, judge by judge (teams in the given order, judges in panel order).</summary>
    /// <param name="round">The round.</param>
    /// <param name="teams">The teams.</param>
    /// <param name="sheets">The sheets; every judge must have scored every team once.</param>
    /// <returns>The totals, <c>teams × judges</c>.</returns>
    public static decimal[] Totals(ContestRound round, IReadOnlyList<Team> teams, IReadOnlyList<JudgeScoreSheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(teams);
        ArgumentNullException.ThrowIfNull(sheets);
        var teamIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int t = 0; t < teams.Count; t++)
        {
            teamIndex.Add(teams[t].Id, t);
        }

        int judges = round.Panel.Count;
        var totals = new decimal[teams.Count * judges];
        foreach (var sheet in sheets)
        {
            int j = 0;
            while (round.Panel.Judges[j] != sheet.Judge)
            {
                j++;
            }

            decimal total = 0m;
            foreach (var section in round.Sections)
            {
                total += section.Weight * sheet.Points[section.Code];
            }

            totals[(teamIndex[sheet.TeamId] * judges) + j] = total;
        }

        return totals;
    }

    /// <summary>Judge identifiers "prefix1" … "prefixN".</summary>
    /// <param name="prefix">The prefix.</param>
    /// <param name="count">The number of judges.</param>
    /// <returns>The identifiers.</returns>
    public static IReadOnlyList<string> Judges(string prefix, int count)
    {
        var judges = new string[count];
        for (int j = 0; j < count; j++)
        {
            judges[j] = prefix + (j + 1).ToString(CultureInfo.InvariantCulture);
        }

        return judges;
    }

    private static decimal Points(decimal maximum, int permille)
    {
        int halfMax = (int)(maximum * 2m);
        int half = Math.Clamp(halfMax * permille / 1000, 0, halfMax);
        return half / 2m;
    }

    /// <summary>SplitMix64: a tiny, fixed pseudo-random generator, so data never changes with the runtime.</summary>
    private struct SplitMix64
    {
        private ulong state;

        public SplitMix64(ulong seed) => state = seed;

        public ulong Next(ulong bound)
        {
            state += 0x9E3779B97F4A7C15UL;
            ulong z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return z % bound;
        }
    }
}
