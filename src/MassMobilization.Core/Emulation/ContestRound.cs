using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using MassMobilization.Core.Quantities;
using MassMobilization.Core.Ranking;

namespace MassMobilization.Core.Emulation;

/// <summary>
/// A round of a contest (vòng thi) at one level: its score-sheet sections, judging panel, scoring
/// method, declared tie-break chain, ranking style, rounding policy and advancement rule. Judging a
/// round (<see cref="Judge"/>) checks every sheet, scores every team exactly, ranks them and decides
/// who advances.
/// </summary>
public sealed class ContestRound
{
    private readonly ScoreSection[] sections;
    private IReadOnlyList<ScoreSection>? sectionsView;
    private readonly ScoreSection[] sectionsByCode;
    private readonly TieBreak[] tieBreaks;
    private IReadOnlyList<TieBreak>? tieBreaksView;
    private readonly string[] tieSections;
    private readonly SheetWeigher? weigher;

    /// <summary>Creates a round.</summary>
    /// <param name="name">The round's name, for example "Vòng cơ sở".</param>
    /// <param name="level">The round's level.</param>
    /// <param name="sections">The score sheet's sections, at least one, with unique codes.</param>
    /// <param name="panel">The judging panel.</param>
    /// <param name="method">The scoring method.</param>
    /// <param name="tieBreaks">The tie-break chain applied after the published score, in order; none when null.</param>
    /// <param name="style">How tied teams share ranks.</param>
    /// <param name="advancement">Which teams go on to the next round; null for a final round.</param>
    /// <param name="rounding">How published scores are rounded; a number of decimal places, 0 to 6, and a mode; <see cref="RoundingPolicy.TwoDecimalsHalfAwayFromZero"/> when null.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank, there are no sections, a section code repeats, a tie-break names an unknown section, an enum value is undefined, or <paramref name="rounding"/> rounds to an increment or to more than 6 decimals.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The sections' maxima times their weights add up to more than 10¹² points.</exception>
    /// <exception cref="DomainRuleException">The method is a trimmed mean and the panel is too small for it (rule <c>EMU-PANEL-TOO-SMALL</c>).</exception>
    public ContestRound(
        string name,
        ContestLevel level,
        IEnumerable<ScoreSection> sections,
        JudgePanel panel,
        ScoringMethod method,
        IEnumerable<TieBreak>? tieBreaks = null,
        RankingStyle style = RankingStyle.Competition,
        AdvancementRule? advancement = null,
        RoundingPolicy? rounding = null)
    {
        Guard.Against.Null(name);
        Guard.Against.Null(sections);
        Guard.Against.Null(panel);
        Guard.Against.Null(method);
        Guard.Against.NullOrWhiteSpace(name);
        Preconditions.CheckArgument(Enum.IsDefined(level), nameof(level), $"Unknown contest level {level}.");
        Preconditions.CheckArgument(Enum.IsDefined(style), nameof(style), $"Unknown ranking style {style}.");
        this.sections = Preconditions.CheckNotNullElements(sections, nameof(sections));
        Preconditions.CheckArgument(this.sections.Length > 0, nameof(sections), "A round needs at least one score section.");
        sectionsByCode = (ScoreSection[])this.sections.Clone();
        Array.Sort(sectionsByCode, (a, b) => string.CompareOrdinal(a.Code, b.Code));
        for (int i = 1; i < sectionsByCode.Length; i++)
        {
            Preconditions.CheckArgument(sectionsByCode[i].Code != sectionsByCode[i - 1].Code, nameof(sections), $"Section code '{sectionsByCode[i].Code}' is used twice.");
        }

        weigher = SheetWeigher.TryCreate(sectionsByCode);

        this.tieBreaks = tieBreaks is null ? [] : Preconditions.CheckNotNullElements(tieBreaks, nameof(tieBreaks));
        var named = new List<string>();
        foreach (var tieBreak in this.tieBreaks)
        {
            if (tieBreak.SectionCode is { } code)
            {
                Preconditions.CheckArgument(HasSection(code), nameof(tieBreaks), $"Tie-break '{tieBreak.Name}' names section '{code}', which round '{name}' does not have.");
                if (!named.Contains(code))
                {
                    named.Add(code);
                }
            }
        }

        Guard.Against.RuleViolation(
            panel.Count >= method.MinimumJudges,
            EmulationRuleCodes.PanelTooSmall,
            string.Format(CultureInfo.InvariantCulture, "Round '{0}' has a panel of {1} judge(s); a {2} needs at least {3}.", name, panel.Count, method, method.MinimumJudges));

        tieSections = named.ToArray();
        Name = name;
        Level = level;
        Panel = panel;
        Method = method;
        Style = style;
        Advancement = advancement;
        rounding ??= RoundingPolicy.TwoDecimalsHalfAwayFromZero;
        Preconditions.CheckArgument(rounding.IsDecimalPlaces && rounding.Decimals <= 6, nameof(rounding), $"Published scores are rounded to 0 to 6 decimal places, not '{rounding}'.");
        Rounding = rounding;
        MaximumTotal = WeightedMaximum(name, this.sections);
        RankingRule = BuildRankingRule();
    }

