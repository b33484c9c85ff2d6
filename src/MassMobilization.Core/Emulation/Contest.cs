using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using MassMobilization.Core.Organization;

namespace MassMobilization.Core.Emulation;

/// <summary>
/// A contest (hội thi), for example the "Dân vận khéo" contest of Thanh Trì district: its area (the
/// units whose teams may enter) and its rounds in order of level.
/// </summary>
public sealed class Contest
{
    private readonly ContestRound[] rounds;
    private IReadOnlyList<ContestRound>? roundsView;
    private readonly UnitCode[] area;
    private IReadOnlyList<UnitCode>? areaView;

    /// <summary>Creates a contest.</summary>
    /// <param name="name">The contest's name.</param>
    /// <param name="area">The units whose teams may enter (for example the 16 communes of a district); at least one.</param>
    /// <param name="rounds">The rounds, at least one, in strictly increasing order of level, with distinct names.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank, the area or the rounds are empty, a unit code is the default, two rounds share a name, or the levels do not increase.</exception>
    public Contest(string name, IEnumerable<UnitCode> area, IEnumerable<ContestRound> rounds)
    {
        Guard.Against.Null(name);
        Guard.Against.Null(area);
        Guard.Against.Null(rounds);
        Guard.Against.NullOrWhiteSpace(name);
        var units = new SortedSet<UnitCode>();
        foreach (var unit in area)
        {
            Preconditions.CheckArgument(!unit.IsDefault, nameof(area), "A unit code of the contest's area is the default value.");
            units.Add(unit);
        }

        Preconditions.CheckArgument(units.Count > 0, nameof(area), "A contest needs at least one unit in its area.");
        this.rounds = Preconditions.CheckNotNullElements(rounds, nameof(rounds));
        Preconditions.CheckArgument(this.rounds.Length > 0, nameof(rounds), "A contest needs at least one round.");
        for (int i = 1; i < this.rounds.Length; i++)
        {
            Preconditions.CheckArgument(this.rounds[i].Level > this.rounds[i - 1].Level, nameof(rounds), $"Round '{this.rounds[i].Name}' ({this.rounds[i].Level}) does not come after round '{this.rounds[i - 1].Name}' ({this.rounds[i - 1].Level}).");
        }

        Name = name;
        this.area = new UnitCode[units.Count];
        units.CopyTo(this.area);
    }

    /// <summary>Gets the contest's name.</summary>
    public string Name { get; }

    /// <summary>Gets the units whose teams may enter, in ordinal order.</summary>
    public IReadOnlyList<UnitCode> Area => areaView ??= ReadOnlyView.Of(area);

    /// <summary>Gets the rounds in order of level.</summary>
    public IReadOnlyList<ContestRound> Rounds => roundsView ??= ReadOnlyView.Of(rounds);

    /// <summary>Returns whether a unit lies in the contest's area.</summary>
    /// <param name="unit">The unit's code.</param>
    /// <returns><see langword="true"/> when teams of the unit may enter.</returns>
    public bool Covers(UnitCode unit) => Array.BinarySearch(area, unit) >= 0;

    /// <summary>Judges one round of the contest after checking that every team comes from the contest's area.</summary>
    /// <param name="roundIndex">The zero-based index of the round.</param>
    /// <param name="teams">The teams entered.</param>
    /// <param name="sheets">The judges' score sheets.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="roundIndex"/> is not a round's index.</exception>
    /// <exception cref="DomainRuleException">A team represents a unit outside the contest's area (rule <c>EMU-TEAM-OUTSIDE-AREA</c>), or a rule of <see cref="ContestRound.Judge"/> is broken.</exception>
    public RoundResult JudgeRound(int roundIndex, IEnumerable<Team> teams, IEnumerable<JudgeScoreSheet> sheets)
    {
        Guard.Against.Null(teams);
        Guard.Against.Null(sheets);
        Guard.Against.OutOfRange(roundIndex, nameof(roundIndex), 0, rounds.Length - 1);
        var round = rounds[roundIndex];
        var teamArray = Preconditions.CheckNotNullElements(teams, nameof(teams));
        foreach (var team in teamArray)
        {
            Guard.Against.RuleViolation(Covers(team.Unit), EmulationRuleCodes.TeamOutsideArea, $"Team '{team.Id}' represents unit {team.Unit}, which is outside the area of contest '{Name}' (round '{round.Name}').");
        }

        return round.Judge(teamArray, sheets);
    }

    /// <summary>Judges the round after <paramref name="previous"/>, with the teams that advanced from it.</summary>
    /// <param name="previous">The result of the previous round of this contest.</param>
    /// <param name="sheets">The judges' score sheets for the next round.</param>
    /// <returns>The result of the next round.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="previous"/> is not a round of this contest, or it is the last round.</exception>
    /// <exception cref="DomainRuleException">No team advanced (<c>EMU-ROUND-WITHOUT-TEAMS</c>), or a rule of <see cref="ContestRound.Judge"/> is broken.</exception>
    public RoundResult JudgeNextRound(RoundResult previous, IEnumerable<JudgeScoreSheet> sheets)
    {
        Guard.Against.Null(previous);
        Guard.Against.Null(sheets);
        int index = Array.IndexOf(rounds, previous.Round);
        Preconditions.CheckArgument(index >= 0, nameof(previous), $"Round '{previous.Round.Name}' is not a round of contest '{Name}'.");
        Preconditions.CheckArgument(index + 1 < rounds.Length, nameof(previous), $"Round '{previous.Round.Name}' is the last round of contest '{Name}'.");
        return JudgeRound(index + 1, previous.AdvancingTeams, sheets);
    }

    /// <summary>Returns the contest's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
