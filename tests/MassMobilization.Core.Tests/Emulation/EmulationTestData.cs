using System;
using System.Collections.Generic;
using System.Linq;
using MassMobilization.Core.Emulation;
using MassMobilization.Core.Organization;
using MassMobilization.Core.Quantities;
using MassMobilization.Core.Ranking;

namespace MassMobilization.Core.Tests.Emulation;

/// <summary>Small hand-made rounds for the tests.</summary>
internal static class EmulationTestData
{
    public static readonly UnitCode UnitA = new("00643");
    public static readonly UnitCode UnitB = new("00646");

    public static JudgeScoreSheet Sheet(string judge, string team, params (string Section, decimal Points)[] points) =>
        new(judge, team, points.ToDictionary(p => p.Section, p => p.Points, StringComparer.Ordinal));

    public static Team Team(string id, UnitCode? unit = null, int members = 4, int women = 0) => new(id, "Đội " + id, unit ?? UnitA, members, women);

    public static ContestRound Round(
        ScoringMethod method,
        IEnumerable<ScoreSection>? sections = null,
        int judges = 3,
        IEnumerable<TieBreak>? tieBreaks = null,
        RankingStyle style = RankingStyle.Competition,
        AdvancementRule? advancement = null,
        RoundingPolicy? rounding = null,
        string name = "Vòng thử") =>
        new(name, ContestLevel.Grassroots, sections ?? new[] { new ScoreSection("S", "Tổng hợp", 100m) }, new JudgePanel(Enumerable.Range(1, judges).Select(j => "J" + j)), method, tieBreaks, style, advancement, rounding);

    /// <summary>One single-section sheet per (judge, team, points) triple.</summary>
    public static IReadOnlyList<JudgeScoreSheet> Single(params (string Judge, string Team, decimal Points)[] marks) =>
        marks.Select(m => Sheet(m.Judge, m.Team, ("S", m.Points))).ToArray();
}