    /// <summary>
    /// The largest weighted maximum total a round may have, 10¹² points: every sum of the judges' totals and
    /// of their squared deviations (z-scores, up to tens of thousands of teams) then stays exact in
    /// <see cref="decimal"/> instead of overflowing (docs/reliability.md, "The library contract").
    /// </summary>
    internal const decimal MaximumTotalLimit = 1_000_000_000_000m;

    private static decimal WeightedMaximum(string name, ScoreSection[] sections)
    {
        decimal maximum = 0m;
        foreach (var section in sections)
        {
            // Each product and partial sum is checked against the limit before the next one, so nothing overflows.
            if (section.Maximum > MaximumTotalLimit || section.Weight > MaximumTotalLimit || section.Weight * section.Maximum > MaximumTotalLimit - maximum)
            {
                throw new ArgumentOutOfRangeException(nameof(sections), string.Format(CultureInfo.InvariantCulture, "The weighted maxima of round '{0}' add up to more than {1} points (section '{2}': maximum {3}, weight {4}).", name, MaximumTotalLimit, section.Code, section.Maximum, section.Weight));
            }

            maximum += section.Weight * section.Maximum;
        }

        return maximum;
    }

    /// <summary>Gets the round's name.</summary>
    public string Name { get; }

    /// <summary>Gets the round's level.</summary>
    public ContestLevel Level { get; }

    /// <summary>Gets the score sheet's sections, in the order given.</summary>
    public IReadOnlyList<ScoreSection> Sections => sectionsView ??= ReadOnlyView.Of(sections);

    /// <summary>Gets the judging panel.</summary>
    public JudgePanel Panel { get; }

    /// <summary>Gets the scoring method.</summary>
    public ScoringMethod Method { get; }

    /// <summary>Gets the tie-break chain, applied in order after the published score.</summary>
    public IReadOnlyList<TieBreak> TieBreaks => tieBreaksView ??= ReadOnlyView.Of(tieBreaks);

    /// <summary>Gets how tied teams share ranks.</summary>
    public RankingStyle Style { get; }

    /// <summary>Gets the advancement rule, or null for a final round.</summary>
    public AdvancementRule? Advancement { get; }

    /// <summary>Gets the rounding policy of published scores.</summary>
    public RoundingPolicy Rounding { get; }

    /// <summary>Gets the highest possible total of one judge: Σ weight × maximum over the sections (the top of the scale).</summary>
    public decimal MaximumTotal { get; }

    /// <summary>Gets the declared ranking: the published score, then the tie-break chain, then a shared rank.</summary>
    public RankingRule<TeamScore> RankingRule { get; }

    /// <summary>Returns whether the round has a section.</summary>
    /// <param name="sectionCode">The section's code.</param>
    /// <returns><see langword="true"/> when the round has it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sectionCode"/> is null.</exception>
    public bool HasSection(string sectionCode)
    {
        Guard.Against.Null(sectionCode);
        return FindSection(sectionCode) >= 0;
    }

    /// <summary>Judges the round: checks the sheets, scores every team, ranks them and decides who advances.</summary>
    /// <param name="teams">The teams entered in the round; their order does not matter.</param>
    /// <param name="sheets">The judges' score sheets; their order does not matter.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A collection holds null.</exception>
    /// <exception cref="DomainRuleException">
    /// The round has no teams (<c>EMU-ROUND-WITHOUT-TEAMS</c>); a team is entered twice (<c>EMU-DUPLICATE-TEAM</c>);
    /// a sheet comes from a judge not on the panel (<c>EMU-UNKNOWN-JUDGE</c>) or is for a team not entered
    /// (<c>EMU-UNKNOWN-TEAM</c>); a judge scored a team twice (<c>EMU-DUPLICATE-SHEET</c>); a sheet lacks a
    /// section (<c>EMU-MISSING-SECTION</c>) or has one the round does not (<c>EMU-UNKNOWN-SECTION</c>); a score
    /// is negative (<c>EMU-SCORE-NEGATIVE</c>) or above the section's maximum (<c>EMU-SCORE-ABOVE-MAXIMUM</c>);
    /// no judge scored a team (<c>EMU-TEAM-NOT-SCORED</c>); too few judges scored a team for a trimmed mean
    /// (<c>EMU-PANEL-TOO-SMALL</c>); the advancement rule would advance more teams than exist
    /// (<c>EMU-ADVANCE-MORE-THAN-TEAMS</c>). Messages name the round, team, judge and section involved.
    /// </exception>
    public RoundResult Judge(IEnumerable<Team> teams, IEnumerable<JudgeScoreSheet> sheets)
    {
        Guard.Against.Null(teams);
        Guard.Against.Null(sheets);
        var teamArray = CopyNotNull(teams, nameof(teams));
        var sheetList = NotNullList(sheets, nameof(sheets));
        Guard.Against.RuleViolation(teamArray.Length > 0, EmulationRuleCodes.RoundWithoutTeams, $"Round '{Name}' has no teams.");
        if (!SortedById(teamArray))
        {
            Array.Sort(teamArray, (a, b) => string.CompareOrdinal(a.Id, b.Id));
        }

        // In ordinal order a repeated id stands next to itself: no dictionary is needed to find it.
        for (int t = 1; t < teamArray.Length; t++)
        {
            if (string.Equals(teamArray[t - 1].Id, teamArray[t].Id, StringComparison.Ordinal))
            {
                throw new DomainRuleException(EmulationRuleCodes.DuplicateTeam, $"Team '{teamArray[t].Id}' is entered twice in round '{Name}'.");
            }
        }

        // The sheets are placed (and weighed) straight into one cell per team and judge. What only this call
        // needs (the totals, which cells are present, the counts and the exact means) lives in pooled buffers;
        // what the scores keep (the placed sheets, which totals counted) is allocated once per round.
        int judges = Panel.Count;
        int cells = teamArray.Length * judges;
        var placed = new JudgeScoreSheet?[cells];
        var totalsBuffer = ArrayPool<decimal>.Shared.Rent(cells);
        var presentBuffer = ArrayPool<bool>.Shared.Rent(cells);
        var exactBuffer = ArrayPool<decimal>.Shared.Rent(teamArray.Length);
        var countBuffer = ArrayPool<int>.Shared.Rent(teamArray.Length);
        try
        {
            var totals = totalsBuffer.AsSpan(0, cells);
            var present = presentBuffer.AsSpan(0, cells);
            var exact = exactBuffer.AsSpan(0, teamArray.Length);
            var presentCounts = countBuffer.AsSpan(0, teamArray.Length);
            present.Clear();
            Place(teamArray, sheetList, placed, totals, present);
            CountPresent(teamArray, present, presentCounts);

            bool[]? counted = null;
            decimal[]? normalized = null;
            switch (Method.Aggregation)
            {
                case ScoreAggregation.TrimmedMean:
                    counted = new bool[cells];
                    JudgingKernel.TrimmedMeans(totals, present, judges, Method.TrimCount, exact, counted);
                    break;
                case ScoreAggregation.ZScore:
                    normalized = new decimal[cells];
                    JudgingKernel.ZScores(totals, present, judges, MaximumTotal, exact, normalized);
                    break;
                default:
                    JudgingKernel.Means(totals, present, judges, exact);
                    break;
            }

            var tieScores = tieSections.Length == 0 ? [] : new decimal[teamArray.Length * tieSections.Length];
            var data = new RoundScoring(this, teamArray, placed, counted, normalized, tieSections, tieScores);
            for (int t = 0; t < teamArray.Length; t++)
            {
                for (int k = 0; k < tieSections.Length; k++)
                {
                    tieScores[(t * tieSections.Length) + k] = Rounding.Round(data.SectionMean(t, tieSections[k]));
                }
            }

            var scores = new TeamScore[teamArray.Length];
            for (int t = 0; t < teamArray.Length; t++)
            {
                scores[t] = new TeamScore(data, t, Rounding.Round(exact[t]), exact[t], presentCounts[t]);
            }

            var ranking = RankingRule.Rank(scores);
            var advancement = Advancement?.Apply(ranking, Name);
            return new RoundResult(this, scores, ranking, advancement);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(countBuffer);
            ArrayPool<decimal>.Shared.Return(exactBuffer);
            ArrayPool<bool>.Shared.Return(presentBuffer);
            ArrayPool<decimal>.Shared.Return(totalsBuffer);
        }
    }

    /// <summary>Returns a judge's weighted total of a sheet already checked by <see cref="Judge"/>: <c>Σ weight × points</c>, exactly.</summary>
    /// <param name="sheet">The sheet.</param>
    /// <returns>The total.</returns>
    internal decimal TotalOf(JudgeScoreSheet sheet) =>
        weigher is not null && weigher.TryWeigh(sheet.Codes, sheet.Values, out decimal weighed) ? weighed : Weigh(sheet);

    private static T[] CopyNotNull<T>(IEnumerable<T> values, string paramName)
        where T : class
    {
        T[] array = Preconditions.CopyToArray(values);

        CheckNotNull(array, paramName);
        return array;
    }

    private static IReadOnlyList<T> NotNullList<T>(IEnumerable<T> values, string paramName)
        where T : class
    {
        // A list is read in place (the sheets are placed into the round's own cells in one pass); anything
        // else is copied once.
        var list = values as IReadOnlyList<T> ?? new List<T>(values);
        for (int i = 0; i < list.Count; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentException($"Element {i} is null.", paramName);
            }
        }

        return list;
    }

    private static void CheckNotNull<T>(T[] array, string paramName)
        where T : class
    {
        for (int i = 0; i < array.Length; i++)
        {
            if (array[i] is null)
            {
                throw new ArgumentException($"Element {i} is null.", paramName);
            }
        }
    }

    private void Place(Team[] teamArray, IReadOnlyList<JudgeScoreSheet> sheets, JudgeScoreSheet?[] placed, Span<decimal> totals, Span<bool> present)
    {
        int judges = Panel.Count;
        var panelJudges = Panel.JudgeArray;
        Dictionary<string, int>? teamIndex = null;
        Dictionary<string, int>? judgeIndex = null;
        string? lastTeamId = null;
        int lastTeam = -1;
        int count = sheets.Count;
        for (int s = 0; s < count; s++)
        {
            var sheet = sheets[s];

            // Sheets usually share the panel's judge strings and the teams' id strings and come in order
            // (team by team, or judge by judge in id order): an expected string instance needs no hashing.
            int j = 0;
            while (j < judges && !ReferenceEquals(panelJudges[j], sheet.Judge))
            {
                j++;
            }

            if (j == judges && !(judgeIndex ??= JudgeIndex(panelJudges)).TryGetValue(sheet.Judge, out j))
            {
                throw new DomainRuleException(EmulationRuleCodes.UnknownJudge, $"Judge '{sheet.Judge}' is not on the panel of round '{Name}' (sheet for team '{sheet.TeamId}').");
            }

            int t = lastTeam;
            if (!ReferenceEquals(sheet.TeamId, lastTeamId))
            {
                // Judge by judge, the next sheet is usually for the next team in id order; the index of the
                // teams by id is built only when a sheet does not follow that order.
                t = lastTeam + 1 < teamArray.Length ? lastTeam + 1 : 0;
                if (!ReferenceEquals(teamArray[t].Id, sheet.TeamId) && !(teamIndex ??= TeamIndex(teamArray)).TryGetValue(sheet.TeamId, out t))
                {
                    throw new DomainRuleException(EmulationRuleCodes.UnknownTeam, $"Judge '{sheet.Judge}' scored team '{sheet.TeamId}', which is not entered in round '{Name}'.");
                }

                lastTeamId = sheet.TeamId;
                lastTeam = t;
            }

            int cell = (t * judges) + j;
            if (present[cell])
            {
                throw new DomainRuleException(EmulationRuleCodes.DuplicateSheet, $"Judge '{sheet.Judge}' scored team '{sheet.TeamId}' twice in round '{Name}'.");
            }

            totals[cell] = TotalOf(sheet);
            present[cell] = true;
            placed[cell] = sheet;
        }
    }

    private static Dictionary<string, int> TeamIndex(Team[] teamArray)
    {
        var index = new Dictionary<string, int>(teamArray.Length, StringComparer.Ordinal);
        for (int t = 0; t < teamArray.Length; t++)
        {
            index.Add(teamArray[t].Id, t);
        }

        return index;
    }

    private static Dictionary<string, int> JudgeIndex(string[] panelJudges)
    {
        var index = new Dictionary<string, int>(panelJudges.Length, StringComparer.Ordinal);
        for (int j = 0; j < panelJudges.Length; j++)
        {
            index.Add(panelJudges[j], j);
        }

        return index;
    }

    private void CountPresent(Team[] teamArray, ReadOnlySpan<bool> present, Span<int> presentCounts)
    {
        int judges = Panel.Count;
        for (int t = 0; t < teamArray.Length; t++)
        {
            int n = 0;
            for (int j = 0; j < judges; j++)
            {
                n += present[(t * judges) + j] ? 1 : 0;
            }

            if (n == 0)
            {
                throw new DomainRuleException(EmulationRuleCodes.TeamNotScored, $"No judge of round '{Name}' scored team '{teamArray[t].Id}'.");
            }

            if (n < Method.MinimumJudges)
            {
                throw new DomainRuleException(EmulationRuleCodes.PanelTooSmall, string.Format(CultureInfo.InvariantCulture, "Team '{0}' was scored by {1} judge(s) in round '{2}'; a {3} needs at least {4}.", teamArray[t].Id, n, Name, Method, Method.MinimumJudges));
            }

            presentCounts[t] = n;
        }
    }

    /// <summary>Returns the round's name and level.</summary>
    /// <returns>For example "Vòng cơ sở (Grassroots)".</returns>
    public override string ToString() => $"{Name} ({Level})";

    private static bool SortedById(Team[] teams)
    {
        for (int t = 1; t < teams.Length; t++)
        {
            if (string.CompareOrdinal(teams[t - 1].Id, teams[t].Id) > 0)
            {
                return false;
            }
        }

        return true;
    }

    private int FindSection(string code)
    {
        int lo = 0;
        int hi = sectionsByCode.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            int c = string.CompareOrdinal(sectionsByCode[mid].Code, code);
            if (c == 0)
            {
                return mid;
            }

            if (c < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }

    private decimal Weigh(JudgeScoreSheet sheet)
    {
        string[] codes = sheet.Codes;
        decimal[] values = sheet.Values;
        decimal total = 0m;
        int s = 0;
        int k = 0;
        while (s < sectionsByCode.Length || k < codes.Length)
        {
            int c = s == sectionsByCode.Length ? 1 : k == codes.Length ? -1 : string.CompareOrdinal(sectionsByCode[s].Code, codes[k]);
            if (c < 0)
            {
                throw new DomainRuleException(EmulationRuleCodes.MissingSection, $"Judge '{sheet.Judge}' gave team '{sheet.TeamId}' no score for section '{(s < sectionsByCode.Length ? sectionsByCode[s].Code : string.Empty)}' in round '{Name}'.");
            }

            if (c > 0)
            {
                throw new DomainRuleException(EmulationRuleCodes.UnknownSection, $"Judge '{sheet.Judge}' scored team '{sheet.TeamId}' in section '{(k < codes.Length ? codes[k] : string.Empty)}', which round '{Name}' does not have.");
            }

            var section = sectionsByCode[s];
            decimal points = values[k];
            if (points < 0m)
            {
                throw new DomainRuleException(EmulationRuleCodes.ScoreNegative, string.Format(CultureInfo.InvariantCulture, "Judge '{0}' gave team '{1}' {2} points in section '{3}' of round '{4}'; scores cannot be negative.", sheet.Judge, sheet.TeamId, points, section.Code, Name));
            }

            if (points > section.Maximum)
            {
                throw new DomainRuleException(EmulationRuleCodes.ScoreAboveMaximum, string.Format(CultureInfo.InvariantCulture, "Judge '{0}' gave team '{1}' {2} points in section '{3}' of round '{4}', above its maximum of {5}.", sheet.Judge, sheet.TeamId, points, section.Code, Name, section.Maximum));
            }

            total += section.Weight * points;
            s++;
            k++;
        }

        return total;
    }

    private RankingRule<TeamScore> BuildRankingRule()
    {
        var criteria = new List<RankingCriterion<TeamScore>>
        {
            RankingCriterion.HigherFirst("Score", (TeamScore s) => s.Score, Rounding.Format),
        };
        foreach (var tieBreak in tieBreaks)
        {
            criteria.Add(tieBreak.Kind switch
            {
                TieBreakKind.SectionScore => RankingCriterion.HigherFirst(tieBreak.Name, (TeamScore s) => s.SectionScore(tieBreak.SectionCode!), Rounding.Format),
                TieBreakKind.FewerAbsentJudges => RankingCriterion.LowerFirst(tieBreak.Name, (TeamScore s) => s.JudgesAbsent, n => n.ToString(CultureInfo.InvariantCulture)),
                _ => RankingCriterion.PreferWhen(tieBreak.Name, (TeamScore s) => tieBreak.IsPreferred(s.Team)),
            });
        }

        return new RankingRule<TeamScore>(criteria, s => s.Team.Id, Style);
    }
}
